"""What changed in a logbook, announced after each commit: the one change signal.

Every write records one audit entry in its own transaction; each entry becomes one
``Change`` once that transaction commits, in the order written. A transaction that rolls
back (a refused or failed write, a savepoint undone inside a batch) announces nothing.
Writes grouped by ``Logbook.batch()`` announce together, one Change per audit entry,
after the batch commits: nothing is coalesced here (a listener that refreshes a view may
gather a burst itself).

``kind`` is the audit entry's entity: ``client``, ``session``, ``photo``,
``screening``, ``consent``, ``course`` (a course of treatment started, changed or
ended), ``practitioner``, ``safety_settings``, ``photo_files``
(a repair of the photo folder) or ``logbook`` (an export, a backup, a restore).
``action`` is the entry's action (``create``, ``update``, ``sign``, ``amend``,
``delete``, ``end``, ``archive``, ``unarchive``, ``erase``, ``export``, ``backup``, ``restore``,
``repair`` ...). ``client_id`` and ``session_id`` say which client and session the change
concerns, where it concerns one (a photo's session; a session's own id).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    kind: str
    client_id: int | None = None
    session_id: int | None = None
    action: str = ""


Listener = Callable[[Change], None]
CommitListener = Callable[[tuple[Change, ...]], None]


class ChangeAnnouncer:
    """Calls each subscriber once per committed Change, on the thread that wrote it (a
    Logbook belongs to one thread). A subscriber that raises is logged and does not stop
    the others: the change is committed whatever a listener does with the news."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._commit_listeners: list[CommitListener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after each commit; returns the unsubscribe call."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def subscribe_commits(self, listener: CommitListener) -> Callable[[], None]:
        """Call ``listener(changes)`` once per commit that changed anything, with all of
        its Changes in order (a view that refreshes once per commit, not per row of a
        batch); returns the unsubscribe call."""
        self._commit_listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._commit_listeners:
                self._commit_listeners.remove(listener)

        return unsubscribe

    def announce(self, changes: Iterable[object]) -> None:
        """Announce the Changes among ``changes`` (what a commit kept), in order."""
        committed = tuple(change for change in changes if isinstance(change, Change))
        log_committed(committed)
        for change in committed:
            for listener in list(self._listeners):
                try:
                    listener(change)
                except Exception:
                    _log.exception("A listener failed on %s of %s", change.action, change.kind)
        if not committed:
            return
        for commit_listener in list(self._commit_listeners):
            try:
                commit_listener(committed)
            except Exception:
                _log.exception("A listener failed on a commit of %d change(s)", len(committed))


# A commit of more changes than this (an import) is logged as counts per kind.
_LOGGED_ONE_BY_ONE = 20


def log_committed(committed: tuple[Change, ...]) -> None:
    """Each committed change in the app's log, by kind, action and ids: never a name."""
    if len(committed) <= _LOGGED_ONE_BY_ONE:
        for change in committed:
            action = change.action or "change"
            _log.info(
                "Committed: %s %s (client %s, session %s)",
                change.kind, action, change.client_id, change.session_id,
            )  # fmt: skip
        return
    tally: dict[tuple[str, str], int] = {}
    for change in committed:
        key = (change.kind, change.action or "change")
        tally[key] = tally.get(key, 0) + 1
    counts = ", ".join(f"{kind} {action} x{n}" for (kind, action), n in tally.items())
    _log.info("Committed %d changes: %s", len(committed), counts)
