"""Resubmission: inbox files can be handed back for re-processing; earlier outcomes are kept.

Revision ID: 0004_resubmit_history
Revises: 0003_bi_role
"""

from readouts.db import run_sql_file

revision = "0004_resubmit_history"
down_revision = "0003_bi_role"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0004_resubmit_history.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0004_resubmit_history.down.sql")
