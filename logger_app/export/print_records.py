"""What printing from the app reads and records: a session's record on its own (the
history report's own document, cut to that session), and the audit entry a print
leaves. Printing hands health data over on paper, as an export does in a file."""

from __future__ import annotations

from dataclasses import replace

from ..logbook import Logbook
from .history import ClientHistory, load_history

# What was printed, as the audit entry says it.
PRINTED = {
    "history": "History of client {client} printed",
    "session": "Session {session} of client {client} printed",
    "aftercare": "Aftercare sheet of session {session} printed",
}


def session_history(logbook: Logbook, session_id: int) -> ClientHistory:
    """The client's history holding only ``session_id``: the PDF report's pages for one
    session (NotFoundError for an unknown one)."""
    session = logbook.session(session_id)
    history = load_history(logbook, session.details.client_id)
    kept = tuple(record for record in history.sessions if record.session.id == session_id)
    # The session's own pages: the client's other treatments belong to the whole history.
    return replace(history, sessions=kept, other_treatments=())


def record_printed(
    logbook: Logbook, what: str, client_id: int, session_id: int | None = None
) -> int:
    """One audit entry for a print (``what``: a key of ``PRINTED``): by ids only."""
    summary = PRINTED[what].format(client=client_id, session=session_id)
    return logbook.record_event(
        "print",
        summary,
        entity="client",
        entity_id=client_id,
        client_id=client_id,
        details={"printed": what, **({"session_id": session_id} if session_id else {})},
    )
