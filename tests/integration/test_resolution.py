"""One engagement, many readouts: resolution on a real PostgreSQL server.

The labelled set in tests/resolution/ (62 engagements, 161 readouts in six languages and
three formats, near misses among them) is loaded through the real pipeline; pairwise
precision and recall of "same engagement" are computed from the warehouse against
gold.yaml, and the set is loaded in three orders and batchings whose mart.engagement
rows (ids included) must be the same.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from readouts import db, pipeline
from readouts.resolution_eval import pairwise_scores
from tests.helpers import connect
from tests.integration.marts import assert_mart_counts_match_the_facts

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


def test_the_labelled_set_resolves_the_same_whatever_the_order_and_batching(
    pg_server, warehouse, tmp_path, monkeypatch
):
    files = sorted(READOUTS.iterdir())
    assert len(files) == len(GOLD) >= 150 and len(set(GOLD.values())) >= 60

    _ingest([files])  # all in one batch
    one_batch = _engagements(warehouse)
    mapping = _engagement_of_file(warehouse)
    score = pairwise_scores(mapping, GOLD)
    print(f"resolution set: pairwise precision {score.precision:.3f}, recall {score.recall:.3f}")
    assert score.precision >= 0.97 and score.recall >= 0.97, (score.wrongly_together, score.wrongly_apart)
    assert len(one_batch) == len(set(mapping.values()))

    _new_warehouse(pg_server, tmp_path, monkeypatch)  # in name order, four files a batch
    by_name = [files[i : i + 4] for i in range(0, len(files), 4)]
    _ingest(by_name)
    assert _engagements(os.environ["READOUTS_WAREHOUSE_URL"]) == one_batch
    assert _engagement_of_file(os.environ["READOUTS_WAREHOUSE_URL"]) == mapping

    _new_warehouse(pg_server, tmp_path, monkeypatch)  # reversed: a file a batch, then two big batches
    backwards = list(reversed(files))
    _ingest([[f] for f in backwards[:12]] + [backwards[12:80], backwards[80:]])
    assert _engagements(os.environ["READOUTS_WAREHOUSE_URL"]) == one_batch
    assert _engagement_of_file(os.environ["READOUTS_WAREHOUSE_URL"]) == mapping
    # the materialised mart counts followed every merge and renumbering batch by batch
    assert_mart_counts_match_the_facts(os.environ["READOUTS_WAREHOUSE_URL"])


def _by_label(url: str) -> dict[str, dict]:
    """The mart.engagement row of each gold engagement (of its first readout, by file name)."""
    rows = {}
    for name in sorted(GOLD):
        rows.setdefault(GOLD[name], _engagement_row(url, name))
    return rows


def test_each_resolution_rule_on_the_labelled_set(warehouse):
    _ingest([sorted(READOUTS.iterdir())])
    e = _by_label(warehouse)
    ids = {label: row["engagement_id"] for label, row in e.items()}
    with connect(warehouse) as conn:
        totals = conn.exec_driver_sql("select count(*), sum(readout_count) from mart.engagement").one()
        dyad = conn.exec_driver_sql(
            "select phone_calls, meetings, total from mart.dyad_month "
            "where actor_a = 'CHN' and actor_b = 'RUS' and month = date '2024-02-01'"
        ).one()
        trilateral = conn.execute(
            sa.text("select actor_code from mart.engagement_participant where engagement_id = :e order by 1"),
            {"e": ids["e05_weimar_trilateral"]},
        ).scalars()
        trilateral = list(trilateral)
    # one row per engagement: the 62 of the set, and the undated readout that stays apart
    assert tuple(totals) == (63, 161)

    # same participants, same type, dates within a day: one engagement, counted once
    assert e["e01_putin_xi_call"]["readout_count"] == 3
    assert e["e01_putin_xi_call"]["languages"] == ["en", "ru", "zh"]
    assert e["e14_tokayev_putin_call"]["readout_count"] == 3  # one published the day after
    assert all(row["resolution"] == "matched" for label, row in e.items() if "undated" not in label)
    # near misses stay apart: the same pair two days apart; a call and a meeting the same
    # day; a bilateral on the margins of a trilateral
    assert ids["e01_putin_xi_call"] != ids["e02_putin_xi_call_two_days_later"]
    assert tuple(dyad) == (2, 0, 2)  # mart.dyad_month counts the two calls, not their five readouts
    assert ids["e03_scholz_macron_call"] != ids["e04_scholz_macron_meeting_same_day"]
    assert ids["e05_weimar_trilateral"] != ids["e06_scholz_macron_on_the_margins"]
    assert trilateral == ["DEU", "FRA", "POL"] and e["e05_weimar_trilateral"]["readout_count"] == 3
    assert e["e06_scholz_macron_on_the_margins"]["actor_codes"] == ["DEU", "FRA"]
    assert ids["e28_putin_tokayev_call"] != ids["e29_putin_tokayev_call_three_days_later"]
    assert ids["e42_starmer_zelensky_call"] != ids["e43_starmer_zelensky_call_two_days_later"]
    assert ids["e07_biden_xi_video_across_the_date_line"] != ids["e35_biden_xi_call_same_day_as_video"]
    assert ids["e49_yoon_kishida_call"] != ids["e50_yoon_kishida_video_same_day"]  # phone and video: two
    assert ids["e32_putin_xi_tokayev_trilateral"] != ids["e33_xi_tokayev_meeting_same_day"]
    assert e["e27_putin_tokayev_meeting"]["readout_count"] == 4  # two Russian outlets, English, Chinese
    assert e["e36_kishida_biden_call_a_day_apart"]["readout_count"] == 3  # dates a day apart
    assert e["e40_macron_erdogan_call_published_next_day"]["readout_count"] == 3

    # explicit dates a day apart: the earliest, with each outlet's day
    video = e["e07_biden_xi_video_across_the_date_line"]
    assert video["engagement_date"] == dt.date(2024, 4, 2) and video["readout_count"] == 2
    assert video["date_sources"] == {"2024-04-02": ["White House"], "2024-04-03": ["Xinhua"]}
    same_day = e["e03_scholz_macron_call"]["date_sources"]  # the .txt names no outlet
    assert {day: sorted(names) for day, names in same_day.items()} == {"2024-03-04": ["(unknown)", "Bundesregierung"]}

    # initiator: conflicting claims are data, not a pick
    conflict = e["e01_putin_xi_call"]
    assert conflict["initiator_code"] is None and conflict["initiator_agreement"] == "conflict"
    assert conflict["initiator_claims"] == {"Kremlin": "CHN", "Xinhua": "RUS"}
    agreed = e["e10_erdogan_putin_call"]
    assert (agreed["initiator_code"], agreed["initiator_agreement"]) == ("TUR", "agreed")
    assert agreed["initiator_claims"] == {"Kremlin": "TUR", "Anadolu": "TUR"}
    one_sided = e["e24_macron_xi_meeting"]
    assert (one_sided["initiator_code"], one_sided["initiator_agreement"]) == ("CHN", "one_sided")
    sides_differ = e["e35_biden_xi_call_same_day_as_video"]
    assert (sides_differ["initiator_code"], sides_differ["initiator_agreement"]) == (None, "conflict")
    none = e["e04_scholz_macron_meeting_same_day"]
    assert (none["initiator_code"], none["initiator_agreement"], none["initiator_claims"]) == (None, None, {})

    # the same meeting as .json and .txt from one outlet, and a third readout
    meeting = e["e08_sanchez_macron_meeting"]
    assert meeting["readout_count"] == 3 and meeting["languages"] == ["es", "fr"]
    assert sorted(meeting["source_names"]) == ["(unknown)", "La Moncloa", "Élysée"]  # .txt: no outlet

    # a readout without any date (nor a publication date) never attaches by guess
    undated = _engagement_row(warehouse, "e23_xi_putin_call_one_undated_2_en.txt")
    dated = _engagement_row(warehouse, "e23_xi_putin_call_one_undated_1_ru.txt")
    assert undated["engagement_id"] != dated["engagement_id"]
    assert (undated["resolution"], undated["engagement_date"], undated["date_precision"]) == (
        "unattached_undated", None, "unknown",
    )  # fmt: skip
    assert dated["resolution"] == "single_readout"


def _call(day: dt.date, published: dt.date, note: str = "") -> str:
    return (
        f" date {published.isoformat()} Telephone conversation\n\n"
        f"President Vladimir Putin held a telephone conversation with President of China Xi Jinping on "
        f"{day:%B} {day.day}, {day.year}. The leaders discussed trade. {note}\n"
    )


def test_a_readout_between_two_engagements_merges_them_and_the_retired_id_maps_to_the_kept_one(
    pg_server, warehouse, tmp_path, monkeypatch
):
    d = dt.date(2024, 10, 1)
    texts = {
        "a_first_day.txt": _call(d, d),
        "c_third_day.txt": _call(d + dt.timedelta(days=2), d + dt.timedelta(days=2)),
        "b_second_day.txt": _call(d + dt.timedelta(days=1), d + dt.timedelta(days=1)),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    a, c, b = (tmp_path / n for n in texts)

    _ingest([[a, c]])
    first = _engagement_of_file(warehouse)
    assert first["a_first_day.txt"] != first["c_third_day.txt"]  # two days apart: two engagements
    _ingest([[b]])  # a day after the one, a day before the other
    now = _engagement_of_file(warehouse)
    kept = first["a_first_day.txt"]  # the id of the earliest readout's engagement
    assert set(now.values()) == {kept}
    with connect(warehouse) as conn:
        merges = conn.exec_driver_sql("select from_engagement_id, into_engagement_id, why from etl.engagement_merge")
        merges = [tuple(r) for r in merges]
        alias = conn.exec_driver_sql("select retired_engagement_id, engagement_id from mart.engagement_alias").all()
    assert [(m[0], m[1]) for m in merges] == [(first["c_third_day.txt"], kept)]
    assert merges[0][2].startswith("merged")
    assert [tuple(r) for r in alias] == [(first["c_third_day.txt"], kept)]
    merged = _engagements(warehouse)
    assert len(merged) == 1 and merged[0][1] == d and merged[0][7] == 3

    assert_mart_counts_match_the_facts(warehouse)  # the merge moved the counts along

    _new_warehouse(pg_server, tmp_path, monkeypatch)  # the bridge first: the same engagement, same id
    _ingest([[b], [c, a]])
    assert _engagements(os.environ["READOUTS_WAREHOUSE_URL"]) == merged


def _undated_call(published: dt.date, note: str = "") -> str:
    """A readout that states no date: the extractor dates it by its publication date, which
    resolution takes for no claim."""
    return (
        f" date {published.isoformat()} Telephone conversation\n\n"
        f"President Vladimir Putin held a telephone conversation with President of China Xi Jinping. "
        f"The leaders discussed trade. {note}\n"
    )


def test_an_undated_readout_attaches_only_to_the_one_candidate_in_its_publication_window(
    pg_server, warehouse, tmp_path, monkeypatch
):
    d = dt.date(2024, 11, 5)
    texts = {
        "x_call.txt": _call(d, d),
        "u_undated.txt": _undated_call(d + dt.timedelta(days=2), "Published two days later."),
        "y_other_call.txt": _call(d + dt.timedelta(days=2), d + dt.timedelta(days=2), "Another call."),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    x, u, y = (tmp_path / n for n in texts)

    _ingest([[x, u]])
    row = _engagement_row(warehouse, "u_undated.txt")
    assert row["engagement_id"] == _engagement_of_file(warehouse)["x_call.txt"]  # the one candidate
    assert (row["resolution"], row["readout_count"], row["engagement_date"]) == ("matched", 2, d)
    assert row["date_sources"] == {d.isoformat(): ["(unknown)"]}

    _ingest([[y]])  # a second candidate in the window: the undated readout no longer attaches
    row = _engagement_row(warehouse, "u_undated.txt")
    ids = _engagement_of_file(warehouse)
    assert len(set(ids.values())) == 3
    # on its own, it keeps its publication date as the fallback date, and the mart says why
    fallback = d + dt.timedelta(days=2)
    assert (row["resolution"], row["readout_count"], row["engagement_date"]) == ("unattached_undated", 1, fallback)
    assert row["date_sources"] == {}  # no outlet stated a day
    final = _engagements(warehouse)

    _new_warehouse(pg_server, tmp_path, monkeypatch)  # all at once, in one batch
    _ingest([[y, u, x]])
    assert _engagements(os.environ["READOUTS_WAREHOUSE_URL"]) == final


@pytest.mark.timeout(420)
def test_two_runs_loading_readouts_of_one_engagement_at_once_make_one_engagement(pg_server, tmp_path):
    """Real ``python -m readouts ingest`` processes: the first stopped inside its load
    transaction (resolution done, not committed), the second started meanwhile with another
    readout of the same call. Loads take turns (the second waits for the first's locks), so
    the second resolves with the first's readouts in sight."""
    import time

    from tests.integration.test_faults import _finish, _ingest, _new_warehouse, _wait_for

    url, env = _new_warehouse(pg_server, tmp_path)
    first, second, pause = tmp_path / "first", tmp_path / "second", tmp_path / "pause"
    for folder in (first, second, pause):
        folder.mkdir()
    for path in READOUTS.glob("e01_*"):
        shutil.copy2(path, (second if path.suffix == ".txt" else first) / path.name)
    one = _ingest({**env, "READOUTS_TEST_PAUSE_DIR": str(pause), "READOUTS_TEST_PAUSE_AT": "load"}, first)
    _wait_for(pause, "load.*.paused")
    two = _ingest(env, second)
    deadline = time.monotonic() + 120
    waiting = 0
    while not waiting and time.monotonic() < deadline:  # the second load waits for the first
        with connect(url) as conn:
            waiting = conn.exec_driver_sql(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
            ).scalar_one()
        time.sleep(0.2)
    assert waiting == 1 and two.poll() is None
    (pause / "load.resume").touch()
    for proc in (one, two):
        code, _, err = _finish(proc)
        assert code == 0, err[-3000:]
    with connect(url) as conn:
        rows = conn.exec_driver_sql("select readout_count, languages from mart.engagement").all()
    assert [tuple(r) for r in rows] == [(3, ["en", "ru", "zh"])]


def test_evaluate_prints_pairwise_precision_and_recall_of_the_labelled_set():
    """`python -m readouts evaluate --resolution` loads the set into a throwaway embedded
    PostgreSQL and prints the scores the issue asks for (both at least 0.97)."""
    import re
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "readouts", "evaluate", "--resolution", str(SET_DIR)],
        capture_output=True,
        text=True,
        timeout=600,
        env={k: v for k, v in os.environ.items() if not k.startswith("READOUTS_")},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r"pairwise precision (\d\.\d+)\s+recall (\d\.\d+)", done.stdout)
    assert found, done.stdout
    assert float(found.group(1)) >= 0.97 and float(found.group(2)) >= 0.97, done.stdout
    assert f"{len(GOLD)} readouts of {len(set(GOLD.values()))} engagements" in done.stdout
