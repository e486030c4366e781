"""Restoring a backup into a data folder, never losing the logbook it replaces.

Two phases, so that a window with the logbook open closes it only for a moment:

1. ``prepare_restore`` reads the whole archive, checking every file's checksum and the
   database, into a staging folder beside the data folder
   (``<parent>/.<name>-restoring-…``). The data folder is not touched; a refused archive
   leaves nothing behind.
2. ``PreparedRestore.commit`` moves the current logbook aside and the restored one in.

Where the old logbook goes: INSIDE the data folder, to ``backups/replaced-<UTC time>/``
(everything in the data folder except ``backups/`` itself). The data folder stays the
one place to look: its automatic backups stay where they were, the replaced logbook lies
beside them, and moves within one folder are renames (no photo is copied). The replaced
folder is an ordinary data folder: ``logger-app --data-dir <it>`` opens it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..photos.store import fsync_folder
from ..store.database import DATABASE_FILENAME
from ..store.snapshot import release_for_move
from .make import BACKUPS_FOLDER, Progress
from .manifest import BackupError, BackupInfo
from .verify import read_backup

REPLACED_PREFIX = "replaced-"
_DATABASE_NAMES = {DATABASE_FILENAME + suffix for suffix in ("", "-wal", "-shm", "-journal")}


@dataclass(frozen=True)
class RestoreInfo:
    backup: BackupInfo
    data_dir: Path
    replaced: Path | None  # where the previous logbook was kept; None if there was none


def replaced_folder_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    return f"{REPLACED_PREFIX}{stamp:%Y%m%d-%H%M%S}"


class PreparedRestore:
    """A checked archive, extracted beside the data folder, ready to take its place.
    ``commit()`` or ``discard()`` it (a ``with`` block discards if not committed)."""

    def __init__(self, backup: BackupInfo, data_dir: Path, staging: Path) -> None:
        self.backup = backup
        self.data_dir = data_dir
        self._staging = staging
        self._finished = False

    @property
    def replaces_existing(self) -> bool:
        """Whether the data folder holds anything (besides ``backups/``) to keep aside."""
        return bool(_entries_to_keep_aside(self.data_dir))

    def discard(self) -> None:
        if not self._finished:
            self._finished = True
            shutil.rmtree(self._staging, ignore_errors=True)

    def __enter__(self) -> PreparedRestore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def commit(self, now: datetime | None = None) -> RestoreInfo:
        """Put the restored logbook in place. The logbook must be closed everywhere
        (BackupError if it is still open; nothing changed then). If a move fails, every
        move already made is undone."""
        if self._finished:
            raise RuntimeError("this restore was already committed or discarded")
        data_dir = self.data_dir
        if not data_dir.exists():  # simply filled: one rename
            _move(self._staging, data_dir)
            fsync_folder(data_dir.parent)
            self._finished = True
            return RestoreInfo(self.backup, data_dir, None)
        old_database = data_dir / DATABASE_FILENAME
        if old_database.exists() and not release_for_move(old_database):
            raise BackupError(
                f"The logbook in {data_dir} is in use (open in the app or another program): "
                "close it and restore again. Nothing was changed."
            )
        old = _entries_to_keep_aside(data_dir)
        new = sorted(self._staging.iterdir())
        backups = data_dir / BACKUPS_FOLDER
        made_backups = not backups.exists()
        replaced = _unique(backups / replaced_folder_name(now)) if old else None
        done: list[tuple[Path, Path]] = []
        try:
            if replaced is not None:
                replaced.mkdir(parents=True)
            # The database goes out last and in last: the moment the folder holds no
            # logbook (where a crash would leave it to be found by hand) is one rename.
            for entry in [e for e in old if e.name not in _DATABASE_NAMES]:
                done.append(_move(entry, replaced / entry.name))  # type: ignore[operator]
            for entry in [e for e in new if e.name != DATABASE_FILENAME]:
                done.append(_move(entry, data_dir / entry.name))
            for entry in [e for e in old if e.name in _DATABASE_NAMES]:
                done.append(_move(entry, replaced / entry.name))  # type: ignore[operator]
            done.append(_move(self._staging / DATABASE_FILENAME, data_dir / DATABASE_FILENAME))
        except OSError as error:
            for source, target in reversed(done):
                with contextlib.suppress(OSError):
                    _move(target, source)
            for folder in [replaced, backups if made_backups else None]:
                with contextlib.suppress(OSError, TypeError):
                    folder.rmdir()  # type: ignore[union-attr]
            raise BackupError(
                f"The restored logbook could not be put in {data_dir} "
                f"({error.strerror or error}); the current logbook was left in place."
            ) from error
        for folder in (data_dir, backups if replaced else None, replaced):
            if folder is not None:
                fsync_folder(folder)
        self.discard()  # the staging folder, now empty
        return RestoreInfo(self.backup, data_dir, replaced)


def prepare_restore(
    zip_path: Path, data_dir: Path, progress: Progress | None = None
) -> PreparedRestore:
    """Check the whole archive and extract it beside ``data_dir``; BackupError (and
    nothing left behind) if it is refused. ``progress`` may raise BackupCancelled."""
    zip_path = Path(zip_path).expanduser().resolve()
    data_dir = Path(data_dir).expanduser().resolve()
    if data_dir.exists() and not data_dir.is_dir():
        raise BackupError(f"{data_dir} is not a folder: choose a data folder to restore into.")
    try:
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        prefix = f".{data_dir.name}-restoring-"
        staging = Path(tempfile.mkdtemp(dir=data_dir.parent, prefix=prefix))
    except OSError as error:
        raise BackupError(
            f"The restore needs a temporary folder beside {data_dir}, and it cannot be "
            f"made there: {error.strerror or error}."
        ) from error
    try:
        backup = read_backup(zip_path, staging, progress, extract_photos=True)
        for folder in sorted(staging.rglob("*"), reverse=True):
            if folder.is_dir():
                fsync_folder(folder)
        fsync_folder(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return PreparedRestore(backup, data_dir, staging)


def restore_backup(
    zip_path: Path,
    data_dir: Path,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
) -> RestoreInfo:
    """Check everything in the backup, then make it the logbook of ``data_dir``; an
    existing logbook is kept in ``RestoreInfo.replaced``. The logbook must not be open."""
    with prepare_restore(zip_path, data_dir, progress) as prepared:
        return prepared.commit(now)


def _entries_to_keep_aside(data_dir: Path) -> list[Path]:
    try:
        return sorted(entry for entry in data_dir.iterdir() if entry.name != BACKUPS_FOLDER)
    except (FileNotFoundError, NotADirectoryError):
        return []


def _unique(path: Path) -> Path:
    candidate, counter = path, 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.name}-{counter}")
    return candidate


def _move(source: Path, target: Path) -> tuple[Path, Path]:
    """A rename; a copy only if the staging folder is on another disk than the data
    folder (a data folder that is a mount point)."""
    if target.exists():  # os.replace would silently drop a file there
        raise FileExistsError(errno.EEXIST, "already exists", str(target))
    try:
        os.replace(source, target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        shutil.move(source, target)
    return source, target
