"""Restoring a backup into a data folder, never losing the logbook it replaces.

Two phases, so that a window with the logbook open closes it only for a moment:

1. ``prepare_restore`` reads the whole archive, checking every file's checksum and the
   database, into a staging folder beside the data folder
   (``<parent>/.<name>-restoring-…``). The data folder is not touched; a refused archive
   leaves nothing behind.
2. ``PreparedRestore.commit`` moves the current logbook aside and the restored one in,
   as a journaled swap (``journal``): a crash at any point is finished (or undone) by
   the next open of the data folder (``store.folder_upkeep``).

Where the old logbook goes: INSIDE the data folder, to ``backups/replaced-<UTC time>/``
(everything in the data folder except ``backups/`` itself). The data folder stays the
one place to look: its automatic backups stay where they were, the replaced logbook lies
beside them, and moves within one folder are renames (no photo is copied). The replaced
folder is an ordinary data folder: ``logger-app --data-dir <it>`` opens it.

Beside the staging folder lie its lock (``….lock``, held by the process preparing and
committing the restore: a staging folder whose lock can be taken is a leftover) and,
during the swap only, the journal (``….journal``). The journal lives there, in the data
folder's parent, because that folder is the one place the swap never moves: everything
inside the data folder changes places, and the staging folder empties.
"""

from __future__ import annotations

import logging
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..crypto.key_file import KEY_FILENAME
from ..i18n import translate
from ..leftovers import HeldLock, hold_lock
from ..owner_only import make_private_folders
from ..photos.store import fsync_folder
from ..store.database import DATABASE_FILENAME
from ..store.folder_upkeep import (
    LOCK_SUFFIX,
    NOT_MOVED_BY_RESTORE,
    recover_data_folder,
    staging_prefix,
)
from ..store.snapshot import release_for_move
from . import journal as swap
from .make import BACKUPS_FOLDER, Progress
from .manifest import BackupError, BackupInfo
from .verify import read_backup

REPLACED_PREFIX = "replaced-"
_DATABASE_NAMES = {DATABASE_FILENAME + suffix for suffix in ("", "-wal", "-shm", "-journal")}

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreInfo:
    backup: BackupInfo
    data_dir: Path
    replaced: Path | None  # where the previous logbook was kept; None if there was none


def replaced_folder_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    return f"{REPLACED_PREFIX}{stamp:%Y%m%d-%H%M%S}"


Step = Callable[[str], None]


class PreparedRestore:
    """A checked archive, extracted beside the data folder, ready to take its place.
    ``commit()`` or ``discard()`` it (a ``with`` block discards if not committed)."""

    def __init__(
        self,
        backup: BackupInfo,
        data_dir: Path,
        staging: Path,
        lock: HeldLock,
        data_key: bytes | None = None,
    ) -> None:
        self.backup = backup
        self._data_key = data_key
        self.data_dir = data_dir
        self._staging = staging
        self._lock = lock
        self._finished = False

    @property
    def replaces_existing(self) -> bool:
        """Whether the data folder holds anything (besides ``backups/``) to keep aside."""
        return bool(_entries_to_keep_aside(self.data_dir))

    def discard(self) -> None:
        if not self._finished:
            self._finished = True
            shutil.rmtree(self._staging, ignore_errors=True)
            self._lock.release()  # last: a staging folder is never left without it

    def __enter__(self) -> PreparedRestore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def commit(
        self,
        now: datetime | None = None,
        *,
        after_step: Step | None = None,
        current_key: bytes | None = None,
    ) -> RestoreInfo:
        """Put the restored logbook in place. The logbook must be closed everywhere
        (BackupError if it is still open; nothing changed then: an encrypted one is
        checked with ``current_key``, or the backup's key when it is the same logbook).
        If a move fails, every move already made is undone; if the process dies, the
        next open of the data folder finishes the swap from its journal.
        ``after_step(name)`` is called after each step (tests use it to stop the process
        there)."""
        if self._finished:
            raise RuntimeError("this restore was already committed or discarded")
        step = after_step or _no_step
        data_dir = self.data_dir
        if not data_dir.exists():  # simply filled: one rename, whole or not at all
            swap.move_entry(self._staging, data_dir)
            fsync_folder(data_dir.parent)
            step("moved the restored logbook in")
            self.discard()
            _restored(self.backup)
            return RestoreInfo(self.backup, data_dir, None)
        old_database = data_dir / DATABASE_FILENAME
        keys = tuple(key for key in (current_key, self._data_key) if key is not None)
        if old_database.exists() and not release_for_move(old_database, keys=keys):
            raise BackupError(
                translate(
                    "Restore",
                    "The logbook in {folder} is in use (open in the app or another program): "
                    "close it and restore again. Nothing was changed.",
                ).format(folder=data_dir)
            )
        journal, replaced = self._plan(now)
        journal.write()
        step("journal written")
        try:
            for folder in journal.folders:
                make_private_folders(data_dir / folder)
                step(f"made {folder}")
            for index in range(len(journal.moves)):
                swap.move_entry(*journal.moves_as_paths(index))
                step(journal.step_name(index))
            swap.sync(journal)
        except OSError as error:
            swap.undo_after_failure(journal)
            raise BackupError(
                f"The restored logbook could not be put in {data_dir} "
                f"({error.strerror or error}); the current logbook was left in place."
            ) from error
        journal.remove()
        step("journal removed")
        self.discard()  # the staging folder, now empty, then its lock
        step("staging folder removed")
        _restored(self.backup)
        return RestoreInfo(self.backup, data_dir, replaced)

    def _plan(self, now: datetime | None) -> tuple[swap.SwapJournal, Path | None]:
        data_dir = self.data_dir
        old = _entries_to_keep_aside(data_dir)
        new = sorted(self._staging.iterdir())
        backups = data_dir / BACKUPS_FOLDER
        replaced = _unique(backups / replaced_folder_name(now)) if old else None
        folders = [] if replaced is None else [replaced]
        if replaced is not None and not backups.exists():
            folders.insert(0, backups)
        # The database goes out last and in last: until the end the data folder holds
        # one logbook's database, and a copy of the folder taken by hand is usable. The
        # key file of an encrypted one goes out just before it and comes in just before
        # it: at no moment is a database beside the other logbook's key file.
        kept = _DATABASE_NAMES | {KEY_FILENAME}
        moves = [(e, replaced / e.name) for e in old if e.name not in kept]  # type: ignore[operator]
        moves += [(e, data_dir / e.name) for e in new if e.name not in kept]
        moves += [(e, replaced / e.name) for e in old if e.name == KEY_FILENAME]  # type: ignore[operator]
        moves += [(e, replaced / e.name) for e in old if e.name in _DATABASE_NAMES]  # type: ignore[operator]
        moves += [(e, data_dir / e.name) for e in new if e.name == KEY_FILENAME]
        moves += [(self._staging / DATABASE_FILENAME, data_dir / DATABASE_FILENAME)]
        return swap.plan(data_dir, self._staging, folders, moves), replaced


def _restored(backup: BackupInfo) -> None:
    _log.info("Backup restored: %d clients, %d sessions, %d photos, made %s",
              backup.clients, backup.sessions, backup.photos, backup.created_at)  # fmt: skip


def _no_step(_: str) -> None:
    pass


def prepare_restore(
    zip_path: Path,
    data_dir: Path,
    progress: Progress | None = None,
    *,
    data_key: bytes | None = None,
) -> PreparedRestore:
    """Check the whole archive and extract it beside ``data_dir``; BackupError (and
    nothing left behind) if it is refused. ``progress`` may raise BackupCancelled. A
    backup of an encrypted logbook needs its ``data_key`` (BackupLockedError); it is
    extracted as it is (encrypted), with its key file."""
    zip_path = Path(zip_path).expanduser().resolve()
    data_dir = Path(data_dir).expanduser().resolve()
    if data_dir.exists() and not data_dir.is_dir():
        raise BackupError(
            translate(
                "Restore", "{folder} is not a folder: choose a data folder to restore into."
            ).format(folder=data_dir)
        )
    # An earlier restore interrupted by a crash is finished first (and its leftovers
    # removed): the new one then starts from one whole logbook.
    recover_data_folder(data_dir)
    staging = data_dir.parent / f"{staging_prefix(data_dir)}{secrets.token_hex(4)}"
    try:
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        # The lock before the folder: a staging folder without a held lock is a leftover.
        lock = hold_lock(staging.with_name(staging.name + LOCK_SUFFIX))
        try:
            staging.mkdir(mode=0o700)
        except BaseException:
            lock.release()
            raise
    except OSError as error:
        raise BackupError(
            f"The restore needs a temporary folder beside {data_dir}, and it cannot be "
            f"made there: {error.strerror or error}."
        ) from error
    try:
        backup = read_backup(zip_path, staging, progress, extract_photos=True, data_key=data_key)
        for folder in sorted(staging.rglob("*"), reverse=True):
            if folder.is_dir():
                fsync_folder(folder)
        fsync_folder(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        lock.release()
        raise
    return PreparedRestore(backup, data_dir, staging, lock, data_key if backup.encrypted else None)


def restore_backup(
    zip_path: Path,
    data_dir: Path,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    data_key: bytes | None = None,
    current_key: bytes | None = None,
) -> RestoreInfo:
    """Check everything in the backup, then make it the logbook of ``data_dir``; an
    existing logbook is kept in ``RestoreInfo.replaced``. The logbook must not be open.
    ``data_key``: the backup's, if encrypted; ``current_key``: the replaced logbook's."""
    with prepare_restore(zip_path, data_dir, progress, data_key=data_key) as prepared:
        return prepared.commit(now, current_key=current_key)


def _entries_to_keep_aside(data_dir: Path) -> list[Path]:
    try:
        return sorted(
            entry
            for entry in data_dir.iterdir()
            if entry.name != BACKUPS_FOLDER and entry.name not in NOT_MOVED_BY_RESTORE
        )
    except (FileNotFoundError, NotADirectoryError):
        return []


def _unique(path: Path) -> Path:
    candidate, counter = path, 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.name}-{counter}")
    return candidate
