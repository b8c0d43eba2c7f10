"""The pipeline's steps, one function per Airflow task, shared by the DAG and the CLI.

discover -> parse -> extract -> stage -> quality -> load -> archive. Each step takes
the batch id and passes its output to the next through files in
``<landing>/work/batch-<id>/`` (parse and extract) or the ``staging`` tables, so that
tasks exchange only the batch id through XCom and any step can be retried alone.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa

from readouts import db, intake
from readouts.config import load_settings
from readouts.extract import extract
from readouts.load import load_batch
from readouts.models import (
    FINAL_STATUSES,
    ParsedDocument,
    extraction_from_json,
    parsed_document_from_json,
    parsed_document_to_json,
)
from readouts.parse import parse_file, sha256_hex
from readouts.quality import check_batch
from readouts.reference import load_reference
from readouts.stage import stage_batch

log = logging.getLogger(__name__)
T = TypeVar("T")


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
    """Open a batch and claim the settled new files of the inbox; returns the batch id."""
    settings = load_settings()
    intake.ensure_landing(settings)
    batch_id = intake.start_batch(run_id)
    found = intake.scan_inbox(settings, settle_seconds=settle_seconds)
    claimed = intake.claim_files(batch_id, found, settings)
    log.info("batch %s: %s file(s) in the inbox, %s claimed", batch_id, len(found), len(claimed))
    return batch_id


def _unclaim(batch_id: int, inbox_file_id: int, why: str) -> None:
    log.warning("inbox file %s left for the next run: %s", inbox_file_id, why)
    with db.engine().begin() as conn:
        conn.execute(
            sa.text("delete from etl.inbox_file where inbox_file_id = :i and batch_id = :b"),
            {"i": inbox_file_id, "b": batch_id},
        )


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
            elif path.stat().st_size > settings.max_file_bytes:
                size = path.stat().st_size
                docs = [_rejected(item, f"file of {size} bytes is over the size cap of {settings.max_file_bytes}")]
            else:
                raw = path.read_bytes()
                if sha256_hex(raw) != item.file_sha256:
                    _unclaim(batch_id, item.inbox_file_id, "content changed since discovery")
                    continue
                docs = parse_file(item, raw, ref)
            for doc in docs:
                yield parsed_document_to_json(doc)

    count = _write_jsonl(_work_dir(batch_id) / "parsed.jsonl", documents())
    log.info("batch %s: %s document(s) parsed", batch_id, count)
    return count


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
            result = extract(doc, ref)
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
    log.info("batch %s: staged %s", batch_id, counts)
    return counts


def quality(batch_id: int) -> dict[str, Any]:
    """Run the great-expectations suites on the staged batch."""
    report = check_batch(batch_id)
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
    counts = load_batch(batch_id, load_reference())
    log.info("batch %s: loaded, statuses %s", batch_id, counts)
    return counts


def archive(batch_id: int) -> dict[str, Any]:
    """Move the files, close the batch and check that every document has a final status."""
    settings = load_settings()
    moved = intake.archive_batch(batch_id, settings)
    summary = reconcile(batch_id)
    with db.engine().begin() as conn:
        conn.execute(
            sa.text("update etl.batch set status = 'succeeded', finished_at = now() where batch_id = :b"),
            {"b": batch_id},
        )
    shutil.rmtree(settings.work_dir / f"batch-{batch_id}", ignore_errors=True)
    summary.update(moved)
    log.info("batch %s: %s", batch_id, summary)
    return summary


def reconcile(batch_id: int) -> dict[str, Any]:
    """Documents seen by the batch = loaded + duplicate + not_readout + rejected + failed_quality."""
    with db.engine().connect() as conn:
        by_status = dict(
            conn.execute(
                sa.text("select status, count(*) from etl.file_manifest where batch_id = :b group by status"),
                {"b": batch_id},
            ).all()
        )
        files = conn.execute(
            sa.text("select count(*) from etl.inbox_file where batch_id = :b"), {"b": batch_id}
        ).scalar_one()
    seen = sum(by_status.values())
    final = sum(by_status.get(s, 0) for s in FINAL_STATUSES)
    if seen != final:
        raise ReconciliationError(
            f"batch {batch_id}: {seen} documents seen but {final} with a final status: {by_status}"
        )
    return {"batch_id": batch_id, "files": files, "documents": seen, **{s: by_status.get(s, 0) for s in FINAL_STATUSES}}


def mark_batch_failed(batch_id: int, note: str) -> None:
    with db.engine().begin() as conn:
        conn.execute(
            sa.text(
                "update etl.batch set status = 'failed', finished_at = now(), note = :n "
                "where batch_id = :b and status = 'running'"
            ),
            {"b": batch_id, "n": note[:2000]},
        )


def run_batch(run_id: str | None = None, settle_seconds: float | None = None) -> dict[str, Any]:
    """Every step in order, without Airflow (the CLI's ``ingest``)."""
    batch_id = discover(run_id, settle_seconds)
    try:
        parse(batch_id)
        extract_documents(batch_id)
        stage(batch_id)
        quality(batch_id)
        load(batch_id)
        return archive(batch_id)
    except Exception as exc:
        mark_batch_failed(batch_id, f"{type(exc).__name__}: {exc}")
        raise
