"""m011 on the server: see ``logger_app.store.migrations_history``."""

from __future__ import annotations

from ..migrations_history import IMPORT_LINK_KINDS, OTHER_TREATMENT_KINDS
from .schema_sql import DATE, ID, TIMESTAMP, Executor, json_of_type


def m011_other_treatments_and_import_links(executor: Executor) -> None:
    """Other treatments, import links and value maps, address and general notes, the
    clinic's time zone."""
    executor.execute(f"""
        CREATE TABLE other_treatments (
            id {ID},
            client_id BIGINT NOT NULL REFERENCES clients(id) DEFERRABLE,
            performed_on TEXT NOT NULL CHECK (performed_on {DATE}),
            kind TEXT NOT NULL CHECK (kind IN {OTHER_TREATMENT_KINDS}),
            kind_detail TEXT NOT NULL DEFAULT '' CHECK (length(kind_detail) <= 200),
            notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
            practitioner_name TEXT NOT NULL DEFAULT '' CHECK (length(practitioner_name) <= 100),
            products TEXT NOT NULL DEFAULT '[]' CHECK ({json_of_type("products", "array")}),
            source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 500),
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP}),
            created_by TEXT NOT NULL DEFAULT ''
        )
    """)
    executor.execute(
        "CREATE INDEX other_treatments_by_client ON other_treatments (client_id, performed_on)"
    )
    executor.execute(f"""
        CREATE TABLE import_links (
            id {ID},
            source TEXT NOT NULL CHECK (length(trim(source)) BETWEEN 1 AND 200),
            kind TEXT NOT NULL CHECK (kind IN {IMPORT_LINK_KINDS}),
            source_id TEXT NOT NULL CHECK (length(trim(source_id)) BETWEEN 1 AND 500),
            client_id BIGINT NOT NULL REFERENCES clients(id) DEFERRABLE,
            record_id BIGINT NOT NULL,
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP})
        )
    """)
    executor.execute(
        "CREATE UNIQUE INDEX import_links_by_source ON import_links (source, kind, source_id)"
    )
    executor.execute("CREATE INDEX import_links_by_client ON import_links (client_id)")
    executor.execute(f"""
        CREATE TABLE import_value_maps (
            id {ID},
            source TEXT NOT NULL CHECK (length(trim(source)) BETWEEN 1 AND 200),
            field TEXT NOT NULL CHECK (length(trim(field)) BETWEEN 1 AND 100),
            source_value TEXT NOT NULL CHECK (length(source_value) BETWEEN 1 AND 500),
            value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 500),
            updated_at TEXT NOT NULL CHECK (updated_at {TIMESTAMP})
        )
    """)
    executor.execute(
        "CREATE UNIQUE INDEX import_value_maps_by_source "
        "ON import_value_maps (source, field, source_value)"
    )
    for column in ("address", "general_notes"):
        executor.execute(
            f"ALTER TABLE clients ADD COLUMN {column} TEXT NOT NULL DEFAULT '' "
            f"CHECK (length({column}) <= 10000)"
        )
    for column, weeks in (("peel_washout_weeks", 2), ("laser_washout_weeks", 4)):
        executor.execute(
            f"ALTER TABLE safety_settings ADD COLUMN {column} INTEGER NOT NULL DEFAULT {weeks} "
            f"CHECK ({column} BETWEEN 0 AND 26)"
        )
    executor.execute(
        "ALTER TABLE clinic_details ADD COLUMN time_zone TEXT NOT NULL DEFAULT '' "
        "CHECK (length(time_zone) <= 64)"
    )
