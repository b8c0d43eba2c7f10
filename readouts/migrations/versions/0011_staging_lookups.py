"""Indexes for the batch steps' look-ups on the staging tables: a staged document's topics,
mentions and figures (the on-delete-cascade when the load clears the batch) and a claimed
file's staged documents (the batch check).

Revision ID: 0011_staging_lookups
Revises: 0010_batch_scope
"""

from readouts.db import run_sql_file

revision = "0011_staging_lookups"
down_revision = "0010_batch_scope"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0011_staging_lookups.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0011_staging_lookups.down.sql")
