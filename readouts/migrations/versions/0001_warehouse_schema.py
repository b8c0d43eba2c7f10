"""Schemas etl, staging, warehouse and mart; manifest, staging tables, dimensions, facts.

Revision ID: 0001_warehouse_schema
Revises:
"""

from readouts.db import run_sql_file

revision = "0001_warehouse_schema"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0001_warehouse_schema.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0001_warehouse_schema.down.sql")
