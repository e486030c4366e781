"""The logbook's schema on PostgreSQL: the steps of logger_app.store.migrations, same names,
same tables, columns, constraints, indexes and trigger behaviour, translated.

Differences that stay inside the database: ids are identity columns; SQLite's FTS5 client
search is a ``search_document`` column (the last column of m001's clients) with a GIN
index; SQLite triggers are plpgsql functions raising integrity errors with the same
messages. Text comparisons of stamps and dates use the "C" collation (SQLite's BINARY).
Each step runs once, in its own transaction, through ``Executor.execute`` only.
"""

from __future__ import annotations

from collections.abc import Callable

from ..migrations import (
    _AREAS,
    _DEVICES,
    _ENDPOINTS,
    _OBSERVED,
    _PHOTO_ANGLES,
    _PHOTO_KINDS,
    _PRODUCT_ROLES,
    _REACTIONS,
    _SKIN_TYPES,
)
from .schema_day import m010_courses_consent_texts_clinic
from .schema_history import m011_other_treatments_and_import_links
from .schema_identity import m009_identity_and_chain
from .schema_integrity import m006_signing_and_audit, m007_photos_added_after_signing
from .schema_live import m008_session_versions
from .schema_sql import (
    DATE,
    ID,
    TIMESTAMP,
    WARNING_CODE,
    Executor,
    create_client_search,
    create_functions,
    json_of_type,
    refusing_trigger,
    sha256_check,
    trigger,
)

STEP_TABLE = "logbook_migrations"


def ensure_migrations_table(executor: Executor) -> None:
    """The record of applied steps (the server's ``_sqlite_migrations``)."""
    executor.execute(f"""
        CREATE TABLE IF NOT EXISTS {STEP_TABLE} (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            migration_set TEXT NOT NULL,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL,
            UNIQUE (migration_set, name)
        )
    """)


def _index(executor: Executor, name: str, table: str, *columns: str) -> None:
    executor.execute(f"CREATE INDEX {name} ON {table} ({', '.join(columns)})")


def m001_initial_schema(executor: Executor) -> None:
    create_functions(executor)
    executor.execute(f"""
        CREATE TABLE practitioners (
            id {ID},
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            credentials TEXT NOT NULL DEFAULT '',
            max_depth_mm DOUBLE PRECISION
                CHECK (max_depth_mm IS NULL OR max_depth_mm BETWEEN 0.1 AND 3.0),
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP})
        )
    """)
    executor.execute(f"""
        CREATE TABLE clients (
            id {ID},
            first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
            last_name TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
            date_of_birth TEXT CHECK (date_of_birth IS NULL OR date_of_birth {DATE}),
            phone TEXT NOT NULL DEFAULT '',
            phone_digits TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            fitzpatrick INTEGER CHECK (fitzpatrick IS NULL OR fitzpatrick BETWEEN 1 AND 6),
            skin_type TEXT CHECK (skin_type IS NULL OR skin_type IN {_SKIN_TYPES}),
            concerns TEXT NOT NULL DEFAULT '[]' CHECK ({json_of_type("concerns", "array")}),
            allergies TEXT NOT NULL DEFAULT '',
            medical_notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP}),
            updated_at TEXT NOT NULL CHECK (updated_at {TIMESTAMP}),
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            search_document tsvector
        )
    """)
    # The client list is sorted by name, case-insensitively.
    executor.execute(
        'CREATE INDEX clients_by_name ON clients (lower(last_name) COLLATE "C", '
        'lower(first_name) COLLATE "C")'
    )
    # Prefix search as you type over names, phone (also as bare digits) and email.
    create_client_search(executor)
    executor.execute(f"""
        CREATE TABLE sessions (
            id {ID},
            client_id BIGINT NOT NULL REFERENCES clients(id) DEFERRABLE,
            practitioner_id BIGINT NOT NULL REFERENCES practitioners(id) DEFERRABLE,
            started_at TEXT NOT NULL CHECK (started_at {TIMESTAMP}),
            duration_minutes INTEGER CHECK (
                duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 600),
            device TEXT NOT NULL CHECK (device IN {_DEVICES}),
            cartridge TEXT NOT NULL DEFAULT '',
            numbing_agent TEXT,
            numbing_strength TEXT NOT NULL DEFAULT '',
            numbing_minutes INTEGER CHECK (
                numbing_minutes IS NULL OR numbing_minutes BETWEEN 0 AND 180),
            endpoint TEXT CHECK (endpoint IS NULL OR endpoint IN {_ENDPOINTS}),
            aftercare TEXT NOT NULL DEFAULT '[]' CHECK ({json_of_type("aftercare", "array")}),
            next_visit_due TEXT CHECK (next_visit_due IS NULL OR next_visit_due {DATE}),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP}),
            updated_at TEXT NOT NULL CHECK (updated_at {TIMESTAMP}),
            CHECK (numbing_agent IS NOT NULL OR numbing_minutes IS NULL)
        )
    """)
    _index(executor, "sessions_by_client", "sessions", "client_id", "started_at")
    _index(executor, "sessions_by_time", "sessions", "started_at")
    part = (
        f"id {ID}, session_id BIGINT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE DEFERRABLE"
    )
    executor.execute(f"""
        CREATE TABLE session_areas (
            {part},
            position INTEGER NOT NULL,
            area TEXT NOT NULL CHECK (area IN {_AREAS}),
            depth_mm DOUBLE PRECISION NOT NULL CHECK (depth_mm BETWEEN 0.1 AND 3.0),
            passes INTEGER CHECK (passes IS NULL OR passes BETWEEN 1 AND 30),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, area)
        )
    """)
    executor.execute(f"""
        CREATE TABLE session_reactions (
            {part},
            position INTEGER NOT NULL,
            reaction TEXT NOT NULL CHECK (reaction IN {_REACTIONS}),
            severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
            observed TEXT NOT NULL CHECK (observed IN {_OBSERVED}),
            resolved_on TEXT CHECK (resolved_on IS NULL OR resolved_on {DATE}),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, reaction, observed)
        )
    """)
    executor.execute(f"""
        CREATE TABLE session_products (
            {part},
            position INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN {_PRODUCT_ROLES}),
            product TEXT NOT NULL CHECK (length(trim(product)) > 0),
            lot TEXT NOT NULL DEFAULT '',
            expiry TEXT CHECK (expiry IS NULL OR expiry {DATE})
        )
    """)
    for table in ("session_areas", "session_reactions", "session_products"):
        _index(executor, f"{table}_by_session", table, "session_id", "position")
    _index(executor, "session_products_by_lot", "session_products", "lot")


def m002_client_last_session(executor: Executor) -> None:
    """Each client's latest session time, kept on the client row."""
    executor.execute("ALTER TABLE clients ADD COLUMN last_session_at TEXT")
    executor.execute(
        "UPDATE clients SET last_session_at = "
        '(SELECT max(started_at COLLATE "C") FROM sessions WHERE client_id = clients.id)'
    )
    # The client row is locked first and the latest time read by the next statement:
    # two rooms saving for one client at once would otherwise each compute it without
    # the other's session, and the later commit would keep a stale time. NO KEY UPDATE:
    # the lock the UPDATE takes anyway (it lets foreign-key checks on the row go on).
    refresh = (
        "PERFORM 1 FROM clients WHERE id = {ref}.client_id FOR NO KEY UPDATE;\n"
        'UPDATE clients SET last_session_at = (SELECT max(started_at COLLATE "C") '
        "FROM sessions WHERE client_id = {ref}.client_id) WHERE id = {ref}.client_id;"
    )
    for name, when, refs in (
        ("sessions_last_session_ai", "AFTER INSERT", ("NEW",)),
        ("sessions_last_session_ad", "AFTER DELETE", ("OLD",)),
        ("sessions_last_session_au", "AFTER UPDATE OF started_at, client_id", ("OLD", "NEW")),
    ):
        body = "\n".join(refresh.format(ref=ref) for ref in refs)
        trigger(executor, name, when, "sessions", body)


def m003_photos(executor: Executor) -> None:
    """Clinical photos (rows of the content-addressed photo files); no cascades."""
    executor.execute(f"""
        CREATE TABLE photos (
            id {ID},
            client_id BIGINT NOT NULL REFERENCES clients(id) DEFERRABLE,
            session_id BIGINT NOT NULL REFERENCES sessions(id) DEFERRABLE,
            sha256 TEXT NOT NULL CHECK ({sha256_check("sha256")}),
            source_sha256 TEXT NOT NULL CHECK ({sha256_check("source_sha256")}),
            original_name TEXT NOT NULL CHECK (length(trim(original_name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN {_PHOTO_KINDS}),
            angle TEXT NOT NULL CHECK (angle IN {_PHOTO_ANGLES}),
            area TEXT CHECK (area IS NULL OR area IN {_AREAS}),
            taken_at TEXT CHECK (taken_at IS NULL OR taken_at {TIMESTAMP}),
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            byte_size INTEGER NOT NULL CHECK (byte_size > 0),
            imported_at TEXT NOT NULL CHECK (imported_at {TIMESTAMP}),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, source_sha256)
        )
    """)
    _index(executor, "photos_by_client", "photos", "client_id", "taken_at")
    _index(executor, "photos_by_sha256", "photos", "sha256")
    # The photo files themselves: every room sees every photo. Content-addressed like the
    # file's photo folder, in parts of 1 MiB so that no file is ever whole in memory.
    executor.execute(f"""
        CREATE TABLE photo_blobs (
            sha256 TEXT NOT NULL CHECK ({sha256_check("sha256")}),
            part INTEGER NOT NULL CHECK (part >= 0),
            data BYTEA NOT NULL,
            PRIMARY KEY (sha256, part)
        )
    """)
    # JPEG does not compress: spare the server trying.
    executor.execute("ALTER TABLE photo_blobs ALTER COLUMN data SET STORAGE EXTERNAL")
    # client_id is a copy of the session's client: keep it true.
    mismatch = (
        "EXISTS (SELECT 1 FROM sessions WHERE id = NEW.session_id "
        "AND client_id IS DISTINCT FROM NEW.client_id)"
    )
    for suffix, event in (("bi", "INSERT"), ("bu", "UPDATE OF client_id, session_id")):
        refusing_trigger(
            executor,
            f"photos_client_of_session_{suffix}",
            f"BEFORE {event}",
            "photos",
            mismatch,
            "a photo must belong to the client of its session",
        )
    trigger(
        executor,
        "sessions_client_to_photos_au",
        "AFTER UPDATE OF client_id",
        "sessions",
        "UPDATE photos SET client_id = NEW.client_id WHERE session_id = NEW.id;",
    )


def m004_review_indexes(executor: Executor) -> None:
    """The sessions review filters by area and by reaction across every client."""
    _index(executor, "session_areas_by_area", "session_areas", "area", "session_id")
    _index(
        executor,
        "session_reactions_by_reaction",
        "session_reactions",
        "reaction",
        "severity",
        "session_id",
    )
    _index(executor, "session_reactions_by_severity", "session_reactions", "severity", "session_id")


def m005_screening_and_safety(executor: Executor) -> None:
    """Screenings, consents, the clinic's safety settings, acknowledged warnings."""
    flags = [
        "pregnant_or_breastfeeding",
        "anticoagulants_or_bleeding",
        "active_skin_condition",
        "keloid_history",
        "herpes_history",
        "antiviral_prophylaxis",
        "chemo_or_malignancy",
        "metal_or_anaesthetic_allergy",
    ]
    flag_columns = ",\n".join(
        f"{flag} INTEGER NOT NULL DEFAULT 0 CHECK ({flag} IN (0, 1))" for flag in flags
    )
    past_dates = ",\n".join(
        f"{column} TEXT CHECK ({column} IS NULL OR "
        f'({column} {DATE} AND {column} <= screened_on COLLATE "C"))'
        for column in ("isotretinoin_last_dose", "filler_on", "neurotoxin_on")
    )
    owned = (
        f"id {ID}, client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE DEFERRABLE"
    )
    executor.execute(f"""
        CREATE TABLE screenings (
            {owned},
            screened_on TEXT NOT NULL CHECK (screened_on {DATE}),
            {past_dates},
            {flag_columns},
            active_skin_condition_note TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP}),
            CHECK (antiviral_prophylaxis = 0 OR herpes_history = 1)
        )
    """)
    _index(executor, "screenings_by_client", "screenings", "client_id", "screened_on")
    executor.execute(rf"""
        CREATE TABLE consents (
            {owned},
            consent_version TEXT NOT NULL
                CHECK (length(trim(consent_version)) BETWEEN 1 AND 50),
            signed_on TEXT NOT NULL CHECK (signed_on {DATE}),
            -- A drawn signature: a PNG image of at most 512 KB.
            signature_png BYTEA CHECK (signature_png IS NULL OR (
                length(signature_png) BETWEEN 9 AND 524288
                AND substring(signature_png from 1 for 8) = '\x89504e470d0a1a0a'::bytea)),
            typed_name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL CHECK (created_at {TIMESTAMP}),
            CHECK (signature_png IS NOT NULL OR length(trim(typed_name)) > 0)
        )
    """)
    _index(executor, "consents_by_client", "consents", "client_id", "signed_on")
    executor.execute(f"""
        CREATE TABLE safety_settings (
            id {ID} CHECK (id = 1),
            isotretinoin_washout_months INTEGER NOT NULL
                CHECK (isotretinoin_washout_months BETWEEN 0 AND 24),
            filler_washout_weeks INTEGER NOT NULL CHECK (filler_washout_weeks BETWEEN 0 AND 26),
            neurotoxin_washout_weeks INTEGER NOT NULL
                CHECK (neurotoxin_washout_weeks BETWEEN 0 AND 26),
            min_interval_same_area_weeks INTEGER NOT NULL
                CHECK (min_interval_same_area_weeks BETWEEN 0 AND 26),
            screening_valid_months INTEGER NOT NULL
                CHECK (screening_valid_months BETWEEN 1 AND 60),
            consent_version TEXT NOT NULL DEFAULT '' CHECK (length(consent_version) <= 50),
            updated_at TEXT NOT NULL CHECK (updated_at {TIMESTAMP})
        )
    """)
    executor.execute(f"""
        CREATE TABLE session_acknowledgements (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE DEFERRABLE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL CHECK ({WARNING_CODE}),
            message TEXT NOT NULL CHECK (length(trim(message)) > 0),
            acknowledged_at TEXT NOT NULL CHECK (acknowledged_at {TIMESTAMP}),
            UNIQUE (session_id, code)
        )
    """)
    _index(
        executor,
        "session_acknowledgements_by_session",
        "session_acknowledgements",
        "session_id",
        "position",
    )


SERVER_STEPS: list[tuple[str, Callable[[Executor], None]]] = [
    (step.__name__, step)
    for step in (
        m001_initial_schema,
        m002_client_last_session,
        m003_photos,
        m004_review_indexes,
        m005_screening_and_safety,
        m006_signing_and_audit,
        m007_photos_added_after_signing,
        m008_session_versions,
        m009_identity_and_chain,
        m010_courses_consent_texts_clinic,
        m011_other_treatments_and_import_links,
    )
]
