"""Batch-scoped post-load checks and indexes for a big warehouse: etl.load_scope (what a
load touched, read by the warehouse suite), indexes for the pipeline's and the BI queries'
look-ups (include/sql/bi/).

Revision ID: 0010_batch_scope
Revises: 0009_publishing_sides
"""

from readouts.db import run_sql_file

revision = "0010_batch_scope"
down_revision = "0009_publishing_sides"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0010_batch_scope_and_bi_indexes.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0010_batch_scope_and_bi_indexes.down.sql")
