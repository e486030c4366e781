"""Thumbnails made and read off the GUI thread, delivered as they arrive.

A worker only does file work through the core (no SQLite connection crosses threads) and
hands back a QImage, which is safe to build outside the GUI thread; the GUI thread turns
it into a pixmap.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

# Enough for a large gallery page and then some; older ones are made again on demand.
CACHE_LIMIT = 3000


class _Signals(QObject):
    loaded = Signal(str, QImage)
    failed = Signal(str, str)


class _Task(QRunnable):
    def __init__(self, key: str, produce: Callable[[str], Path], signals: _Signals) -> None:
        super().__init__()
        self._key = key
        self._produce = produce
        self._signals = signals

    def run(self) -> None:
        try:
            path = self._produce(self._key)
            image = QImage(str(path))
            if image.isNull():
                raise OSError(f"the thumbnail {path.name} cannot be read")
        except Exception as error:
            self._signals.failed.emit(self._key, str(error) or type(error).__name__)
        else:
            self._signals.loaded.emit(self._key, image)


class ThumbnailLoader(QObject):
    """``request(key)`` once per key; ``ready(key)`` fires when ``pixmap(key)`` has it, or
    ``problem(key)`` has the reason it could not be made."""

    ready = Signal(str)

    def __init__(
        self,
        produce: Callable[[str], Path],
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._produce = produce
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._loaded)
        self._signals.failed.connect(self._failed)
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._problems: dict[str, str] = {}
        self._pending: set[str] = set()

    def pixmap(self, key: str) -> QPixmap | None:
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
        return pixmap

    def problem(self, key: str) -> str | None:
        return self._problems.get(key)

    def request(self, key: str) -> None:
        if key in self._pixmaps or key in self._problems or key in self._pending:
            return
        self._pending.add(key)
        self._pool.start(_Task(key, self._produce, self._signals))

    def pending(self) -> int:
        return len(self._pending)

    def cancel_pending(self) -> None:
        """Drop work not started yet (another client was opened)."""
        self._pool.clear()
        self._pending.clear()

    def forget(self, key: str) -> None:
        self._pixmaps.pop(key, None)
        self._problems.pop(key, None)

    def _loaded(self, key: str, image: QImage) -> None:
        self._pending.discard(key)
        self._pixmaps[key] = QPixmap.fromImage(image)
        while len(self._pixmaps) > CACHE_LIMIT:
            self._pixmaps.popitem(last=False)
        self.ready.emit(key)

    def _failed(self, key: str, reason: str) -> None:
        self._pending.discard(key)
        self._problems[key] = reason
        self.ready.emit(key)
