"""Ownership as an operating-system file lock: held while the owner runs, free once it
ends, however it ends.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(descriptor: int, wait: bool) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int, wait: bool) -> None:
        # flock, not fcntl's record locks: two descriptors of one process conflict too,
        # so a sweep in the owner's own process also sees the file as owned.
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))


class HeldLock:
    """A lock file held by this process; ``release()`` removes the file and unlocks."""

    def __init__(self, path: Path, descriptor: int | None) -> None:
        self.path = path
        self._descriptor = descriptor

    def release(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        if os.name == "nt":  # Windows cannot remove a file that is open
            os.close(descriptor)
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(descriptor)


def hold_lock(path: Path) -> HeldLock:
    """Create (or open) the lock file ``path`` and lock it, waiting for a sweeper that
    may hold it for a moment; retried if a sweeper removed the file meanwhile."""
    while True:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(descriptor, wait=True)
            if _same_file(descriptor, path):
                return HeldLock(path, descriptor)
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)


def take_if_abandoned(path: Path, create: bool = False) -> HeldLock | None:
    """The lock at ``path`` if its owner is gone (held now by us: release it when its
    files are removed); None while its owner lives. A missing lock file counts as gone;
    ``create`` makes one and holds it then (so that two sweepers never work at once)."""
    try:
        descriptor = os.open(path, os.O_RDWR | (os.O_CREAT if create else 0), 0o600)
    except FileNotFoundError:
        return HeldLock(path, None)
    except OSError:
        return None  # cannot tell (permissions): leave its files alone
    try:
        _lock(descriptor, wait=False)
    except OSError:
        os.close(descriptor)
        return None
    if not _same_file(descriptor, path):  # released and made anew meanwhile
        os.close(descriptor)
        return None
    return HeldLock(path, descriptor)


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(descriptor), os.stat(path))
    except OSError:
        return False
