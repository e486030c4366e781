"""Step m008 of the server schema: several rooms at once.

Sessions get SQLite's ``version`` and ``updated_by`` (see
logger_app.store.migrations.m008_session_versions). Only on the server: every audit
entry is also announced to the other workstations, with ``pg_notify`` on the channel
``CHANNEL``, delivered when (and only if) its transaction commits. The payload is a JSON
object: the entry's ``entity``, ``client_id``, ``session_id`` (a session's own id, a
photo's session), ``action``, the entry ``id`` and the ``pid`` of the connection that
wrote it (so that a workstation can skip its own changes, announced already).
"""

from __future__ import annotations

from .schema_sql import Executor, trigger

CHANNEL = "logbook_changes"


def m008_session_versions(executor: Executor) -> None:
    executor.execute(
        "ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)"
    )
    executor.execute("""
        ALTER TABLE sessions ADD COLUMN updated_by TEXT
            CHECK (updated_by IS NULL OR length(trim(updated_by)) > 0)
    """)
    session_id = (
        "CASE NEW.entity WHEN 'session' THEN NEW.entity_id "
        "WHEN 'photo' THEN (SELECT session_id FROM photos WHERE id = NEW.entity_id) END"
    )
    trigger(
        executor,
        "audit_log_notify",
        "AFTER INSERT",
        "audit_log",
        f"""PERFORM pg_notify('{CHANNEL}', json_build_object(
                'entity', NEW.entity, 'client_id', NEW.client_id,
                'session_id', {session_id}, 'action', NEW.action, 'id', NEW.id,
                'pid', pg_backend_pid())::text);""",
    )
