"""Backup work for the job helper (``ui.common.jobs``), and the backup settings.

The work touches only files and its own SQLite connection (through ``logger_app.backup``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from logger_app.backup import auto_backup_if_due

from ..common.jobs import Work
from ..common.preferences import BACKUP_KEEP

Progress = Callable[[int, int], None]


def backup_keep() -> int:
    return max(1, BACKUP_KEEP.get())


def set_backup_keep(keep: int) -> None:
    BACKUP_KEEP.set(max(1, keep))


def run_auto_backup(
    data_dir: Path,
    keep: int | None = None,
    progress: Progress | None = None,
    data_key: bytes | None = None,
) -> Path | None:
    """The daily automatic backup, if due; the new file or None. For a worker thread
    (QSettings may be read there). Raises LogbookError if the backup fails, and
    BackupCancelled when ``progress`` raises it."""
    keep = backup_keep() if keep is None else keep
    return auto_backup_if_due(data_dir, keep, progress=progress, data_key=data_key)


def automatic_backup(
    data_dir: Path, keep: int | None = None, *, data_key: bytes | None = None
) -> Work:
    """The start-up backup as work for the job helper: its result is the new file, or
    None when none was due. Run it with ``cancel_error=BackupCancelled``. An encrypted
    logbook's backup is made with its ``data_key``, encrypted like the logbook."""
    return lambda context: run_auto_backup(data_dir, keep, context.progress, data_key)


def phased(progress: Progress, start: float, share: float) -> Progress:
    """Maps one phase's (done, total) onto a part of one overall bar."""
    return lambda done, total: progress(int((start + share * done / max(total, 1)) * 1000), 1000)
