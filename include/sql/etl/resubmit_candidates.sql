-- Files that `resubmit` may hand back to the inbox: quarantined files (a document
-- rejected or failed_quality, its reason matching :reason_like when given) and, with
-- :outdated, archived files read by an older extractor than :extractor_version; with
-- :file_name, only the file of that name.
select f.inbox_file_id, f.file_name, f.final_path, min(m.status_reason) as reason
from etl.inbox_file as f
inner join etl.file_manifest as m on m.inbox_file_id = f.inbox_file_id
where f.state = 'done'
    and f.final_path is not null
    and (cast(:file_name as text) is null or f.file_name = cast(:file_name as text))
    and (
        (
            :quarantined
            and m.status in ('rejected', 'failed_quality')
            and (cast(:reason_like as text) is null or m.status_reason ilike '%' || cast(:reason_like as text) || '%')
        )
        or (
            :outdated
            and m.status in ('loaded', 'not_readout')
            and m.extractor_version is distinct from :extractor_version
        )
    )
group by f.inbox_file_id, f.file_name, f.final_path
order by f.inbox_file_id
