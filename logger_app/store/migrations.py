"""The schema's history. Each step runs once, in its own transaction; never edit a step
that has shipped — add a new one.

Value lists in CHECK constraints are written out literally here, as they were when the
step shipped: a vocabulary that grows needs a new migration (a test checks that every
current vocabulary value is accepted by a freshly migrated database).
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

MIGRATION_SET = "logger_app"


class LockedMigrations(Migrations):
    """Each step is applied holding the write lock, after checking again that it is
    still pending: two programs opening a new (or older) logbook at once apply every
    step once, the second one waiting for the first."""

    def apply(self, db: Database, *, stop_before: str | None = None) -> None:
        if stop_before is not None:
            return super().apply(db, stop_before=stop_before)
        with db.atomic():
            self.ensure_migrations_table(db)
        for migration in self.pending(db):
            if not migration.transactional:  # runs outside a transaction: no lock
                migration.fn(db)
                self._record_applied(db, migration.name)
                continue
            with db.atomic():
                if any(done.name == migration.name for done in self.applied(db)):
                    continue  # applied by the other program meanwhile
                migration.fn(db)
                self._record_applied(db, migration.name)
        return None


migrations = LockedMigrations(MIGRATION_SET)


def all_steps(steps: Migrations | None = None) -> list[str]:
    """Names of every step of ``steps`` (this app's own by default), oldest first."""
    empty = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    try:
        # Every step is pending on an empty database: the public way to list them.
        return [step.name for step in (migrations if steps is None else steps).pending(empty)]
    finally:
        empty.close()


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


_WARNING_CODE = "length(code) BETWEEN 1 AND 80 AND code NOT GLOB '*[^a-z0-9_.]*'"


@migrations()
def m005_screening_and_safety(db: Database) -> None:
    """Clinical safety: dated contraindication screenings, signed consents, the clinic's
    safety settings (one row; no row means the app's defaults) and, per session, the
    warnings acknowledged before treatment (saved in the session's transaction).
    Screenings and consents are parts of the client's record: they go with it."""
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
    flag_columns = ",\n            ".join(
        f"{flag} INTEGER NOT NULL DEFAULT 0 CHECK ({flag} IN (0, 1))" for flag in flags
    )
    past_dates = ",\n            ".join(
        f"{column} TEXT CHECK ({column} IS NULL OR ({column} {_DATE} AND {column} <= screened_on))"
        for column in ("isotretinoin_last_dose", "filler_on", "neurotoxin_on")
    )
    db.execute(f"""
        CREATE TABLE screenings (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            screened_on TEXT NOT NULL CHECK (screened_on {_DATE}),
            {past_dates},
            {flag_columns},
            active_skin_condition_note TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP}),
            CHECK (antiviral_prophylaxis = 0 OR herpes_history = 1)
        ) STRICT
    """)
    db["screenings"].create_index(["client_id", "screened_on"], index_name="screenings_by_client")
    db.execute(f"""
        CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            consent_version TEXT NOT NULL
                CHECK (length(trim(consent_version)) BETWEEN 1 AND 50),
            signed_on TEXT NOT NULL CHECK (signed_on {_DATE}),
            -- A drawn signature: a PNG image of at most 512 KB.
            signature_png BLOB CHECK (signature_png IS NULL OR (
                length(signature_png) BETWEEN 9 AND 524288
                AND substr(signature_png, 1, 8) = X'89504E470D0A1A0A')),
            typed_name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL CHECK (created_at {_TIMESTAMP}),
            CHECK (signature_png IS NOT NULL OR length(trim(typed_name)) > 0)
        ) STRICT
    """)
    db["consents"].create_index(["client_id", "signed_on"], index_name="consents_by_client")
    db.execute(f"""
        CREATE TABLE safety_settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
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
            updated_at TEXT NOT NULL CHECK (updated_at {_TIMESTAMP})
        ) STRICT
    """)
    db.execute(f"""
        CREATE TABLE session_acknowledgements (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL CHECK ({_WARNING_CODE}),
            message TEXT NOT NULL CHECK (length(trim(message)) > 0),
            acknowledged_at TEXT NOT NULL CHECK (acknowledged_at {_TIMESTAMP}),
            UNIQUE (session_id, code)
        ) STRICT
    """)
    db["session_acknowledgements"].create_index(
        ["session_id", "position"], index_name="session_acknowledgements_by_session"
    )


# Record integrity (m006). A signed session, its parts and its amendments, a client's row
# and the audit log are changed only through the paths that open a gate for it: a row of
# ``integrity_gate`` written and removed again inside the very transaction that makes the
# change (amending one session; erasing one client). Triggers refuse everything else.
_AMEND_GATE = (
    "EXISTS (SELECT 1 FROM integrity_gate WHERE action = 'amend' AND session_id = {session})"
)
_ERASE_GATE = (
    "EXISTS (SELECT 1 FROM integrity_gate WHERE action = 'erase' AND client_id = {client})"
)
_ERASE_GATE_OF_SESSION = (
    "EXISTS (SELECT 1 FROM integrity_gate g JOIN sessions s ON s.client_id = g.client_id "
    "WHERE g.action = 'erase' AND s.id = {session})"
)
_IS_SIGNED = "EXISTS (SELECT 1 FROM sessions WHERE id = {session} AND signed_at IS NOT NULL)"
_SIGNED_MESSAGE = "signed session: its record cannot be changed, only amended with a reason"
_WORD = "length({column}) BETWEEN 1 AND 40 AND {column} NOT GLOB '*[^a-z_]*'"


def _lock_session_part(db: Database, table: str) -> None:
    """Rows of a signed session's part table: no insert, update or delete, except
    through the amendment or erasure gate."""
    for event, ref in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        session = f"{ref}.session_id"
        condition = (
            f"{_IS_SIGNED.format(session=session)} "
            f"AND NOT {_AMEND_GATE.format(session=session)} "
            f"AND NOT {_ERASE_GATE_OF_SESSION.format(session=session)}"
        )
        if event == "UPDATE":  # moved to (or from) another session
            condition = (
                f"({condition}) OR (NEW.session_id IS NOT OLD.session_id AND "
                f"{_IS_SIGNED.format(session='NEW.session_id')})"
            )
        db.execute(f"""
            CREATE TRIGGER {table}_signed_{event.lower()} BEFORE {event} ON {table}
            WHEN {condition}
            BEGIN
                SELECT RAISE(ABORT, '{table} of a {_SIGNED_MESSAGE}');
            END
        """)


@migrations()
def m006_signing_and_audit(db: Database) -> None:
    """Signing, amendments and the audit log.

    Sessions become drafts until signed (``signed_at``, ``signed_by``). Sessions recorded
    before this step were final records (the app had no way to change a saved session),
    so they are marked signed by their practitioner at the time they were recorded, and
    one audit entry says so. ``amendments`` keeps every correction of a signed session;
    ``audit_log`` every write, append-only. Both survive everything but the erasure of
    their client, which leaves one tombstone entry (no name) in the audit log."""
    db.execute(f"""
        ALTER TABLE sessions ADD COLUMN signed_at TEXT
            CHECK (signed_at IS NULL OR signed_at {_TIMESTAMP})
    """)
    db.execute("""
        ALTER TABLE sessions ADD COLUMN signed_by TEXT
            CHECK ((signed_by IS NULL) = (signed_at IS NULL)
                   AND (signed_by IS NULL OR length(trim(signed_by)) > 0))
    """)
    migrated = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
    db.execute("""
        UPDATE sessions SET signed_at = created_at,
            signed_by = (SELECT name FROM practitioners WHERE id = sessions.practitioner_id)
    """)
    db.execute(f"""
        CREATE TABLE amendments (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            field TEXT NOT NULL CHECK (length(field) BETWEEN 1 AND 200),
            label TEXT NOT NULL CHECK (length(trim(label)) > 0),
            old_value TEXT NOT NULL CHECK (json_valid(old_value)),
            new_value TEXT NOT NULL CHECK (json_valid(new_value)),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            amended_by TEXT NOT NULL CHECK (length(trim(amended_by)) > 0),
            amended_at TEXT NOT NULL CHECK (amended_at {_TIMESTAMP})
        ) STRICT
    """)
    db["amendments"].create_index(["session_id", "id"], index_name="amendments_by_session")
    db.execute(f"""
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL CHECK (at {_TIMESTAMP}),
            actor TEXT NOT NULL CHECK (length(trim(actor)) > 0),
            action TEXT NOT NULL CHECK ({_WORD.format(column="action")}),
            entity TEXT NOT NULL CHECK ({_WORD.format(column="entity")}),
            entity_id INTEGER,
            -- No foreign key: the erasure of a client leaves its tombstone here.
            client_id INTEGER,
            summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
            details TEXT NOT NULL DEFAULT '{{}}'
                CHECK (json_valid(details) AND json_type(details) = 'object')
        ) STRICT
    """)
    db["audit_log"].create_index(["at"], index_name="audit_log_by_time")
    db["audit_log"].create_index(["client_id", "at"], index_name="audit_log_by_client")
    db["audit_log"].create_index(["action", "at"], index_name="audit_log_by_action")
    db.execute("""
        CREATE TABLE integrity_gate (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('amend', 'erase')),
            session_id INTEGER,
            client_id INTEGER,
            CHECK ((action = 'amend') = (session_id IS NOT NULL)),
            CHECK ((action = 'erase') = (client_id IS NOT NULL))
        ) STRICT
    """)

    # Sessions: a signed one keeps who, when, which client and what was done; only the
    # amendment path changes its other columns, only erasure deletes it.
    db.execute(f"""
        CREATE TRIGGER sessions_signed_update BEFORE UPDATE ON sessions
        WHEN OLD.signed_at IS NOT NULL AND (
            NEW.signed_at IS NOT OLD.signed_at OR NEW.signed_by IS NOT OLD.signed_by
            OR NEW.client_id IS NOT OLD.client_id
            OR NEW.practitioner_id IS NOT OLD.practitioner_id
            OR NEW.started_at IS NOT OLD.started_at OR NEW.device IS NOT OLD.device
            OR NEW.created_at IS NOT OLD.created_at
            OR NOT {_AMEND_GATE.format(session="OLD.id")})
        BEGIN
            SELECT RAISE(ABORT, 'a {_SIGNED_MESSAGE}');
        END
    """)
    db.execute(f"""
        CREATE TRIGGER sessions_signed_delete BEFORE DELETE ON sessions
        WHEN OLD.signed_at IS NOT NULL AND NOT {_ERASE_GATE.format(client="OLD.client_id")}
        BEGIN
            SELECT RAISE(ABORT, 'a signed session is never deleted (only with its client, erased)');
        END
    """)
    parts = ["session_areas", "session_reactions", "session_products"]
    if "session_acknowledgements" in db.table_names():
        parts.append("session_acknowledgements")
    for table in parts:
        _lock_session_part(db, table)
    # The practitioner's name is shown on their signed sessions: it stays as signed.
    db.execute("""
        CREATE TRIGGER practitioners_signed_rename BEFORE UPDATE OF name ON practitioners
        WHEN NEW.name IS NOT OLD.name AND EXISTS (
            SELECT 1 FROM sessions WHERE practitioner_id = OLD.id AND signed_at IS NOT NULL)
        BEGIN
            SELECT RAISE(ABORT, 'a practitioner with signed sessions keeps their name');
        END
    """)
    # A client row is deleted only by its erasure.
    db.execute(f"""
        CREATE TRIGGER clients_delete_only_erased BEFORE DELETE ON clients
        WHEN NOT {_ERASE_GATE.format(client="OLD.id")}
        BEGIN
            SELECT RAISE(ABORT, 'a client is deleted only by erasing them');
        END
    """)
    # Amendments: only of signed sessions; never changed; deleted only with the client.
    db.execute(f"""
        CREATE TRIGGER amendments_of_signed_only BEFORE INSERT ON amendments
        WHEN NOT {_IS_SIGNED.format(session="NEW.session_id")}
            OR NOT {_AMEND_GATE.format(session="NEW.session_id")}
        BEGIN
            SELECT RAISE(ABORT, 'only a signed session is amended, through its amendment');
        END
    """)
    db.execute("""
        CREATE TRIGGER amendments_never_updated BEFORE UPDATE ON amendments
        BEGIN
            SELECT RAISE(ABORT, 'an amendment is never changed');
        END
    """)
    db.execute(f"""
        CREATE TRIGGER amendments_deleted_with_client BEFORE DELETE ON amendments
        WHEN NOT {_ERASE_GATE_OF_SESSION.format(session="OLD.session_id")}
        BEGIN
            SELECT RAISE(ABORT, 'an amendment is deleted only when its client is erased');
        END
    """)
    # The audit log is append-only. Erasing a client may only blank the links of its
    # earlier entries to that client (ids, summary, details); when, who and what stay.
    db.execute(f"""
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
        WHEN NOT (
            OLD.client_id IS NOT NULL AND {_ERASE_GATE.format(client="OLD.client_id")}
            AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
            AND NEW.action = OLD.action AND NEW.entity = OLD.entity
            AND NEW.client_id IS NULL AND NEW.entity_id IS NULL)
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END
    """)
    db.execute("""
        CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END
    """)
    if migrated:
        db.execute(
            "INSERT INTO audit_log (at, actor, action, entity, summary, details) "
            "VALUES (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'system (upgrade)', "
            "'upgrade', 'logbook', ?, json_object('sessions_marked_signed', ?))",
            [
                f"{migrated} session{'s' if migrated != 1 else ''} recorded before signing "
                "existed marked as signed by their practitioner when recorded (they were "
                "final records)",
                migrated,
            ],
        )


@migrations()
def m007_photos_added_after_signing(db: Database) -> None:
    """Photos added to a signed session: allowed, and marked as an addition after
    signing (``after_signing``), with who added each photo (``added_by``). A trigger
    keeps the mark true at insert; neither it, who added, nor when may change; and a
    signed session's photos are deleted only with their client, erased.

    Earlier photos: marked when imported after their session was signed, except before
    the upgrade that introduced signing (m006 marked the sessions of that time signed
    when recorded, yet their photos were part of the record then). Who added them comes
    from their audit entry, where there is one."""
    db.execute("""
        ALTER TABLE photos ADD COLUMN after_signing INTEGER NOT NULL DEFAULT 0
            CHECK (after_signing IN (0, 1))
    """)
    db.execute("""
        ALTER TABLE photos ADD COLUMN added_by TEXT
            CHECK (added_by IS NULL OR length(trim(added_by)) > 0)
    """)
    db.execute("""
        UPDATE photos SET after_signing = 1
        WHERE imported_at > (SELECT signed_at FROM sessions WHERE id = photos.session_id)
          AND imported_at >= coalesce((
              SELECT min(at) FROM audit_log WHERE action = 'upgrade'
                AND json_extract(details, '$.sessions_marked_signed') IS NOT NULL), '')
    """)
    db.execute("""
        UPDATE photos SET added_by = (
            SELECT actor FROM audit_log
            WHERE action = 'create' AND entity = 'photo' AND entity_id = photos.id
            ORDER BY id LIMIT 1)
    """)
    signed = _IS_SIGNED.format(session="NEW.session_id")
    db.execute(f"""
        CREATE TRIGGER photos_after_signing_bi BEFORE INSERT ON photos
        WHEN NEW.after_signing IS NOT ({signed})
        BEGIN
            SELECT RAISE(ABORT, 'a photo of a signed session is marked as added after signing');
        END
    """)
    db.execute("""
        CREATE TRIGGER photos_addition_kept_bu
        BEFORE UPDATE OF after_signing, added_by, imported_at ON photos
        WHEN NEW.after_signing IS NOT OLD.after_signing OR NEW.added_by IS NOT OLD.added_by
            OR NEW.imported_at IS NOT OLD.imported_at
        BEGIN
            SELECT RAISE(ABORT, 'when and by whom a photo was added is never changed');
        END
    """)
    db.execute(f"""
        CREATE TRIGGER photos_signed_delete BEFORE DELETE ON photos
        WHEN {_IS_SIGNED.format(session="OLD.session_id")}
            AND NOT {_ERASE_GATE.format(client="OLD.client_id")}
        BEGIN
            SELECT RAISE(ABORT, 'photos of a {_SIGNED_MESSAGE}');
        END
    """)


@migrations()
def m008_session_versions(db: Database) -> None:
    """Several rooms at once: each save of a draft counts up its ``version``, and
    ``updated_by`` keeps who saved it last. A save names the version it read and is
    refused when another room saved in between, instead of overwriting their change."""
    db.execute(
        "ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)"
    )
    db.execute("""
        ALTER TABLE sessions ADD COLUMN updated_by TEXT
            CHECK (updated_by IS NULL OR length(trim(updated_by)) > 0)
    """)


# Later steps, one module per subject (imported for registering them, in order).
from .migrations_day import m010_courses_consent_texts_clinic  # noqa: E402, F401
from .migrations_history import m011_other_treatments_and_import_links  # noqa: E402, F401
from .migrations_identity import m009_identity_and_chain  # noqa: E402, F401
