-- Claim files of temp table seen_file for a batch: new files, files handed back by
-- `resubmit` (state 'resubmitted'), and files whose earlier claim belongs to a failed
-- batch or has timed out. The batch takes the oldest of them first (seen_file.seq: by
-- mtime, then name), at most :max_files files and :max_bytes bytes (the first file always,
-- however big). Returns the claimed rows, each with the number of claimable files left
-- for the next batch. Two runs at once: the unique key (file_name, file_sha256) and the
-- row lock of the update let only one of them win.
with

candidate as (
    select s.file_name, s.file_sha256, s.size_bytes, s.seq, f.inbox_file_id
    from seen_file as s
    left join etl.inbox_file as f on f.file_name = s.file_name and f.file_sha256 = s.file_sha256
    left join etl.batch as b on b.batch_id = f.batch_id
    where f.inbox_file_id is null
        or (
            f.batch_id <> :batch_id
            and (
                f.state = 'resubmitted'
                or (
                    f.state = 'claimed'
                    and (b.status = 'failed' or f.claimed_at < now() - make_interval(secs => :claim_timeout))
                )
            )
        )
),

ranked as (
    select
        c.*,
        row_number() over (order by c.seq) as n,
        sum(c.size_bytes) over (order by c.seq) as running_bytes
    from candidate as c
),

chosen as (
    select * from ranked
    where n <= :max_files and (n = 1 or running_bytes <= :max_bytes)
),

taken_over as (
    update etl.inbox_file as f
    set batch_id = :batch_id, claimed_at = now(), state = 'claimed', final_path = null
    from chosen as s, etl.batch as b
    where f.inbox_file_id = s.inbox_file_id
        and b.batch_id = f.batch_id
        and b.batch_id <> :batch_id
        and (
            f.state = 'resubmitted'
            or (
                f.state = 'claimed'
                and (b.status = 'failed' or f.claimed_at < now() - make_interval(secs => :claim_timeout))
            )
        )
    returning f.inbox_file_id, f.file_name, f.file_sha256
),

fresh as (
    insert into etl.inbox_file (batch_id, file_name, file_sha256, size_bytes)
    select :batch_id, s.file_name, s.file_sha256, s.size_bytes
    from chosen as s
    where s.inbox_file_id is null
    on conflict (file_name, file_sha256) do nothing
    returning inbox_file_id, file_name, file_sha256
)

select *, (select count(*) from ranked) - (select count(*) from chosen) as left_over from taken_over
union all
select *, (select count(*) from ranked) - (select count(*) from chosen) as left_over from fresh
