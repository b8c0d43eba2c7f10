"""The manifest's document key as an expression index, so that PostgreSQL 14 can hold it.

Revision ID: 0005_postgres14_manifest_key
Revises: 0004_resubmit_history
"""

from readouts.db import run_sql_file

revision = "0005_postgres14_manifest_key"
down_revision = "0004_resubmit_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0005_postgres14_manifest_key.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0005_postgres14_manifest_key.down.sql")
