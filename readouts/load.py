"""Load: one transaction merges a checked batch from staging into dimensions and facts."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pycountry
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from readouts import db
from readouts.reference import Reference

LOAD_LOCK_KEY = 7302  # transaction advisory lock held by the load transaction


def sync_reference(conn: Connection, ref: Reference) -> None:
    """Upsert the reference files (actors, leaders, topics, sources, languages) into dims."""
    conn.exec_driver_sql(
        "create temporary table ref_actor (actor_code text, actor_name text, kind text) on commit drop;"
        "create temporary table ref_leader (leader_code text, person_id text, leader_name text, office text,"
        " actor_code text, valid_from date, valid_to date, aliases text[]) on commit drop;"
        "create temporary table ref_topic (topic_code text, label text) on commit drop;"
        "create temporary table ref_source (source_name text, country_code text, kind text) on commit drop;"
        "create temporary table ref_language (iso639_1 text, language_name text) on commit drop"
    )
    db.copy_rows(
        conn, "ref_actor", ("actor_code", "actor_name", "kind"), ((a.code, a.name, a.kind) for a in ref.actors.values())
    )
    db.copy_rows(
        conn,
        "ref_leader",
        ("leader_code", "person_id", "leader_name", "office", "actor_code", "valid_from", "valid_to", "aliases"),
        (
            (t.leader_code, t.person_id, t.name, t.office, t.actor_code, t.valid_from, t.valid_to, list(t.aliases))
            for terms in ref.leaders.values()
            for t in terms
        ),
    )
    db.copy_rows(conn, "ref_topic", ("topic_code", "label"), ref.topics.items())
    db.copy_rows(
        conn,
        "ref_source",
        ("source_name", "country_code", "kind"),
        ((s["name"], s.get("country"), s.get("kind", "unknown")) for s in ref.sources.values()),
    )
    db.copy_rows(
        conn,
        "ref_language",
        ("iso639_1", "language_name"),
        ((lang.alpha_2, lang.name) for lang in pycountry.languages if hasattr(lang, "alpha_2")),
    )
    db.execute_sql_script(conn, "load/sync_reference.sql")


def sync_reference_now(ref: Reference | None = None) -> None:
    """Sync the reference files into the dimensions in a transaction of their own."""
    if ref is None:
        from readouts.reference import load_reference

        ref = load_reference()
    with db.engine().begin() as conn:
        sync_reference(conn, ref)


def pause_point(name: str) -> None:
    """Testing hook for the fault tests: with READOUTS_TEST_PAUSE_DIR set, write
    ``<dir>/<name>.<pid>.paused`` and wait (at most 120 s) for ``<dir>/<name>.resume``. Unset in
    production: a no-op."""
    folder = os.environ.get("READOUTS_TEST_PAUSE_DIR")
    if not folder or name not in os.environ.get("READOUTS_TEST_PAUSE_AT", name).split(","):
        return
    paused, resume = Path(folder) / f"{name}.{os.getpid()}.paused", Path(folder) / f"{name}.resume"
    paused.write_text(str(os.getpid()), encoding="utf-8")
    deadline = time.monotonic() + 120
    while not resume.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def load_batch(batch_id: int, ref: Reference) -> dict[str, int]:
    """Merge the batch and set every document's final status; returns status counts.

    Everything happens in one transaction, one load at a time: a crash or a lost connection at any point
    leaves the warehouse as it was, and the batch's documents stay ``processing`` until a
    later run takes the files over and loads them again.
    """
    with db.engine().begin() as conn:
        # loads take turns: resolution must see every readout loaded before it, or two
        # concurrent batches with readouts of one engagement would each make their own
        conn.execute(sa.text("select pg_advisory_xact_lock(:k)"), {"k": LOAD_LOCK_KEY})
        sync_reference(conn, ref)
        # the materialised mart counts: what the load will change is taken off first ...
        db.execute_sql_script(conn, "load/mart_counts_begin.sql", {"batch_id": batch_id})
        db.execute_sql_script(conn, "load/mart_counts_collect.sql", {"sign": -1})
        db.execute_sql_script(conn, "etl/withdraw_reprocessed.sql", {"batch_id": batch_id})
        db.execute_sql_script(conn, "load/merge_batch.sql", {"batch_id": batch_id})
        # resolution: the region the batch reaches, made whole, then resolved from scratch
        for step in ("resolve_seed", "resolve_reach", "resolve_seed_whole", "resolve_reach"):
            db.execute_sql_script(conn, f"load/{step}.sql", {"batch_id": batch_id})
        db.execute_sql_script(conn, "load/mart_counts_region.sql")
        db.execute_sql_script(conn, "load/mart_counts_collect.sql", {"sign": -1})
        db.execute_sql_script(conn, "load/resolve_engagements.sql", {"batch_id": batch_id})
        # ... and what it made is added after
        db.execute_sql_script(conn, "load/mart_counts_resolved.sql")
        db.execute_sql_script(conn, "load/mart_counts_collect.sql", {"sign": 1})
        db.execute_sql_script(conn, "load/mart_counts_apply.sql")
        # what the batch touched: the post-load suite checks that, not the whole warehouse
        db.execute_sql_script(conn, "load/record_scope.sql", {"batch_id": batch_id})
        pause_point("load")
        counts = dict(
            conn.execute(
                sa.text("select status, count(*) from etl.file_manifest where batch_id = :b group by status"),
                {"b": batch_id},
            ).all()
        )
    analyze_grown_tables()
    return counts


def analyze_grown_tables() -> list[str]:
    """ANALYZE the etl and warehouse tables that grew or changed by more than half since
    their statistics were taken (``load/grown_tables.sql``); returns their names."""
    with db.engine().begin() as conn:
        grown = list(db.execute_sql_file(conn, "load/grown_tables.sql").scalars())
        for table in grown:
            conn.exec_driver_sql(f"analyze {table}")
    return grown
