"""Steps m006 and m007 of the server schema: signing, amendments, the audit log and the
integrity gates (see logger_app.store.migrations for the rules they keep)."""

from __future__ import annotations

from ..migrations import _SIGNED_MESSAGE
from .schema_sql import (
    AMEND_GATE,
    ERASE_GATE,
    ERASE_GATE_OF_SESSION,
    ID,
    IS_SIGNED,
    TIMESTAMP,
    Executor,
    json_of_type,
    refusing_trigger,
    word_check,
)

SESSION_PARTS = (
    "session_areas",
    "session_reactions",
    "session_products",
    "session_acknowledgements",
)


def _lock_session_part(executor: Executor, table: str) -> None:
    """Rows of a signed session's part table: no insert, update or delete, except
    through the amendment or erasure gate."""
    for event, ref in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        session = f"{ref}.session_id"
        condition = (
            f"{IS_SIGNED.format(session=session)} "
            f"AND NOT {AMEND_GATE.format(session=session)} "
            f"AND NOT {ERASE_GATE_OF_SESSION.format(session=session)}"
        )
        if event == "UPDATE":  # moved to (or from) another session
            condition = (
                f"({condition}) OR (NEW.session_id IS DISTINCT FROM OLD.session_id AND "
                f"{IS_SIGNED.format(session='NEW.session_id')})"
            )
        refusing_trigger(
            executor,
            f"{table}_signed_{event.lower()}",
            f"BEFORE {event}",
            table,
            condition,
            f"{table} of a {_SIGNED_MESSAGE}",
        )


def _create_tables(executor: Executor) -> None:
    executor.execute(f"""
        ALTER TABLE sessions ADD COLUMN signed_at TEXT
            CHECK (signed_at IS NULL OR signed_at {TIMESTAMP})
    """)
    executor.execute("""
        ALTER TABLE sessions ADD COLUMN signed_by TEXT
            CHECK ((signed_by IS NULL) = (signed_at IS NULL)
                   AND (signed_by IS NULL OR length(trim(signed_by)) > 0))
    """)
    # Sessions recorded before signing existed were final records: signed when recorded.
    executor.execute("""
        UPDATE sessions SET signed_at = created_at,
            signed_by = (SELECT name FROM practitioners WHERE id = sessions.practitioner_id)
    """)
    executor.execute(f"""
        CREATE TABLE amendments (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES sessions(id) DEFERRABLE,
            field TEXT NOT NULL CHECK (length(field) BETWEEN 1 AND 200),
            label TEXT NOT NULL CHECK (length(trim(label)) > 0),
            old_value TEXT NOT NULL CHECK (logbook_json_valid(old_value)),
            new_value TEXT NOT NULL CHECK (logbook_json_valid(new_value)),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            amended_by TEXT NOT NULL CHECK (length(trim(amended_by)) > 0),
            amended_at TEXT NOT NULL CHECK (amended_at {TIMESTAMP})
        )
    """)
    executor.execute("CREATE INDEX amendments_by_session ON amendments (session_id, id)")
    # entity_id and client_id hold ids (BIGINT); no foreign key: the erasure of a client
    # leaves its tombstone here.
    executor.execute(f"""
        CREATE TABLE audit_log (
            id {ID},
            at TEXT NOT NULL CHECK (at {TIMESTAMP}),
            actor TEXT NOT NULL CHECK (length(trim(actor)) > 0),
            action TEXT NOT NULL CHECK ({word_check("action")}),
            entity TEXT NOT NULL CHECK ({word_check("entity")}),
            entity_id BIGINT,
            client_id BIGINT,
            summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
            details TEXT NOT NULL DEFAULT '{{}}' CHECK ({json_of_type("details", "object")})
        )
    """)
    for name, columns in (
        ("audit_log_by_time", "at"),
        ("audit_log_by_client", "client_id, at"),
        ("audit_log_by_action", "action, at"),
    ):
        executor.execute(f"CREATE INDEX {name} ON audit_log ({columns})")
    executor.execute(f"""
        CREATE TABLE integrity_gate (
            id {ID},
            action TEXT NOT NULL CHECK (action IN ('amend', 'erase')),
            session_id BIGINT,
            client_id BIGINT,
            CHECK ((action = 'amend') = (session_id IS NOT NULL)),
            CHECK ((action = 'erase') = (client_id IS NOT NULL))
        )
    """)


def m006_signing_and_audit(executor: Executor) -> None:
    """Signing, amendments, the audit log and the triggers that guard them."""
    _create_tables(executor)
    changed = " OR ".join(
        f"NEW.{column} IS DISTINCT FROM OLD.{column}"
        for column in (
            "signed_at",
            "signed_by",
            "client_id",
            "practitioner_id",
            "started_at",
            "device",
            "created_at",
        )
    )
    refusing_trigger(
        executor,
        "sessions_signed_update",
        "BEFORE UPDATE",
        "sessions",
        f"OLD.signed_at IS NOT NULL AND ({changed} OR NOT {AMEND_GATE.format(session='OLD.id')})",
        f"a {_SIGNED_MESSAGE}",
    )
    refusing_trigger(
        executor,
        "sessions_signed_delete",
        "BEFORE DELETE",
        "sessions",
        f"OLD.signed_at IS NOT NULL AND NOT {ERASE_GATE.format(client='OLD.client_id')}",
        "a signed session is never deleted (only with its client, erased)",
    )
    for table in SESSION_PARTS:
        _lock_session_part(executor, table)
    refusing_trigger(
        executor,
        "practitioners_signed_rename",
        "BEFORE UPDATE OF name",
        "practitioners",
        "NEW.name IS DISTINCT FROM OLD.name AND EXISTS ("
        "SELECT 1 FROM sessions WHERE practitioner_id = OLD.id AND signed_at IS NOT NULL)",
        "a practitioner with signed sessions keeps their name",
    )
    refusing_trigger(
        executor,
        "clients_delete_only_erased",
        "BEFORE DELETE",
        "clients",
        f"NOT {ERASE_GATE.format(client='OLD.id')}",
        "a client is deleted only by erasing them",
    )
    refusing_trigger(
        executor,
        "amendments_of_signed_only",
        "BEFORE INSERT",
        "amendments",
        f"NOT {IS_SIGNED.format(session='NEW.session_id')} "
        f"OR NOT {AMEND_GATE.format(session='NEW.session_id')}",
        "only a signed session is amended, through its amendment",
    )
    refusing_trigger(
        executor,
        "amendments_never_updated",
        "BEFORE UPDATE",
        "amendments",
        "true",
        "an amendment is never changed",
    )
    refusing_trigger(
        executor,
        "amendments_deleted_with_client",
        "BEFORE DELETE",
        "amendments",
        f"NOT {ERASE_GATE_OF_SESSION.format(session='OLD.session_id')}",
        "an amendment is deleted only when its client is erased",
    )
    # Erasing a client may only blank the links of its earlier entries to that client.
    refusing_trigger(
        executor,
        "audit_log_append_only",
        "BEFORE UPDATE",
        "audit_log",
        f"""NOT (
            OLD.client_id IS NOT NULL AND {ERASE_GATE.format(client="OLD.client_id")}
            AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
            AND NEW.action = OLD.action AND NEW.entity = OLD.entity
            AND NEW.client_id IS NULL AND NEW.entity_id IS NULL)""",
        "the audit log is append-only",
    )
    refusing_trigger(
        executor,
        "audit_log_never_deleted",
        "BEFORE DELETE",
        "audit_log",
        "true",
        "the audit log is append-only",
    )
    # One entry saying so when sessions were marked signed (none on a new database).
    executor.execute("""
        INSERT INTO audit_log (at, actor, action, entity, summary, details)
        SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
            'system (upgrade)', 'upgrade', 'logbook',
            migrated || ' session' || CASE WHEN migrated <> 1 THEN 's' ELSE '' END
                || ' recorded before signing existed marked as signed by their '
                || 'practitioner when recorded (they were final records)',
            json_build_object('sessions_marked_signed', migrated)::text
        FROM (SELECT count(*) AS migrated FROM sessions) AS counted
        WHERE migrated > 0
    """)


def m007_photos_added_after_signing(executor: Executor) -> None:
    """Photos added to a signed session: allowed, marked ``after_signing``, with who
    added them; the mark, who and when never change; deleted only with their client."""
    executor.execute("""
        ALTER TABLE photos ADD COLUMN after_signing INTEGER NOT NULL DEFAULT 0
            CHECK (after_signing IN (0, 1))
    """)
    executor.execute("""
        ALTER TABLE photos ADD COLUMN added_by TEXT
            CHECK (added_by IS NULL OR length(trim(added_by)) > 0)
    """)
    executor.execute("""
        UPDATE photos SET after_signing = 1
        WHERE imported_at COLLATE "C" > (
              SELECT signed_at FROM sessions WHERE id = photos.session_id)
          AND imported_at COLLATE "C" >= coalesce((
              SELECT min(at COLLATE "C") FROM audit_log WHERE action = 'upgrade'
                AND (details::json ->> 'sessions_marked_signed') IS NOT NULL), '')
    """)
    executor.execute("""
        UPDATE photos SET added_by = (
            SELECT actor FROM audit_log
            WHERE action = 'create' AND entity = 'photo' AND entity_id = photos.id
            ORDER BY id LIMIT 1)
    """)
    refusing_trigger(
        executor,
        "photos_after_signing_bi",
        "BEFORE INSERT",
        "photos",
        f"NEW.after_signing IS DISTINCT FROM ({IS_SIGNED.format(session='NEW.session_id')})::int",
        "a photo of a signed session is marked as added after signing",
    )
    refusing_trigger(
        executor,
        "photos_addition_kept_bu",
        "BEFORE UPDATE OF after_signing, added_by, imported_at",
        "photos",
        "NEW.after_signing IS DISTINCT FROM OLD.after_signing "
        "OR NEW.added_by IS DISTINCT FROM OLD.added_by "
        "OR NEW.imported_at IS DISTINCT FROM OLD.imported_at",
        "when and by whom a photo was added is never changed",
    )
    refusing_trigger(
        executor,
        "photos_signed_delete",
        "BEFORE DELETE",
        "photos",
        f"{IS_SIGNED.format(session='OLD.session_id')} "
        f"AND NOT {ERASE_GATE.format(client='OLD.client_id')}",
        f"photos of a {_SIGNED_MESSAGE}",
    )
