"""Backup work off the GUI thread, and the backup settings.

A job touches only files and its own SQLite connection (through ``logger_app.backup``)
and reports through signals, which Qt delivers in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from logger_app.backup import DEFAULT_KEEP, BackupCancelled, auto_backup_if_due
from logger_app.errors import LogbookError

from .settings import app_settings

KEEP_KEY = "backup/keep"  # how many automatic backups are kept (default 7)
LAST_FOLDER_KEY = "backup/last_folder"  # where "Back up now" last saved
Progress = Callable[[int, int], None]


def backup_keep() -> int:
    value = app_settings().value(KEEP_KEY, DEFAULT_KEEP, type=int)
    return max(1, int(value))  # type: ignore[call-overload]


def set_backup_keep(keep: int) -> None:
    app_settings().setValue(KEEP_KEY, max(1, keep))


def run_auto_backup(data_dir: Path, keep: int | None = None) -> Path | None:
    """The daily automatic backup, if due; the new file or None. For a worker thread
    (QSettings may be read there). Raises LogbookError if the backup fails."""
    return auto_backup_if_due(data_dir, backup_keep() if keep is None else keep)


class JobSignals(QObject):
    progress = Signal(int)  # per mille (byte counts could overflow a C++ int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class BackupJob(QRunnable):
    """Runs ``work(progress)`` in the pool. A QRunnable subclass, not a plain callable:
    PySide6 mishandles the reference count of a callable's return value."""

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._work = work
        self._cancelled = False
        self._shown = -1

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled:
            raise BackupCancelled  # the core removes what it half made
        permille = min(1000, done * 1000 // max(total, 1))
        if permille != self._shown:
            self._shown = permille
            self.signals.progress.emit(permille)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BackupCancelled:
            self.signals.cancelled.emit()
        except LogbookError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # shown to the user, never swallowed
            self.signals.failed.emit(f"It stopped with an unexpected error: {error}")
        else:
            self.signals.finished.emit(result)


class AutoBackupJob(QRunnable):
    """The start-up backup in the pool: ``signals.finished(Path | None)`` or
    ``signals.failed(message)``."""

    def __init__(self, data_dir: Path, keep: int | None = None) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._data_dir, self._keep = data_dir, keep

    def run(self) -> None:
        try:
            made = run_auto_backup(self._data_dir, self._keep)
        except Exception as error:  # LogbookError or a disk error: reported, not lost
            self.signals.failed.emit(f"The automatic backup failed: {error}")
        else:
            self.signals.finished.emit(made)


def phased(progress: Progress, start: float, share: float) -> Progress:
    """Maps one phase's (done, total) onto a part of one overall bar."""
    return lambda done, total: progress(int((start + share * done / max(total, 1)) * 1000), 1000)
