"""Intake: find new files in the landing inbox, claim them for a batch, archive them after.

A claim is a row of ``etl.inbox_file`` keyed by (file name, sha256): two runs started
at once cannot both claim the same file, and a file already processed that lands again
unchanged is recognised and put back where its first copy went (nothing new is loaded).
Files stay in the inbox until ``archive_batch`` moves them to ``archive/`` or
``quarantine/`` (the latter with a ``.reason.json`` beside the file).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from readouts import db
from readouts.config import Settings
from readouts.models import InboxFile
from readouts.parse import sha256_hex

log = logging.getLogger(__name__)
CLAIM_TIMEOUT_SECONDS = 6 * 3600
QUARANTINE_STATUSES = ("rejected", "failed_quality")


@dataclass
class FoundFile:
    file_name: str  # path relative to the inbox, POSIX separators
    path: Path
    size_bytes: int
    file_sha256: str


def ensure_landing(settings: Settings) -> None:
    for folder in (settings.inbox_dir, settings.archive_dir, settings.quarantine_dir, settings.work_dir):
        folder.mkdir(parents=True, exist_ok=True)


def _file_sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan_inbox(settings: Settings, now: float | None = None, settle_seconds: float | None = None) -> list[FoundFile]:
    """Files of the inbox that are ready: settled (not written to lately), not hidden.

    Symbolic links are never followed: they are reported as files whose content is
    the link itself, so that the parser rejects them with a clear reason.
    """
    now = time.time() if now is None else now
    settle = settings.settle_seconds if settle_seconds is None else settle_seconds
    found: list[FoundFile] = []
    for root, dirs, files in os.walk(settings.inbox_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            rel = path.relative_to(settings.inbox_dir).as_posix()
            info = path.lstat()
            if now - info.st_mtime < settle:
                log.info("left for the next run (still being written?): %s", rel)
                continue
            if path.is_symlink():
                digest = sha256_hex(b"symlink:" + os.readlink(path).encode(errors="replace"))
                found.append(FoundFile(rel, path, 0, digest))
                continue
            found.append(FoundFile(rel, path, info.st_size, _file_sha256(path)))
    return found


def start_batch(run_id: str | None) -> int:
    with db.engine().begin() as conn:
        return int(db.execute_sql_file(conn, "etl/start_batch.sql", {"run_id": run_id}).scalar_one())


def claim_files(batch_id: int, files: list[FoundFile], settings: Settings) -> list[InboxFile]:
    """Claim the files for the batch; put back re-delivered copies of processed files."""
    if not files:
        return []
    by_key = {(f.file_name, f.file_sha256): f for f in files}
    with db.engine().begin() as conn:
        conn.exec_driver_sql(
            "create temporary table seen_file (file_name text, file_sha256 text, size_bytes bigint) on commit drop"
        )
        db.copy_rows(
            conn,
            "seen_file",
            ("file_name", "file_sha256", "size_bytes"),
            ((f.file_name, f.file_sha256, f.size_bytes) for f in files),
        )
        claimed = db.execute_sql_file(
            conn, "etl/claim_files.sql", {"batch_id": batch_id, "claim_timeout": CLAIM_TIMEOUT_SECONDS}
        ).all()
        redelivered = db.execute_sql_file(conn, "etl/redelivered_files.sql").all()
    for row in redelivered:
        found = by_key[(row.file_name, row.file_sha256)]
        if row.final_path:
            target = Path(row.final_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(found.path, target)
            log.info("already processed, same content: %s -> %s", row.file_name, target)
    items = []
    for row in claimed:
        found = by_key[(row.file_name, row.file_sha256)]
        items.append(InboxFile(row.inbox_file_id, row.file_name, str(found.path), row.file_sha256, found.size_bytes))
    return items


def claimed_files(batch_id: int, settings: Settings) -> list[InboxFile]:
    with db.engine().connect() as conn:
        rows = conn.execute(
            sa.text(
                "select inbox_file_id, file_name, file_sha256, size_bytes from etl.inbox_file "
                "where batch_id = :b and state = 'claimed' order by inbox_file_id"
            ),
            {"b": batch_id},
        ).all()
    return [
        InboxFile(
            r.inbox_file_id, r.file_name, str(settings.inbox_dir / r.file_name), r.file_sha256.strip(), r.size_bytes
        )
        for r in rows
    ]


def _unique_target(folder: Path, file_name: str) -> Path:
    target = folder / file_name
    if not target.exists() and not target.is_symlink():
        return target
    stem, suffix = target.stem, target.suffix
    n = 1
    while True:
        candidate = target.with_name(f"{stem}.{n}{suffix}")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
        n += 1


def archive_batch(batch_id: int, settings: Settings) -> dict[str, int]:
    """Move each claimed file to archive/ or quarantine/ (+ reason) and close its claim."""
    ensure_landing(settings)
    with db.engine().connect() as conn:
        rows = db.execute_sql_file(conn, "etl/documents_by_file.sql", {"batch_id": batch_id}).all()
    moved = {"archive": 0, "quarantine": 0}
    with db.engine().begin() as conn:
        for row in rows:
            statuses = [d["status"] for d in row.documents]
            if "processing" in statuses:
                raise RuntimeError(f"{row.file_name}: documents still processing; the load did not finish")
            quarantine = any(s in QUARANTINE_STATUSES for s in statuses)
            folder = settings.quarantine_dir if quarantine else settings.archive_dir
            source = settings.inbox_dir / row.file_name
            target = _unique_target(folder, row.file_name)
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.exists() or source.is_symlink():
                shutil.move(str(source), str(target))
            else:
                log.warning("%s: no longer in the inbox; its manifest rows stand", row.file_name)
            if quarantine:
                reason = {
                    "file_name": row.file_name,
                    "file_sha256": row.file_sha256.strip(),
                    "batch_id": batch_id,
                    "documents": row.documents,
                }
                reason_path = target.with_name(target.name + ".reason.json")
                reason_path.write_text(json.dumps(reason, indent=2, ensure_ascii=False), encoding="utf-8")
            conn.execute(
                sa.text("update etl.inbox_file set state = 'done', final_path = :p where inbox_file_id = :i"),
                {"p": str(target), "i": row.inbox_file_id},
            )
            moved["quarantine" if quarantine else "archive"] += 1
    return moved
