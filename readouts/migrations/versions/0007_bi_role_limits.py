"""The BI role's limits: statement and idle timeouts, read-only transactions, a connection cap,
no TEMP, CONNECT to the warehouse database only through grants.

Revision ID: 0007_bi_role_limits
Revises: 0006_structural_constraints
"""

from readouts.db import run_sql_file

revision = "0007_bi_role_limits"
down_revision = "0006_structural_constraints"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0007_bi_role_limits.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0007_bi_role_limits.down.sql")
