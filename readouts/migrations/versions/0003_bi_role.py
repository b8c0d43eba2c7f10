"""Read-only role readouts_bi: SELECT on mart, nothing else.

Revision ID: 0003_bi_role
Revises: 0002_mart_views
"""

from readouts.db import run_sql_file

revision = "0003_bi_role"
down_revision = "0002_mart_views"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0003_bi_role.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0003_bi_role.down.sql")
