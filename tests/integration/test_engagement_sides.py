"""Each side's view of an engagement, what its figures measure, and their dollars by year,
on a real PostgreSQL server.

Two readouts of one Xi–Putin call, written for the test, arrive as a feed would deliver
them (JSON records with the page's address): the Kremlin's names trade and energy and
a trade figure, the Chinese foreign ministry's names trade and Ukraine. A third readout,
of a 2005 meeting, carries a figure in roubles of that year.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readouts import pipeline
from readouts.reference import load_reference
from tests.helpers import connect

pytestmark = pytest.mark.integration

KREMLIN = {
    "url": "http://en.kremlin.ru/events/president/news/70001",
    "title": "Telephone conversation with President of China Xi Jinping",
    "published": "2024-05-14",
    "text": (
        "Vladimir Putin had a telephone conversation with President of the People's Republic of China Xi Jinping "
        "today. The leaders discussed trade and energy cooperation. Trade turnover between Russia and China "
        "reached $240 billion in 2023."
    ),
}
FMPRC = {
    "url": "https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240514_0001.html",
    "title": "Xi Jinping Speaks with Russian President Vladimir Putin on the Phone",
    "published": "2024-05-14",
    "text": (
        "On the afternoon of May 14, President Xi Jinping spoke with Russian President Vladimir Putin on the phone. "
        "The two presidents discussed trade and the Ukraine crisis."
    ),
}
MEETING_2005 = {
    "url": "http://kremlin.ru/events/president/news/30001",
    "title": "Meeting with President of Kazakhstan Nursultan Nazarbayev",
    "published": "2005-10-03",
    "text": (
        "Vladimir Putin met with President of Kazakhstan Nursultan Nazarbayev in Moscow today. "
        "The presidents discussed trade; trade turnover grew to 10 billion roubles."
    ),
}


def _deliver(landing: Path, name: str, record: dict) -> None:
    inbox = landing / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / name).write_text(json.dumps(record), encoding="utf-8")


@pytest.fixture
def loaded(warehouse: str, tmp_path: Path) -> str:
    landing = tmp_path / "landing"
    _deliver(landing, "kremlin.json", KREMLIN)
    _deliver(landing, "fmprc.json", FMPRC)
    _deliver(landing, "kremlin_2005.json", MEETING_2005)
    summary = pipeline.run_batch(settle_seconds=0)
    assert summary["loaded"] == 3, summary
    return warehouse


def test_each_side_of_one_engagement_has_its_own_row(loaded: str):
    with connect(loaded) as conn:
        [(engagement_id, sides, count)] = conn.exec_driver_sql(
            "select engagement_id, publisher_actor_codes, readout_count from mart.engagement "
            "where actor_codes = array['CHN', 'RUS']"
        ).all()
        rows = conn.exec_driver_sql(
            "select publishing_side, readout_count, languages, topics, figures, initiator_claims "
            "from mart.engagement_side where engagement_id = %s order by publishing_side",
            (engagement_id,),
        ).all()
    assert (sides, count) == (["CHN", "RUS"], 2)
    assert [r.publishing_side for r in rows] == ["CHN", "RUS"]
    china, russia = rows
    assert "trade" in china.topics and "trade" in russia.topics
    assert [f["measure"] for f in russia.figures] == ["trade_turnover"]
    assert china.figures == []
    assert china.initiator_claims == [] and russia.initiator_claims == []


def test_divergence_lists_the_sides_that_leave_a_topic_out(loaded: str):
    with connect(loaded) as conn:
        rows = {
            r.topic_code: (r.sides_mentioning, r.sides_not_mentioning, r.mentioned_by_all)
            for r in conn.exec_driver_sql(
                "select d.* from mart.engagement_divergence as d "
                "join mart.engagement as e using (engagement_id) where e.actor_codes = array['CHN', 'RUS']"
            )
        }
        single_side = conn.exec_driver_sql(
            "select count(*) from mart.engagement_divergence as d "
            "join mart.engagement as e using (engagement_id) where e.actor_codes = array['KAZ', 'RUS']"
        ).scalar_one()
    assert rows["trade"] == (["CHN", "RUS"], [], True)
    assert rows["energy"] == (["RUS"], ["CHN"], False)
    assert single_side == 0  # one side only: nothing to compare


def test_figures_are_converted_at_the_rate_of_their_year(loaded: str):
    ref = load_reference()
    with connect(loaded) as conn:
        rows = {
            (r.currency, r.figure_year): (r.measure, r.value, r.value_usd)
            for r in conn.exec_driver_sql(
                "select currency, figure_year, measure, value, value_usd from mart.figure where metric = 'money'"
            )
        }
    assert rows[("USD", 2023)] == ("trade_turnover", 2.4e11, 2.4e11)
    measure, value, value_usd = rows[("RUB", 2005)]
    assert (measure, value) == ("trade_turnover", 1e10)
    assert value_usd == pytest.approx(1e10 * ref.usd_per_unit_by_year[2005]["RUB"])
    assert ref.usd_per_unit_by_year[2005]["RUB"] != ref.usd_per_unit_by_year[2023]["RUB"]
