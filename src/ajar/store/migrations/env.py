"""Alembic environment of the ajar store: run programmatically by :mod:`ajar.store.migrate`.

The caller passes an open connection in ``config.attributes["connection"]``; nothing here
reads an ``alembic.ini`` or opens a connection of its own.
"""

from __future__ import annotations

from alembic import context

from ajar.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
