"""Backup work off the GUI thread, and the backup settings.

A job touches only files and its own SQLite connection (through ``logger_app.backup``)
and reports through signals, which Qt delivers in the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal, SignalInstance

from logger_app.backup import BackupCancelled, auto_backup_if_due
from logger_app.errors import LogbookError

from ..common.preferences import BACKUP_KEEP

Progress = Callable[[int, int], None]


def backup_keep() -> int:
    return max(1, BACKUP_KEEP.get())


def set_backup_keep(keep: int) -> None:
    BACKUP_KEEP.set(max(1, keep))


def run_auto_backup(
    data_dir: Path, keep: int | None = None, progress: Progress | None = None
) -> Path | None:
    """The daily automatic backup, if due; the new file or None. For a worker thread
    (QSettings may be read there). Raises LogbookError if the backup fails, and
    BackupCancelled when ``progress`` raises it."""
    keep = backup_keep() if keep is None else keep
    return auto_backup_if_due(data_dir, keep, progress=progress)


class JobSignals(QObject):
    progress = Signal(int)  # per mille (byte counts could overflow a C++ int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Job(QRunnable):
    """What the backup jobs share: cancellation, checked by the progress callback (the
    core then removes what it half made), and an end that can be waited for.

    A job abandoned when its window closes reports nothing more: its signals object may
    be deleted with the application while the worker still runs."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.cancel_requested = threading.Event()
        self._abandoned = False
        self._ended = threading.Event()
        self._shown = -1

    def cancel(self) -> None:
        self.cancel_requested.set()

    def abandon(self) -> None:
        """Stop, and report nothing: nobody is listening any more."""
        self._abandoned = True
        self.cancel_requested.set()

    def wait(self, seconds: float) -> bool:
        """Wait until the work has ended (True), at most ``seconds``."""
        return self._ended.wait(seconds)

    def _progress(self, done: int, total: int) -> None:
        permille = min(1000, done * 1000 // max(total, 1))
        if permille != self._shown:
            self._shown = permille
            self._report(self.signals.progress, permille)
        if self.cancel_requested.is_set():
            raise BackupCancelled  # the core removes what it half made

    def _report(self, signal: SignalInstance, *args: object) -> None:
        if not self._abandoned:
            signal.emit(*args)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._ended.set()

    def _run(self) -> None:
        raise NotImplementedError


class BackupJob(_Job):
    """Runs ``work(progress)`` in the pool. A QRunnable subclass, not a plain callable:
    PySide6 mishandles the reference count of a callable's return value."""

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self._work = work

    def _run(self) -> None:
        try:
            result = self._work(self._progress)
        except BackupCancelled:
            self._report(self.signals.cancelled)
        except LogbookError as error:
            self._report(self.signals.failed, str(error))
        except Exception as error:  # shown to the user, never swallowed
            self._report(self.signals.failed, f"It stopped with an unexpected error: {error}")
        else:
            self._report(self.signals.finished, result)


class AutoBackupJob(_Job):
    """The start-up backup in the pool: ``signals.finished(Path | None)``,
    ``signals.failed(message)`` or, once cancelled, ``signals.cancelled()``."""

    def __init__(self, data_dir: Path, keep: int | None = None) -> None:
        super().__init__()
        self._data_dir, self._keep = data_dir, keep

    def _run(self) -> None:
        try:
            made = run_auto_backup(self._data_dir, self._keep, self._progress)
        except BackupCancelled:
            self._report(self.signals.cancelled)
        except Exception as error:  # LogbookError or a disk error: reported, not lost
            self._report(self.signals.failed, f"The automatic backup failed: {error}")
        else:
            self._report(self.signals.finished, made)


def phased(progress: Progress, start: float, share: float) -> Progress:
    """Maps one phase's (done, total) onto a part of one overall bar."""
    return lambda done, total: progress(int((start + share * done / max(total, 1)) * 1000), 1000)
