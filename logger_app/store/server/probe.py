"""Looking at the logbook on the clinic server without changing anything: what the
window's "Test connection" tells before anyone connects (opening would make or upgrade
the schema)."""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import NotALogbookError, ServerUnreachableError
from .connection import ServerDatabase, server_label
from .opening import MIGRATIONS_TABLE, _refuse_newer, server_steps


@dataclass(frozen=True)
class ServerLogbookProbe:
    label: str  # the server as a person names it, never the password
    clients: int | None  # None: an empty database, where connecting makes a new logbook


def probe_server_logbook(conninfo: str) -> ServerLogbookProbe:
    """What is at ``conninfo``: ServerUnreachableError if it cannot be reached (or
    refuses the login), NotALogbookError / NewerSchemaError as opening would say."""
    try:
        db = ServerDatabase.connect(conninfo)
    except ServerUnreachableError as error:
        # Worded for a test, not for a lost save; the cause kept (it tells a password is
        # wanted: ``server_login.needs_password``).
        cause = error.__cause__ or error
        reason = str(cause).strip().splitlines()[0] if str(cause).strip() else "no answer"
        raise ServerUnreachableError(
            f"The clinic server ({server_label(conninfo)}) cannot be reached: {reason}."
        ) from cause
    try:
        tables = set(db.table_names())
        if not tables:
            return ServerLogbookProbe(db.label, None)
        if MIGRATIONS_TABLE not in tables or "clients" not in tables:
            raise NotALogbookError(
                f"The database {db.label} holds tables of another program, not a logbook. "
                "Ask for an empty database of its own for the logbook."
            )
        _refuse_newer(db, server_steps())
        count = db.execute("SELECT COUNT(*) FROM clients").fetchone()[0]
        return ServerLogbookProbe(db.label, int(count))
    finally:
        db.close()
