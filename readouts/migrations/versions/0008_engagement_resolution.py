"""One engagement, many readouts: each readout keeps its claims (type, date, initiator,
participants), engagements are resolved from them, merges are recorded in
etl.engagement_merge and mart.engagement_alias maps retired ids; mart.engagement gains
the resolution columns.

Revision ID: 0008_engagement_resolution
Revises: 0007_bi_role_limits
"""

from readouts.db import run_sql_file

revision = "0008_engagement_resolution"
down_revision = "0007_bi_role_limits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0008_engagement_resolution.up.sql")
    run_sql_file("migrations/0008_mart_engagement.sql")  # the view as 0008 made it (0009 added a column)
    run_sql_file("mart/engagement_alias.sql")


def downgrade() -> None:
    run_sql_file("migrations/0008_engagement_resolution.down.sql")
    run_sql_file("migrations/0002_mart_engagement.sql")
