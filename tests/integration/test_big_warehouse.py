"""The generated warehouse of the warehouse-size benchmark, a batch on top of it, the BI
queries of include/sql/bi/ through the BI role, and the materialised mart counts the load
keeps up to date: correctness only, at a small size (no assertion here is about speed)."""

from __future__ import annotations

import functools
import os
import re
import shutil
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import sqlalchemy as sa

from readouts import db, pipeline
from readouts.quality import WarehouseQualityError, check_warehouse
from readouts.warehouse_benchmark import BI_QUERIES, BI_ROLE, bi_parameters, bi_url, run_bi_query
from readouts.warehouse_generator import build_warehouse
from tests.helpers import SAMPLES_DIR, connect
from tests.integration.marts import assert_mart_counts_match_the_facts

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

SIZE = 2000


@functools.lru_cache(maxsize=1)
def _reference():
    from readouts.reference import load_reference

    return load_reference()


def _sql(url: str, sql: str, **params: object) -> list:
    with connect(url) as conn:
        result = conn.execute(sa.text(sql), params)
        rows = result.all() if result.returns_rows else []
        conn.commit()
        return rows


def _ingest_samples() -> dict:
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for path in SAMPLES_DIR.iterdir():
        if path.is_file():
            shutil.copy2(path, inbox / path.name)
    return pipeline.run_batches(run_id="test", settle_seconds=0, workers=1)


def _scope_everything(url: str, batch_id: int) -> None:
    """Put every engagement and readout in the batch's post-load scope (the suite then
    checks the whole warehouse)."""
    _sql(url, "insert into etl.load_scope (batch_id) values (:b)", b=batch_id)
    _sql(url, "insert into etl.load_scope (batch_id, engagement_key) select :b, engagement_key "
         "from warehouse.fact_engagement", b=batch_id)  # fmt: skip
    _sql(url, "insert into etl.load_scope (batch_id, readout_key) select :b, readout_key from warehouse.fact_readout",
         b=batch_id)  # fmt: skip


def test_generated_warehouse_has_its_shape_and_passes_the_warehouse_suite(warehouse):
    built = build_warehouse(SIZE, url=warehouse, ref=_reference())
    assert built.readouts == SIZE
    # in batches as daily runs take them: each within the pipeline's cap of 5,000 files
    batches = _sql(warehouse, "select batch_id, count(*) from etl.inbox_file group by batch_id order by 1")
    assert [b for b, _ in batches] == built.batch_ids and max(n for _, n in batches) <= 5000
    statuses = dict(_sql(warehouse, "select status, count(*) from mart.readout group by status"))
    assert statuses["loaded"] == SIZE
    assert 0.01 * SIZE < statuses["duplicate"] < 0.06 * SIZE  # 3 % drawn
    assert 0.06 * SIZE < statuses["not_readout"] < 0.15 * SIZE  # 10 % drawn
    # every duplicate repeats a loaded document's content
    (orphans,) = _sql(
        warehouse,
        "select count(*) from etl.file_manifest d where d.status = 'duplicate' and not exists "
        "(select from etl.file_manifest m where m.status = 'loaded' and m.document_sha256 = d.document_sha256)",
    )
    assert orphans[0] == 0
    (shape,) = _sql(
        warehouse,
        "select count(*), sum(readout_count), min(engagement_date), max(engagement_date), "
        "count(*) filter (where readout_count > 1), count(*) filter (where initiator_code is not null), "
        "count(*) filter (where cardinality(actor_codes) <> 2) from mart.engagement",
    )
    engagements, readouts, first, last, matched, initiated, not_pairs = shape
    assert readouts == SIZE and SIZE / 3 < engagements < SIZE
    assert first.year == 2000 and last.year == 2026 and matched > 0 and initiated > 0 and not_pairs == 0
    # realistic dyads: a few pairs hold many engagements, most hold few
    dyads = Counter(tuple(r.actor_codes) for r in _sql(warehouse, "select actor_codes from mart.engagement"))
    top = dyads.most_common(1)[0][1]
    assert top >= 10 * sorted(dyads.values())[len(dyads) // 2]
    # every participant was in office on the engagement's day
    (out_of_office,) = _sql(
        warehouse,
        "select count(*) from warehouse.fact_engagement_participant p "
        "join warehouse.fact_engagement e using (engagement_key) join warehouse.dim_leader l using (leader_key) "
        "where e.engagement_date < l.valid_from or e.engagement_date > coalesce(l.valid_to, 'infinity')",
    )
    assert out_of_office[0] == 0
    assert_mart_counts_match_the_facts(warehouse)
    # the post-load suite over the whole generated warehouse passes, and fails on a fault
    _scope_everything(warehouse, built.batch_ids[-1])
    check_warehouse(built.batch_ids[-1])
    _sql(warehouse, "update etl.file_manifest set status = 'duplicate' where manifest_id = "
         "(select min(manifest_id) from warehouse.fact_readout)")  # fmt: skip
    with pytest.raises(WarehouseQualityError, match="no_fact_of_a_readout_not_loaded"):
        check_warehouse(built.batch_ids[-1])


def test_generated_warehouse_is_what_resolution_makes_of_its_readouts(warehouse):
    """Resolving every generated readout again from scratch with the load's own SQL changes
    nothing: no engagement, id, date, initiator or participant, and no merge."""
    built = build_warehouse(SIZE, url=warehouse, ref=_reference())
    snapshot = {
        "readout": "select readout_key, engagement_key from warehouse.fact_readout",
        "engagement": "select engagement_key, engagement_nk, date_key, engagement_date, date_precision, "
        "engagement_type_key, initiator_actor_key from warehouse.fact_engagement",
        "participant": "select * from warehouse.fact_engagement_participant",
    }

    def take() -> dict[str, list]:
        return {k: sorted(tuple(r) for r in _sql(warehouse, q)) for k, q in snapshot.items()}

    before = take()
    with db.engine(warehouse).begin() as conn:
        conn.exec_driver_sql(
            "create temporary table batch_readout on commit drop as "
            "select null::text as doc_key, readout_key, engagement_key from warehouse.fact_readout"
        )
        conn.exec_driver_sql(
            "create temporary table resolve_touched on commit drop as "
            "select engagement_key from warehouse.fact_engagement where false"
        )
        for step in ("resolve_seed", "resolve_reach", "resolve_seed_whole", "resolve_reach", "resolve_engagements"):
            db.execute_sql_script(conn, f"load/{step}.sql", {"batch_id": built.batch_ids[-1]})
        region = conn.exec_driver_sql("select count(*) from resolve_region").scalar_one()
    assert region == SIZE
    assert take() == before
    assert _sql(warehouse, "select count(*) from etl.engagement_merge")[0][0] == 0


def _batch_result(url: str) -> dict[str, list]:
    """The samples' documents and engagements as the marts show them (generated rows left out)."""
    names = dict(_sql(url, "select readout_id, file_name || '#' || coalesce(record_no, 0) from mart.readout"))
    readouts = [
        # a duplicate's reason names the first readout's id: named by its file here (ids differ)
        (*r[:3], re.sub(r"readout (\d+)", lambda m: "readout " + names[int(m.group(1))], r[3] or ""), r[4])
        for r in _sql(
            url,
            "select file_name, record_no, status, status_reason, engagement_id from mart.readout "
            "where file_name not like 'generated-%' order by file_name, record_no",
        )
    ]
    engagements = _sql(
        url,
        "select engagement_id, engagement_date, date_precision, engagement_type, initiator_code, actor_codes, "
        "leader_names, readout_count, languages, topics, resolution from mart.engagement where engagement_id in "
        "(select engagement_id from mart.readout where file_name not like 'generated-%') order by engagement_id",
    )
    return {"readouts": [tuple(r) for r in readouts], "engagements": [tuple(r) for r in engagements]}


def test_a_batch_on_top_of_a_generated_warehouse_gives_what_it_gives_on_an_empty_one(
    pg_server, warehouse, tmp_path, monkeypatch
):
    summary = _ingest_samples()
    assert summary["loaded"] > 0
    on_empty = _batch_result(warehouse)

    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name)
    big = pg_server.url(name)
    monkeypatch.setenv("READOUTS_WAREHOUSE_URL", big)
    monkeypatch.setenv("READOUTS_LANDING_DIR", str(tmp_path / "landing-big"))
    db.migrate(big)
    built = build_warehouse(SIZE, url=big, ref=_reference())
    engagements_before = _sql(big, "select count(*) from warehouse.fact_engagement")[0][0]
    summary_big = _ingest_samples()  # the post-load suite ran on the batch's scope and passed
    assert {k: summary_big[k] for k in ("loaded", "not_readout", "rejected", "duplicate")} == {
        k: summary[k] for k in ("loaded", "not_readout", "rejected", "duplicate")
    }
    on_big = _batch_result(big)
    for part in ("readouts", "engagements"):
        assert on_big[part] == on_empty[part], (
            [r for r in on_big[part] if r not in on_empty[part]],
            [r for r in on_empty[part] if r not in on_big[part]],
        )
    # the generated engagements are untouched, the batch's are added
    assert _sql(big, "select count(*) from warehouse.fact_engagement")[0][0] == engagements_before + len(
        on_empty["engagements"]
    )
    (generated,) = _sql(big, "select count(*) from warehouse.fact_readout r join etl.file_manifest m "
                        "using (manifest_id) where m.batch_id = any(:b)", b=built.batch_ids)  # fmt: skip
    assert generated[0] == SIZE
    # the post-load scope is the batch's: its documents' engagements, not the warehouse
    scope = _sql(big, "select count(distinct engagement_key), count(distinct readout_key) from etl.load_scope")
    assert 0 < scope[0][0] <= 2 * summary_big["loaded"] and 0 < scope[0][1] < SIZE / 10, scope
    assert_mart_counts_match_the_facts(big)


def test_a_withdrawn_readout_leaves_the_mart_counts(warehouse):
    """A loaded readout re-processed as no readout leaves the warehouse (withdraw_reprocessed.sql):
    its engagement's counts go with it, or stay when another readout still reports it."""
    from readouts.load import load_batch

    build_warehouse(SIZE, url=warehouse, ref=_reference())
    single, shared = _sql(
        warehouse,
        "(select min(r.manifest_id) from warehouse.fact_readout r join mart.engagement e "
        "on e.engagement_id = r.engagement_key where e.readout_count = 1) union all "
        "(select min(r.manifest_id) from warehouse.fact_readout r join mart.engagement e "
        "on e.engagement_id = r.engagement_key where e.readout_count = 3)",
    )
    (batch,) = _sql(warehouse, "insert into etl.batch (run_id) values ('test: withdraw') returning batch_id")
    for manifest_id in (single[0], shared[0]):
        _sql(
            warehouse,
            "insert into staging.document (batch_id, doc_key, inbox_file_id, file_name, file_sha256, "
            "document_sha256, outcome, reason, manifest_id) select :b, 'doc-' || manifest_id, inbox_file_id, "
            "file_name, file_sha256, document_sha256, 'not_readout', 'no engagement cue', manifest_id "
            "from etl.file_manifest where manifest_id = :m",
            b=batch[0],
            m=manifest_id,
        )
    before = dict(_sql(warehouse, "select 'engagements', count(*) from warehouse.fact_engagement"))
    load_batch(batch[0], _reference())
    after = dict(_sql(warehouse, "select 'engagements', count(*) from warehouse.fact_engagement"))
    assert after["engagements"] == before["engagements"] - 1  # the single readout's engagement went
    assert _sql(warehouse, "select count(*) from warehouse.fact_readout where manifest_id in (:a, :b)",
                a=single[0], b=shared[0])[0][0] == 0  # fmt: skip
    assert_mart_counts_match_the_facts(warehouse)


def test_bi_queries_answer_what_the_facts_say(warehouse):
    """Each query of include/sql/bi/, run as readouts_bi on a generated warehouse with the
    samples loaded on top, returns the rows computed here in Python from the tables."""
    build_warehouse(SIZE, url=warehouse, ref=_reference())
    _ingest_samples()
    password = "bi-" + uuid.uuid4().hex
    with db.engine(warehouse).begin() as conn:
        db.set_role_password(conn, BI_ROLE, password)
    params = bi_parameters(warehouse)
    engine = sa.create_engine(bi_url(warehouse, password), poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("select current_user").scalar_one() == BI_ROLE
            got = {name: [tuple(r) for r in run_bi_query(conn, name, params)] for name in BI_QUERIES}
    finally:
        engine.dispose()

    engagements = {
        r[0]: r
        for r in _sql(
            warehouse,
            "select e.engagement_key, e.engagement_date, e.date_precision, t.engagement_type, a.actor_code "
            "from warehouse.fact_engagement e join warehouse.dim_engagement_type t using (engagement_type_key) "
            "left join warehouse.dim_actor a on a.actor_key = e.initiator_actor_key",
        )
    }
    participants = _sql(
        warehouse,
        "select p.engagement_key, a.actor_code, l.person_id from warehouse.fact_engagement_participant p "
        "join warehouse.dim_actor a on a.actor_key = p.actor_key join warehouse.dim_leader l using (leader_key)",
    )
    actors = defaultdict(set)
    for key, actor, _ in participants:
        actors[key].add(actor)

    months: dict = defaultdict(Counter)
    for key, codes in actors.items():
        _, day, precision, kind, _ = engagements[key]
        if {params["actor_a"], params["actor_b"]} <= codes and day and precision in ("day", "month"):
            months[day.replace(day=1)][kind] += 1
    assert got["dyad_calls_by_month"] == [
        (m, c["phone_call"], c["video_call"], c["meeting"], sum(c.values())) for m, c in sorted(months.items())
    ]
    assert len(got["dyad_calls_by_month"]) > 1

    years: Counter = Counter()
    for key, _, person in participants:
        _, day, _, kind, _ = engagements[key]
        if person == params["person_id"] and day:
            years[(day.year, kind)] += 1
    assert got["leader_engagements_by_year"] == [(y, k, n) for (y, k), n in sorted(years.items())]
    assert got["leader_engagements_by_year"]

    initiators = Counter(
        e[4] for e in engagements.values() if e[4] and e[1] and params["from_date"] <= e[1] < params["to_date"]
    )
    want = sorted(initiators.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    assert got["top_initiators"] == want and want

    figures = _sql(
        warehouse,
        "select figure_year, measure, count(*), sum(value_usd) from warehouse.fact_readout_figure "
        "where value_usd is not null group by 1, 2 order by 1, 2",
    )
    assert [r[:3] for r in got["figures_usd_by_year"]] == [tuple(r[:3]) for r in figures]
    assert all(abs(a[3] - b[3]) <= 1e-6 * abs(b[3]) for a, b in zip(got["figures_usd_by_year"], figures, strict=True))
    assert figures

    documents = _sql(
        warehouse,
        "select m.manifest_id, m.file_name, m.record_no, m.status, m.status_reason, r.engagement_key "
        "from etl.file_manifest m left join warehouse.fact_readout r using (manifest_id) where m.file_name = :f "
        "order by m.record_no nulls first, m.manifest_id",
        f=params["file_name"],
    )
    assert [r[:6] for r in got["readout_status"]] == [tuple(r) for r in documents] and documents
