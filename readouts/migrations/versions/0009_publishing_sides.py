"""Each readout's publishing side and what each figure measures: fact_readout gains
publisher_actor_key, figures gain measure and figure_year; mart.engagement gains
publisher_actor_codes, mart.figure gains measure and figure_year; new views
mart.engagement_side and mart.engagement_divergence.

Revision ID: 0009_publishing_sides
Revises: 0008_engagement_resolution
"""

from readouts.db import run_sql_file

revision = "0009_publishing_sides"
down_revision = "0008_engagement_resolution"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file("migrations/0009_publishing_sides_and_figures.up.sql")
    run_sql_file("mart/engagement.sql")
    run_sql_file("migrations/0009_mart_figure.sql")
    run_sql_file("mart/engagement_side.sql")
    run_sql_file("mart/engagement_divergence.sql")
    run_sql_file("admin/grant_bi_marts.sql")


def downgrade() -> None:
    run_sql_file("migrations/0009_publishing_sides_and_figures.down.sql")
    run_sql_file("migrations/0008_mart_engagement.sql")
    run_sql_file("migrations/0002_mart_figure.sql")
