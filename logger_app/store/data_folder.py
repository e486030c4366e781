"""The data folder around the logbook file: whether it holds a logbook, whether a new one
may be made there, whether it can be written, and keeping it private to its owner.

No SQLite here: these are checks on names, modes and a small probe file, made before the
database is opened.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from ..app_log import LOGS_FOLDER
from ..crypto.key_file import KEY_FILENAME
from ..errors import (
    DataFolderError,
    DiskFullError,
    LogbookError,
    NoLogbookError,
    ReadOnlyLogbookError,
)
from ..i18n import translatable, translate
from ..owner_only import PRIVATE_FILE, PRIVATE_FOLDER

DATABASE_FILENAME = "logbook.sqlite3"
DATABASE_SIDE_FILES = tuple(DATABASE_FILENAME + suffix for suffix in ("-wal", "-shm", "-journal"))
WRITE_PROBE_PREFIX = ".write-test-"
# The probe is big enough for what opening needs to write (SQLite's 32 KiB index of
# the WAL, the first pages of a transaction): a disk with less room is treated as full.
WRITE_PROBE_BYTES = 64 * 1024

# What the app leaves in a data folder besides the database: any of them without the
# database means a logbook was here (deleted, moved, or half restored), and a new empty
# one must not silently take its place.
LOGBOOK_TRACES = ("backups", "photos", "thumbnails", *DATABASE_SIDE_FILES)
# Made by operating systems and file managers, never by a person or by this app: a
# folder holding only these (say the root of a fresh USB stick) counts as empty.
HARMLESS_ENTRIES = frozenset(
    {
        ".DS_Store",
        "._.DS_Store",
        ".localized",
        ".fseventsd",
        ".Spotlight-V100",
        ".Trashes",
        "Thumbs.db",
        "desktop.ini",
        "$RECYCLE.BIN",
        "System Volume Information",
        "lost+found",
    }
)
_START_HINT = translatable(
    "DataFolder",
    "Check the folder given with --data-dir (or $LOGGER_APP_DATA_DIR), or start a new "
    "logbook with `logger-app demo` or by opening the window.",
)


def read_only_media_message(folder: Path) -> str:
    return (
        f"The logbook in {folder} is on read-only media: it can be read and exported, not changed."
    )


def disk_full_message(folder: Path) -> str:
    return (
        f"The disk holding {folder} is full: the logbook is open for reading only. "
        "Free some space and open it again."
    )


def _listing(folder: Path) -> list[str]:
    """The entries of ``folder`` that count (folders with a trailing slash), sorted."""
    names = []
    for entry in os.scandir(folder):
        if entry.name in HARMLESS_ENTRIES or entry.name.startswith(WRITE_PROBE_PREFIX):
            continue
        if entry.name == DATABASE_FILENAME:
            continue  # an empty database file: what SQLite itself takes as a new database
        if entry.name == KEY_FILENAME:
            continue  # keys without a database: a new encrypted logbook's setup cut short
        if entry.name == LOGS_FOLDER:
            continue  # the app's log, written before the logbook was made
        names.append(entry.name + ("/" if entry.is_dir() else ""))
    return sorted(names)


def _traces(names: list[str]) -> list[str]:
    return [name for name in names if name.rstrip("/") in LOGBOOK_TRACES]


def _newest_backup(folder: Path) -> Path | None:
    backups = folder / "backups"
    try:
        archives = [path for path in backups.rglob("*.zip") if path.is_file()]
    except OSError:
        return None
    return max(archives, key=lambda path: (path.stat().st_mtime, path.name), default=None)


def _traces_advice(folder: Path) -> str:
    newest = _newest_backup(folder)
    if newest is not None:
        return translate(
            "DataFolder",
            "To get the logbook back, restore the newest backup: "
            "`logger-app restore {backup}` (or Logbook → Restore from backup…).",
        ).format(backup=newest)
    return translate(
        "DataFolder",
        "Put {file} back from where it went, or restore a backup (`logger-app restore FILE.zip`).",
    ).format(file=DATABASE_FILENAME)


def _shown(names: list[str], limit: int = 6) -> str:
    more = (
        translate("DataFolder", " and {count} more").format(count=len(names) - limit)
        if len(names) > limit
        else ""
    )
    return ", ".join(names[:limit]) + more


def no_logbook_error(folder: Path) -> NoLogbookError:
    """For a use that opens an existing logbook only: what is (not) in ``folder``."""
    if not folder.exists():
        return NoLogbookError(
            translate(
                "DataFolder", "There is no logbook in {folder}: the folder does not exist. {hint}"
            ).format(folder=folder, hint=translate("DataFolder", _START_HINT))
        )
    traces = _traces(_listing(folder))
    if traces:
        return NoLogbookError(
            translate(
                "DataFolder",
                "There is no logbook in {folder}: it holds {traces} of a logbook but no "
                "{file}. {advice}",
            ).format(
                folder=folder,
                traces=_shown(traces),
                file=DATABASE_FILENAME,
                advice=_traces_advice(folder),
            )
        )
    return NoLogbookError(
        translate("DataFolder", "There is no logbook in {folder}. {hint}").format(
            folder=folder, hint=translate("DataFolder", _START_HINT)
        )
    )


def check_may_create(folder: Path) -> None:
    """A new logbook is made only in a new or empty folder (see ``HARMLESS_ENTRIES``):
    NoLogbookError naming what is there otherwise."""
    if not folder.is_dir():
        return
    try:
        names = _listing(folder)
    except OSError as error:
        raise DataFolderError(
            translate("DataFolder", "The data folder {folder} cannot be read: {reason}.").format(
                folder=folder, reason=error.strerror or error
            )
        ) from error
    if (folder / DATABASE_FILENAME).exists():
        # Another program made the database since the caller looked (two opening a new
        # folder at once): what is there now is that logbook being made, not traces.
        return
    traces = _traces(names)
    if traces:
        raise NoLogbookError(
            translate(
                "DataFolder",
                "The data folder {folder} holds {traces} of a logbook but no {file}: a new, "
                "empty logbook is not made over them. {advice}",
            ).format(
                folder=folder,
                traces=_shown(traces),
                file=DATABASE_FILENAME,
                advice=_traces_advice(folder),
            )
        )
    if names:
        raise NoLogbookError(
            translate(
                "DataFolder",
                "The folder {folder} holds no logbook but other files ({names}): a new "
                "logbook is only made in a new or empty folder. Choose another folder with "
                "--data-dir.",
            ).format(folder=folder, names=_shown(names))
        )


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed; the folder itself owner-only."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as error:
        raise DataFolderError(
            translate("DataFolder", "The data folder {folder} cannot be created: {reason}.").format(
                folder=folder, reason=error.strerror or error
            )
        ) from error
    if not folder.is_dir():
        raise DataFolderError(not_a_folder(folder))


def write_probe(folder: Path) -> OSError | None:
    """Write and remove a small file in ``folder``: the error if that fails."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=WRITE_PROBE_PREFIX) as probe:
            probe.write(bytes(WRITE_PROBE_BYTES))
            probe.flush()
    except OSError as error:
        return error
    return None


def writing_problem(folder: Path, database: Path) -> LogbookError | None:
    """Why the logbook in ``folder`` can only be read (the error a write raises), or
    None if it can be written. Other failures to write are DataFolderError."""
    error = write_probe(folder)
    if error is None:
        if os.access(database, os.W_OK):
            return None
        return ReadOnlyLogbookError(
            translate(
                "DataFolder",
                "The logbook file {file} is read-only (its permissions): it can be read "
                "and exported, not changed.",
            ).format(file=database)
        )
    if error.errno == errno.EROFS:
        return ReadOnlyLogbookError(read_only_media_message(folder))
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(disk_full_message(folder))
    if error.errno in (errno.EACCES, errno.EPERM):
        return ReadOnlyLogbookError(
            translate(
                "DataFolder",
                "The data folder {folder} is not writable for you ({reason}): the "
                "logbook can be read and exported, not changed. Fix the folder's permissions "
                "to work in it.",
            ).format(folder=folder, reason=error.strerror)
        )
    raise DataFolderError(
        translate("DataFolder", "The data folder {folder} is not writable: {reason}.").format(
            folder=folder, reason=error.strerror or error
        )
    ) from error


def out_of_space(folder: Path) -> bool:
    """After a failed write: was it for want of room?"""
    error = write_probe(folder)
    return error is not None and error.errno in (
        errno.ENOSPC,
        getattr(errno, "EDQUOT", errno.ENOSPC),
    )


def tighten_permissions(folder: Path) -> None:
    """Owner-only: the folder (0700) and the database files (0600), for a logbook made
    by an older version with the usual 0755/0644. Only these are checked, at each open
    (a few stats): inside a private folder nothing else can be reached by others, and
    what the app writes now is created private. Windows keeps its own ACLs."""
    if os.name == "nt":
        return
    targets = [(folder, PRIVATE_FOLDER)] + [
        (folder / name, PRIVATE_FILE) for name in (DATABASE_FILENAME, *DATABASE_SIDE_FILES)
    ]
    for path, wanted in targets:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & ~wanted:
                os.chmod(path, mode & wanted)
        except OSError:
            pass  # gone meanwhile, or not ours to change: opening goes on


def create_private_file(path: Path) -> None:
    """An empty file, owner-only from its first moment (SQLite then fills it, and gives
    its -wal and -shm files the same mode)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    except OSError as error:
        raise DataFolderError(
            translate("DataFolder", "{path} cannot be created: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error


def not_a_folder(folder: Path) -> str:
    return translate("DataFolder", "The data folder {folder} is not a folder.").format(
        folder=folder
    )
