"""The PLOVER export on a real PostgreSQL server: every event validates against the
project's JSON Schema, and mode, actor and recipient follow PLOVER's rules for a call
with an initiator, a visit, a trilateral meeting and a bilateral meeting with no host.
The readouts are written for the test and delivered as a feed would (JSON records)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from readouts import pipeline
from readouts.config import DEFAULT_INCLUDE_DIR
from readouts.export import export_plover

pytestmark = pytest.mark.integration

SCHEMA = json.loads((DEFAULT_INCLUDE_DIR / "schemas" / "plover_event.schema.json").read_text(encoding="utf-8"))

RECORDS = {
    "call.json": {
        "url": "https://www.gov.uk/government/news/pm-call-with-president-macron-4-march-2025",
        "title": "PM call with President Macron: 4 March 2025",
        "published": "2025-03-04",
        "text": "Prime Minister Keir Starmer spoke to President Emmanuel Macron of France today at the request of "
        "the French side. The leaders discussed support for Ukraine.",
    },
    "visit.json": {
        "url": "http://en.kremlin.ru/events/president/news/70002",
        "title": "Talks with President of Uzbekistan Shavkat Mirziyoyev",
        "published": "2024-05-27",
        "text": "Vladimir Putin held talks in Tashkent with President of Uzbekistan Shavkat Mirziyoyev today. The "
        "visit took place at the invitation of Uzbekistan. The presidents discussed trade and energy.",
    },
    "trilateral.json": {
        "url": "https://www.whitehouse.gov/briefing-room/statements-releases/2023/08/18/readout-camp-david/",
        "title": "Readout of the trilateral meeting at Camp David",
        "published": "2023-08-18",
        "text": "President Joe Biden met today at Camp David with Prime Minister Fumio Kishida of Japan and "
        "President Yoon Suk Yeol of the Republic of Korea. The leaders discussed security cooperation.",
    },
    "meeting.json": {
        "url": "https://www.elysee.fr/emmanuel-macron/2024/05/06/entretien-avec-xi-jinping",
        "title": "Meeting of President Emmanuel Macron and President Xi Jinping",
        "published": "2024-05-06",
        "text": "President Emmanuel Macron met President Xi Jinping of China in Paris today. The two presidents "
        "discussed trade and climate.",
    },
}


@pytest.fixture
def loaded(warehouse: str, tmp_path: Path) -> str:
    inbox = tmp_path / "landing" / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for name, record in RECORDS.items():
        (inbox / name).write_text(json.dumps(record), encoding="utf-8")
    summary = pipeline.run_batch(settle_seconds=0)
    assert summary["loaded"] == len(RECORDS), summary
    return warehouse


def _events(path: Path) -> dict[frozenset[str], dict]:
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for event in events:
        jsonschema.validate(event, SCHEMA)
    codes = {frozenset(e["code"] for e in [*ev["actor"], *ev.get("recipient", [])]): ev for ev in events}
    assert len(codes) == len(events)
    return codes


def test_every_event_validates_and_follows_plover_for_calls_visits_and_meetings(loaded: str, tmp_path: Path):
    out = tmp_path / "plover.jsonl"
    summary = export_plover(out)
    assert (summary.events, summary.undated) == (4, 0)
    events = _events(out)

    call = events[frozenset({"GBR", "FRA"})]
    assert (call["mode"], call["date"], call["event"], call["quad_code"]) == (["phone"], "2025-03-04", ["CONSULT"], 1)
    assert [e["code"] for e in call["actor"]] == ["FRA"]  # the side that asked for the call acts
    assert [e["code"] for e in call["recipient"]] == ["GBR"]
    assert call["cite_info"][0]["url"].startswith("https://www.gov.uk/")
    assert call["cite_info"][0]["language"] == "en"

    visit = events[frozenset({"RUS", "UZB"})]
    assert visit["mode"] == ["visit"]
    assert [e["code"] for e in visit["actor"]] == ["RUS"]  # the visitor acts, the host receives
    assert [e["code"] for e in visit["recipient"]] == ["UZB"]

    trilateral = events[frozenset({"USA", "JPN", "KOR"})]
    assert trilateral["mode"] == ["multilateral"]
    assert sorted(e["code"] for e in trilateral["actor"]) == ["JPN", "KOR", "USA"] and "recipient" not in trilateral

    meeting = events[frozenset({"FRA", "CHN"})]
    assert meeting["mode"] == [] and "recipient" not in meeting  # no host stated: every side acts


def test_since_keeps_only_engagements_loaded_or_merged_from_that_day(loaded: str, tmp_path: Path):
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    assert export_plover(tmp_path / "later.jsonl", since=tomorrow).events == 0
    assert export_plover(tmp_path / "today.jsonl", since=dt.datetime.now(dt.UTC).date()).events == 4


def test_a_bad_event_fails_the_schema():
    event = {"id": "x", "date": "2024-01-01", "actor": [], "event": ["CONSULT"], "mode": [], "quad_code": 1}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**event, "cite_info": []}, SCHEMA)
