"""Quality suites, the reconciliation invariant and resubmission, in-process on the real
PostgreSQL server: faults are planted in staging or in the warehouse between steps."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from readouts import pipeline
from readouts.quality import BatchQualityError, WarehouseQualityError, check_warehouse
from tests.helpers import SAMPLES_DIR

pytestmark = pytest.mark.integration

PUTIN_FILE = "2024-06-20_kremlin_mirziyoyev.txt"


def _landing() -> Path:
    return Path(os.environ["READOUTS_LANDING_DIR"])


def _fill_inbox() -> int:
    inbox = _landing() / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    files = [p for p in SAMPLES_DIR.iterdir() if p.is_file()]
    for path in files:
        shutil.copy2(path, inbox / path.name)
    return len(files)


def _up_to_stage() -> int:
    batch_id = pipeline.discover("test", settle_seconds=0)
    pipeline.parse(batch_id)
    pipeline.extract_documents(batch_id)
    pipeline.stage(batch_id)
    return batch_id


def _sql(url: str, sql: str, **params: object) -> list:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.execute(sa.text(sql), params)
            return result.all() if result.returns_rows else []
    finally:
        engine.dispose()


def test_reconciliation_holds_and_a_lost_document_breaks_it(warehouse):
    files = _fill_inbox()
    summary = pipeline.run_batch("test", settle_seconds=0)
    assert summary["files"] == files == sum(summary["files_by_status"].values())
    assert summary["documents"] == sum(summary[s] for s in ("loaded", "duplicate", "not_readout", "rejected"))
    assert pipeline.reconcile(summary["batch_id"])["files"] == files

    _sql(warehouse, "update etl.file_manifest set status = 'processing' where file_name = :f", f=PUTIN_FILE)
    with pytest.raises(pipeline.ReconciliationError, match=f"does not reconcile: {PUTIN_FILE}: no document"):
        pipeline.reconcile(summary["batch_id"])
    _sql(warehouse, "update etl.inbox_file set state = 'claimed' where file_name = :f", f=PUTIN_FILE)
    with pytest.raises(pipeline.ReconciliationError, match="still claimed"):
        pipeline.reconcile(summary["batch_id"])


def test_critical_document_check_quarantines_warning_loads_then_resubmit(warehouse):
    _fill_inbox()
    batch_id = _up_to_stage()
    # plant a date before 1990 (critical) in one readout, an unknown language (warning) in another
    (bad,) = _sql(
        warehouse,
        "update staging.document set engagement_date = date '1985-05-05' where batch_id = :b and file_name = :f "
        "and outcome = 'readout' returning manifest_id",
        b=batch_id,
        f=PUTIN_FILE,
    )
    (odd,) = _sql(
        warehouse,
        "update staging.document set language = 'xx' where manifest_id = (select min(manifest_id) "
        "from staging.document where batch_id = :b and outcome = 'readout' and file_name <> :f) returning manifest_id",
        b=batch_id,
        f=PUTIN_FILE,
    )
    report = pipeline.quality(batch_id)
    assert report["failed"] == 1
    assert any(w.startswith("language_in_dim_language") for w in report["warnings"])
    pipeline.load(batch_id)
    summary = pipeline.archive(batch_id)
    assert summary["failed_quality"] == 1

    rows = {
        r.expectation + (f"({r.column_name})" if r.column_name else ""): r
        for r in _sql(warehouse, "select * from etl.quality_result where batch_id = :b", b=batch_id)
    }
    assert rows["expect_column_values_to_be_between(engagement_date)"].manifest_ids == [bad.manifest_id]
    assert rows["language_in_dim_language"].severity == "warning"
    assert rows["language_in_dim_language"].manifest_ids == [odd.manifest_id]
    assert all(r.success for r in rows.values() if r.suite == "warehouse")
    (status,) = _sql(warehouse, "select status, status_reason from mart.readout where readout_id = :m", m=bad[0])
    assert status.status == "failed_quality" and "engagement_date" in status.status_reason
    assert _sql(warehouse, "select status from mart.readout where readout_id = :m", m=odd[0])[0].status == "loaded"
    quarantined = _landing() / "quarantine" / PUTIN_FILE
    assert quarantined.exists()
    assert (Path(os.environ["READOUTS_GX_DOCS_DIR"]) / "index.html").exists()

    # after the "fix", hand the file back and run again: same readout id, now loaded
    result = pipeline.resubmit("ENGAGEMENT_DATE")
    assert result["files"] == [PUTIN_FILE]
    assert not quarantined.exists()
    assert (_landing() / "inbox" / PUTIN_FILE).exists()
    note = _landing() / "inbox" / f".{PUTIN_FILE}.reason.json"
    assert json.loads(note.read_text())["documents"][0]["status"] == "failed_quality"
    again = pipeline.run_batch("test", settle_seconds=0)
    assert again["files"] == 1 and again["loaded"] == 1
    assert not note.exists()
    (now,) = _sql(warehouse, "select status, engagement_id from mart.readout where readout_id = :m", m=bad[0])
    assert now.status == "loaded" and now.engagement_id is not None
    (history,) = _sql(warehouse, "select * from etl.file_manifest_history")
    assert (history.manifest_id, history.status, history.batch_id) == (bad.manifest_id, "failed_quality", batch_id)
    counts = dict(_sql(warehouse, "select status, count(*) from mart.readout group by status"))
    assert "failed_quality" not in counts and sum(counts.values()) == summary["documents"]
    assert (_landing() / "archive" / PUTIN_FILE).exists()


def test_critical_batch_check_keeps_the_batch_out(warehouse):
    """Workers on two extractor versions (a half-done deploy) must not mix in one batch."""
    _fill_inbox()
    batch_id = _up_to_stage()
    _sql(
        warehouse,
        "update staging.document set extractor_version = 'old-worker' where batch_id = :b and file_name = :f",
        b=batch_id,
        f=PUTIN_FILE,
    )
    with pytest.raises(BatchQualityError, match="one_extractor_version_per_batch"):
        pipeline.quality(batch_id)
    assert _sql(warehouse, "select count(*) from warehouse.fact_readout")[0][0] == 0


def test_structural_invariants_are_constraints_not_expectations(warehouse):
    """What the schema holds needs no expectation: the server refuses the bad row itself."""
    _fill_inbox()
    batch_id = _up_to_stage()
    refused = {
        "an orphan staged topic": "insert into staging.topic (batch_id, doc_key, topic_code)"
        " values (:b, 'no-such-document', 'trade')",
        "an unknown mention kind": "insert into staging.mention (batch_id, doc_key, mention_kind, code)"
        " select batch_id, doc_key, 'rumour', 'X' from staging.document where batch_id = :b limit 1",
        "a manifest row staged twice in a batch": "update staging.document set manifest_id ="
        " (select min(manifest_id) from staging.document where batch_id = :b) where batch_id = :b",
    }
    for what, sql in refused.items():
        with pytest.raises(sa.exc.IntegrityError):
            _sql(warehouse, sql, b=batch_id)
            pytest.fail(f"{what} was accepted")
    deleted = "delete from staging.document where batch_id = :b returning doc_key"
    assert _sql(warehouse, deleted, b=batch_id)
    assert _sql(warehouse, "select count(*) from staging.participant where batch_id = :b", b=batch_id)[0][0] == 0


def test_feed_checks_warn_on_a_quiet_source_and_a_not_readout_jump(warehouse):
    """A source far below its usual daily volume, and a batch whose share of not_readout jumps,
    are warnings: recorded in etl.quality_result and the log, the run stays green."""
    _fill_inbox()
    first = pipeline.run_batch("test", settle_seconds=0)
    last_source_check = (
        "select success from etl.quality_result where suite = 'warehouse'"
        " and expectation = 'source_volume_far_below_usual' order by quality_result_id desc limit 1"
    )
    assert _sql(warehouse, last_source_check)[0].success  # nothing unusual yet
    # 28 days of history: 'Wire A' delivered 10 documents a day, 1 in 10 of them not_readout
    # (the others as failed_quality: readouts that reached the checks, with no facts to fake)
    _sql(
        warehouse,
        "insert into etl.file_manifest (inbox_file_id, batch_id, file_name, record_no, file_sha256,"
        " document_sha256, status, source_name, processed_at)"
        " select f.inbox_file_id, :b, f.file_name, 100 + g, repeat('0', 64), repeat('0', 64),"
        " case when g % 10 = 0 then 'not_readout' else 'failed_quality' end, 'Wire A',"
        " now() - (2 + g / 10) * interval '1 day'"
        " from (select inbox_file_id, file_name from etl.inbox_file limit 1) as f, generate_series(0, 279) as g",
        b=first["batch_id"],
    )
    report = check_warehouse(first["batch_id"])
    assert any(w.startswith("source_volume_far_below_usual: 1 row") for w in report.warnings), report.warnings
    assert not _sql(warehouse, last_source_check)[0].success

    # a batch of 24 bulletins without any engagement and one readout: 96 % not_readout
    inbox = _landing() / "inbox"
    for n in range(24):
        (inbox / f"bulletin_{n}.txt").write_text(
            f"Ministry bulletin {n}\n\nThe ministry of agriculture published figures for region {n}: wheat "
            f"production rose by {n} per cent and the harvest began early because of a dry spring.\n",
            encoding="utf-8",
        )
    (inbox / "again.txt").write_text((SAMPLES_DIR / PUTIN_FILE).read_text(encoding="utf-8") + "\nUpdated.\n")
    batch_id = _up_to_stage()
    report = pipeline.quality(batch_id)
    assert any(w.startswith("not_readout_share_jump: 1 row") for w in report["warnings"]), report["warnings"]
    (jump,) = _sql(
        warehouse,
        "select success, severity from etl.quality_result where batch_id = :b"
        " and expectation = 'not_readout_share_jump'",
        b=batch_id,
    )
    assert (jump.success, jump.severity) == (False, "warning")

    # one Data Docs site keeps every run: each suite's last validation is linked from its index
    docs = Path(os.environ["READOUTS_GX_DOCS_DIR"])
    index = (docs / "index.html").read_text(encoding="utf-8")
    for suite, batch, names in (
        ("staged_document", batch_id, "engagement_date"),
        ("staged_batch", batch_id, "not_readout_share_jump"),
        ("warehouse", first["batch_id"], "source_volume_far_below_usual"),
    ):
        pages = sorted(set(re.findall(rf"validations/{suite}/batch-{batch}/[^\"&]*\.html", index)))
        assert pages, f"no {suite} validation of batch {batch} in the Data Docs index"
        assert names in (docs / pages[-1]).read_text(encoding="utf-8")
    assert len(set(re.findall(r"validations/warehouse/batch-1/[^\"&]*\.html", index))) == 2  # both runs kept


def test_a_backfill_builds_the_data_docs_once_with_every_batch(warehouse, monkeypatch, caplog):
    """``ingest`` of several batches: no Data Docs build while the batches run, one at the
    end, and its index links every validation of every batch."""
    monkeypatch.setenv("READOUTS_BATCH_MAX_FILES", "3")
    files = _fill_inbox()
    docs = Path(os.environ["READOUTS_GX_DOCS_DIR"])
    built_during: list[bool] = []
    load = pipeline.load

    def load_then_look(batch_id: int) -> dict:
        built_during.append((docs / "index.html").exists())
        return load(batch_id)

    monkeypatch.setattr(pipeline, "load", load_then_look)
    with caplog.at_level(logging.INFO, logger="readouts.quality"):
        total = pipeline.run_batches("test", settle_seconds=0)
    batches = total["batch_ids"]
    assert len(batches) == -(-files // 3) > 1 and total["files"] == files
    assert built_during == [False] * len(batches)  # nothing built while the batches ran
    index = (docs / "index.html").read_text(encoding="utf-8")
    validated = _sql(warehouse, "select distinct batch_id, suite from etl.quality_result order by 1, 2")
    assert {suite for _, suite in validated} == {"staged_document", "staged_batch", "warehouse"}
    assert {batch for batch, _ in validated} == set(batches)
    for batch, suite in validated:
        pages = set(re.findall(rf"validations/{suite}/batch-{batch}/[^\"&]*\.html", index))
        assert len(pages) == 1, (suite, batch, pages)
        assert (docs / pages.pop()).exists()
    # the task log names each validation's page while the batches run, before it is built
    logged = re.findall(r"GX \S+ for batch \d+: file://(\S+\.html)", caplog.text)
    assert len(logged) == len(validated)
    assert all(Path(page).exists() for page in logged)


def test_post_load_suite_finds_orphans_and_mart_mismatch(warehouse):
    _fill_inbox()
    summary = pipeline.run_batch("test", settle_seconds=0)
    batch_id = summary["batch_id"]
    check_warehouse(batch_id)  # a clean load passes
    # the suite looks at what the load touched (etl.load_scope): the batch's documents and
    # engagements; each critical check fails on a fault planted there
    scoped = _sql(warehouse, "select count(*) from etl.load_scope where batch_id = :b", b=batch_id)[0][0]
    assert scoped > 1
    # an engagement the load made loses its readouts to another one: an orphan
    two = _sql(warehouse, "select engagement_key from warehouse.fact_engagement order by engagement_key limit 2")
    moved = _sql(
        warehouse,
        "update warehouse.fact_readout set engagement_key = :into where engagement_key = :orphan returning readout_key",
        into=two[1][0],
        orphan=two[0][0],
    )
    assert moved
    with pytest.raises(WarehouseQualityError, match="no_engagement_without_readout"):
        check_warehouse(batch_id)
    _sql(
        warehouse,
        "update warehouse.fact_readout set engagement_key = :orphan where readout_key = any(:moved)",
        orphan=two[0][0],
        moved=[r[0] for r in moved],
    )
    check_warehouse(batch_id)
    # a loaded readout of the batch is marked rejected in the manifest: a fact of a readout not loaded
    (readout,) = _sql(warehouse, "select manifest_id from warehouse.fact_readout order by manifest_id limit 1")
    _sql(warehouse, "update etl.file_manifest set status = 'rejected' where manifest_id = :m", m=readout[0])
    with pytest.raises(WarehouseQualityError, match="no_fact_of_a_readout_not_loaded"):
        check_warehouse(batch_id)
    _sql(warehouse, "update etl.file_manifest set status = 'loaded' where manifest_id = :m", m=readout[0])
    # documents of the batch that are no readout marked loaded: loaded without facts
    _sql(warehouse, "update etl.file_manifest set status = 'loaded' where status = 'not_readout'")
    with pytest.raises(WarehouseQualityError, match="loaded_readout_has_one_engagement"):
        check_warehouse(batch_id)


def test_post_load_suite_is_scoped_to_what_the_batch_touched(warehouse):
    """An orphan engagement no load touched is outside the suite's scope (the suite reads
    etl.load_scope, not whole tables); the next batch that touches it finds it."""
    _fill_inbox()
    summary = pipeline.run_batch("test", settle_seconds=0)
    _sql(
        warehouse,
        "insert into warehouse.fact_engagement (engagement_nk, date_key, date_precision, engagement_type_key) "
        "values ('orphan', 0, 'unknown', 1)",
    )
    check_warehouse(summary["batch_id"])  # not in the batch's scope: not looked at
    (orphan,) = _sql(warehouse, "select engagement_key from warehouse.fact_engagement where engagement_nk = 'orphan'")
    _sql(warehouse, "insert into etl.load_scope (batch_id, engagement_key) values (:b, :e)", b=summary["batch_id"],
         e=orphan[0])  # fmt: skip
    with pytest.raises(WarehouseQualityError, match="no_engagement_without_readout"):
        check_warehouse(summary["batch_id"])


def test_a_resubmitted_file_that_vanishes_before_parse_is_left_for_a_later_run(warehouse):
    _fill_inbox()
    batch_id = _up_to_stage()
    _sql(
        warehouse,
        "update staging.document set engagement_date = date '1985-05-05' where batch_id = :b and file_name = :f",
        b=batch_id,
        f=PUTIN_FILE,
    )
    pipeline.quality(batch_id)
    pipeline.load(batch_id)
    pipeline.archive(batch_id)
    assert pipeline.resubmit("ENGAGEMENT_DATE")["files"] == [PUTIN_FILE]

    # claimed by the next run, then deleted from the inbox before it is read
    second = pipeline.discover("test", settle_seconds=0)
    (_landing() / "inbox" / PUTIN_FILE).unlink()
    pipeline.parse(second)  # must not fail on the file's earlier manifest rows
    (state,) = _sql(warehouse, "select state, batch_id from etl.inbox_file where file_name = :f", f=PUTIN_FILE)
    assert (state.state, state.batch_id) == ("resubmitted", batch_id)  # handed back to the batch that read it
    statuses = _sql(warehouse, "select status from etl.file_manifest where file_name = :f", f=PUTIN_FILE)
    assert statuses and {s.status for s in statuses} == {"failed_quality"}  # what it said is kept

    # the run goes on and reconciles; the same bytes back in the inbox are read again
    pipeline.extract_documents(second)
    pipeline.stage(second)
    pipeline.quality(second)
    pipeline.load(second)
    pipeline.archive(second)
    pipeline.reconcile(second)
    shutil.copy2(SAMPLES_DIR / PUTIN_FILE, _landing() / "inbox" / PUTIN_FILE)
    again = pipeline.run_batch("test", settle_seconds=0)
    assert again["files"] == 1 and again["loaded"] == 1


def test_a_load_analyses_the_tables_that_grew_by_half(warehouse):
    """The planner's statistics follow a backfill: after the load, the etl and warehouse
    tables that changed by more than half (and 1,000 rows) since their last ANALYZE are
    analysed, and only those."""
    from readouts import load

    _sql(warehouse, "analyze etl.load_scope")
    _sql(
        warehouse,
        "with b as (insert into etl.batch (run_id) values ('test') returning batch_id) "
        "insert into etl.load_scope (batch_id, readout_key) select b.batch_id, n from b, generate_series(1, 1500) as n",
    )
    _sql(warehouse, "select pg_stat_force_next_flush()")
    grown = load.analyze_grown_tables()
    assert "etl.load_scope" in grown
    assert "etl.load_scope" not in load.analyze_grown_tables()
    estimate = _sql(warehouse, "select reltuples from pg_class where oid = 'etl.load_scope'::regclass")[0][0]
    assert estimate >= 1500


def test_the_reference_sync_rewrites_only_dimension_rows_that_changed(warehouse):
    """Quality and load sync the reference files into the dimensions on every batch: a row
    that changed in the warehouse is put back, an unchanged one keeps its row version."""
    from readouts.load import sync_reference_now

    sync_reference_now()
    versions = "select actor_code, xmin::text as version, actor_name from warehouse.dim_actor order by actor_code"
    before = {r.actor_code: r for r in _sql(warehouse, versions)}
    edited = sorted(before)[0]
    _sql(warehouse, "update warehouse.dim_actor set actor_name = 'Renamed by hand' where actor_code = :a", a=edited)
    sync_reference_now()
    after = {r.actor_code: r for r in _sql(warehouse, versions)}
    assert after[edited].actor_name == before[edited].actor_name  # put back from the reference file
    assert after[edited].version != before[edited].version
    assert len(before) > 100
    assert [a for a in before if a != edited and after[a].version != before[a].version] == []  # untouched
