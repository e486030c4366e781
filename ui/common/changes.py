"""The one change signal of the window: what the core announces after each commit,
relayed as Qt signals that views subscribe to, so that each refreshes itself. No view
is refreshed by hand from another view.

The core calls its listeners on the thread that wrote; the relay lives in the GUI
thread, so a change written by a background job's own Logbook (once ``watch``ed) arrives
queued, in the GUI thread, like every other.

On the clinic server, the other workstations' changes come through the same signals:
the first Logbook watched from the GUI thread gets a ``ServerChangeListener``, whose
socket a QSocketNotifier watches; what it reads is relayed as this program's own changes
are (which the listener skips: they are relayed already).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QThread, QTimer, Signal

from logger_app.changes import Change
from logger_app.errors import LogbookError
from logger_app.logbook import Logbook

if TYPE_CHECKING:
    from logger_app.store.server.listener import ServerChangeListener

_log = logging.getLogger(__name__)

Wanted = Callable[[Change], bool]
# How soon to listen to the server again after its connection was lost (then as often).
LISTEN_AGAIN_MS = 5000


class ChangeRelay(QObject):
    """``changed(Change)`` for every change of the logbooks it watches, and
    ``committed(tuple[Change, ...])`` once per commit (a batch of a thousand rows is one
    commit)."""

    changed = Signal(object)
    committed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribes: dict[int, list[Callable[[], None]]] = {}
        self._listening_book: Logbook | None = None
        self.server_listener: ServerChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._listening_for: int | None = None  # id() of the Logbook it was opened for
        # After the server connection is lost: listen again, every few seconds until it
        # answers; then views refresh once, for what they may have missed meanwhile.
        self._listen_again = QTimer(self, singleShot=True, interval=LISTEN_AGAIN_MS)
        self._listen_again.timeout.connect(self._try_listening_again)
        self._lost_from: Logbook | None = None

    def watch(self, logbook: Logbook) -> None:
        """Relay ``logbook``'s changes until ``forget(logbook)``; on the server, the
        other workstations' changes too."""
        self._unsubscribes[id(logbook)] = [
            logbook.changes.subscribe(self.changed.emit),
            logbook.changes.subscribe_commits(self.committed.emit),
        ]
        if not logbook.on_server:
            return
        pid = logbook.server_backend_pid()
        if self.server_listener is not None and pid is not None:
            self.server_listener.skip(pid)  # a job's own Logbook: relayed by it already
        elif self.server_listener is None and QThread.currentThread() is self.thread():
            self._listen(logbook)

    def _listen(self, logbook: Logbook) -> bool:
        try:
            listener = logbook.listen_to_server()
        except LogbookError:  # the window works on; other rooms' changes show on refresh
            _log.warning("Not listening to other workstations' changes", exc_info=True)
            return False
        self.server_listener = listener
        self._listening_for = id(logbook)
        self._listening_book = logbook
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read_server)
        return True

    def _read_server(self) -> None:
        listener = self.server_listener
        if listener is None:
            return
        try:
            changes = listener.read()
        except LogbookError:
            _log.warning("The server stopped sending other workstations' changes", exc_info=True)
            self._lost_from = self._listening_book
            self._stop_listening()
            self._listen_again.start()
            return
        for change in changes:
            self.changed.emit(change)
        if changes:
            self.committed.emit(tuple(changes))

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.server_listener is not None:
            self.server_listener.close()
            self.server_listener = None
        self._listening_for = None
        self._listening_book = None

    def _try_listening_again(self) -> None:
        logbook, self._lost_from = self._lost_from, None
        if logbook is None or logbook.closed or id(logbook) not in self._unsubscribes:
            return  # the window closed it, or moved on to another logbook meanwhile
        if not self._listen(logbook):
            self._lost_from = logbook
            self._listen_again.start()
            return
        # What other rooms changed while nobody listened: every view refreshes once.
        missed = (Change("client", action="missed"), Change("session", action="missed"))
        for change in missed:
            self.changed.emit(change)
        self.committed.emit(missed)

    def forget(self, logbook: Logbook) -> None:
        for unsubscribe in self._unsubscribes.pop(id(logbook), []):
            unsubscribe()
        if self._lost_from is logbook:
            self._lost_from = None
        if self._listening_for == id(logbook):
            self._stop_listening()


class ChangeListener(QObject):
    """Calls ``refresh()`` once per commit that made a wanted change, right after the
    commit (the view is current when the write returns). A child of ``owner``: it stops
    listening when the owner goes."""

    def __init__(
        self,
        relay: ChangeRelay,
        owner: QObject,
        refresh: Callable[[], None],
        wanted: Wanted | None = None,
    ) -> None:
        super().__init__(owner)
        self._refresh = refresh
        self._wanted = wanted
        relay.committed.connect(self._heard)

    def _heard(self, changes: tuple[Change, ...]) -> None:
        if self._wanted is None or any(self._wanted(change) for change in changes):
            self._refresh()


def of_kind(*kinds: str) -> Wanted:
    """Changes of these kinds (``client``, ``session``, ``photo`` …)."""
    return lambda change: change.kind in kinds


def listen(
    relay: ChangeRelay, owner: QObject, refresh: Callable[[], None], wanted: Wanted | None = None
) -> ChangeListener:
    return ChangeListener(relay, owner, refresh, wanted)
