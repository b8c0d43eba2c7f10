"""Staging tables unlogged: scratch space for one batch at a time, written by COPY and
deleted by the load; a crash empties them and the batch is run again.

Revision ID: 0012_staging_unlogged
Revises: 0011_staging_lookups
"""

from readouts.db import run_sql_file

revision = "0012_staging_unlogged"
down_revision = "0011_staging_lookups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0012_staging_unlogged.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0012_staging_unlogged.down.sql")
