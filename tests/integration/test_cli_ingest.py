"""The CLI without Airflow: ``python -m readouts ingest DIR`` on a real PostgreSQL server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readouts.config import PROJECT_ROOT
from tests.helpers import EXPECTED, SAMPLES_DIR, SEEDS_DIR, connect, require_seeds
from tests.integration.marts import assert_marts_match, mart_snapshot, reconciles

pytestmark = pytest.mark.integration


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "readouts", *args],
        cwd=PROJECT_ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=300,
        check=check,
    )


def test_ingest_samples_then_again_changes_nothing(warehouse):
    first = cli("ingest", str(SAMPLES_DIR))
    summary = json.loads(first.stdout)
    assert summary["documents"] == len(EXPECTED["samples"])
    assert_marts_match(warehouse, EXPECTED["samples"])
    counts = reconciles(warehouse)
    assert sum(counts.values()) == len(EXPECTED["samples"])
    before = mart_snapshot(warehouse)

    landing = Path(os.environ["READOUTS_LANDING_DIR"])
    assert (landing / "quarantine" / "broken_feed.json").exists()
    reason = json.loads((landing / "quarantine" / "broken_feed.json.reason.json").read_text())
    assert reason["documents"][0]["status"] == "rejected"
    assert "not valid JSON" in reason["documents"][0]["reason"]
    assert (landing / "archive" / "2024-06-20_kremlin_mirziyoyev.txt").exists()
    assert not any((landing / "inbox").iterdir())

    second = cli("ingest", str(SAMPLES_DIR))  # the same files land again
    assert json.loads(second.stdout)["documents"] == 0
    assert mart_snapshot(warehouse) == before
    assert not any((landing / "inbox").iterdir())


def test_ingest_seeds(warehouse):
    require_seeds()
    cli("ingest", str(SEEDS_DIR))
    assert_marts_match(warehouse, EXPECTED["seeds"])
    status = cli("status")
    assert json.loads(status.stdout.split("\nbatch")[0])["documents_by_status"] == {"loaded": 5}


def test_extract_prints_json_without_a_database():
    env = {k: v for k, v in os.environ.items() if k != "READOUTS_WAREHOUSE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "readouts", "extract", str(SAMPLES_DIR / "2024-06-20_kremlin_mirziyoyev.txt")],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    data = json.loads(result.stdout)
    assert data["outcome"] == "readout"
    assert data["initiator_code"] == "UZB"
    assert sorted(p["actor_code"] for p in data["participants"]) == ["RUS", "UZB"]


def test_ingest_without_a_warehouse_says_what_to_set(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "READOUTS_WAREHOUSE_URL"}
    env["AIRFLOW_CONN_READOUTS_WAREHOUSE"] = ""
    result = subprocess.run(
        [sys.executable, "-m", "readouts", "ingest", str(tmp_path)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "READOUTS_WAREHOUSE_URL" in result.stderr


def test_an_unknown_leader_is_loaded_unverified_and_listed_for_review(warehouse, tmp_path):
    # Niue's premier is not in the reference (Nauru's president, Tonga's and the Cook Islands' prime ministers, used
    # before, now are)
    (tmp_path / "niue_call.txt").write_text(
        " date 2025-03-04 Prime Minister speaks with the Premier of Niue\n\n"
        "Prime Minister Anthony Albanese held a telephone conversation with the Premier of Niue "
        "Dalton Tagelagi on Tuesday. The leaders discussed climate resilience and labour mobility.\n",
        encoding="utf-8",
    )
    cli("ingest", str(tmp_path))
    with connect(warehouse) as conn:
        rows = conn.exec_driver_sql(
            "select leader_name, actor_code, office, verified from mart.engagement_participant order by actor_code"
        ).all()
    assert [tuple(r) for r in rows] == [
        ("Anthony Albanese", "AUS", "prime_minister", True),
        ("Dalton Tagelagi", "NIU", "prime_minister", False),
    ]
    review = json.loads(cli("review-names", "--json").stdout)
    assert [(r["leader_name"], r["actor_code"], r["readouts"]) for r in review] == [("Dalton Tagelagi", "NIU", 1)]
    assert review[0]["example_file"] == "niue_call.txt"
