-- A readout's status by its file name: every document of the file, with its reason and
-- engagement.
select readout_id, file_name, record_no, status, status_reason, engagement_id, processed_at
from mart.readout
where file_name = :file_name
order by record_no nulls first, readout_id
