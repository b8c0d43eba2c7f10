"""Reading the mart views back and comparing them with the expected readouts."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from tests.helpers import connect, expected_date, split_key


def mart_snapshot(url: str) -> dict[str, list[tuple]]:
    """Every mart view's rows (ids and business columns, not timestamps), sorted."""
    queries = {
        "readout": "select readout_id, file_name, record_no, file_sha256, status, status_reason, engagement_id "
        "from mart.readout",
        "engagement": "select engagement_id, engagement_date, date_precision, engagement_type, initiator_code, "
        "actor_codes, leader_names, readout_count, languages, topics from mart.engagement",
        "engagement_participant": "select * from mart.engagement_participant",
        "dyad_month": "select * from mart.dyad_month",
        "figure": "select readout_id, engagement_id, figure_no, metric, value, currency from mart.figure",
    }
    with connect(url) as conn:
        return {name: sorted((tuple(r) for r in conn.exec_driver_sql(sql)), key=repr) for name, sql in queries.items()}


def assert_marts_match(url: str, expected: dict[str, dict[str, Any]]) -> None:
    with connect(url) as conn:
        for key, want in expected.items():
            name, record_no = split_key(key)
            row = (
                conn.execute(
                    sa.text(
                        "select * from mart.readout where file_name = :f "
                        "and record_no is not distinct from :r order by readout_id"
                    ),
                    {"f": name, "r": record_no},
                )
                .mappings()
                .all()
            )
            assert len(row) == 1, (key, row)
            readout = row[0]
            assert readout["status"] == want["status"], (key, readout["status_reason"])
            if want["status"] != "loaded":
                assert readout["engagement_id"] is None
                assert want["status"] == "loaded" or readout["status_reason"], key
                continue
            engagement = (
                conn.execute(
                    sa.text("select * from mart.engagement where engagement_id = :e"),
                    {"e": readout["engagement_id"]},
                )
                .mappings()
                .one()
            )
            assert engagement["engagement_type"] == want["type"], key
            assert engagement["engagement_date"] == expected_date(want["date"]), key
            assert engagement["date_precision"] == want["precision"], key
            assert engagement["initiator_code"] == want["initiator"], key
            assert engagement["actor_codes"] == sorted(want["participants"]), key
            assert engagement["leader_names"] == sorted(want["participants"].values()), key
            assert engagement["languages"] == [want["language"]], key
            participants = {
                r.actor_code: (r.leader_name, r.is_initiator)
                for r in conn.execute(
                    sa.text("select * from mart.engagement_participant where engagement_id = :e"),
                    {"e": readout["engagement_id"]},
                )
            }
            assert participants == {
                actor: (name, actor == want["initiator"]) for actor, name in want["participants"].items()
            }, key


def reconciles(url: str) -> dict[str, int]:
    """Documents seen = sum of the five final statuses, over the whole manifest."""
    with connect(url) as conn:
        counts = dict(conn.exec_driver_sql("select status, count(*) from mart.readout group by status").all())
    assert set(counts) <= {"loaded", "duplicate", "not_readout", "rejected", "failed_quality"}, counts
    return counts


def normalized_marts(url: str) -> dict[str, list[tuple]]:
    """The mart views with readout ids replaced by (file, record) and engagement ids by
    the sorted readouts they hold: equal for two warehouses that hold the same facts."""
    with connect(url) as conn:
        readouts = conn.exec_driver_sql(
            "select readout_id, file_name, record_no, file_sha256, status, status_reason, engagement_id "
            "from mart.readout"
        ).all()
        rid = {r.readout_id: (r.file_name, r.record_no) for r in readouts}
        members: dict[int, list] = defaultdict(list)
        for r in readouts:
            if r.engagement_id is not None:
                members[r.engagement_id].append(rid[r.readout_id])
        ekey = {e: tuple(sorted(v, key=repr)) for e, v in members.items()}

        def reason(text: str | None) -> str:
            return re.sub(r"readout (\d+)", lambda m: f"readout {rid.get(int(m[1]))}", text or "")

        result = {
            "readout": [
                (
                    r.file_name,
                    r.record_no,
                    r.file_sha256,
                    r.status,
                    reason(r.status_reason),
                    ekey.get(r.engagement_id),
                )
                for r in readouts
            ],
            "engagement": [
                (ekey.get(r[0]), *r[1:])
                for r in conn.exec_driver_sql(
                    "select engagement_id, engagement_date, date_precision, engagement_type, initiator_code, "
                    "actor_codes, leader_names, readout_count, languages, topics from mart.engagement"
                )
            ],
            "engagement_participant": [
                (ekey.get(r.engagement_id), r.leader_name, r.actor_code, r.office, r.is_initiator)
                for r in conn.exec_driver_sql("select * from mart.engagement_participant")
            ],
            "dyad_month": [tuple(r) for r in conn.exec_driver_sql("select * from mart.dyad_month")],
            "figure": [
                (rid[r.readout_id], ekey.get(r.engagement_id), r.figure_no, r.metric, r.value, r.currency)
                for r in conn.exec_driver_sql("select * from mart.figure")
            ],
        }
    return {name: sorted(rows, key=repr) for name, rows in result.items()}


def assert_mart_counts_match_the_facts(url: str) -> None:
    """The materialised counts behind mart.dyad_month and mart.leader_year, which every load
    updates by deltas, equal the counts made here in Python from the engagement facts."""
    with connect(url) as conn:
        engagements = {
            r.engagement_key: r
            for r in conn.exec_driver_sql(
                "select e.engagement_key, e.engagement_date, e.date_precision, t.engagement_type "
                "from warehouse.fact_engagement e join warehouse.dim_engagement_type t using (engagement_type_key)"
            )
        }
        participants = conn.exec_driver_sql(
            "select p.engagement_key, a.actor_code, l.person_id, l.leader_name, la.actor_code, l.office "
            "from warehouse.fact_engagement_participant p join warehouse.dim_actor a on a.actor_key = p.actor_key "
            "join warehouse.dim_leader l on l.leader_key = p.leader_key "
            "join warehouse.dim_actor la on la.actor_key = l.actor_key"
        ).all()
        dyad_month = sorted(tuple(r) for r in conn.exec_driver_sql("select * from mart.dyad_month"))
        leader_year = sorted(tuple(r) for r in conn.exec_driver_sql("select * from mart.leader_year"))
    actors: dict[int, set[str]] = defaultdict(set)
    leaders: dict[tuple, int] = defaultdict(int)
    for engagement_key, actor_code, person_id, name, leader_actor, office in participants:
        actors[engagement_key].add(actor_code)
        e = engagements[engagement_key]
        if e.engagement_date is not None:
            leaders[(person_id, name, leader_actor, office, e.engagement_date.year, e.engagement_type)] += 1
    dyads: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for key, codes in actors.items():
        e = engagements[key]
        if e.engagement_date is None or e.date_precision not in ("day", "month"):
            continue
        codes_sorted = sorted(codes)
        for i, a in enumerate(codes_sorted):
            for b in codes_sorted[i + 1 :]:
                dyads[(a, b, e.engagement_date.replace(day=1))][e.engagement_type] += 1
    want_dyads = sorted(
        (a, b, month, c["phone_call"], c["video_call"], c["meeting"], sum(c.values()))
        for (a, b, month), c in dyads.items()
    )
    assert dyad_month == want_dyads
    assert leader_year == sorted((*k, n) for k, n in leaders.items())
