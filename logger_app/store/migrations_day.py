"""m010: the practitioner's day. Never edit it once shipped."""

from __future__ import annotations

from sqlite_utils import Database

from . import migrations_identity  # noqa: F401  (m009 is registered before this step)
from .migrations import _DATE, _TIMESTAMP, migrations

CONSENT_TEXT_KEPT = "a consent text is kept as it was: save a new version instead"


@migrations()
def m010_courses_consent_texts_clinic(db: Database) -> None:
    """Courses of treatment (a plan: so many sessions, so many days apart, these areas);
    the clinic's consent texts, every version kept as the client read it; the clinic's
    name and phone for what is handed to the client; and the reason given for going on
    past an acknowledged stop."""
    db.execute(f"""
        CREATE TABLE courses (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            planned_sessions INTEGER NOT NULL CHECK (planned_sessions BETWEEN 1 AND 50),
            interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 730),
            -- The planned areas: a JSON array of area values.
            areas TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(areas) AND json_type(areas) = 'array'),
            notes TEXT NOT NULL DEFAULT '',
            started_on TEXT NOT NULL CHECK (started_on {_DATE}),
            ended_on TEXT CHECK (ended_on IS NULL OR (ended_on {_DATE} AND ended_on >= started_on)),
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP}),
            created_by TEXT NOT NULL DEFAULT ''
        ) STRICT
    """)
    db["courses"].create_index(["client_id", "started_on"], index_name="courses_by_client")
    # At most one course under way per client.
    db.execute(
        "CREATE UNIQUE INDEX courses_open_per_client ON courses (client_id) WHERE ended_on IS NULL"
    )
    db.execute(f"""
        CREATE TABLE consent_texts (
            id INTEGER PRIMARY KEY,
            version TEXT NOT NULL UNIQUE CHECK (length(trim(version)) BETWEEN 1 AND 50),
            body TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 100000),
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP}),
            created_by TEXT NOT NULL DEFAULT ''
        ) STRICT
    """)
    for event in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER consent_texts_kept_{event.lower()} BEFORE {event} ON consent_texts
            BEGIN
                SELECT RAISE(ABORT, '{CONSENT_TEXT_KEPT}');
            END
        """)
    db.execute(f"""
        CREATE TABLE clinic_details (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),
            phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 50),
            updated_at TEXT NOT NULL CHECK (updated_at {_TIMESTAMP})
        ) STRICT
    """)
    db.execute(
        "ALTER TABLE session_acknowledgements ADD COLUMN reason TEXT NOT NULL DEFAULT '' "
        "CHECK (length(reason) <= 2000)"
    )
