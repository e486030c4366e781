"""News of the other workstations' changes, from the clinic server.

Each audit entry written on the server is announced on the channel of schema step m008
once its transaction commits (see ``schema_live``). A ``ServerChangeListener`` has a
connection of its own that LISTENs there; a program waits until its ``fileno()`` is
readable (``select``, a Qt socket notifier) and then calls ``read()``, which never
blocks. The changes of this program's own connections are skipped: its Logbook has
announced them already, after its own commit.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

import psycopg

from ...changes import Change
from .connection import server_label, translated_server_errors
from .schema_live import CHANNEL

_log = logging.getLogger(__name__)


def _change(payload: str) -> Change | None:
    try:
        news: Any = json.loads(payload)
        return Change(
            str(news["entity"]), news.get("client_id"), news.get("session_id"), news["action"]
        )
    except (ValueError, TypeError, KeyError):
        _log.warning("A change announced by the server could not be read: %.200s", payload)
        return None


class ServerChangeListener:
    """Listens to the server at ``conninfo``; ``skip_pids``: the backend pids of this
    program's own connections (``ServerDatabase.backend_pid``). Used from one thread."""

    def __init__(self, conninfo: str, *, skip_pids: Iterable[int] = ()) -> None:
        self.label = server_label(conninfo)
        self._skip = set(skip_pids)
        with translated_server_errors(self.label):
            self._conn = psycopg.connect(
                conninfo,
                autocommit=True,
                connect_timeout=5,
                application_name="logger-app (changes)",
            )
            self._conn.execute(f"LISTEN {CHANNEL}")

    def skip(self, pid: int) -> None:
        """Skip the changes of one more connection of this program (a background
        job's Logbook, whose changes reach the window through its own announcer)."""
        self._skip.add(pid)

    def fileno(self) -> int:
        """The connection's socket: readable when news (or a lost connection) arrives."""
        return self._conn.fileno()

    def read(self) -> list[Change]:
        """The changes announced since the last read, oldest first; [] when none (it
        does not wait). ServerUnreachableError once the connection is lost."""
        with translated_server_errors(self.label):
            notes = list(self._conn.notifies(timeout=0))
        changes = []
        for note in notes:
            if note.pid in self._skip:
                continue
            change = _change(note.payload)
            if change is not None:
                changes.append(change)
        return changes

    def close(self) -> None:
        self._conn.close()

    @property
    def closed(self) -> bool:
        return self._conn.closed

    def __enter__(self) -> ServerChangeListener:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


__all__ = ["ServerChangeListener"]
