"""One engagement, many readouts: resolution on a real PostgreSQL server.

The labelled set in tests/resolution/ (26 engagements, 65 readouts in six languages and
three formats, near misses among them) is loaded through the real pipeline; pairwise
precision and recall of "same engagement" are computed from the warehouse against
gold.yaml, and the set is loaded in three orders and batchings whose mart.engagement
rows (ids included) must be the same.
"""

from __future__ import annotations

import itertools
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from readouts import db, pipeline
from tests.helpers import connect

pytestmark = pytest.mark.integration

SET_DIR = Path(__file__).resolve().parents[1] / "resolution"
READOUTS = SET_DIR / "readouts"
GOLD: dict[str, str] = yaml.safe_load((SET_DIR / "gold.yaml").read_text(encoding="utf-8"))
ENGAGEMENT_COLUMNS = (
    "engagement_id, engagement_date, date_precision, engagement_type, initiator_code, actor_codes, leader_names, "
    "readout_count, languages, topics, source_names, resolution, initiator_claims, initiator_agreement, date_sources"
)


def _new_warehouse(pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Another fresh, migrated warehouse and landing folder; the pipeline uses it from now on."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name)
    url = pg_server.url(name)
    monkeypatch.setenv("READOUTS_WAREHOUSE_URL", url)
    monkeypatch.setenv("READOUTS_LANDING_DIR", str(tmp_path / name))
    db.migrate(url)
    return url


def _ingest(batches: Iterable[list[Path]]) -> None:
    """Deliver each group of files to the inbox and run one batch on it."""
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for files in batches:
        for path in files:
            shutil.copy2(path, inbox / path.name)
        summary = pipeline.run_batch(settle_seconds=0)
        assert summary["loaded"] == len(files), summary


def _engagements(url: str) -> list[tuple]:
    with connect(url) as conn:
        return sorted(
            (tuple(r) for r in conn.exec_driver_sql(f"select {ENGAGEMENT_COLUMNS} from mart.engagement")), key=repr
        )


def _engagement_of_file(url: str) -> dict[str, int]:
    with connect(url) as conn:
        rows = conn.exec_driver_sql("select file_name, engagement_id from mart.readout where status = 'loaded'")
        return dict(rows.all())


def _engagement_row(url: str, file_name: str) -> dict:
    with connect(url) as conn:
        return dict(
            conn.execute(
                sa.text(
                    "select e.* from mart.engagement e join mart.readout r on r.engagement_id = e.engagement_id "
                    "where r.file_name = :f"
                ),
                {"f": file_name},
            )
            .mappings()
            .one()
        )


def pairwise_scores(predicted: dict[str, object], gold: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of "the same engagement" over the documents of gold."""
    pairs = list(itertools.combinations(sorted(gold), 2))
    said = {p for p in pairs if predicted[p[0]] == predicted[p[1]]}
    true = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    precision = len(said & true) / len(said) if said else 1.0
    recall = len(said & true) / len(true) if true else 1.0
    return precision, recall


def test_the_labelled_set_resolves_the_same_whatever_the_order_and_batching(
    pg_server, warehouse, tmp_path, monkeypatch
):
    files = sorted(READOUTS.iterdir())
    assert len(files) == len(GOLD) >= 40 and len(set(GOLD.values())) >= 20

    _ingest([files])  # all in one batch
    one_batch = _engagements(warehouse)
    mapping = _engagement_of_file(warehouse)
    precision, recall = pairwise_scores(mapping, GOLD)
    print(f"resolution set: pairwise precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.97 and recall >= 0.97, (precision, recall)
    assert len(one_batch) == len(set(mapping.values()))

    _new_warehouse(pg_server, tmp_path, monkeypatch)  # in name order, four files a batch
    by_name = [files[i : i + 4] for i in range(0, len(files), 4)]
    _ingest(by_name)
    assert _engagements(os.environ["READOUTS_WAREHOUSE_URL"]) == one_batch
    assert _engagement_of_file(os.environ["READOUTS_WAREHOUSE_URL"]) == mapping

    _new_warehouse(pg_server, tmp_path, monkeypatch)  # reversed: a file a batch, then two big batches
    backwards = list(reversed(files))
    _ingest([[f] for f in backwards[:12]] + [backwards[12:40], backwards[40:]])
    assert _engagements(os.environ["READOUTS_WAREHOUSE_URL"]) == one_batch
    assert _engagement_of_file(os.environ["READOUTS_WAREHOUSE_URL"]) == mapping
