"""PLOVER export: the warehouse's engagements as PLOVER CONSULT events (JSON lines), for
event-data users (GDELT, Phoenix, POLECAT and the like).

Each engagement becomes one event (``include/schemas/plover_event.schema.json``):

* ``event`` is ``["CONSULT"]`` and ``quad_code`` 1 (verbal cooperation);
* ``mode``: ``phone`` for phone and video calls (PLOVER's "phone or some other remote
  medium"); ``multilateral`` for a meeting of three or more leaders or with an
  international organisation's; ``visit`` for a bilateral meeting whose readouts name an
  initiator (readouts state a meeting's initiator as an invitation: the initiator hosts);
  none for a bilateral meeting with no host stated;
* ``actor`` and ``recipient`` as PLOVER defines them: for a call with a stated initiator,
  the initiator's side is the actor and the others the recipient; for a visit, the
  visitor is the actor and the host the recipient; otherwise every participant is an
  actor and there is no recipient;
* ``id`` is stable (the engagement id, which never changes for BI either); ``date`` the
  engagement's (its first day when known only to the month or year);
* ``cite_info`` lists each readout: URL, title, language and publisher.

Engagements without a date are left out (PLOVER requires one); the summary counts them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readouts import db
from readouts.config import load_settings

CODER = "readout-warehouse"
CODEBOOK = "plover-base (CONSULT)"
ORGANISATION_KINDS = frozenset({"union", "organisation", "alliance", "forum"})  # reference/organisations.yaml


@dataclass(frozen=True)
class ExportSummary:
    path: Path | None
    events: int
    undated: int


def _entity(participant: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": participant["actor_code"],
        "sector": "IGO" if participant.get("actor_kind") in ORGANISATION_KINDS else "GOV",
        "entity_text": participant["leader_name"],
        "office": participant["office"],
    }


def plover_event(row: dict[str, Any]) -> dict[str, Any] | None:
    """One engagement row of include/sql/export/plover_engagements.sql as a PLOVER event;
    None when it has no date."""
    if row["engagement_date"] is None:
        return None
    participants = row["participants"]
    sides = {p["actor_code"] for p in participants}
    initiator = row["initiator_code"]
    remote = row["engagement_type"] in ("phone_call", "video_call")
    multilateral = len(sides) >= 3 or any(p.get("actor_kind") in ORGANISATION_KINDS for p in participants)
    if remote:
        mode = ["phone"]
    elif multilateral:
        mode = ["multilateral"]
    elif initiator is not None:
        mode = ["visit"]
    else:
        mode = []
    actor, recipient = participants, []
    if initiator is not None and not multilateral:
        hosts_or_callers = [p for p in participants if p["actor_code"] == initiator]
        others = [p for p in participants if p["actor_code"] != initiator]
        if remote:  # the caller acts
            actor, recipient = hosts_or_callers, others
        else:  # the visitor acts, the host receives
            actor, recipient = others, hosts_or_callers
    event: dict[str, Any] = {
        "id": f"readouts-engagement-{row['engagement_id']}",
        "date": row["engagement_date"].isoformat(),
        "date_precision": row["date_precision"],
        "actor": [_entity(p) for p in actor],
        "event": ["CONSULT"],
        "mode": mode,
        "quad_code": 1,
        "context": list(row["topics"] or []),
        "cite_info": [
            {
                "corpus": "readout-warehouse",
                "citation": f"readout {c['readout_id']}",
                "url": c.get("url"),
                "title": c.get("title"),
                "language": c.get("language"),
                "publication": c.get("publication"),
            }
            for c in row["citations"]
        ],
        "coder": CODER,
        "codebook": CODEBOOK,
    }
    if recipient:
        event["recipient"] = [_entity(p) for p in recipient]
    return event


def plover_events(
    since: dt.datetime | dt.date | None = None, url: str | None = None
) -> Iterator[dict[str, Any] | None]:
    """PLOVER events of every engagement (or of those changed at or after ``since``), in id
    order; None for each undated engagement."""
    if isinstance(since, dt.date) and not isinstance(since, dt.datetime):
        since = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    with db.engine(url).connect() as conn:
        result = db.execute_sql_file(conn, "export/plover_engagements.sql", {"since": since})
        for row in result.mappings():
            yield plover_event(dict(row))


def export_plover(
    out: Path | None, since: dt.datetime | dt.date | None = None, url: str | None = None
) -> ExportSummary:
    """Write the events as JSON lines to ``out`` (written whole, then moved into place, so a
    reader never sees half a file; ``None``: standard output)."""
    import sys

    events = undated = 0
    handle = sys.stdout
    partial = None
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        handle = partial.open("w", encoding="utf-8")
    try:
        for event in plover_events(since, url):
            if event is None:
                undated += 1
                continue
            handle.write(json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n")
            events += 1
    finally:
        if partial is not None:
            handle.close()
    if partial is not None and out is not None:
        partial.replace(out)
    return ExportSummary(out, events, undated)


def daily_export_path(day: dt.date) -> Path:
    """``landing/exports/plover/YYYY-MM-DD.jsonl``: the day's new and changed engagements."""
    return load_settings().landing_dir / "exports" / "plover" / f"{day.isoformat()}.jsonl"


def export_day(day: dt.date, url: str | None = None) -> ExportSummary:
    """The day's file: engagements with a readout loaded, or a merge recorded, on ``day``
    or later (UTC); re-running it for the same day rewrites the same file."""
    return export_plover(daily_export_path(day), since=day, url=url)
