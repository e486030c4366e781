"""Schema step m009: who is at the keyboard, signatures that prove themselves, and the
audit log as a hash chain (see ``logger_app.identity``). Never edit it once shipped."""

from __future__ import annotations

from typing import Any, Protocol

from sqlite_utils import Database

from ..identity.chain import GENESIS, EntrySubject, entry_hash, new_salt, subject_hash
from .connection import APP_GATE_FUNCTION
from .migrations import _ERASE_GATE, _ERASE_GATE_OF_SESSION, _TIMESTAMP, migrations

# The length of a sealed key (``logger_app.identity.keys.SEALED_KEY_BYTES``, version 1).
SEALED_KEY_BYTES = 118
SHA256 = "length({column}) = 64 AND {column} NOT GLOB '*[^0-9a-f]*'"


def _sha(column: str, nullable: bool = False) -> str:
    check = SHA256.format(column=column)
    return f"({column} IS NULL OR ({check}))" if nullable else check


class _Executes(Protocol):
    def execute(self, sql: str, params: Any = ...) -> Any: ...


def chain_existing_entries(db: _Executes) -> int:
    """Give every entry written before the chain existed its salt and hashes, oldest
    first, over the stored text of ``at`` and ``details``; returns how many. ``db``: the
    file's database, or the server step's executor."""
    previous = GENESIS
    rows = db.execute(
        "SELECT id, at, actor, action, entity, entity_id, client_id, summary, details "
        "FROM audit_log ORDER BY id"
    ).fetchall()
    for entry_id, at, actor, action, entity, entity_id, client_id, summary, details in rows:
        salt = new_salt()
        subject = subject_hash(EntrySubject(entity_id, client_id, summary, details), salt)
        previous = entry_hash(
            previous, at=at, actor=actor, action=action, entity=entity, subject_sha256=subject
        )
        db.execute(
            "UPDATE audit_log SET subject_salt = ?, subject_sha256 = ?, entry_sha256 = ? "
            "WHERE id = ?",
            [salt, subject, previous, entry_id],
        )
    return len(rows)


@migrations()
def m009_identity_and_chain(db: Database) -> None:
    """Sign-in, keys, signatures and the chained audit log.

    Practitioners get an administrator flag (the first profile is the logbook's
    administrator), their sealed key (NULL: no passphrase yet, "unprotected"), whether
    they must choose a new passphrase (after a reset), and the sign-in throttle.
    ``practitioner_keys`` keeps every public key with its validity: a reset retires one
    and adds another, and old signatures stay verifiable. ``signatures`` holds the
    Ed25519 signature of each signed session and each amendment. Audit entries get the
    salt, subject hash and chain hash of ``logger_app.identity.chain``; the entries
    already there are chained in order. ``logbook_settings`` keeps the logbook's own
    settings (the auto-lock minutes) and what the upgrade leaves to do: sealing the
    sessions signed before signatures existed, which the app does once on opening."""
    for column in (
        "is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1))",
        f"sealed_key BLOB CHECK (sealed_key IS NULL OR length(sealed_key) = {SEALED_KEY_BYTES})",
        "must_change_passphrase INTEGER NOT NULL DEFAULT 0 "
        "CHECK (must_change_passphrase IN (0, 1))",
        "failed_signins INTEGER NOT NULL DEFAULT 0 CHECK (failed_signins >= 0)",
        f"signin_blocked_until TEXT CHECK (signin_blocked_until IS NULL "
        f"OR signin_blocked_until {_TIMESTAMP})",
    ):
        db.execute(f"ALTER TABLE practitioners ADD COLUMN {column}")
    db.execute(
        "UPDATE practitioners SET is_admin = 1 WHERE id = (SELECT min(id) FROM practitioners)"
    )
    db.execute(f"""
        CREATE TABLE practitioner_keys (
            id INTEGER PRIMARY KEY,
            practitioner_id INTEGER NOT NULL REFERENCES practitioners(id),
            public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
            valid_from TEXT NOT NULL CHECK (valid_from {_TIMESTAMP}),
            valid_until TEXT CHECK (valid_until IS NULL
                OR (valid_until {_TIMESTAMP} AND valid_until >= valid_from)),
            reason TEXT NOT NULL CHECK (reason IN ('passphrase_set', 'reset'))
        ) STRICT
    """)
    db.execute(
        "CREATE UNIQUE INDEX practitioner_keys_current ON practitioner_keys (practitioner_id) "
        "WHERE valid_until IS NULL"
    )
    # A key is never removed and never changed, except that it is retired once.
    db.execute("""
        CREATE TRIGGER practitioner_keys_kept BEFORE UPDATE ON practitioner_keys
        WHEN OLD.valid_until IS NOT NULL OR NEW.valid_until IS NULL
            OR NEW.id IS NOT OLD.id OR NEW.practitioner_id IS NOT OLD.practitioner_id
            OR NEW.public_key IS NOT OLD.public_key OR NEW.valid_from IS NOT OLD.valid_from
            OR NEW.reason IS NOT OLD.reason
        BEGIN
            SELECT RAISE(ABORT, 'a public key is kept as it was, retired once at most');
        END
    """)
    db.execute("""
        CREATE TRIGGER practitioner_keys_never_deleted BEFORE DELETE ON practitioner_keys
        BEGIN
            SELECT RAISE(ABORT, 'a public key is never deleted: old signatures need it');
        END
    """)
    db.execute(f"""
        CREATE TABLE signatures (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            amendment_id INTEGER UNIQUE REFERENCES amendments(id),
            key_id INTEGER NOT NULL REFERENCES practitioner_keys(id),
            signer TEXT NOT NULL CHECK (length(trim(signer)) > 0),
            signed_at TEXT NOT NULL CHECK (signed_at {_TIMESTAMP}),
            meaning TEXT NOT NULL CHECK (length(trim(meaning)) BETWEEN 1 AND 500),
            record_sha256 TEXT NOT NULL CHECK ({_sha("record_sha256")}),
            amends_sha256 TEXT CHECK ({_sha("amends_sha256", nullable=True)}),
            audit_head_id INTEGER,
            audit_head_sha256 TEXT CHECK ({_sha("audit_head_sha256", nullable=True)}),
            signature BLOB NOT NULL CHECK (length(signature) = 64),
            CHECK ((amendment_id IS NULL) = (amends_sha256 IS NULL)),
            CHECK ((audit_head_id IS NULL) = (audit_head_sha256 IS NULL))
        ) STRICT
    """)
    db.execute(
        "CREATE UNIQUE INDEX signatures_of_session ON signatures (session_id) "
        "WHERE amendment_id IS NULL"
    )
    db["signatures"].create_index(["session_id", "id"], index_name="signatures_by_session")
    db.execute("""
        CREATE TRIGGER signatures_never_updated BEFORE UPDATE ON signatures
        BEGIN
            SELECT RAISE(ABORT, 'a signature is never changed');
        END
    """)
    db.execute(f"""
        CREATE TRIGGER signatures_deleted_with_client BEFORE DELETE ON signatures
        WHEN NOT {_ERASE_GATE_OF_SESSION.format(session="OLD.session_id")}
        BEGIN
            SELECT RAISE(ABORT, 'a signature is deleted only when its client is erased');
        END
    """)

    db.execute("ALTER TABLE audit_log ADD COLUMN subject_salt TEXT")
    db.execute(
        f"ALTER TABLE audit_log ADD COLUMN subject_sha256 TEXT "
        f"CHECK ({_sha('subject_sha256', nullable=True)})"
    )
    db.execute(
        f"ALTER TABLE audit_log ADD COLUMN entry_sha256 TEXT "
        f"CHECK ({_sha('entry_sha256', nullable=True)})"
    )
    # The m006 rule, with the chain's columns: erasure may blank an entry's subject and
    # forget its salt; its hashes never change.
    db.execute("DROP TRIGGER audit_log_append_only")
    chain_existing_entries(db)
    db.execute(f"""
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
        WHEN NOT (
            OLD.client_id IS NOT NULL AND {_ERASE_GATE.format(client="OLD.client_id")}
            AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
            AND NEW.action = OLD.action AND NEW.entity = OLD.entity
            AND NEW.client_id IS NULL AND NEW.entity_id IS NULL
            AND NEW.subject_salt IS NULL
            AND NEW.subject_sha256 IS OLD.subject_sha256
            AND NEW.entry_sha256 IS OLD.entry_sha256)
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END
    """)
    # Without a salt only as an erasure leaves an entry (a copy of a logbook carries those).
    db.execute("""
        CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
        WHEN NEW.subject_sha256 IS NULL OR NEW.entry_sha256 IS NULL OR (NEW.subject_salt IS NULL
            AND (NEW.client_id IS NOT NULL OR NEW.entity_id IS NOT NULL))
        BEGIN
            SELECT RAISE(ABORT, 'an audit entry is chained to the one before it');
        END
    """)
    db.execute("CREATE UNIQUE INDEX audit_log_by_chain_hash ON audit_log (entry_sha256)")
    # What the log says of one record (a session's seal, a key's announcement).
    db["audit_log"].create_index(["entity", "entity_id"], index_name="audit_log_by_entity")
    db.execute(f"""
        CREATE TRIGGER integrity_gate_app_only BEFORE INSERT ON integrity_gate
        WHEN {APP_GATE_FUNCTION}() IS NOT 1
        BEGIN
            SELECT RAISE(ABORT, 'the integrity gate opens only in the app');
        END
    """)
    db.execute("""
        CREATE TABLE logbook_settings (
            key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 60),
            value TEXT NOT NULL CHECK (json_valid(value))
        ) STRICT
    """)
    if db.execute("SELECT 1 FROM sessions WHERE signed_at IS NOT NULL LIMIT 1").fetchone():
        db.execute("INSERT INTO logbook_settings (key, value) VALUES ('seal_pending', 'true')")
