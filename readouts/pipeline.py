"""The pipeline's steps, one function per Airflow task, shared by the DAG and the CLI.

discover -> parse -> extract -> stage -> quality -> load -> archive. Each step takes
the batch id and passes its output to the next through files in
``<landing>/work/batch-<id>/`` (parse and extract) or the ``staging`` tables, so that
tasks exchange only the batch id through XCom and any step can be retried alone.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from readouts import EXTRACTOR_VERSION, db, intake
from readouts.config import load_settings
from readouts.extract import extract, rejected_extraction
from readouts.load import load_batch, pause_point
from readouts.models import (
    FINAL_STATUSES,
    ParsedDocument,
    extraction_from_json,
    parsed_document_from_json,
    parsed_document_to_json,
)
from readouts.parse import parse_file, sha256_hex, storable
from readouts.quality import check_batch, check_warehouse
from readouts.reference import load_reference
from readouts.stage import stage_batch

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH_LOCK_CLASS = 7301  # advisory lock (7301, batch_id): held by the process that opened the batch
_batch_locks: dict[int, Connection] = {}


class ReconciliationError(RuntimeError):
    """Files seen do not add up to the documents with a final status."""


def _work_dir(batch_id: int) -> Path:
    path = load_settings().work_dir / f"batch-{batch_id}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _write_jsonl(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    tmp = path.with_suffix(".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    tmp.replace(path)
    return count


def _progress(items: Iterable[T], description: str, total: int | None = None) -> Iterable[T]:
    """A rich progress bar on an interactive terminal; the plain iterable elsewhere."""
    if not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, description=description, total=total, transient=True)


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def discover(run_id: str | None = None, settle_seconds: float | None = None) -> int:
    """Open a batch and claim the settled new files of the inbox, the oldest first and at
    most READOUTS_BATCH_MAX_FILES files / READOUTS_BATCH_MAX_BYTES bytes; returns the batch id."""
    return _discover(run_id, settle_seconds)[0]


def _discover(run_id: str | None, settle_seconds: float | None) -> tuple[int, intake.Claim]:
    settings = load_settings()
    intake.ensure_landing(settings)
    batch_id = open_batch(run_id)
    found = intake.scan_inbox(settings, settle_seconds=settle_seconds)
    pause_point("claim")
    claim = intake.claim_files(batch_id, found, settings)
    log.info(
        "batch %s: %s file(s) in the inbox, %s claimed, %s left for a next batch (caps: %s files, %s bytes)",
        batch_id,
        len(found),
        len(claim.files),
        claim.left,
        settings.batch_max_files,
        settings.batch_max_bytes,
    )
    return batch_id, claim


def open_batch(run_id: str | None) -> int:
    """Open a batch and take its advisory lock in the same transaction, on a connection
    kept open until the batch ends (or the process dies: then the lock goes with it and
    the next run knows the batch is abandoned and takes its files over)."""
    conn = db.engine().connect()
    try:
        with conn.begin():
            batch_id = int(db.execute_sql_file(conn, "etl/start_batch.sql", {"run_id": run_id}).scalar_one())
            conn.execute(
                sa.text("select pg_advisory_lock(:k, cast(:b as integer))"), {"k": BATCH_LOCK_CLASS, "b": batch_id}
            )
    except Exception:
        conn.invalidate()
        conn.close()
        raise
    _batch_locks[batch_id] = conn
    return batch_id


def release_batch(batch_id: int) -> None:
    """Let go of the batch's advisory lock (a no-op in another process than the opener)."""
    conn = _batch_locks.pop(batch_id, None)
    if conn is None:
        return
    try:
        conn.execute(
            sa.text("select pg_advisory_unlock(:k, cast(:b as integer))"), {"k": BATCH_LOCK_CLASS, "b": batch_id}
        )
        conn.commit()
    except Exception as exc:  # the lock dies with the connection anyway
        log.warning("batch %s: advisory lock not released cleanly: %s", batch_id, exc)
        conn.invalidate()
    finally:
        conn.close()


def _unclaim(batch_id: int, inbox_file_id: int, why: str) -> None:
    """Give up a claimed file (see ``etl/unclaim_file.sql``): forgotten, or handed back."""
    log.warning("inbox file %s left for the next run: %s", inbox_file_id, why)
    with db.engine().begin() as conn:
        db.execute_sql_file(conn, "etl/unclaim_file.sql", {"inbox_file_id": inbox_file_id, "batch_id": batch_id})


def parse(batch_id: int) -> int:
    """Read and clean every claimed file; returns the number of documents."""
    settings = load_settings()
    ref = load_reference()

    def documents() -> Iterator[dict[str, Any]]:
        items = intake.claimed_files(batch_id, settings)
        for item in _progress(items, "parsing", len(items)):
            path = Path(item.path)
            if path.is_symlink():
                docs = [_rejected(item, "symbolic link: not followed, never read")]
            elif not path.exists():
                _unclaim(batch_id, item.inbox_file_id, "no longer in the inbox")
                continue
            else:
                try:
                    # at most cap + 1 bytes: a file grown since discovery is not slurped
                    with path.open("rb") as handle:
                        raw = handle.read(settings.max_file_bytes + 1)
                        size = max(os.fstat(handle.fileno()).st_size, len(raw))
                    if len(raw) > settings.max_file_bytes:
                        cap = settings.max_file_bytes
                        docs = [_rejected(item, f"file of {size} bytes is over the size cap of {cap}")]
                    elif sha256_hex(raw) != item.file_sha256:
                        docs, gone = None, "content changed since discovery"
                    else:
                        docs = parse_file(item, raw, ref)
                except FileNotFoundError:
                    docs, gone = None, "no longer in the inbox"
                except Exception as exc:  # one file must never stop the batch: it alone is rejected
                    log.exception("batch %s: internal error parsing %s", batch_id, item.file_name)
                    docs = [_rejected(item, internal_error("parse", exc))]
                    internal_errors[0] += 1
                if docs is None:
                    _unclaim(batch_id, item.inbox_file_id, gone)
                    continue
            for doc in docs:
                yield parsed_document_to_json(doc)

    internal_errors = [0]
    count = _write_jsonl(_work_dir(batch_id) / "parsed.jsonl", documents())
    log.info("batch %s: %s document(s) parsed, %s internal error(s)", batch_id, count, internal_errors[0])
    return count


def internal_error(step: str, exc: BaseException) -> str:
    """The reason of a document rejected because a step failed on it unexpectedly."""
    message = " ".join(str(exc).split())
    message = message[:500] + ("…" if len(message) > 500 else "")
    return storable(f"internal error in {step}: {type(exc).__name__}: {message}")


def _rejected(item: Any, reason: str) -> ParsedDocument:
    return ParsedDocument(
        inbox_file_id=item.inbox_file_id,
        file_name=item.file_name,
        file_sha256=item.file_sha256,
        record_no=None,
        document_sha256=item.file_sha256,
        rejected_reason=reason,
    )


def extract_documents(batch_id: int) -> dict[str, int]:
    """Extract every parsed document; returns counts by outcome."""
    ref = load_reference()
    counts: dict[str, int] = {}

    def rows() -> Iterator[dict[str, Any]]:
        for data in _progress(_read_jsonl(_work_dir(batch_id) / "parsed.jsonl"), "extracting"):
            doc = parsed_document_from_json(data)
            try:
                result = extract(doc, ref)
            except Exception as exc:  # one document must never stop the batch: it alone is rejected
                log.exception("batch %s: internal error extracting %s #%s", batch_id, doc.file_name, doc.record_no)
                result = rejected_extraction(doc, internal_error("extract", exc))
                counts["internal_errors"] = counts.get("internal_errors", 0) + 1
            counts[result.outcome] = counts.get(result.outcome, 0) + 1
            yield {"document": data, "extraction": result.to_json()}

    _write_jsonl(_work_dir(batch_id) / "extracted.jsonl", rows())
    log.info("batch %s: extracted %s", batch_id, counts)
    return counts


def stage(batch_id: int) -> dict[str, int]:
    """COPY the extractions into staging and register every document in the manifest."""
    pairs = (
        (parsed_document_from_json(row["document"]), extraction_from_json(row["extraction"]))
        for row in _read_jsonl(_work_dir(batch_id) / "extracted.jsonl")
    )
    counts = stage_batch(batch_id, pairs)
    with db.engine().begin() as conn:
        dropped = db.execute_sql_file(conn, "etl/drop_stale_documents.sql", {"batch_id": batch_id}).rowcount
    if dropped:
        log.info(
            "batch %s: %s earlier document row(s) of re-processed files dropped (kept in history)", batch_id, dropped
        )
    log.info("batch %s: staged %s", batch_id, counts)
    return counts


def quality(batch_id: int) -> dict[str, Any]:
    """Run the great-expectations suites on the staged batch."""
    report = check_batch(batch_id, ref=load_reference())
    for warning in report.warnings:
        log.warning("batch %s quality warning: %s", batch_id, warning)
    log.info(
        "batch %s: %s document(s) checked, %s failed",
        batch_id,
        report.checked_documents,
        len(report.failed_documents),
    )
    return {
        "checked": report.checked_documents,
        "failed": len(report.failed_documents),
        "warnings": report.warnings,
    }


def load(batch_id: int) -> dict[str, int]:
    """Merge the batch in one transaction, then run the post-load suite on the warehouse."""
    counts = load_batch(batch_id, load_reference())
    log.info("batch %s: loaded, statuses %s", batch_id, counts)
    report = check_warehouse(batch_id)
    for warning in report.warnings:
        log.warning("batch %s warehouse check warning: %s", batch_id, warning)
    return counts


def archive(batch_id: int) -> dict[str, Any]:
    """Move the files, close the batch and check that every file and document is accounted for."""
    settings = load_settings()
    moved = intake.archive_batch(batch_id, settings)
    _drop_resubmit_notes(batch_id, settings.inbox_dir)
    summary = reconcile(batch_id)
    with db.engine().begin() as conn:
        conn.execute(
            sa.text("update etl.batch set status = 'succeeded', finished_at = now() where batch_id = :b"),
            {"b": batch_id},
        )
    release_batch(batch_id)
    shutil.rmtree(settings.work_dir / f"batch-{batch_id}", ignore_errors=True)
    summary.update(moved)
    log.info("batch %s: %s", batch_id, summary)
    return summary


FILE_STATUS_PRECEDENCE = ("rejected", "failed_quality", "loaded", "not_readout", "duplicate")


def reconcile(batch_id: int) -> dict[str, Any]:
    """The reconciliation invariant of a batch, checked after archive.

    Files seen = loaded + duplicate + not_readout + rejected + failed_quality, where a
    file counts once under the first status of its documents in the order rejected,
    failed_quality, loaded, not_readout, duplicate; and likewise for documents (a JSON
    file can hold several). A file claimed by the batch with no document, a document
    left ``processing`` or a file not moved out of the inbox breaks it: ReconciliationError.
    """
    with db.engine().connect() as conn:
        by_status = dict(
            conn.execute(
                sa.text("select status, count(*) from etl.file_manifest where batch_id = :b group by status"),
                {"b": batch_id},
            ).all()
        )
        internal_errors = conn.execute(
            sa.text(
                "select count(*) from etl.file_manifest where batch_id = :b and status = 'rejected' "
                "and status_reason like 'internal error in %'"
            ),
            {"b": batch_id},
        ).scalar_one()
        files = conn.execute(
            sa.text(
                "select f.file_name, f.state, array_remove(array_agg(distinct m.status), null) as statuses "
                "from etl.inbox_file f left join etl.file_manifest m "
                "on m.inbox_file_id = f.inbox_file_id and m.batch_id = f.batch_id "
                "where f.batch_id = :b group by f.inbox_file_id, f.file_name, f.state"
            ),
            {"b": batch_id},
        ).all()
    problems: list[str] = []
    file_counts = dict.fromkeys(FINAL_STATUSES, 0)
    for row in files:
        status = next((s for s in FILE_STATUS_PRECEDENCE if s in row.statuses), None)
        if status is None:
            problems.append(f"{row.file_name}: no document with a final status ({row.statuses or 'none'})")
        else:
            file_counts[status] += 1
        if row.state != "done":
            problems.append(f"{row.file_name}: still {row.state}, not archived or quarantined")
    seen = sum(by_status.values())
    final = sum(by_status.get(s, 0) for s in FINAL_STATUSES)
    if seen != final:
        problems.append(f"{seen} document(s) seen but {final} with a final status: {by_status}")
    if len(files) != sum(file_counts.values()):
        problems.append(
            f"{len(files)} file(s) seen != "
            + " + ".join(f"{file_counts[s]} {s}" for s in FINAL_STATUSES)
            + f" = {sum(file_counts.values())}"
        )
    if problems:
        shown = "; ".join(problems[:10]) + (f"; … {len(problems) - 10} more" if len(problems) > 10 else "")
        raise ReconciliationError(f"batch {batch_id} does not reconcile: {shown}")
    return {
        "batch_id": batch_id,
        "files": len(files),
        "documents": seen,
        **{s: by_status.get(s, 0) for s in FINAL_STATUSES},
        "internal_errors": internal_errors,
        "files_by_status": file_counts,
    }


def _resubmit_note(inbox_path: Path) -> Path:
    return inbox_path.with_name(f".{inbox_path.name}.reason.json")


def _drop_resubmit_notes(batch_id: int, inbox_dir: Path) -> None:
    """Remove the earlier ``.reason.json`` that ``resubmit`` put beside a file it handed
    back (a hidden file: discovery never reads it); its content is in the history table."""
    with db.engine().connect() as conn:
        names = conn.execute(
            sa.text("select file_name from etl.inbox_file where batch_id = :b"), {"b": batch_id}
        ).scalars()
        for name in names:
            note = _resubmit_note(inbox_dir / name)
            if len(note.name.encode("utf-8", "surrogateescape")) > intake.NAME_MAX_BYTES:
                continue  # no such note can exist: its name would not fit ("File name too long")
            note.unlink(missing_ok=True)


def resubmit(reason_like: str | None = None, *, quarantined: bool = True, outdated: bool = False) -> dict[str, Any]:
    """Hand files back to the inbox so that the next run processes them again.

    ``quarantined``: files in quarantine (those whose reason contains ``reason_like``,
    case-insensitive, or all of them). ``outdated``: archived files whose documents were
    read by an older extractor than the current one. Each file moves back under its
    original name, its ``.reason.json`` beside it as a hidden ``.<name>.reason.json``;
    what its manifest rows said is copied to ``etl.file_manifest_history`` and the
    inbox file becomes ``resubmitted``, so the next run's claim takes it over and
    updates those rows in place (same readout ids). Returns counts and skipped files.
    """
    settings = load_settings()
    intake.ensure_landing(settings)
    with db.engine().connect() as conn:
        rows = db.execute_sql_file(
            conn,
            "etl/resubmit_candidates.sql",
            {
                "quarantined": quarantined,
                "reason_like": reason_like,
                "outdated": outdated,
                "extractor_version": EXTRACTOR_VERSION,
            },
        ).all()
    done: list[str] = []
    skipped: dict[str, str] = {}
    for row in rows:
        source = Path(row.final_path)
        target = settings.inbox_dir / row.file_name
        if not (source.exists() or source.is_symlink()):
            skipped[row.file_name] = f"not found at {source}"
            continue
        if target.exists() or target.is_symlink():
            skipped[row.file_name] = "the inbox already holds a file of that name"
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(source), str(target))
        note = source.with_name(source.name + ".reason.json")
        if note.exists():
            shutil.move(str(note), str(_resubmit_note(target)))
        why = "extractor " + EXTRACTOR_VERSION if source.is_relative_to(settings.archive_dir) else "resubmit"
        if reason_like:
            why += f" (reason like {reason_like!r})"
        # moved first: should this transaction fail, the next run sees a processed file
        # landing again unchanged and puts it back where it was
        with db.engine().begin() as conn:
            db.execute_sql_script(conn, "etl/mark_resubmitted.sql", {"inbox_file_id": row.inbox_file_id, "why": why})
        done.append(row.file_name)
        log.info("resubmitted %s (%s)", row.file_name, row.reason)
    return {"resubmitted": len(done), "files": done, "skipped": skipped}


def mark_batch_failed(batch_id: int, note: str) -> None:
    with db.engine().begin() as conn:
        conn.execute(
            sa.text(
                "update etl.batch set status = 'failed', finished_at = now(), note = :n "
                "where batch_id = :b and status = 'running'"
            ),
            {"b": batch_id, "n": note[:2000]},
        )
    release_batch(batch_id)


def run_batch(run_id: str | None = None, settle_seconds: float | None = None) -> dict[str, Any]:
    """Every step in order on one batch, without Airflow; the summary's ``left_in_inbox``
    counts the claimable files the batch caps left for a next batch."""
    batch_id, claim = _discover(run_id, settle_seconds)
    try:
        parse(batch_id)
        extract_documents(batch_id)
        stage(batch_id)
        quality(batch_id)
        load(batch_id)
        return {**archive(batch_id), "left_in_inbox": claim.left}
    except BaseException as exc:
        mark_batch_failed(batch_id, f"{type(exc).__name__}: {exc}")
        raise


def run_batches(run_id: str | None = None, settle_seconds: float | None = None) -> dict[str, Any]:
    """Batches one after the other until the inbox has no settled claimable file left
    (the CLI's ``ingest``); returns the totals and each batch's summary under ``batches``."""
    summaries = [run_batch(run_id, settle_seconds)]
    while summaries[-1]["left_in_inbox"] and summaries[-1]["files"]:
        summaries.append(run_batch(run_id, settle_seconds))
    total: dict[str, Any] = {"batch_ids": [s["batch_id"] for s in summaries]}
    for key in ("files", "documents", *FINAL_STATUSES, "internal_errors", "archive", "quarantine"):
        total[key] = sum(s.get(key, 0) for s in summaries)
    total["files_by_status"] = {st: sum(s["files_by_status"][st] for s in summaries) for st in FINAL_STATUSES}
    total["batches"] = summaries
    return total
