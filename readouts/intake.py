"""Intake: find new files in the landing inbox, claim them for a batch, archive them after.

A claim is a row of ``etl.inbox_file`` keyed by (file name, sha256): two runs started
at once cannot both claim the same file, and a file already processed that lands again
unchanged is recognised and put back where its first copy went (nothing new is loaded).
Files stay in the inbox until ``archive_batch`` moves them to ``archive/`` or
``quarantine/`` (the latter with a ``.reason.json`` beside the file).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    mtime: float = 0.0  # batches take the oldest files first (by mtime, then name)


def ensure_landing(settings: Settings) -> None:
    for folder in (settings.inbox_dir, settings.archive_dir, settings.quarantine_dir, settings.work_dir):
        folder.mkdir(parents=True, exist_ok=True)


_hashed_files: dict[tuple[int, int, int, int, int], str] = {}
HASHED_FILES_REMEMBERED = 1_000_000


def _inbox_file_sha256(path: Path, info: os.stat_result) -> str:
    """The sha256 of a regular file of the inbox, remembered in this process for the file's
    identity and state (device, inode, size, modification and change times in ns; any write
    or rename changes the last): ``ingest`` scans the inbox once per batch, and a backfill of
    100,000 files would otherwise hash every file still waiting again for each batch."""
    key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    digest = _hashed_files.get(key)
    if digest is None:
        if len(_hashed_files) >= HASHED_FILES_REMEMBERED:
            _hashed_files.clear()
        digest = _hashed_files[key] = _file_sha256(path)
    return digest


def _file_sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inbox_name(name: str) -> str:
    """The name a file of the inbox is processed under: valid UTF-8 and short enough.

    A name that is not valid UTF-8 (it could not be stored) is escaped (``\\xe9``); a
    name so long that the notes kept beside the file (``.<name>.reason.json``, a ``.<n>``
    to keep names unique) would not fit in a file name is shortened in its stem (``~``).
    """
    if name.isascii() and len(name) <= NAME_MAX_BYTES - len(REASON_SUFFIX) - 9:
        return name  # the common case, without encoding
    escaped = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _fit_name(escaped, len(REASON_SUFFIX) + 1 + 8)


def _safe_name(path: Path) -> Path:
    """Rename the file in the inbox to its ``inbox_name`` when that differs."""
    name = inbox_name(path.name)
    if name == path.name:
        return path
    target = _unique_target(path.parent, name)
    os.rename(path, target)
    log.warning("file name not valid UTF-8 or too long; renamed in the inbox: %r -> %s", path.name, target.name)
    return target


def _symlink_entry(path: Path, rel: str, mtime: float) -> FoundFile:
    """A symbolic link as an entry of its own: its content is never read, its target never followed."""
    target = os.readlink(path)
    digest = sha256_hex(f"symlink:{rel}->{target}".encode("utf-8", "surrogateescape"))
    return FoundFile(rel, path, 0, digest, mtime)


def scan_inbox(settings: Settings, now: float | None = None, settle_seconds: float | None = None) -> list[FoundFile]:
    """Files of the inbox that are ready: settled (not written to lately), not hidden.

    - A file modified less than ``settle`` seconds ago (or up to that far in the future)
      is being written: it is left for the next run. A timestamp further in the future
      (a skewed clock) does not hold a file back forever.
    - Names starting with ``.`` are temporary files by convention (uploads in progress)
      and are not picked up.
    - Symbolic links (to files or folders, inside or outside the inbox, dangling or not)
      are never followed: each is reported as an entry whose content is the link itself,
      so that the pipeline rejects it with a clear reason and moves the link (never its
      target) to quarantine.
    - Entries that are not regular files (pipes, sockets, devices) are skipped with a
      warning, never opened (opening a pipe would hang the run). A file that vanishes or
      cannot be read during the scan is left for the next run.
    - A name that is not valid UTF-8, or too long, is renamed in the inbox (see ``inbox_name``).
    """
    now = time.time() if now is None else now
    settle = settings.settle_seconds if settle_seconds is None else settle_seconds
    inbox = settings.inbox_dir
    found: list[FoundFile] = []
    # plain strings and os calls, not pathlib: a backfill scans the inbox once per batch
    for root, dirs, files in os.walk(inbox, followlinks=False):
        linked_dirs = sorted(d for d in dirs if os.path.islink(os.path.join(root, d)))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked_dirs)
        folder = Path(root).relative_to(inbox).as_posix()
        prefix = "" if folder == "." else folder + "/"
        for name in sorted(files) + linked_dirs:
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            try:
                info = os.lstat(full)
                if abs(now - info.st_mtime) < settle:
                    log.info("left for the next run (still being written?): %s", prefix + name)
                    continue
                if inbox_name(name) != name:
                    renamed = _safe_name(Path(full))
                    full, name = str(renamed), renamed.name
                path = Path(full)
                if stat.S_ISLNK(info.st_mode):
                    found.append(_symlink_entry(path, prefix + name, info.st_mtime))
                elif not stat.S_ISREG(info.st_mode):
                    log.warning("not a regular file (pipe, socket or device), skipped: %s", prefix + name)
                else:
                    digest = _inbox_file_sha256(path, info)
                    found.append(FoundFile(prefix + name, path, info.st_size, digest, info.st_mtime))
            except OSError as exc:
                log.warning("left for the next run (%s): %s", exc.strerror or exc, full)
    return found


def start_batch(run_id: str | None) -> int:
    with db.engine().begin() as conn:
        return int(db.execute_sql_file(conn, "etl/start_batch.sql", {"run_id": run_id}).scalar_one())


@dataclass
class Claim:
    files: list[InboxFile]
    left: int  # claimable files of the scan beyond the batch caps: for the next batch


def _oldest_first(found: FoundFile) -> tuple[float, str]:
    return (found.mtime, found.file_name)


def claim_files(batch_id: int, files: list[FoundFile], settings: Settings) -> Claim:
    """Claim the oldest claimable files (by mtime, then name) for the batch, at most
    ``batch_max_files`` files and ``batch_max_bytes`` bytes (a single bigger file goes
    alone); put back re-delivered copies of processed files."""
    if not files:
        return Claim([], 0)
    by_key = {(f.file_name, f.file_sha256): f for f in files}
    ordered = sorted(files, key=_oldest_first)
    with db.engine().begin() as conn:
        conn.exec_driver_sql(
            "create temporary table seen_file (file_name text, file_sha256 text, size_bytes bigint, seq integer)"
            " on commit drop"
        )
        db.copy_rows(
            conn,
            "seen_file",
            ("file_name", "file_sha256", "size_bytes", "seq"),
            ((f.file_name, f.file_sha256, f.size_bytes, n) for n, f in enumerate(ordered)),
        )
        claimed = db.execute_sql_file(
            conn,
            "etl/claim_files.sql",
            {
                "batch_id": batch_id,
                "claim_timeout": CLAIM_TIMEOUT_SECONDS,
                "max_files": settings.batch_max_files,
                "max_bytes": settings.batch_max_bytes,
            },
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
    return Claim(items, claimed[0].left_over if claimed else 0)


class InboxBacklog:
    """The settled files of one inbox scan, oldest first, claimed batch after batch by a
    backfill (``ingest``). Each claim offers the database only the next files of the
    backlog (twice the batch's file cap) instead of rescanning and offering the whole inbox:
    a 100,000-file backfill in 5,000-file batches would otherwise read and send about a
    million entries. A file changed or gone since the scan is dropped from the backlog, and
    a file that lands during the backfill is not in it: a later scan finds both (the next
    run's, or the one a claim makes when the backlog is empty)."""

    def __init__(self, settings: Settings, settle_seconds: float | None = None) -> None:
        self.settings = settings
        self.settle_seconds = settle_seconds
        self._files: list[FoundFile] = []

    def scan_if_empty(self) -> None:
        if not self._files:
            self._files = sorted(scan_inbox(self.settings, settle_seconds=self.settle_seconds), key=_oldest_first)

    def claim(self, batch_id: int) -> Claim:
        """Claim the oldest claimable files of the backlog for the batch (see ``claim_files``);
        ``left`` counts the claimable files beyond the caps in the files offered plus the
        backlog's files not offered yet (an upper bound: a later claim may find some taken)."""
        self.scan_if_empty()
        while self._files:
            offer, rest = self._next_offer(2 * self.settings.batch_max_files)
            claim = claim_files(batch_id, offer, self.settings)
            if claim.files:
                taken = {(f.file_name, f.file_sha256) for f in claim.files}
                self._files = [f for f in offer if (f.file_name, f.file_sha256) not in taken] + rest
                return Claim(claim.files, claim.left + len(rest))
            self._files = rest  # nothing offered was claimable (taken by another run, or re-delivered)
        return Claim([], 0)

    def _next_offer(self, size: int) -> tuple[list[FoundFile], list[FoundFile]]:
        """The next ``size`` files of the backlog still as the scan found them, and the rest."""
        offer: list[FoundFile] = []
        looked_at = 0
        for found in self._files:
            looked_at += 1
            try:
                info = os.lstat(found.path)
            except OSError:
                continue
            unchanged = info.st_mtime == found.mtime and (
                stat.S_ISLNK(info.st_mode) or info.st_size == found.size_bytes  # a link's entry has no size
            )
            if unchanged:
                offer.append(found)
                if len(offer) == size:
                    break
        return offer, self._files[looked_at:]


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


NAME_MAX_BYTES = 255
REASON_SUFFIX = ".reason.json"


def _fit_name(name: str, reserve: int) -> str:
    """The name, or when it and ``reserve`` more bytes do not fit in a file name, its stem
    cut and marked ``~<8 hex digits of the whole name's sha256>`` (distinct names stay distinct)."""
    limit = NAME_MAX_BYTES - reserve
    if len(name.encode("utf-8", "surrogateescape")) <= limit:
        return name
    path = Path(name)
    suffix = path.suffix if len(path.suffix) < 16 else ""
    stem = name[: len(name) - len(suffix)] if suffix else name
    mark = "~" + sha256_hex(name.encode("utf-8", "surrogateescape"))[:8]
    while stem and len((stem + mark + suffix).encode("utf-8", "surrogateescape")) > limit:
        stem = stem[:-1]
    return stem + mark + suffix


def _unique_target(folder: Path, file_name: str, taken: set[str] | frozenset[str] = frozenset()) -> Path:
    """A free path for the file under folder (never outside it); long names are shortened to fit.
    ``taken``: paths already promised to other files (not moved there yet)."""
    parts = [part for part in Path(file_name).parts if part not in ("", ".", "..", "/")]
    if not parts:
        parts = ["unnamed"]
    # room for ".<n>" and the reason file's suffix beside the moved file
    parts[-1] = _fit_name(parts[-1], len(REASON_SUFFIX) + 8)
    target = folder.joinpath(*parts)
    if _is_free(target) and str(target) not in taken:
        return target
    stem, suffix = target.stem, target.suffix
    n = 1
    while True:
        candidate = target.with_name(f"{stem}.{n}{suffix}")
        if _is_free(candidate) and str(candidate) not in taken:
            return candidate
        n += 1


def _is_free(path: Path) -> bool:
    """Neither the path nor its reason file beside it exists (not even as a link)."""
    return not (os.path.lexists(path) or os.path.lexists(f"{path}{REASON_SUFFIX}"))


def _move(source: str | Path, target: Path) -> None:
    """Rename within the landing filesystem; copy and delete across filesystems (a source
    that is not there raises FileNotFoundError)."""
    try:
        os.rename(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        shutil.move(str(source), str(target))


def _write_reason(path: Path, reason: dict) -> None:
    """Write the reason file at once (a temp file renamed over it): a retry rewrites the
    same file, and an existing link at that path is replaced, never written through."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".reason-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(reason, indent=2, ensure_ascii=False))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def archive_batch(batch_id: int, settings: Settings) -> dict[str, int]:
    """Move each claimed file to archive/ or quarantine/ (+ reason) and close its claim.

    Safe to retry after a failure at any point: where each file goes is recorded first
    (``final_path``, committed before anything moves), then each file is moved (a file
    already at its recorded place is left there) and its reason file written (replaced, not
    added), and the claims are closed last. A retry therefore finishes the same moves and
    gives the same files and counts as a run that never failed.
    """
    ensure_landing(settings)
    with db.engine().connect() as conn:
        rows = db.execute_sql_file(conn, "etl/documents_by_file.sql", {"batch_id": batch_id}).all()
        promised = set(
            conn.execute(
                sa.text(
                    "select final_path from etl.inbox_file "
                    "where state = 'claimed' and final_path is not null and batch_id <> :b"
                ),
                {"b": batch_id},
            ).scalars()
        )
    moved = {"archive": 0, "quarantine": 0}
    plan: list[tuple[Any, bool, Path]] = []
    for row in rows:
        statuses = [d["status"] for d in row.documents]
        if "processing" in statuses:
            raise RuntimeError(f"{row.file_name}: documents still processing; the load did not finish")
        quarantine = any(s in QUARANTINE_STATUSES for s in statuses)
        moved["quarantine" if quarantine else "archive"] += 1
        if row.state == "done":
            continue  # archived by an earlier attempt
        folder = settings.quarantine_dir if quarantine else settings.archive_dir
        if row.final_path and Path(row.final_path).parent.is_relative_to(folder):
            target = Path(row.final_path)  # promised by an earlier attempt
        else:
            target = _unique_target(folder, row.file_name, promised)  # free: nothing there yet
        promised.add(str(target))
        plan.append((row, quarantine, target))
    promises = [(row.inbox_file_id, str(target)) for row, _, target in plan if row.final_path != str(target)]
    with db.engine().begin() as conn:
        db.execute_sql_file(
            conn,
            "etl/promise_final_paths.sql",
            {"inbox_file_ids": [i for i, _ in promises], "final_paths": [p for _, p in promises]},
        )
    folders_made: set[Path] = set()
    inbox = str(settings.inbox_dir)
    for row, quarantine, target in plan:
        if target.parent not in folders_made:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders_made.add(target.parent)
        if row.final_path == str(target) and os.path.lexists(target):
            pass  # moved by an earlier attempt (a file of that name in the inbox now is a new arrival)
        else:
            try:
                _move(os.path.join(inbox, row.file_name), target)
            except FileNotFoundError:
                log.warning("%s: no longer in the inbox; its manifest rows stand", row.file_name)
        if quarantine:
            reason = {
                "file_name": row.file_name,
                "file_sha256": row.file_sha256.strip(),
                "batch_id": batch_id,
                "documents": row.documents,
            }
            _write_reason(target.with_name(target.name + REASON_SUFFIX), reason)
    with db.engine().begin() as conn:
        conn.execute(
            sa.text("update etl.inbox_file set state = 'done' where inbox_file_id = any(:ids) and state = 'claimed'"),
            {"ids": [row.inbox_file_id for row, _, _ in plan]},
        )
    return moved
