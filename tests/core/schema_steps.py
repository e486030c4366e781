"""The app's schema steps as a step set of their own: to play an older app (its first
steps) or a newer one (more steps after them)."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from logger_app.store.migrations import MIGRATION_SET, migrations


def registered_steps() -> list[sqlite_utils.Migrations._Migration]:
    """Every step the app registered, oldest first (wherever its module is)."""
    empty = sqlite_utils.Database(sqlite3.connect(":memory:"), execute_plugins=False)
    try:
        return migrations.pending(empty)  # all of them, on an empty database
    finally:
        empty.close()


def app_steps(count: int | None = None) -> sqlite_utils.Migrations:
    """A new step set of the app's name holding its first ``count`` steps (None: all)."""
    steps = sqlite_utils.Migrations(MIGRATION_SET)
    for step in registered_steps()[:count]:
        steps(name=step.name, transactional=step.transactional)(step.fn)
    return steps
