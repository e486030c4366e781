"""Automatic backups: one a day (when the app starts), the newest few kept.

They live in ``<data_dir>/backups/automatic/logbook-YYYYMMDD-HHMMSS.zip`` (UTC time of
the backup: sortable, and free of daylight-saving jumps). Rotation only ever deletes
files with exactly that name pattern: a backup the user saved there under another name,
or anything else, is never touched.
"""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..store.database import DATABASE_FILENAME
from .make import BACKUPS_FOLDER, Progress, make_backup
from .manifest import BackupError
from .verify import verify_backup

AUTOMATIC_FOLDER = "automatic"
DEFAULT_KEEP = 7
_NAME = re.compile(r"^logbook-(\d{8}-\d{6})\.zip$")


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUPS_FOLDER / AUTOMATIC_FOLDER


def automatic_backups(data_dir: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups there are, newest first."""
    found: list[tuple[datetime, Path]] = []
    folder = backup_folder(data_dir)
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            with contextlib.suppress(ValueError):  # e.g. a 13th month: not one of ours
                made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
                found.append((made, path))
    return sorted(found, reverse=True)


def auto_backup_if_due(
    data_dir: Path,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    max_age: timedelta = timedelta(days=1),
    progress: Progress | None = None,
    *,
    data_key: bytes | None = None,
) -> Path | None:
    """Back up when the newest automatic backup is older than ``max_age`` (or there is
    none, or it is dated in the future: the clock was changed), check the new archive,
    then keep only the newest ``keep``. Returns the new backup, or None if none was due
    (or there is no logbook yet). ``progress(done, total)`` is called while the archive
    is written, then while it is read back; it may raise BackupCancelled, which leaves
    no file behind. An encrypted logbook is backed up encrypted, with its ``data_key``
    (the open logbook's ``Logbook.data_key``; BackupLockedError without it)."""
    if keep < 1:
        raise ValueError("keep at least one automatic backup")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if not (Path(data_dir) / DATABASE_FILENAME).is_file():
        return None
    existing = automatic_backups(data_dir)
    made: Path | None = None
    if not existing or not timedelta(0) <= now - existing[0][0] < max_age:
        made = backup_folder(data_dir) / f"logbook-{now.astimezone(UTC):%Y%m%d-%H%M%S}.zip"
        make_backup(data_dir, made, progress, now=now, data_key=data_key)
        try:
            verify_backup(made, progress, data_key=data_key)
        except BackupError:  # BackupCancelled too: an unchecked archive is not kept
            made.unlink(missing_ok=True)  # a backup that fails its check is no backup
            raise
    rotate(data_dir, keep)
    return made


def rotate(data_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; returns what was deleted."""
    deleted = []
    for _, path in automatic_backups(data_dir)[max(keep, 1) :]:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted.append(path)
    return deleted
