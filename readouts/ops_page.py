"""The Readouts page's content: what ops staff need, as data and as HTML (the FastAPI app
that serves it inside Airflow is ``readouts.ops_app``). The figures come from
``include/sql/ops/*.sql`` (and ``etl/names_to_review.sql``) with bound parameters only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from readouts import db
from readouts.config import load_settings

MAINTENANCE_DAG = "readouts_maintenance"
STATUSES = ("loaded", "duplicate", "not_readout", "rejected", "failed_quality")
STATUS_COLOURS = {
    "loaded": "#2e7d32",
    "duplicate": "#78909c",
    "not_readout": "#1e88e5",
    "rejected": "#c62828",
    "failed_quality": "#ef6c00",
}


def rows(name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    with db.engine().connect() as conn:
        return [dict(r) for r in db.execute_sql_file(conn, f"ops/{name}.sql", params).mappings()]


def names_to_review() -> list[dict[str, Any]]:
    with db.engine().connect() as conn:
        return [dict(r) for r in db.execute_sql_file(conn, "etl/names_to_review.sql").mappings()]


def ops_summary(days: int = 30, months: int = 24, dyad_days: int = 90) -> dict[str, Any]:
    """Everything the page shows, as plain data (the page and ``/api/summary`` both use it)."""
    batches = rows("last_batches", {"limit": 10})
    for batch in batches:  # as pipeline.reconcile has it: every file moved, every document final
        batch["reconciled"] = (
            batch["status"] == "succeeded" and batch["files_done"] == batch["files"] and batch["processing"] == 0
        )
    return {
        "batches": batches,
        "documents_by_day": rows("documents_by_day", {"days": days}),
        "quarantine": rows("quarantine", {"limit": 200}),
        "quality": rows("latest_quality", {}),
        "names_to_review": names_to_review(),
        "engagements_by_month": rows("engagements_by_month", {"months": months}),
        "top_dyads": rows("top_dyads", {"days": dyad_days, "limit": 10}),
    }


def status_chart_svg(documents_by_day: list[dict[str, Any]], width: int = 720, height: int = 160) -> str:
    """Documents by status per day as a stacked bar chart in inline SVG (no script, no CDN)."""
    days = sorted({row["day"] for row in documents_by_day})
    if not days:
        return '<p class="empty">No documents processed in this period.</p>'
    totals = {day: sum(r["documents"] for r in documents_by_day if r["day"] == day) for day in days}
    peak = max(totals.values()) or 1
    bar = max(4, (width - 40) // len(days) - 4)
    parts = [f'<svg role="img" aria-label="documents by status per day" width="{width}" height="{height + 20}">']
    for i, day in enumerate(days):
        x, bottom = 30 + i * (bar + 4), height
        for status in STATUSES:
            count = sum(r["documents"] for r in documents_by_day if r["day"] == day and r["status"] == status)
            if not count:
                continue
            h = max(1, round(count / peak * (height - 10)))
            bottom -= h
            parts.append(
                f'<rect x="{x}" y="{bottom}" width="{bar}" height="{h}" fill="{STATUS_COLOURS[status]}">'
                f"<title>{day}: {count} {status}</title></rect>"
            )
        parts.append(f'<text x="{x}" y="{height + 14}" font-size="9">{day:%d.%m}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_page(summary: dict[str, Any], user_name: str) -> str:
    """The page's HTML (values escaped by Jinja2's autoescape; template in include/ops/)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    env = Environment(
        loader=FileSystemLoader(load_settings().include_dir / "ops"),
        autoescape=select_autoescape(["html"]),
    )
    return env.get_template("readouts_page.html").render(
        summary=summary,
        user_name=user_name,
        statuses=STATUSES,
        colours=STATUS_COLOURS,
        chart=Markup(status_chart_svg(summary["documents_by_day"])),
        generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def docs_file(relative: str) -> Path | None:
    """A file of the Data Docs site, never outside it."""
    from readouts.quality import docs_dir_default

    root = docs_dir_default().resolve()
    target = (root / relative).resolve()
    return target if target.is_relative_to(root) and target.is_file() else None


def jsonable(value: Any) -> Any:
    """Dates and timestamps as ISO strings, recursively, for a JSON response."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value
