"""A generated corpus of about 1,000 hostile, broken and ordinary files through the real pipeline.

The same path as ``python -m readouts ingest DIR`` (``pipeline.run_batch``) on the test
session's PostgreSQL server. Two runs: the first leaves the file still being written,
the second picks it up once it is complete. Then every file must be accounted for, with
the status and reason its category calls for, nothing outside the inbox touched, and
every rejected file in quarantine beside its reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa

from readouts import pipeline
from readouts.config import load_settings
from tests.helpers import connect
from tests.hostile_corpus import FINAL, Expected, write_corpus

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]


def _contents(folder: Path) -> dict[str, tuple[str, float]]:
    """sha256 and mtime of every file under the folder (links not followed)."""
    return {
        str(path): (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def _atimes(folder: Path) -> dict[str, float]:
    return {str(p): p.stat().st_atime for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def _age_atimes(folder: Path) -> None:
    """atime before mtime: on a relatime mount, any read of the file would now move its atime."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            info = path.stat()
            os.utime(path, (info.st_mtime - 1000, info.st_mtime))


def _reason_matches(expected: Expected, reason: str | None) -> bool:
    return any(word.lower() in (reason or "").lower() for word in (expected.reason or "").split("|"))


def test_hostile_corpus_never_crashes_a_run_and_loses_nothing(warehouse, tmp_path):
    settings = load_settings()
    inbox = settings.inbox_dir
    outside = tmp_path / "outside"
    expected = write_corpus(inbox, outside)
    assert len(expected) >= 1000
    outside_before = _contents(outside)
    _age_atimes(outside)
    atimes_before = _atimes(outside)
    passwd_before = os.stat("/etc/passwd").st_mtime

    started = time.monotonic()
    crashes = []
    summaries = []
    for run in (1, 2):
        try:
            summaries.append(pipeline.run_batch(run_id=f"hostile:{run}", settle_seconds=60))
        except Exception as exc:  # counted, then failed on below
            crashes.append(f"run {run}: {type(exc).__name__}: {exc}")
        if run == 1:
            # the file still being written was left alone by the first run; complete it now
            pending = inbox / "being_written.txt"
            assert pending.exists(), "the file still being written was taken by the first run"
            with connect(warehouse) as conn:
                assert not conn.execute(
                    sa.text("select count(*) from etl.file_manifest where file_name = 'being_written.txt'")
                ).scalar_one()
            pending.write_text(
                " date 2024-03-09 Telephone conversation\n\nPresident Vladimir Putin had a telephone conversation "
                "with President of Kazakhstan Kassym-Jomart Tokayev about energy (the late file).\n",
                encoding="utf-8",
            )
            past = time.time() - 3600
            os.utime(pending, (past, past))
    wall = time.monotonic() - started
    assert crashes == []

    with connect(warehouse) as conn:
        manifest = conn.execute(
            sa.text("select file_name, record_no, status, status_reason from etl.file_manifest")
        ).all()
        files = {
            r.file_name: r
            for r in conn.execute(sa.text("select file_name, state, final_path from etl.inbox_file")).all()
        }
        batches = conn.execute(sa.text("select batch_id, status from etl.batch order by batch_id")).all()
    assert [b.status for b in batches] == ["succeeded", "succeeded"]

    # every document accounted for, once, with a final status
    got = {(r.file_name, r.record_no): r for r in manifest}
    assert len(got) == len(manifest), "a document was counted twice"
    assert all(r.status in FINAL for r in manifest)
    want_documents = {
        (name, record_no): status
        for name, item in expected.items()
        for record_no, status in item.statuses.items()
        if status not in ("left",)
    }
    assert set(got) == set(want_documents), "documents lost or unexpected"
    statuses = Counter(r.status for r in manifest)
    assert sum(statuses[s] for s in FINAL) == len(manifest) == sum(s.get("documents", 0) for s in summaries)

    # each category ends as it should, with a reason that names the problem
    wrong: list[str] = []
    outcome: dict[str, Counter] = {}
    for (name, record_no), want in want_documents.items():
        row = got[(name, record_no)]
        item = expected[name]
        outcome.setdefault(item.category, Counter())[row.status] += 1
        allowed = ("loaded",) if want == "pending" else tuple(want.split("|"))
        if row.status not in allowed:
            wrong.append(f"{item.category} {name!r}#{record_no}: {row.status} ({row.status_reason}), want {want}")
        elif row.status == "rejected" and item.reason and not _reason_matches(item, row.status_reason):
            wrong.append(f"{item.category} {name!r}#{record_no}: reason {row.status_reason!r} lacks {item.reason!r}")
    assert not wrong, "\n".join(wrong[:30])
    for name in (n for n, item in expected.items() if item.statuses.get(None) == "loaded|duplicate"):
        pair = name[:-6]
        assert {got[(f"{pair}_a.txt", None)].status, got[(f"{pair}_b.txt", None)].status} == {"loaded", "duplicate"}

    # every file moved out of the inbox to where its status says, rejected ones beside their reason
    for name, item in expected.items():
        if "left" in item.statuses.values():
            continue
        row = files[name]
        assert row.state == "done" and row.final_path, name
        final = Path(row.final_path)
        assert os.path.lexists(final), f"{name}: not at {final}"
        quarantined = any(s in ("rejected", "failed_quality") for s in (got[(name, r)].status for r in item.statuses))
        assert final.is_relative_to(settings.quarantine_dir if quarantined else settings.archive_dir), name
        if quarantined:
            reason = json.loads(final.with_name(final.name + ".reason.json").read_text(encoding="utf-8"))
            assert reason["file_name"] == name
            assert all(d["status"] and (d["status"] != "rejected" or d["reason"]) for d in reason["documents"])
    # symbolic links were moved as links, never their targets
    for name in (n for n, item in expected.items() if item.category == "symlink"):
        assert Path(files[name].final_path).is_symlink()

    # what is not the pipeline's to take stays in the inbox, untouched; nothing outside was read or moved
    left = sorted(p.name for p in inbox.iterdir() if not p.is_dir())
    assert left == sorted(n for n, item in expected.items() if "left" in item.statuses.values())
    assert _atimes(outside) == atimes_before, "a file outside the inbox was read"
    assert _contents(outside) == outside_before
    assert os.stat("/etc/passwd").st_mtime == passwd_before

    lines = [f"hostile corpus: {len(expected)} files, {len(manifest)} documents, {len(crashes)} crashed runs, "]
    lines[0] += f"0 lost, wall time {wall:.1f}s, statuses {dict(statuses)}"
    lines += [f"  {category}: {dict(counts)}" for category, counts in sorted(outcome.items())]
    print("\n".join(lines))


def test_staging_copy_text_round_trips_hostile_values(warehouse, tmp_path):
    """The shards write staging rows in COPY's text format themselves: every value comes
    back from the server as it went in (escapes, a literal backslash-N, NULL, non-BMP
    text, floats at the edges, dates, booleans), and a value of another type is refused."""
    import datetime as dt
    import math

    from readouts import db

    rows = [
        ("tab\there", "new\nline\r\nend", "back\\slash \\N not null", True, 7, 1e-300, dt.date(1999, 12, 31)),
        (None, "", "عربى 中文 \U0001f600", False, -1, math.inf, None),
        ("\\", "\\\\t", "trailing\\", None, None, -0.5, dt.date(2026, 2, 28)),
    ]
    path = tmp_path / "rows.copy"
    path.write_text("".join(db.copy_text_line(row) for row in rows), encoding="utf-8")
    engine = sa.create_engine(warehouse)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "create temporary table hostile (a text, b text, c text, d boolean, e integer,"
                " f double precision, g date) on commit drop"
            )
            db.copy_text_files(conn, "hostile", "abcdefg", [path, path])
            back = [tuple(r) for r in conn.exec_driver_sql("select * from hostile").all()]
    finally:
        engine.dispose()
    assert back == rows + rows
    with pytest.raises(TypeError, match="no COPY text form for list"):
        db.copy_text_line(["fine", ["not", "scalar"]])
