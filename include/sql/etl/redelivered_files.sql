-- Files of temp table seen_file that were processed before with the same name and
-- content: where their first copy went.
select s.file_name, s.file_sha256, f.final_path
from seen_file as s
inner join etl.inbox_file as f
    on f.file_name = s.file_name and f.file_sha256 = s.file_sha256
where f.state = 'done'
