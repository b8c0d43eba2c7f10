"""Command line: ``python -m readouts {extract,evaluate,ingest,migrate,status,...}``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import shutil
import sys
from pathlib import Path

from readouts.config import ConfigError, load_settings


def cmd_extract(args: argparse.Namespace) -> int:
    from readouts.extract import extract
    from readouts.models import InboxFile, parsed_document_to_json
    from readouts.parse import parse_file, sha256_hex
    from readouts.reference import load_reference

    path = Path(args.file)
    if not path.is_file():
        print(f"error: {path} is not a file", file=sys.stderr)
        return 2
    raw = path.read_bytes()
    ref = load_reference()
    item = InboxFile(0, path.name, str(path), sha256_hex(raw), len(raw))
    results = []
    for doc in parse_file(item, raw, ref):
        result = extract(doc, ref).to_json()
        if args.text:
            result["document"] = parsed_document_to_json(doc)
        results.append(result)
    print(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from readouts.evaluate import evaluate_devset, print_report, print_summary
    from readouts.reference import load_reference

    default = "resolution" if args.resolution else "devset"
    root = Path(args.directory) if args.directory else load_settings().include_dir.parent / "tests" / default
    if not root.is_dir():
        print(f"error: {root} is not a directory", file=sys.stderr)
        return 2
    if args.resolution:
        from readouts.resolution_eval import evaluate_resolution, print_resolution_report

        try:
            score = evaluate_resolution(root)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print_resolution_report(score, str(root))
        return 0
    report = evaluate_devset(root, load_reference(), group_by=args.by)
    if args.by == "publisher":
        print_summary(report, label=f"{root}, by publisher", min_documents=args.min_documents)
        if not args.mismatches:
            return 0
    print_report(report, show_mismatches=args.mismatches, label=str(root))
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from readouts.evaluate import GoldFileError, print_report, print_summary, readout_kappa, second_label_agreement
    from readouts.reference import load_reference

    first, second = Path(args.first), Path(args.second)
    for root in (first, second):
        if not root.is_dir():
            print(f"error: {root} is not a directory", file=sys.stderr)
            return 2
    try:
        report = second_label_agreement(first, second, load_reference(), group_by=args.by)
    except GoldFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not report.documents:
        print(f"error: {second} holds no <language>/<name>.gold.json labels", file=sys.stderr)
        return 2
    label = f"{first} (first labels), {report.documents} documents labelled twice"
    if args.by == "publisher":
        print_summary(report, label=label, min_documents=args.min_documents, subject="Second labels")
    else:
        print_report(report, show_mismatches=False, label=label, subject="Second labels")
    kappa = readout_kappa(report.overall("readout"))
    print(f"readout agreement {report.overall('readout').accuracy:.3f}, Cohen's kappa "
          f"{'-' if kappa is None else f'{kappa:.3f}'} on {report.overall('readout').total} documents")  # fmt: skip
    if args.disagreements:
        for m in report.mismatches:
            record = f"#{m.record_no}" if m.record_no is not None else ""
            print(f"{m.file}{record}\t{m.field}\tfirst={m.gold!r}\tsecond={m.predicted!r}")
    return 0


def cmd_review_names(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from readouts import db

    with db.engine().connect() as conn:
        rows = db.execute_sql_file(conn, "etl/names_to_review.sql").all()
    if args.json:
        print(json.dumps([dict(r._mapping) for r in rows], default=str, indent=2, ensure_ascii=False))
        return 0
    table = Table(title=f"Leaders not in the reference data: {len(rows)} name(s) to review")
    for column in ("name", "office", "actor", "readouts", "first", "last", "example file"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            r.leader_name, r.office, r.actor_code, str(r.readouts),
            str(r.first_engagement or "-"), str(r.last_engagement or "-"), r.example_file,
        )  # fmt: skip
    Console().print(table)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from readouts import db

    revision = db.migrate(revision=args.revision) if not args.down else db.downgrade(revision=args.revision)
    print(f"warehouse at revision {revision or 'base (empty)'}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from readouts import db, pipeline

    source = Path(args.directory)
    if not source.is_dir():
        print(f"error: {source} is not a directory", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    settings = load_settings()
    db.migrate()
    settings.inbox_dir.mkdir(parents=True, exist_ok=True)
    copied = 0
    for path in sorted(source.rglob("*")):
        if path.is_file() and not path.is_symlink() and not path.name.startswith("."):
            target = settings.inbox_dir / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            copied += 1
    print(f"copied {copied} file(s) from {source} into {settings.inbox_dir}", file=sys.stderr)
    summary = pipeline.run_batches(run_id="cli:ingest", settle_seconds=0, workers=args.workers)
    print(json.dumps(summary, indent=2))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from readouts.export import export_plover

    try:
        since = dt.date.fromisoformat(args.since) if args.since else None
    except ValueError:
        print(f"error: --since must be a date YYYY-MM-DD, not {args.since!r}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else None
    summary = export_plover(out, since=since)
    where = str(out) if out else "standard output"
    print(f"{summary.events} PLOVER event(s) to {where}; {summary.undated} undated left out", file=sys.stderr)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from readouts import db

    with db.engine().connect() as conn:
        rows = conn.exec_driver_sql(
            "select status, count(*) from etl.file_manifest group by status order by status"
        ).all()
        batches = conn.exec_driver_sql(
            "select batch_id, run_id, status, started_at, finished_at from etl.batch order by batch_id desc limit 5"
        ).all()
    print(json.dumps({"documents_by_status": dict(rows), "total": sum(c for _, c in rows)}, indent=2))
    for batch in batches:
        print(f"batch {batch.batch_id} [{batch.status}] {batch.run_id} {batch.started_at:%Y-%m-%d %H:%M:%S}")
    return 0


def cmd_resubmit(args: argparse.Namespace) -> int:
    from readouts import db, pipeline

    if not args.all and not args.reason_like and not args.outdated:
        print("error: say which files: --reason-like TEXT, --all or --outdated", file=sys.stderr)
        return 2
    db.migrate()
    result = pipeline.resubmit(args.reason_like, quarantined=bool(args.all or args.reason_like), outdated=args.outdated)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


def cmd_benchmark(args: argparse.Namespace) -> int:
    from readouts.benchmark import print_report, run_benchmark

    if args.files < 1:
        print("error: --files must be at least 1", file=sys.stderr)
        return 2
    directory = Path(args.dir) if args.dir else None
    if args.pipeline and args.warehouse_sizes:
        from readouts.warehouse_benchmark import print_warehouse_report, run_warehouse_benchmark

        try:
            sizes = [int(size) for size in args.warehouse_sizes.split(",")]
        except ValueError:
            sizes = []
        if not sizes or min(sizes) < 0 or args.new_files < 1 or args.repeats < 1:
            print("error: --warehouse-sizes takes sizes like 10000,100000; --new-files, --repeats ≥ 1", file=sys.stderr)
            return 2
        print_warehouse_report(run_warehouse_benchmark(sizes, args.new_files, args.repeats, args.seed))
        return 0
    if args.pipeline:
        from readouts.pipeline_benchmark import print_pipeline_report, run_pipeline_benchmark

        if args.workers is not None and args.workers < 1:
            print("error: --workers must be at least 1", file=sys.stderr)
            return 2
        try:
            pipeline_report = run_pipeline_benchmark(
                args.files, directory, keep=args.keep, seed=args.seed, workers=args.workers, fork_only=args.fork_only
            )
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print_pipeline_report(pipeline_report)
        return 0
    try:
        report = run_benchmark(args.files, directory, keep=args.keep, seed=args.seed, profile_files=args.profile)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print_report(report, kept=args.keep or directory is not None and report.generate_seconds == 0)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m readouts", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print one file's extraction as JSON (no database needed)")
    p.add_argument("file")
    p.add_argument("--text", action="store_true", help="include the cleaned document text")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("evaluate", help="score the extractor on a labelled set (default: tests/devset); --resolution")
    p.add_argument("directory", nargs="?", default=None)
    p.add_argument("--mismatches", action="store_true", help="list every document and field that differs from gold")
    p.add_argument(
        "--by",
        choices=("language", "publisher"),
        default="language",
        help="group the scores by language (default) or by the host a corpus manifest records for each page "
        "(one headline figure per field and publisher)",
    )
    p.add_argument(
        "--min-documents",
        type=int,
        default=5,
        help="with --by publisher: publishers with fewer documents are pooled in one row (default 5)",
    )
    p.add_argument(
        "--resolution",
        action="store_true",
        help="score engagement resolution instead: load a labelled set (readouts/ + gold.yaml, default "
        "tests/resolution) into a throwaway embedded PostgreSQL and print pairwise precision and recall",
    )
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser(
        "agreement",
        help="how far a second, independent labelling of a labelled set agrees with the first (per field, and "
        "Cohen's kappa of the readout label)",
    )
    p.add_argument("first", help="the labelled set (input files and their .gold.json), e.g. tests/realworld/blind")
    p.add_argument("second", help="a folder of second labels: <language>/<name>.gold.json, all or a sample")
    p.add_argument("--by", choices=("language", "publisher"), default="language")
    p.add_argument("--min-documents", type=int, default=5, help="with --by publisher: smaller groups are pooled")
    p.add_argument(
        "--disagreements", action="store_true", help="list every document and field where the two labels differ"
    )
    p.set_defaults(func=cmd_agreement)
    p = sub.add_parser("ingest", help="copy a folder's readouts into the inbox and run the pipeline until it is empty")
    p.add_argument("directory")
    p.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="processes parsing + extracting a batch's shards at once (default: the number of cores, %(default)s)",
    )
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("migrate", help="bring the warehouse schema to a revision (default: head)")
    p.add_argument("--revision", default=None)
    p.add_argument("--down", action="store_true", help="downgrade instead (default revision: base)")
    p.set_defaults(func=cmd_migrate)
    p = sub.add_parser("resubmit", help="move quarantined files back to the inbox for the next run")
    p.add_argument("--reason-like", default=None, help="only files whose reason contains TEXT (case-insensitive)")
    p.add_argument("--all", action="store_true", help="every quarantined file")
    p.add_argument("--outdated", action="store_true", help="also archived files read by an older extractor")
    p.set_defaults(func=cmd_resubmit)
    p = sub.add_parser("review-names", help="leaders captured from readouts but not in the reference data")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_review_names)
    p = sub.add_parser("export", help="the engagements in an event-data format, as JSON lines")
    p.add_argument("format", choices=["plover"], help="plover: PLOVER CONSULT events (include/schemas/)")
    p.add_argument("--since", default=None, help="only engagements loaded or merged on or after DATE (YYYY-MM-DD)")
    p.add_argument("--out", default=None, help="write to FILE (default: standard output)")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("status", help="document counts by status and the last batches")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("benchmark", help="parse + extract documents/s/core on a generated corpus, beside plain reading")
    p.add_argument("--files", type=int, default=10_000, help="files in the generated corpus (default 10000)")
    p.add_argument("--dir", default=None, help="where to write the corpus (empty, or a corpus kept from a run)")
    p.add_argument("--keep", action="store_true", help="keep the generated corpus afterwards")
    p.add_argument("--seed", type=int, default=3, help="corpus generator seed (default 3)")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="also cProfile parse + extract on N files")
    p.add_argument(
        "--pipeline",
        action="store_true",
        help="the whole pipeline end to end (embedded PostgreSQL in a temp folder) beside its COPY floor and "
        "parse + extract ceiling, with 1 and N workers, and peak memory",
    )
    p.add_argument("--workers", type=int, default=None, help="with --pipeline: N workers (default: the cores)")
    p.add_argument(
        "--fork-only",
        action="store_true",
        help="with --pipeline: end to end with 1 worker and with N forked workers only (not the runs without "
        "gc.freeze() and with spawn, which compare start methods)",
    )
    p.add_argument(
        "--warehouse-sizes",
        default=None,
        metavar="N,N,...",
        help="with --pipeline: instead, for each size a generated warehouse of N readouts, --new-files new files "
        "through the pipeline on top, and the BI queries' p50/p95 as readouts_bi",
    )
    p.add_argument("--new-files", type=int, default=100, help="with --warehouse-sizes: the new files (default 100)")
    p.add_argument("--repeats", type=int, default=30, help="with --warehouse-sizes: runs of each BI query (default 30)")
    p.set_defaults(func=cmd_benchmark)
    args = parser.parse_args(argv)
    if args.command == "migrate" and args.revision is None:
        args.revision = "base" if args.down else "head"
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("great_expectations", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
