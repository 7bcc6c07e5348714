"""Alembic environment: run on the connection the workbench passes in (storage.upgrade)."""

from alembic import context

from compliance.web.storage import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
