"""Upkeep of a data folder at every open: a restore interrupted by a crash is finished
(or undone) from its journal, and leftovers of interrupted work are removed.

Called first thing by ``open_database``, so the window and every command get it. When
there is nothing to do it costs a few directory listings: the folder's parent (restore
staging folders and journals, named ``.<name>-restoring-<id>…``), ``.owners/`` (the
temporary files registered by running processes, see ``logger_app.leftovers``) and the
backup folders (snapshots and unfinished copies of older versions, which registered
nothing). ``thorough`` (for ``logger-app check``) also walks the photo and thumbnail
folders for unfinished photo files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..app_log import LOGS_FOLDER
from ..errors import DataFolderError, LogbookBusyError
from ..leftovers import (
    BACKUP,
    OWNERS_FOLDER,
    PHOTO_IMPORT,
    RESTORE,
    SNAPSHOT_PREFIX,
    UPGRADE_COPY,
    Leftover,
    owner_alive,
    registered_paths,
    remove_path,
    size_of,
    sweep_registered,
    take_if_abandoned,
    token_of,
)

LOCK_SUFFIX = ".lock"
JOURNAL_SUFFIX = ".journal"
# What a restore leaves where it is: the bookkeeping of running processes, the app's log.
NOT_MOVED_BY_RESTORE = frozenset({OWNERS_FOLDER, LOGS_FOLDER})
_STAGING_ID = re.compile(r"[0-9a-z_]{8}")  # ours: 8 hex digits; older versions: mkdtemp's
_STAGING_TAILS = ("", "lock", "journal", "journal.part")
_BACKUPS = "backups"
_PHOTO_TEMP_PREFIX = ".tmp-"
_log = logging.getLogger(__name__)


def staging_prefix(data_dir: Path) -> str:
    return f".{Path(data_dir).name}-restoring-"


@dataclass(frozen=True)
class FolderUpkeep:
    restores: tuple[str, ...] = ()  # what was done to interrupted restores, in words
    leftovers: tuple[Leftover, ...] = ()  # removed, or (``in_use``) left to their owner

    @property
    def removed(self) -> tuple[Leftover, ...]:
        return tuple(leftover for leftover in self.leftovers if not leftover.in_use)

    def lines(self) -> list[str]:
        return [*self.restores] + [
            f"A leftover of interrupted work was removed: {leftover.describe()}."
            for leftover in self.removed
        ]


def recover_data_folder(data_dir: Path) -> list[str]:
    """Finish or undo an interrupted restore into ``data_dir`` and remove leftovers no
    running process owns; what was done, in plain words (nothing: an empty list).
    LogbookBusyError while another process is restoring into the folder."""
    upkeep = upkeep_data_folder(data_dir)
    if upkeep.restores or upkeep.removed:
        # Counts only: paths of exports may hold client names, which logs never do.
        _log.warning(
            "data folder upkeep: %d interrupted restore(s) resolved, %d leftover(s) removed",
            len(upkeep.restores),
            len(upkeep.removed),
        )
    return upkeep.lines()


def finish_interrupted_swap(data_dir: Path) -> None:
    """Only finish or undo an interrupted restore or conversion (its database and key
    file belong together), sweeping nothing: for reading a folder's key file before
    the passphrase is checked, which must leave the rest as it is."""
    restores: list[str] = []
    _recover_restores(Path(data_dir).absolute(), restores, [], False)
    if restores:
        _log.warning("data folder upkeep: %d interrupted restore(s) resolved", len(restores))


def upkeep_data_folder(data_dir: Path, *, thorough: bool = False) -> FolderUpkeep:
    data_dir = Path(data_dir).absolute()
    restores: list[str] = []
    found: list[Leftover] = []
    _recover_restores(data_dir, restores, found, thorough)
    found += sweep_registered(data_dir)
    listed = {leftover.path for leftover in found}
    found += [item for item in _sweep_backup_folders(data_dir) if item.path not in listed]
    if thorough:
        found += _sweep_photo_folders(data_dir)
    return FolderUpkeep(tuple(restores), tuple(found))


def _recover_restores(
    data_dir: Path, restores: list[str], found: list[Leftover], thorough: bool
) -> None:
    prefix = staging_prefix(data_dir)
    idents: set[str] = set()
    for name in _names(data_dir.parent):
        ident, _, tail = name.removeprefix(prefix).partition(".")
        if name.startswith(prefix) and _STAGING_ID.fullmatch(ident) and tail in _STAGING_TAILS:
            idents.add(ident)
    for ident in sorted(idents):
        staging = data_dir.parent / f"{prefix}{ident}"
        journal_path = staging.with_name(staging.name + JOURNAL_SUFFIX)
        lock = take_if_abandoned(staging.with_name(staging.name + LOCK_SUFFIX), create=True)
        if lock is None:  # its restore is running
            if journal_path.exists():
                raise LogbookBusyError(
                    f"A backup is being restored into {data_dir} right now: "
                    "try again once it has finished."
                )
            size = size_of(staging) if thorough else 0
            found.append(Leftover(staging, size, RESTORE, data_dir, in_use=True))
            continue
        try:
            if journal_path.exists():
                restores.append(_recover_swap(journal_path, data_dir))
            remove_path(journal_path.with_name(journal_path.name + ".part"))
            if staging.exists():
                size = size_of(staging)
                remove_path(staging)
                found.append(Leftover(staging, size, RESTORE, data_dir))
        finally:
            lock.release()


def _recover_swap(journal_path: Path, data_dir: Path) -> str:
    # Imported only when there is a journal: the backup modules cost start-up time.
    from ..backup.journal import JournalError, SwapJournal, recover

    try:
        return recover(SwapJournal.read(journal_path, data_dir))
    except JournalError as error:
        raise DataFolderError(
            f"A restore into {data_dir} was interrupted, and its journal {journal_path} "
            f"cannot be read ({error.strerror}). Nothing was changed; look at the data "
            "folder and the restore folder beside it before removing the journal."
        ) from error
    except OSError as error:
        raise DataFolderError(
            f"A restore into {data_dir} was interrupted and cannot be finished now "
            f"({error.strerror or error}); the next open tries again."
        ) from error


def _sweep_backup_folders(data_dir: Path) -> list[Leftover]:
    """Unfinished backups and copies that no registration names (left by an older
    version, or whose registration a power cut lost), when no running process owns
    them. A backup's snapshot tells its owner by its name; an unfinished archive or
    upgrade copy (``….part``) by a registration only."""
    backups = data_dir / _BACKUPS
    candidates: list[tuple[Path, str]] = []
    for folder, kind in ((backups, BACKUP), (backups / "automatic", BACKUP)):
        for name in _names(folder):
            if name.startswith(SNAPSHOT_PREFIX) or name.endswith(".zip.part"):
                candidates.append((folder / name, kind))
    if candidates or backups.is_dir():
        folder = backups / "before-migration"
        candidates += [
            (folder / name, UPGRADE_COPY) for name in _names(folder) if name.endswith(".part")
        ]
    return _remove_unowned(data_dir, candidates, SNAPSHOT_PREFIX)


def _sweep_photo_folders(data_dir: Path) -> list[Leftover]:
    candidates = [
        (path, PHOTO_IMPORT)
        for top in ("photos", "thumbnails")
        for path in _walk(data_dir / top)
        if path.name.startswith(_PHOTO_TEMP_PREFIX)
    ]
    return _remove_unowned(data_dir, candidates, _PHOTO_TEMP_PREFIX)


def _remove_unowned(
    data_dir: Path, candidates: list[tuple[Path, str]], prefix: str
) -> list[Leftover]:
    removed: list[Leftover] = []
    registered: set[Path] | None = None
    for path, kind in candidates:
        token = token_of(path.name, prefix)
        if token is not None:
            owned = owner_alive(data_dir, token)
        else:
            if registered is None:
                registered = registered_paths(data_dir)
            owned = path in registered
        if not owned:
            size = size_of(path)
            remove_path(path)
            removed.append(Leftover(path, size, kind))
    return removed


def _names(folder: Path) -> list[str]:
    try:
        with os.scandir(folder) as entries:
            return [entry.name for entry in entries]
    except OSError:  # missing, not a folder, not readable: nothing of ours to find
        return []


def _walk(folder: Path) -> Iterator[Path]:
    with contextlib.suppress(OSError):
        for root, _, files in os.walk(folder):
            for name in files:
                yield Path(root) / name
