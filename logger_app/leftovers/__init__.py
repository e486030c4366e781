"""Temporary files of work in progress, who owns them, and removing them once nobody does.

Every temporary file the app writes (an export beside the user's file, a backup's
database snapshot and unfinished archive, a photo being stored, the copy made before an
upgrade) is owned by the process writing it. When that process ends in the middle (a
crash, a kill, a power cut), the file is a leftover, and the next open of the data folder
removes it.

Ownership is an operating-system file lock, never an age or a process id: a process that
has temporary files holds ``<data folder>/.owners/<token>.lock`` locked (``flock`` on
POSIX, ``msvcrt.locking`` on Windows). The system drops the lock when the process ends,
however it ends, and a new process that gets the same pid has another token. A lock that
can be taken therefore means the owner is gone. Each temporary file has an entry
``.owners/<token>-<id>.entry`` naming it, so that files outside the data folder (exports,
backups on another disk) are found without searching, and the generated temporary names
carry the token too (``.tmp-<token>-<id>.part``), so that a file found by a scan of the
photo folder tells its owner by its name.

The owner's protocol: lock file created and locked (and checked still to be the file at
that path) before any entry is written; entries removed before the lock file is removed.
A sweeper removes an owner's files only while holding that owner's lock.

Modules: ``locks`` (the file locks), ``ownership`` (this process's temporary files and
their registration), ``sweep`` (finding and removing leftovers).
"""

from __future__ import annotations

from .locks import HeldLock, hold_lock, take_if_abandoned
from .ownership import (
    BACKUP,
    EXPORT,
    OWNERS_FOLDER,
    PHOTO_IMPORT,
    RESTORE,
    SNAPSHOT_PREFIX,
    UPGRADE_COPY,
    Registration,
    TempFile,
    register,
    temp_name,
    token_of,
    tracked_temp,
)
from .sweep import (
    Leftover,
    is_owned,
    owner_alive,
    plain_size,
    registered_paths,
    remove_path,
    size_of,
    sweep_registered,
)

__all__ = [
    "BACKUP",
    "EXPORT",
    "OWNERS_FOLDER",
    "PHOTO_IMPORT",
    "RESTORE",
    "SNAPSHOT_PREFIX",
    "UPGRADE_COPY",
    "HeldLock",
    "Leftover",
    "Registration",
    "TempFile",
    "hold_lock",
    "is_owned",
    "owner_alive",
    "plain_size",
    "register",
    "registered_paths",
    "remove_path",
    "size_of",
    "sweep_registered",
    "take_if_abandoned",
    "temp_name",
    "token_of",
    "tracked_temp",
]
