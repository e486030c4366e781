"""The one change signal of the window: what the core announces after each commit,
relayed as Qt signals that views subscribe to, so that each refreshes itself. No view
is refreshed by hand from another view.

The core calls its listeners on the thread that wrote; the relay lives in the GUI
thread, so a change written by a background job's own Logbook (once ``watch``ed) arrives
queued, in the GUI thread, like every other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from logger_app.changes import Change
from logger_app.logbook import Logbook

Wanted = Callable[[Change], bool]


class ChangeRelay(QObject):
    """``changed(Change)`` for every change of the logbooks it watches, and
    ``committed(tuple[Change, ...])`` once per commit (a batch of a thousand rows is one
    commit)."""

    changed = Signal(object)
    committed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribes: dict[int, list[Callable[[], None]]] = {}

    def watch(self, logbook: Logbook) -> None:
        """Relay ``logbook``'s changes until ``forget(logbook)``."""
        self._unsubscribes[id(logbook)] = [
            logbook.changes.subscribe(self.changed.emit),
            logbook.changes.subscribe_commits(self.committed.emit),
        ]

    def forget(self, logbook: Logbook) -> None:
        for unsubscribe in self._unsubscribes.pop(id(logbook), []):
            unsubscribe()


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
