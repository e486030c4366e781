"""m010 on the server: see ``logger_app.store.migrations_day``."""

from __future__ import annotations

from ..migrations_day import CONSENT_TEXT_KEPT
from .schema_sql import DATE, ID, TIMESTAMP, Executor, json_of_type, refusing_trigger


def m010_courses_consent_texts_clinic(executor: Executor) -> None:
    """Courses, consent texts (kept), the clinic's details, a stop's reason."""
    executor.execute(f"""
        CREATE TABLE courses (
            id {ID},
            client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE DEFERRABLE,
            planned_sessions INTEGER NOT NULL CHECK (planned_sessions BETWEEN 1 AND 50),
            interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 730),
            areas TEXT NOT NULL DEFAULT '[]' CHECK ({json_of_type("areas", "array")}),
            notes TEXT NOT NULL DEFAULT '',
            started_on TEXT NOT NULL CHECK (started_on {DATE}),
            ended_on TEXT CHECK (ended_on IS NULL OR
                (ended_on {DATE} AND ended_on >= started_on COLLATE "C")),
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP}),
            created_by TEXT NOT NULL DEFAULT ''
        )
    """)
    executor.execute("CREATE INDEX courses_by_client ON courses (client_id, started_on)")
    executor.execute(
        "CREATE UNIQUE INDEX courses_open_per_client ON courses (client_id) WHERE ended_on IS NULL"
    )
    executor.execute(f"""
        CREATE TABLE consent_texts (
            id {ID},
            version TEXT NOT NULL UNIQUE CHECK (length(trim(version)) BETWEEN 1 AND 50),
            body TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 100000),
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP}),
            created_by TEXT NOT NULL DEFAULT ''
        )
    """)
    for event in ("UPDATE", "DELETE"):
        refusing_trigger(
            executor,
            f"consent_texts_kept_{event.lower()}",
            f"BEFORE {event}",
            "consent_texts",
            "true",
            CONSENT_TEXT_KEPT,
        )
    executor.execute(f"""
        CREATE TABLE clinic_details (
            id {ID} CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),
            phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 50),
            updated_at TEXT NOT NULL CHECK (updated_at {TIMESTAMP})
        )
    """)
    executor.execute(
        "ALTER TABLE session_acknowledgements ADD COLUMN reason TEXT NOT NULL DEFAULT '' "
        "CHECK (length(reason) <= 2000)"
    )
