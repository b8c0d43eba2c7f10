"""The BI contract: mart views readout, engagement, engagement_participant, dyad_month, figure.

Revision ID: 0002_mart_views
Revises: 0001_warehouse_schema
"""

from readouts.db import MART_VIEWS, run_sql_file, run_sql_text

revision = "0002_mart_views"
down_revision = "0001_warehouse_schema"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for view in MART_VIEWS:
        run_sql_file(f"mart/{view}.sql")


def downgrade() -> None:
    for view in reversed(MART_VIEWS):
        run_sql_text(f"drop view if exists mart.{view}")
