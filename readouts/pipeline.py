"""The pipeline's steps, one function per Airflow task, shared by the DAG and the CLI.

discover -> plan_shards -> parse + extract (one call per shard) -> stage -> quality ->
load -> archive. Each step takes the batch id (parse + extract also a shard number) and
passes its output to the next through files in ``<landing>/work/batch-<id>/`` (the shard
plan, and each shard's parsed and extracted documents) or the ``staging`` tables, so that
tasks exchange only the batch id and shard numbers through XCom and any step can be
retried alone. Shards split a batch's files by bytes (``READOUTS_SHARD_BYTES``, or
``READOUTS_SHARDS`` of them) so that parse + extract run on several cores at once: as
mapped tasks in the DAG, in a process pool in the CLI (``run_batches(workers=N)``).
Staging, quality and load stay one set-based step per batch; stage reads the shards'
documents back in claim order, so the warehouse does not depend on the number of shards.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import heapq
import json
import logging
import math
import multiprocessing
import os
import shutil
import signal
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
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
    Extraction,
    ParsedDocument,
    parsed_document_from_json,
    parsed_document_to_json,
)
from readouts.parse import parse_file, sha256_hex, storable
from readouts.quality import check_batch, check_warehouse, data_docs_built_once
from readouts.reference import load_reference
from readouts.stage import stage_batch, write_staging_files

log = logging.getLogger(__name__)
T = TypeVar("T")
PR_SET_PDEATHSIG = 1  # prctl(2)
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


_in_pool_worker = False  # set in the CLI's shard workers: no progress bars from several processes


def _progress(items: Iterable[T], description: str, total: int | None = None) -> Iterable[T]:
    """A rich progress bar on an interactive terminal; the plain iterable elsewhere."""
    if not sys.stderr.isatty() or _in_pool_worker:
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


def _discover(
    run_id: str | None, settle_seconds: float | None, backlog: intake.InboxBacklog | None = None
) -> tuple[int, intake.Claim]:
    """Open a batch and claim its files: from a fresh scan of the inbox, or (a backfill's
    batches after its first) from the ``backlog`` of files an earlier scan found."""
    settings = load_settings()
    intake.ensure_landing(settings)
    batch_id = open_batch(run_id)
    if backlog is None:
        found = intake.scan_inbox(settings, settle_seconds=settle_seconds)
        pause_point("claim")
        claim = intake.claim_files(batch_id, found, settings)
    else:
        backlog.scan_if_empty()
        pause_point("claim")
        claim = backlog.claim(batch_id)
    log.info(
        "batch %s: %s claimed, %s left for a next batch (caps: %s files, %s bytes)",
        batch_id,
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


SHARD_PLAN = "shards.json"


def split_shards(
    files: Sequence[tuple[int, int]], shard_bytes: int, shards: int = 0, workers: int = 1
) -> list[list[int]]:
    """Files ``(inbox_file_id, size_bytes)`` split into shards of about ``shard_bytes``
    bytes each, their number rounded up to a multiple of ``workers`` (so that a pool of
    that many processes ends its shards together), or into ``shards`` shards when that
    is set; at most one per file, never none. Each file goes to the shard with the fewest
    bytes so far, the biggest files first (ties: the lower file id, the lower shard); each
    shard lists its file ids in ascending order. The same files give the same shards."""
    total = sum(size for _, size in files)
    count = shards
    if count <= 0:
        workers = max(1, workers)
        count = math.ceil(max(1, math.ceil(total / max(shard_bytes, 1))) / workers) * workers
    count = max(1, min(count, len(files)))
    heap = [(0, n) for n in range(count)]
    members: list[list[int]] = [[] for _ in range(count)]
    for file_id, size in sorted(files, key=lambda f: (-f[1], f[0])):
        load, n = heapq.heappop(heap)
        members[n].append(file_id)
        heapq.heappush(heap, (load + size, n))
    return [sorted(ids) for ids in members]


def plan_shards(batch_id: int, workers: int = 1) -> list[int]:
    """Split the batch's claimed files into shards by bytes (see ``split_shards``) and
    write the plan to ``work/batch-N/shards.json``; returns the shard numbers (at least
    one, possibly empty: an empty batch still goes through its steps). A plan already
    written is kept as it is: a retry, or a later step, sees the same shards."""
    path = _work_dir(batch_id) / SHARD_PLAN
    if not path.exists():
        settings = load_settings()
        files = [(f.inbox_file_id, f.size_bytes) for f in intake.claimed_files(batch_id, settings)]
        shards = split_shards(files, settings.shard_bytes, settings.shards, workers)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"batch_id": batch_id, "shards": shards}), encoding="utf-8")
        tmp.replace(path)
        log.info(
            "batch %s: %s file(s), %s byte(s) in %s shard(s) of %s file(s)",
            batch_id,
            len(files),
            sum(size for _, size in files),
            len(shards),
            [len(s) for s in shards],
        )
    return list(range(len(_shard_plan(batch_id))))


def _shard_plan(batch_id: int) -> list[list[int]]:
    return json.loads((_work_dir(batch_id) / SHARD_PLAN).read_text(encoding="utf-8"))["shards"]


def _parsed_path(batch_id: int, shard: int) -> Path:
    return _work_dir(batch_id) / f"parsed-{shard}.jsonl"


def parse(batch_id: int) -> int:
    """Read and clean every claimed file, shard after shard in this process; returns the
    number of documents."""
    return sum(parse_shard(batch_id, shard) for shard in plan_shards(batch_id))


def extract_documents(batch_id: int) -> dict[str, int]:
    """Extract every parsed document, shard after shard in this process; returns counts by outcome."""
    counts: dict[str, int] = {}
    for shard in range(len(_shard_plan(batch_id))):
        for key, value in extract_shard(batch_id, shard).items():
            counts[key] = counts.get(key, 0) + value
    return counts


def parse_extract_shard(batch_id: int, shard: int) -> dict[str, int]:
    """Parse then extract one shard of the batch (the DAG's mapped task, a CLI worker's
    job), each document extracted as soon as it is read (no intermediate file); returns
    its documents and extraction outcomes. Re-running it rewrites the same files."""
    parsed = _ParsedShard(batch_id, shard)
    counts = _extract_to_staging(batch_id, shard, parsed)
    parsed.log()
    return {"shard": shard, "documents": parsed.count, **counts}


def parse_shard(batch_id: int, shard: int) -> int:
    """Read and clean the claimed files of one shard into ``parsed-<shard>.jsonl`` (the
    step-by-step path; ``parse_extract_shard`` does both at once); returns the number of documents."""
    parsed = _ParsedShard(batch_id, shard)
    _write_jsonl(_parsed_path(batch_id, shard), (parsed_document_to_json(doc) for doc in parsed))
    parsed.log()
    return parsed.count


class _ParsedShard:
    """The clean documents of one shard's claimed files, read as they are iterated; a file
    gone or changed since discovery is given up (unclaimed), one that fails to parse is a
    rejected document of its own."""

    def __init__(self, batch_id: int, shard: int) -> None:
        self.batch_id, self.shard = batch_id, shard
        self.count = self.internal_errors = 0

    def __iter__(self) -> Iterator[ParsedDocument]:
        for doc in self._documents():
            self.count += 1
            yield doc

    def log(self) -> None:
        log.info(
            "batch %s shard %s: %s document(s) parsed, %s internal error(s)",
            self.batch_id,
            self.shard,
            self.count,
            self.internal_errors,
        )

    def _documents(self) -> Iterator[ParsedDocument]:
        batch_id, shard = self.batch_id, self.shard
        settings = load_settings()
        ref = load_reference()
        planned = set(_shard_plan(batch_id)[shard])
        # a file given up since the plan (gone, changed) is no longer claimed: skipped
        items = [f for f in intake.claimed_files(batch_id, settings) if f.inbox_file_id in planned]
        for item in _progress(items, f"parsing shard {shard}", len(items)):
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
                    self.internal_errors += 1
                if docs is None:
                    _unclaim(batch_id, item.inbox_file_id, gone)
                    continue
            yield from docs


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


def extract_shard(batch_id: int, shard: int) -> dict[str, int]:
    """Extract every document of ``parsed-<shard>.jsonl`` and write its staging rows
    (``stage.write_staging_files``); returns counts by outcome."""
    documents = map(parsed_document_from_json, _read_jsonl(_parsed_path(batch_id, shard)))
    return _extract_to_staging(batch_id, shard, _progress(documents, f"extracting shard {shard}"))


def _extract_to_staging(batch_id: int, shard: int, documents: Iterable[ParsedDocument]) -> dict[str, int]:
    ref = load_reference()
    counts: dict[str, int] = {}

    def extracted() -> Iterator[tuple[ParsedDocument, Extraction]]:
        for doc in documents:
            try:
                result = extract(doc, ref)
            except Exception as exc:  # one document must never stop the batch: it alone is rejected
                log.exception("batch %s: internal error extracting %s #%s", batch_id, doc.file_name, doc.record_no)
                result = rejected_extraction(doc, internal_error("extract", exc))
                counts["internal_errors"] = counts.get("internal_errors", 0) + 1
            counts[result.outcome] = counts.get(result.outcome, 0) + 1
            yield doc, result

    write_staging_files(batch_id, shard, extracted(), _work_dir(batch_id))
    log.info("batch %s shard %s: extracted %s", batch_id, shard, counts)
    return counts


def stage(batch_id: int) -> dict[str, int]:
    """COPY the shards' staging files into staging and register every document in the manifest."""
    counts = stage_batch(batch_id, _work_dir(batch_id), len(_shard_plan(batch_id)))
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
    back (a hidden file: discovery never reads it); its content is in the history table.
    Only files handed back have one: those with rows in ``etl.file_manifest_history``."""
    with db.engine().connect() as conn:
        names = db.execute_sql_file(conn, "etl/resubmitted_files_of_batch.sql", {"batch_id": batch_id}).scalars()
        for name in names:
            note = _resubmit_note(inbox_dir / name)
            if len(note.name.encode("utf-8", "surrogateescape")) > intake.NAME_MAX_BYTES:
                continue  # no such note can exist: its name would not fit ("File name too long")
            note.unlink(missing_ok=True)


def resubmit(
    reason_like: str | None = None, *, quarantined: bool = True, outdated: bool = False, file_name: str | None = None
) -> dict[str, Any]:
    """Hand files back to the inbox so that the next run processes them again.

    ``quarantined``: files in quarantine (those whose reason contains ``reason_like``,
    case-insensitive, or all of them); ``file_name``: only the file of that name.
    ``outdated``: archived files whose documents were read by an older extractor than the
    current one. Each file moves back under its
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
                "file_name": file_name,
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


def _worker_started(parent: int) -> None:
    """In a CLI shard worker, first thing: die with the parent (a killed ``ingest`` leaves
    no worker behind, waiting for ever on its queue and holding its output pipes), no
    progress bars, and fresh database engines (the forked parent's pooled connections are
    never used here; psycopg leaves a connection of another process alone when it is
    collected)."""
    global _in_pool_worker
    with contextlib.suppress(OSError, AttributeError):  # Linux: SIGKILL when the parent dies
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the line above
        os._exit(1)
    _in_pool_worker = True
    db.forget_engines()


def _shard_job(job: tuple[int, int]) -> dict[str, int]:
    return parse_extract_shard(*job)


@contextlib.contextmanager
def shard_pool(workers: int, start_method: str = "fork", freeze_gc: bool = True) -> Iterator[Any]:
    """A process pool of ``workers`` for the shards' parse + extract (None for one worker:
    the shards run in this process). With ``fork`` (the default) the reference data and
    the language detector are loaded here first, so the workers share them copy-on-write
    instead of loading ~125 MB each; ``spawn`` makes each worker load its own (measured
    by the pipeline benchmark). With ``freeze_gc`` the objects loaded so far are moved to the
    garbage collector's permanent generation (``gc.freeze()``) before the workers fork, so a
    collection in a worker does not write to their headers and copy their pages (undone when
    the pool closes; the benchmark measured 55 MB less PSS at 6,000 files). A worker that
    dies (killed, out of memory) fails the batch with BrokenProcessPool instead of leaving it
    waiting."""
    if workers <= 1:
        yield None
        return
    if start_method == "fork":
        from readouts.parse import _language_detector

        load_reference()
        _language_detector()
    frozen = freeze_gc and start_method == "fork"
    if frozen:
        gc.collect()
        gc.freeze()
    context = multiprocessing.get_context(start_method)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_started, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if frozen:
            gc.unfreeze()


def _summed_shard_results(results: Iterable[dict[str, int]]) -> dict[str, int]:
    totals: dict[str, int] = {}
    count = 0
    for result in results:
        count += 1
        for key, value in result.items():
            if key != "shard":
                totals[key] = totals.get(key, 0) + value
    totals["shards"] = count
    return totals


def parse_extract(batch_id: int, pool: Any = None, workers: int = 1) -> dict[str, int]:
    """Plan the batch's shards (a multiple of ``workers``) and parse + extract them: in
    ``pool`` when given (one shard per job), else one after the other here; returns the totals."""
    jobs = [(batch_id, shard) for shard in plan_shards(batch_id, workers=workers)]
    return _summed_shard_results(pool.map(_shard_job, jobs) if pool is not None else map(_shard_job, jobs))


def _after_parse_steps() -> tuple[tuple[str, Any], ...]:
    """The steps that take a batch after its parse + extract, in order."""
    return (("stage", stage), ("quality", quality), ("load", load), ("archive", archive))


def _timed_steps(batch_id: int, steps: Iterable[tuple[str, Any]], seconds: dict[str, float]) -> dict[str, Any]:
    """Run ``steps`` on the batch in order, each one's wall seconds into ``seconds``; returns
    the last step's result (archive's summary)."""
    result: dict[str, Any] = {}
    for name, step in steps:
        started = time.perf_counter()
        result = step(batch_id)
        seconds[name] = time.perf_counter() - started
    return result


def _batch_summary(result: dict[str, Any], claim: intake.Claim, seconds: dict[str, float]) -> dict[str, Any]:
    return {**result, "left_in_inbox": claim.left, "seconds": {k: round(v, 3) for k, v in seconds.items()}}


def run_batch(
    run_id: str | None = None, settle_seconds: float | None = None, backlog: intake.InboxBacklog | None = None
) -> dict[str, Any]:
    """Every step in order on one batch, in this process and without Airflow; the summary's
    ``left_in_inbox`` counts the claimable files the batch caps left for a next batch. With a
    ``backlog`` (a backfill's), the batch's files come from it instead of a fresh scan."""
    started = time.perf_counter()
    batch_id, claim = _discover(run_id, settle_seconds, backlog)
    seconds = {"discover": time.perf_counter() - started}
    try:
        result = _timed_steps(batch_id, (("parse_extract", parse_extract), *_after_parse_steps()), seconds)
    except BaseException as exc:
        mark_batch_failed(batch_id, f"{type(exc).__name__}: {exc}")
        raise
    return _batch_summary(result, claim, seconds)


class _BatchInFlight:
    """A discovered batch whose shards were handed to the pool (see ``run_batches``)."""

    def __init__(self, run_id: str | None, pool: Any, workers: int, backlog: intake.InboxBacklog) -> None:
        started = time.perf_counter()
        self.batch_id, self.claim = _discover(run_id, backlog.settle_seconds, backlog)
        try:
            self.shards = [
                pool.submit(_shard_job, (self.batch_id, shard)) for shard in plan_shards(self.batch_id, workers)
            ]
        except BaseException as exc:
            mark_batch_failed(self.batch_id, f"{type(exc).__name__}: {exc}")
            raise
        self.seconds = {"discover": time.perf_counter() - started}

    @property
    def more_waiting(self) -> bool:
        """Whether the batch caps left claimable files for a next batch."""
        return bool(self.claim.left and self.claim.files)

    def parsed(self) -> dict[str, int]:
        """Wait for the batch's shards; the seconds waited count as its parse + extract."""
        started = time.perf_counter()
        totals = _summed_shard_results(future.result() for future in self.shards)
        self.seconds["parse_extract"] = time.perf_counter() - started
        return totals

    def abandon(self, why: str) -> None:
        for future in self.shards:
            future.cancel()
        with contextlib.suppress(Exception):  # the shards still running may fail on their own
            for future in self.shards:
                if not future.cancelled():
                    future.result()
        mark_batch_failed(self.batch_id, why)


def _run_batches_overlapped(
    run_id: str | None, pool: Any, workers: int, backlog: intake.InboxBacklog
) -> list[dict[str, Any]]:
    """Batches one after the other, the next one's parse + extract in the pool while this
    process stages, checks, loads and archives the current one. Stage, quality and load
    still take the batches in order, one at a time, so the warehouse is the one a run
    without overlap leaves. When a batch fails, the next one (already claimed and being
    parsed) is marked failed too and its files are claimed again by the next run."""
    summaries: list[dict[str, Any]] = []
    current = _BatchInFlight(run_id, pool, workers, backlog)
    while True:
        following: _BatchInFlight | None = None
        try:
            current.parsed()
            if current.more_waiting:
                following = _BatchInFlight(run_id, pool, workers, backlog)
            result = _timed_steps(current.batch_id, _after_parse_steps(), current.seconds)
        except BaseException as exc:
            mark_batch_failed(current.batch_id, f"{type(exc).__name__}: {exc}")
            if following is not None:
                following.abandon(f"not run: batch {current.batch_id} before it failed ({type(exc).__name__})")
            raise
        summaries.append(_batch_summary(result, current.claim, current.seconds))
        if following is None:
            return summaries
        current = following


def run_batches(
    run_id: str | None = None,
    settle_seconds: float | None = None,
    workers: int = 1,
    start_method: str = "fork",
    freeze_gc: bool = True,
) -> dict[str, Any]:
    """Batches one after the other until the inbox has no settled claimable file left
    (the CLI's ``ingest``), each batch's shards parsed + extracted by ``workers``
    processes, which parse the next batch while this process stages, checks, loads and
    archives the current one (with one worker, no overlap); the inbox is scanned once and
    its files claimed batch after batch from that scan (``intake.InboxBacklog``); the Data
    Docs site is built once at the end; returns the totals and each batch's summary under
    ``batches``."""
    backlog = intake.InboxBacklog(load_settings(), settle_seconds)
    with shard_pool(workers, start_method, freeze_gc) as pool, data_docs_built_once():
        if pool is not None:
            summaries = _run_batches_overlapped(run_id, pool, workers, backlog)
        else:
            summaries = [run_batch(run_id, settle_seconds, backlog)]
            while summaries[-1]["left_in_inbox"] and summaries[-1]["files"]:
                summaries.append(run_batch(run_id, settle_seconds, backlog))
    total: dict[str, Any] = {"batch_ids": [s["batch_id"] for s in summaries]}
    for key in ("files", "documents", *FINAL_STATUSES, "internal_errors", "archive", "quarantine"):
        total[key] = sum(s.get(key, 0) for s in summaries)
    total["files_by_status"] = {st: sum(s["files_by_status"][st] for s in summaries) for st in FINAL_STATUSES}
    total["seconds"] = {k: round(sum(s["seconds"][k] for s in summaries), 3) for k in summaries[0]["seconds"]}
    total["batches"] = summaries
    return total
