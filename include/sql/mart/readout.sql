-- mart.readout: one row per input document ever seen (a file, or one record of a
-- .jsonl/.json array file), whatever its status.
create or replace view mart.readout as
with

manifest as (
    select * from etl.file_manifest
),

loaded as (
    select manifest_id, engagement_key from warehouse.fact_readout
),

final as (
    select
        -- ids
        manifest.manifest_id as readout_id,
        manifest.file_name,
        manifest.record_no,
        manifest.file_sha256::text as file_sha256,
        -- outcome
        manifest.status,
        manifest.status_reason,
        -- document
        manifest.source_name,
        manifest.language,
        manifest.published_date,
        manifest.title,
        loaded.engagement_key as engagement_id,
        manifest.extractor_version,
        -- timestamps
        manifest.processed_at
    from manifest
    left join loaded on loaded.manifest_id = manifest.manifest_id
)

select * from final;
