-- Claim the files of temp table seen_file for a batch: new files, files handed back by
-- `resubmit` (state 'resubmitted'), and files whose earlier claim belongs to a failed
-- batch or has timed out. Returns the claimed rows. Two runs at once: the unique key
-- (file_name, file_sha256) and the row lock of the update let only one of them win.
with

taken_over as (
    update etl.inbox_file as f
    set batch_id = :batch_id, claimed_at = now(), state = 'claimed', final_path = null
    from seen_file as s, etl.batch as b
    where f.file_name = s.file_name
        and f.file_sha256 = s.file_sha256
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
    from seen_file as s
    on conflict (file_name, file_sha256) do nothing
    returning inbox_file_id, file_name, file_sha256
)

select * from taken_over
union all
select * from fresh
