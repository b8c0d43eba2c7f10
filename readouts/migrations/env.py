"""Alembic environment: migrations run on the connection handed over by readouts.db."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, version_table_schema="public", transaction_per_migration=True)
with context.begin_transaction():
    context.run_migrations()
