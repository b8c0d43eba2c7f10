"""The BI contract: mart views readout, engagement, engagement_participant, dyad_month, figure.

Revision ID: 0002_mart_views
Revises: 0001_warehouse_schema
"""

from readouts.db import run_sql_file, run_sql_text

# the views as 0002 made them (later migrations add views and columns): a view changed since
# is made from its snapshot in include/sql/migrations/
VIEWS_0002 = ("readout", "engagement", "engagement_participant", "dyad_month", "figure")
SNAPSHOTS_0002 = {
    "engagement": "migrations/0002_mart_engagement.sql",
    "figure": "migrations/0002_mart_figure.sql",
    "dyad_month": "migrations/0002_mart_dyad_month.sql",
}

revision = "0002_mart_views"
down_revision = "0001_warehouse_schema"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for view in VIEWS_0002:
        run_sql_file(SNAPSHOTS_0002.get(view, f"mart/{view}.sql"))


def downgrade() -> None:
    for view in reversed(VIEWS_0002):
        run_sql_text(f"drop view if exists mart.{view}")
