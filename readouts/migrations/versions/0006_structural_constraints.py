"""Structural invariants as constraints: staged rows belong to a staged document, a
manifest row is staged once per batch, a mention is of an actor or a leader.

Revision ID: 0006_structural_constraints
Revises: 0005_postgres14_manifest_key
"""

from readouts.db import run_sql_file

revision = "0006_structural_constraints"
down_revision = "0005_postgres14_manifest_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0006_structural_constraints.up.sql")


def downgrade() -> None:
    run_sql_file("migrations/0006_structural_constraints.down.sql")
