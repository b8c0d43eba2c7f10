"""Batch-scoped post-load checks and indexes for a big warehouse: etl.load_scope (what a
load touched, read by the warehouse suite), indexes for the pipeline's and the BI queries'
look-ups (include/sql/bi/); mart.dyad_month and the new mart.leader_year read counts
materialised in warehouse.agg_dyad_month / agg_leader_year, kept up to date by the load;
mart.figure reads its readout by a left join (the same rows: a foreign key).

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
    run_sql_file("mart/counts_from_facts.sql")
    run_sql_file("mart/dyad_month.sql")
    run_sql_file("mart/leader_year.sql")
    run_sql_file("mart/figure.sql")
    run_sql_file("admin/grant_bi_marts.sql")


def downgrade() -> None:
    # the views reading the materialised counts go back to reading the facts first
    run_sql_file("migrations/0002_mart_dyad_month.sql")
    run_sql_file("migrations/0009_mart_figure.sql")
    run_sql_file("migrations/0010_batch_scope_and_bi_indexes.down.sql")
