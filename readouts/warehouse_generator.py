"""A generated warehouse of any size, built set-based inside PostgreSQL, for the benchmark.

Loading a million readouts through the pipeline would take hours on two cores; the
question the benchmark asks is what a batch and the BI queries cost *on top of* a big
warehouse. So ``build_warehouse`` writes the rows the pipeline would have left behind
straight into ``etl`` and ``warehouse`` (``include/sql/bench/generate_warehouse.sql``:
INSERT ... SELECT from ``generate_series``, hashed draws, no text parsed), consistent
with every constraint, foreign key and engagement-resolution invariant, after syncing the
real reference data (leaders with their terms, states, outlets, topics). The shape is
described in that file and in the README (Benchmark).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from readouts import EXTRACTOR_VERSION, db


@dataclass
class GeneratedWarehouse:
    """What ``build_warehouse`` made: its batches (ids), row counts and the seconds it took."""

    batch_ids: list[int]
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def readouts(self) -> int:
        return self.rows.get("warehouse.fact_readout", 0)


COUNTED_TABLES = (
    "etl.file_manifest",
    "warehouse.fact_readout",
    "warehouse.fact_engagement",
    "warehouse.fact_engagement_participant",
    "warehouse.fact_readout_topic",
    "warehouse.fact_readout_figure",
)


def build_warehouse(readouts: int, seed: int = 1, url: str | None = None, ref: Any = None) -> GeneratedWarehouse:
    """Add ``readouts`` generated loaded readouts (plus duplicates and not_readout documents),
    in batches of about 4,000 documents, to the migrated warehouse at ``url``; analyse the tables."""
    from readouts.load import sync_reference

    if ref is None:
        from readouts.reference import load_reference

        ref = load_reference()
    engine = db.engine(url)
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.exec_driver_sql("set local statement_timeout = 0")  # a million rows take minutes
        sync_reference(conn, ref)
        first = conn.execute(sa.text("select coalesce(max(batch_id), 0) + 1 from etl.batch")).scalar_one()
        db.execute_sql_script(
            conn,
            "bench/generate_warehouse.sql",
            {"size": readouts, "seed": seed, "extractor_version": EXTRACTOR_VERSION},
        )
        db.execute_sql_script(conn, "mart/counts_from_facts.sql")  # the materialised mart counts
        made = conn.execute(sa.text("select batch_id from etl.batch where batch_id >= :f order by 1"), {"f": first})
        batch_ids = list(made.scalars())
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("set statement_timeout = 0")
        conn.exec_driver_sql("vacuum analyze")
    seconds = time.perf_counter() - started
    with engine.connect() as conn:
        rows = {table: conn.execute(sa.text(f"select count(*) from {table}")).scalar_one() for table in COUNTED_TABLES}
    return GeneratedWarehouse(batch_ids, seconds, rows)
