"""Thumbnails made and read off the GUI thread, delivered as they arrive.

A worker only does file work through the core (no SQLite connection crosses threads): it
gets the picture's JPEG bytes (decrypted in memory in an encrypted logbook, never to a
file) and hands back a QImage, which is safe to build outside the GUI thread; the GUI thread turns
it into a pixmap. ``produce`` must not touch any widget or QObject: it runs in the pool.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from logger_app.i18n import translate

from ..common.jobs import JobContext, JobHandle, Work, run_job
from ..common.jobs import pool as jobs_pool

# Enough for a large gallery page and then some; older ones are made again on demand.
CACHE_LIMIT = 3000


def _make(key: str, produce: Callable[[str], bytes], fit: int | None) -> Work:
    """Runs in a worker thread: touches no widget, only files and a plain QImage. Any
    failure becomes a placeholder with its reason."""

    def work(context: JobContext) -> QImage:
        image = QImage.fromData(produce(key))
        if image.isNull():
            raise OSError(translate("ThumbnailLoader", "the picture cannot be read"))

        if fit and max(image.width(), image.height()) > fit:
            image = image.scaled(
                fit,
                fit,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return image

    return work


class ThumbnailLoader(QObject):
    """``request(key)`` once per key; ``ready(key)`` fires when ``pixmap(key)`` has it, or
    ``problem(key)`` has the reason it could not be made."""

    ready = Signal(str)

    def __init__(
        self,
        produce: Callable[[str], bytes],
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
        fit: int | None = None,
    ) -> None:
        """``fit``: scale images down to this size in the worker, so the cache holds
        what is drawn and not more."""
        super().__init__(parent)
        self._produce = produce
        self._fit = fit
        self._pool = pool or jobs_pool("thumbnails")
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._problems: dict[str, str] = {}
        self._pending: dict[str, JobHandle] = {}

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
        self._pending[key] = run_job(
            self._pool,
            _make(key, self._produce, self._fit),
            on_success=lambda image, key=key: self._loaded(key, image),
            on_failure=lambda reason, key=key: self._failed(key, reason),
            parent=self,  # deleted with its window: what is still queued reports nothing
        )

    def pending(self) -> int:
        return len(self._pending)

    def cancel_pending(self) -> None:
        """Drop work not started yet (another client was opened): this loader's only,
        never other work queued in the same pool."""
        for job in self._pending.values():
            job.withdraw()
        self._pending.clear()

    def forget(self, key: str) -> None:
        self._pixmaps.pop(key, None)
        self._problems.pop(key, None)

    def _loaded(self, key: str, image: QImage) -> None:
        self._pending.pop(key, None)
        self._pixmaps[key] = QPixmap.fromImage(image)
        while len(self._pixmaps) > CACHE_LIMIT:
            self._pixmaps.popitem(last=False)
        self.ready.emit(key)

    def _failed(self, key: str, reason: str) -> None:
        self._pending.pop(key, None)
        self._problems[key] = reason
        self.ready.emit(key)
