"""Step m009 of the server schema: sign-in, keys, signatures and the chained audit log
(see logger_app.store.migrations_identity for the rules it keeps).

The file closes its integrity gate to every connection but the app's own, which alone
defines the function its trigger calls. The server has no per-connection functions: its
gate trigger asks for the transaction-local setting ``GATE_SETTING`` = 'open', which
``logger_app.store.audit.integrity_gate`` sets. That is defence in depth only (anyone
with the database role can set it too); the signatures and the chain are the proof.
"""

from __future__ import annotations

from ..migrations_identity import SEALED_KEY_BYTES, chain_existing_entries
from .schema_sql import (
    ERASE_GATE,
    ERASE_GATE_OF_SESSION,
    ID,
    TIMESTAMP,
    Executor,
    refusing_trigger,
    sha256_check,
)

GATE_SETTING = "logbook.gate"


def _sha(column: str, nullable: bool = False) -> str:
    check = sha256_check(column)
    return f"({column} IS NULL OR ({check}))" if nullable else check


def _practitioners_and_keys(executor: Executor) -> None:
    for column in (
        "is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1))",
        f"sealed_key BYTEA CHECK (sealed_key IS NULL "
        f"OR octet_length(sealed_key) = {SEALED_KEY_BYTES})",
        "must_change_passphrase INTEGER NOT NULL DEFAULT 0 "
        "CHECK (must_change_passphrase IN (0, 1))",
        "failed_signins INTEGER NOT NULL DEFAULT 0 CHECK (failed_signins >= 0)",
        f"signin_blocked_until TEXT CHECK (signin_blocked_until IS NULL "
        f"OR signin_blocked_until {TIMESTAMP})",
    ):
        executor.execute(f"ALTER TABLE practitioners ADD COLUMN {column}")
    executor.execute(
        "UPDATE practitioners SET is_admin = 1 WHERE id = (SELECT min(id) FROM practitioners)"
    )
    executor.execute(f"""
        CREATE TABLE practitioner_keys (
            id {ID},
            practitioner_id BIGINT NOT NULL REFERENCES practitioners(id) DEFERRABLE,
            public_key BYTEA NOT NULL UNIQUE CHECK (octet_length(public_key) = 32),
            valid_from TEXT NOT NULL CHECK (valid_from {TIMESTAMP}),
            valid_until TEXT CHECK (valid_until IS NULL
                OR (valid_until {TIMESTAMP} AND valid_until >= valid_from COLLATE "C")),
            reason TEXT NOT NULL CHECK (reason IN ('passphrase_set', 'reset'))
        )
    """)
    executor.execute(
        "CREATE UNIQUE INDEX practitioner_keys_current ON practitioner_keys (practitioner_id) "
        "WHERE valid_until IS NULL"
    )
    changed = " OR ".join(
        f"NEW.{column} IS DISTINCT FROM OLD.{column}"
        for column in ("id", "practitioner_id", "public_key", "valid_from", "reason")
    )
    refusing_trigger(
        executor,
        "practitioner_keys_kept",
        "BEFORE UPDATE",
        "practitioner_keys",
        f"OLD.valid_until IS NOT NULL OR NEW.valid_until IS NULL OR {changed}",
        "a public key is kept as it was, retired once at most",
    )
    refusing_trigger(
        executor,
        "practitioner_keys_never_deleted",
        "BEFORE DELETE",
        "practitioner_keys",
        "true",
        "a public key is never deleted: old signatures need it",
    )


def _signatures(executor: Executor) -> None:
    executor.execute(f"""
        CREATE TABLE signatures (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES sessions(id) DEFERRABLE,
            amendment_id BIGINT UNIQUE REFERENCES amendments(id) DEFERRABLE,
            key_id BIGINT NOT NULL REFERENCES practitioner_keys(id) DEFERRABLE,
            signer TEXT NOT NULL CHECK (length(trim(signer)) > 0),
            signed_at TEXT NOT NULL CHECK (signed_at {TIMESTAMP}),
            meaning TEXT NOT NULL CHECK (length(trim(meaning)) BETWEEN 1 AND 500),
            record_sha256 TEXT NOT NULL CHECK ({_sha("record_sha256")}),
            amends_sha256 TEXT CHECK ({_sha("amends_sha256", nullable=True)}),
            audit_head_id BIGINT,
            audit_head_sha256 TEXT CHECK ({_sha("audit_head_sha256", nullable=True)}),
            signature BYTEA NOT NULL CHECK (octet_length(signature) = 64),
            CHECK ((amendment_id IS NULL) = (amends_sha256 IS NULL)),
            CHECK ((audit_head_id IS NULL) = (audit_head_sha256 IS NULL))
        )
    """)
    executor.execute(
        "CREATE UNIQUE INDEX signatures_of_session ON signatures (session_id) "
        "WHERE amendment_id IS NULL"
    )
    executor.execute("CREATE INDEX signatures_by_session ON signatures (session_id, id)")
    refusing_trigger(
        executor,
        "signatures_never_updated",
        "BEFORE UPDATE",
        "signatures",
        "true",
        "a signature is never changed",
    )
    refusing_trigger(
        executor,
        "signatures_deleted_with_client",
        "BEFORE DELETE",
        "signatures",
        f"NOT {ERASE_GATE_OF_SESSION.format(session='OLD.session_id')}",
        "a signature is deleted only when its client is erased",
    )


def _chained_audit_log(executor: Executor) -> None:
    executor.execute("ALTER TABLE audit_log ADD COLUMN subject_salt TEXT")
    for column in ("subject_sha256", "entry_sha256"):
        executor.execute(
            f"ALTER TABLE audit_log ADD COLUMN {column} TEXT CHECK ({_sha(column, nullable=True)})"
        )
    # The m006 rule, with the chain's columns: erasure may blank an entry's subject and
    # forget its salt; its hashes never change.
    executor.execute("DROP TRIGGER audit_log_append_only ON audit_log")
    executor.execute("DROP FUNCTION audit_log_append_only_fn()")
    chain_existing_entries(executor)
    refusing_trigger(
        executor,
        "audit_log_append_only",
        "BEFORE UPDATE",
        "audit_log",
        f"""NOT (
            OLD.client_id IS NOT NULL AND {ERASE_GATE.format(client="OLD.client_id")}
            AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
            AND NEW.action = OLD.action AND NEW.entity = OLD.entity
            AND NEW.client_id IS NULL AND NEW.entity_id IS NULL
            AND NEW.subject_salt IS NULL
            AND NEW.subject_sha256 IS NOT DISTINCT FROM OLD.subject_sha256
            AND NEW.entry_sha256 IS NOT DISTINCT FROM OLD.entry_sha256)""",
        "the audit log is append-only",
    )
    refusing_trigger(
        executor,
        "audit_log_chained",
        "BEFORE INSERT",
        "audit_log",
        # Without a salt only as an erasure leaves it (a copy of a logbook carries those).
        "NEW.subject_sha256 IS NULL OR NEW.entry_sha256 IS NULL OR (NEW.subject_salt IS NULL "
        "AND (NEW.client_id IS NOT NULL OR NEW.entity_id IS NOT NULL))",
        "an audit entry is chained to the one before it",
    )
    executor.execute("CREATE UNIQUE INDEX audit_log_by_chain_hash ON audit_log (entry_sha256)")
    executor.execute("CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id)")


def m009_identity_and_chain(executor: Executor) -> None:
    """Sign-in, keys, signatures and the chained audit log; the app-only gate (see the
    module's note); the logbook's own settings and what the upgrade leaves to do."""
    _practitioners_and_keys(executor)
    _signatures(executor)
    _chained_audit_log(executor)
    refusing_trigger(
        executor,
        "integrity_gate_app_only",
        "BEFORE INSERT",
        "integrity_gate",
        f"current_setting('{GATE_SETTING}', true) IS DISTINCT FROM 'open'",
        "the integrity gate opens only in the app",
    )
    executor.execute("""
        CREATE TABLE logbook_settings (
            key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 60),
            value TEXT NOT NULL CHECK (logbook_json_valid(value))
        )
    """)
    executor.execute("""
        INSERT INTO logbook_settings (key, value)
        SELECT 'seal_pending', 'true'
        WHERE EXISTS (SELECT 1 FROM sessions WHERE signed_at IS NOT NULL)
    """)
