"""The schema's history. Each step runs once, in its own transaction; never edit a step
that has shipped — add a new one.

Value lists in CHECK constraints are written out literally here, as they were when the
step shipped: a vocabulary that grows needs a new migration (a test checks that every
current vocabulary value is accepted by a freshly migrated database).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "logger_app"
migrations = Migrations(MIGRATION_SET)


def _in(*values: str) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


_AREAS = _in(
    "forehead",
    "glabella",
    "periorbital",
    "nose",
    "left_cheek",
    "right_cheek",
    "upper_lip",
    "perioral",
    "chin",
    "jawline",
    "neck",
    "decolletage",
    "scalp",
    "hands",
    "arms",
    "abdomen",
    "thighs",
    "back",
    "scar_site",
)
_REACTIONS = _in(
    "erythema",
    "swelling",
    "pinpoint_bleeding",
    "tingling",
    "tenderness",
    "dryness_peeling",
    "bruising",
    "acne_flare",
    "pih",
    "infection",
    "herpes",
    "granuloma",
    "tram_track",
    "contact_dermatitis",
)
_SKIN_TYPES = _in("normal", "dry", "oily", "combination", "sensitive")
_DEVICES = _in("pen", "roller", "stamp", "rf")
_ENDPOINTS = _in(
    "mild_erythema",
    "moderate_erythema",
    "marked_erythema",
    "pinpoint_bleeding",
    "uniform_pinpoint_bleeding",
)
_OBSERVED = _in("during", "immediately_after", "follow_up")
_PRODUCT_ROLES = _in("glide", "numbing", "other")
# ISO 8601 with an explicit offset, as written by logger_app.store.timestamps.
_TIMESTAMP = "like '____-__-__T__:__:__%+__:__'"
_DATE = "like '____-__-__'"


@migrations()
def m001_initial_schema(db: Database) -> None:
    db.execute(f"""
        CREATE TABLE practitioners (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            credentials TEXT NOT NULL DEFAULT '',
            max_depth_mm REAL CHECK (max_depth_mm IS NULL OR max_depth_mm BETWEEN 0.1 AND 3.0),
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP})
        ) STRICT
    """)
    db.execute(f"""
        CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
            last_name TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
            date_of_birth TEXT CHECK (date_of_birth IS NULL OR date_of_birth {_DATE}),
            phone TEXT NOT NULL DEFAULT '',
            phone_digits TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            fitzpatrick INTEGER CHECK (fitzpatrick IS NULL OR fitzpatrick BETWEEN 1 AND 6),
            skin_type TEXT CHECK (skin_type IS NULL OR skin_type IN {_SKIN_TYPES}),
            concerns TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(concerns) AND json_type(concerns) = 'array'),
            allergies TEXT NOT NULL DEFAULT '',
            medical_notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP}),
            updated_at TEXT NOT NULL CHECK (updated_at {_TIMESTAMP}),
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
        ) STRICT
    """)
    # The client list is sorted by name, case-insensitively.
    db.execute(
        "CREATE INDEX clients_by_name ON clients "
        "(last_name COLLATE NOCASE, first_name COLLATE NOCASE)"
    )
    # Prefix search as you type over names, phone (also as bare digits) and email.
    db["clients"].enable_fts(
        ["first_name", "last_name", "phone", "phone_digits", "email"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    db.execute(f"""
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            practitioner_id INTEGER NOT NULL REFERENCES practitioners(id),
            started_at TEXT NOT NULL CHECK (started_at {_TIMESTAMP}),
            duration_minutes INTEGER CHECK (
                duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 600),
            device TEXT NOT NULL CHECK (device IN {_DEVICES}),
            cartridge TEXT NOT NULL DEFAULT '',
            numbing_agent TEXT,
            numbing_strength TEXT NOT NULL DEFAULT '',
            numbing_minutes INTEGER CHECK (
                numbing_minutes IS NULL OR numbing_minutes BETWEEN 0 AND 180),
            endpoint TEXT CHECK (endpoint IS NULL OR endpoint IN {_ENDPOINTS}),
            aftercare TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(aftercare) AND json_type(aftercare) = 'array'),
            next_visit_due TEXT CHECK (next_visit_due IS NULL OR next_visit_due {_DATE}),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP}),
            updated_at TEXT NOT NULL CHECK (updated_at {_TIMESTAMP}),
            CHECK (numbing_agent IS NOT NULL OR numbing_minutes IS NULL)
        ) STRICT
    """)
    # The history query: one client's sessions, newest first.
    db["sessions"].create_index(["client_id", "started_at"], index_name="sessions_by_client")
    db["sessions"].create_index(["started_at"], index_name="sessions_by_time")
    db.execute(f"""
        CREATE TABLE session_areas (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            area TEXT NOT NULL CHECK (area IN {_AREAS}),
            depth_mm REAL NOT NULL CHECK (depth_mm BETWEEN 0.1 AND 3.0),
            passes INTEGER CHECK (passes IS NULL OR passes BETWEEN 1 AND 30),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, area)
        ) STRICT
    """)
    db.execute(f"""
        CREATE TABLE session_reactions (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            reaction TEXT NOT NULL CHECK (reaction IN {_REACTIONS}),
            severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
            observed TEXT NOT NULL CHECK (observed IN {_OBSERVED}),
            resolved_on TEXT CHECK (resolved_on IS NULL OR resolved_on {_DATE}),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, reaction, observed)
        ) STRICT
    """)
    db.execute(f"""
        CREATE TABLE session_products (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN {_PRODUCT_ROLES}),
            product TEXT NOT NULL CHECK (length(trim(product)) > 0),
            lot TEXT NOT NULL DEFAULT '',
            expiry TEXT CHECK (expiry IS NULL OR expiry {_DATE})
        ) STRICT
    """)
    # The parts of a session are always read by session; recalls are by lot.
    for table in ("session_areas", "session_reactions", "session_products"):
        db[table].create_index(["session_id", "position"], index_name=f"{table}_by_session")
    db["session_products"].create_index(["lot"], index_name="session_products_by_lot")


@migrations()
def m002_client_last_session(db: Database) -> None:
    """Keep each client's latest session time on the client row, so the client list needs
    no per-client lookup (a list of 10,000 clients is read on every search)."""
    db["clients"].add_column("last_session_at", str)
    db.execute(
        "UPDATE clients SET last_session_at = "
        "(SELECT max(started_at) FROM sessions WHERE client_id = clients.id)"
    )
    refresh = (
        "UPDATE clients SET last_session_at = (SELECT max(started_at) FROM sessions "
        "WHERE client_id = {ref}.client_id) WHERE id = {ref}.client_id;"
    )
    db.execute(f"""
        CREATE TRIGGER sessions_last_session_ai AFTER INSERT ON sessions BEGIN
            {refresh.format(ref="new")}
        END
    """)
    db.execute(f"""
        CREATE TRIGGER sessions_last_session_ad AFTER DELETE ON sessions BEGIN
            {refresh.format(ref="old")}
        END
    """)
    db.execute(f"""
        CREATE TRIGGER sessions_last_session_au AFTER UPDATE OF started_at, client_id
        ON sessions BEGIN
            {refresh.format(ref="old")}
            {refresh.format(ref="new")}
        END
    """)


_PHOTO_KINDS = _in("before", "after", "follow_up")
_PHOTO_ANGLES = _in(
    "front", "left_45", "right_45", "left_profile", "right_profile", "close_up", "other"
)


def _sha256_check(column: str) -> str:
    return f"length({column}) = 64 AND {column} NOT GLOB '*[^0-9a-f]*'"


@migrations()
def m003_photos(db: Database) -> None:
    """Clinical photos. A row refers to a file of the content-addressed photo folder
    (photos/ab/<sha256>.jpg) written and fsynced before the row. Plain foreign keys, no
    cascade: a cascade would delete rows and leave their files behind, so photos are
    deleted only through the photo store, which removes a file with its last row."""
    db.execute(f"""
        CREATE TABLE photos (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            sha256 TEXT NOT NULL CHECK ({_sha256_check("sha256")}),
            source_sha256 TEXT NOT NULL CHECK ({_sha256_check("source_sha256")}),
            original_name TEXT NOT NULL CHECK (length(trim(original_name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN {_PHOTO_KINDS}),
            angle TEXT NOT NULL CHECK (angle IN {_PHOTO_ANGLES}),
            area TEXT CHECK (area IS NULL OR area IN {_AREAS}),
            taken_at TEXT CHECK (taken_at IS NULL OR taken_at {_TIMESTAMP}),
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            byte_size INTEGER NOT NULL CHECK (byte_size > 0),
            imported_at TEXT NOT NULL CHECK (imported_at {_TIMESTAMP}),
            note TEXT NOT NULL DEFAULT '',
            -- The same file attached twice to one session is a duplicate. This index
            -- also serves every lookup by session_id, so there is no separate one.
            UNIQUE (session_id, source_sha256)
        ) STRICT
    """)
    # A client's photos across sessions (comparison, export); and "does any other row
    # still use this file?" when a photo is deleted.
    db["photos"].create_index(["client_id", "taken_at"], index_name="photos_by_client")
    db["photos"].create_index(["sha256"], index_name="photos_by_sha256")
    # client_id is a copy of the session's client (for the index above): keep it true.
    mismatch = (
        "EXISTS (SELECT 1 FROM sessions WHERE id = NEW.session_id "
        "AND client_id IS NOT NEW.client_id)"
    )
    for event in ("INSERT", "UPDATE OF client_id, session_id"):
        suffix = "bi" if event == "INSERT" else "bu"
        db.execute(f"""
            CREATE TRIGGER photos_client_of_session_{suffix} BEFORE {event} ON photos
            WHEN {mismatch}
            BEGIN
                SELECT RAISE(ABORT, 'a photo must belong to the client of its session');
            END
        """)
    db.execute("""
        CREATE TRIGGER sessions_client_to_photos_au AFTER UPDATE OF client_id ON sessions
        BEGIN
            UPDATE photos SET client_id = NEW.client_id WHERE session_id = NEW.id;
        END
    """)


@migrations()
def m004_review_indexes(db: Database) -> None:
    """The sessions review filters by area and by reaction across every client."""
    db["session_areas"].create_index(["area", "session_id"], index_name="session_areas_by_area")
    db["session_reactions"].create_index(
        ["reaction", "severity", "session_id"], index_name="session_reactions_by_reaction"
    )
    db["session_reactions"].create_index(
        ["severity", "session_id"], index_name="session_reactions_by_severity"
    )
