"""m011: history from other systems. Never edit it once shipped."""

from __future__ import annotations

from sqlite_utils import Database

from ..vocabulary import OtherTreatmentKind
from . import migrations_day  # noqa: F401  (m010 is registered before this step)
from .migrations import _DATE, _TIMESTAMP, _in, migrations

OTHER_TREATMENT_KINDS = _in(*OtherTreatmentKind.values())
IMPORT_LINK_KINDS = _in("client", "session", "other_treatment")


@migrations()
def m011_other_treatments_and_import_links(db: Database) -> None:
    """Treatments other than microneedling (peels, laser, filler…); a client's address
    and general (not medical) notes; which row of which source each imported record
    came from, so importing the same source again adds only what is missing; the
    source values a user mapped to the logbook's; the clinic's time zone."""
    db.execute(f"""
        CREATE TABLE other_treatments (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            performed_on TEXT NOT NULL CHECK (performed_on {_DATE}),
            kind TEXT NOT NULL CHECK (kind IN {OTHER_TREATMENT_KINDS}),
            kind_detail TEXT NOT NULL DEFAULT '' CHECK (length(kind_detail) <= 200),
            notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
            practitioner_name TEXT NOT NULL DEFAULT '' CHECK (length(practitioner_name) <= 100),
            -- [{{"product": ..., "lot": ...}}, ...]
            products TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(products) AND json_type(products) = 'array'),
            source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 500),
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP}),
            created_by TEXT NOT NULL DEFAULT ''
        ) STRICT
    """)
    db["other_treatments"].create_index(
        ["client_id", "performed_on"], index_name="other_treatments_by_client"
    )
    db.execute(f"""
        CREATE TABLE import_links (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL CHECK (length(trim(source)) BETWEEN 1 AND 200),
            kind TEXT NOT NULL CHECK (kind IN {IMPORT_LINK_KINDS}),
            source_id TEXT NOT NULL CHECK (length(trim(source_id)) BETWEEN 1 AND 500),
            client_id INTEGER NOT NULL REFERENCES clients(id),
            record_id INTEGER NOT NULL,
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP})
        ) STRICT
    """)
    db.execute(
        "CREATE UNIQUE INDEX import_links_by_source ON import_links (source, kind, source_id)"
    )
    db["import_links"].create_index(["client_id"], index_name="import_links_by_client")
    db.execute(f"""
        CREATE TABLE import_value_maps (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL CHECK (length(trim(source)) BETWEEN 1 AND 200),
            field TEXT NOT NULL CHECK (length(trim(field)) BETWEEN 1 AND 100),
            source_value TEXT NOT NULL CHECK (length(source_value) BETWEEN 1 AND 500),
            value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 500),
            updated_at TEXT NOT NULL CHECK (updated_at {_TIMESTAMP})
        ) STRICT
    """)
    db.execute(
        "CREATE UNIQUE INDEX import_value_maps_by_source "
        "ON import_value_maps (source, field, source_value)"
    )
    for column in ("address", "general_notes"):
        db.execute(
            f"ALTER TABLE clients ADD COLUMN {column} TEXT NOT NULL DEFAULT '' "
            f"CHECK (length({column}) <= 10000)"
        )
    # Wash-outs after other treatments: a peel, a laser or IPL treatment.
    for column, weeks in (("peel_washout_weeks", 2), ("laser_washout_weeks", 4)):
        db.execute(
            f"ALTER TABLE safety_settings ADD COLUMN {column} INTEGER NOT NULL DEFAULT {weeks} "
            f"CHECK ({column} BETWEEN 0 AND 26)"
        )
    db.execute(
        "ALTER TABLE clinic_details ADD COLUMN time_zone TEXT NOT NULL DEFAULT '' "
        "CHECK (length(time_zone) <= 64)"
    )
