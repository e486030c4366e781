"""This process's temporary files: their names (carrying its token), their entries in
the owners folder, and the lock held while any is registered.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

from .locks import HeldLock, hold_lock

OWNERS_FOLDER = ".owners"
LOCK_SUFFIX = ".lock"
ENTRY_SUFFIX = ".entry"
# What was interrupted, in the words of "from an interrupted <kind>".
EXPORT = "export"
BACKUP = "backup"
PHOTO_IMPORT = "photo import"
UPGRADE_COPY = "copy before an upgrade"
RESTORE = "restore"
SNAPSHOT_PREFIX = ".logbook-snapshot-"  # a backup's copy of the database, beside the backup
_TOKEN = re.compile(r"[0-9a-f]{12}")


# This process's ownership: one token, and per data folder one held lock while any
# temporary file is registered there.
_state = threading.Lock()
_token = secrets.token_hex(6)
_held: dict[Path, tuple[HeldLock, int]] = {}


def _forget_after_fork() -> None:
    global _token, _state
    # The child is another owner. The parent's locks stay the parent's: their
    # descriptors are simply not used here (closing them would not release them).
    _token, _state = secrets.token_hex(6), threading.Lock()
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)


def temp_name(prefix: str, suffix: str = ".part") -> str:
    """A new temporary file name that tells its owner: ``<prefix><token>-<id><suffix>``."""
    return f"{prefix}{_token}-{secrets.token_hex(4)}{suffix}"


def token_of(name: str, prefix: str) -> str | None:
    """The owner token in a name made by ``temp_name`` (None for any other name)."""
    token = name[len(prefix) : len(prefix) + 12] if name.startswith(prefix) else ""
    return (
        token
        if _TOKEN.fullmatch(token) and name[len(prefix) + 12 : len(prefix) + 13] == "-"
        else None
    )


def owners_folder(data_dir: Path) -> Path:
    return Path(data_dir).absolute() / OWNERS_FOLDER


class Registration:
    """One temporary path registered as this process's in a data folder."""

    def __init__(self, data_dir: Path, entry: Path) -> None:
        self._data_dir, self._entry, self._done = data_dir, entry, False

    def release(self) -> None:
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            self._entry.unlink()
        with _state:
            lock, count = _held[self._data_dir]
            if count > 1:
                _held[self._data_dir] = (lock, count - 1)
            else:
                del _held[self._data_dir]
                lock.release()
                remove_if_empty(lock.path.parent)


def register(data_dir: Path, path: Path, kind: str, final: Path | None = None) -> Registration:
    """Register ``path`` (a file or folder about to be made) as this process's temporary
    work in ``data_dir``; ``final``: the file it becomes, named in reports."""
    folder = owners_folder(data_dir)
    key = folder.parent
    with _state:
        if key in _held:
            lock, count = _held[key]
        else:
            lock, count = _hold_owner_lock(folder), 0
        _held[key] = (lock, count + 1)
    entry = folder / f"{_token}-{secrets.token_hex(6)}{ENTRY_SUFFIX}"
    registration = Registration(key, entry)
    record = {"path": str(Path(path).absolute()), "kind": kind}
    if final is not None:
        record["for"] = str(Path(final).absolute())
    try:
        descriptor = os.open(entry, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(record, out)
    except BaseException:
        registration.release()
        raise
    return registration


def _hold_owner_lock(folder: Path) -> HeldLock:
    for attempt in range(10):
        folder.mkdir(mode=0o700, exist_ok=True)
        try:
            return hold_lock(folder / f"{_token}{LOCK_SUFFIX}")
        except FileNotFoundError:  # another process removed the empty folder just now
            if attempt == 9:
                raise
    raise AssertionError("unreachable")


def remove_if_empty(folder: Path) -> None:
    """``.owners`` goes when the last owner leaves: no empty folder is left behind."""
    with contextlib.suppress(OSError):
        folder.rmdir()


class TempFile:
    """A new, empty temporary file (owner-only) registered in ``data_dir`` (if given):
    write it, then ``keep_as(final)`` or ``discard()``."""

    def __init__(
        self,
        data_dir: Path | None,
        folder: Path,
        prefix: str,
        kind: str,
        *,
        suffix: str = ".part",
        final: Path | None = None,
        path: Path | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else Path(folder) / temp_name(prefix, suffix)
        self._registration = (
            register(data_dir, self.path, kind, final) if data_dir is not None else None
        )
        try:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if path is not None else os.O_EXCL)
            os.close(os.open(self.path, flags | getattr(os, "O_BINARY", 0), 0o600))
        except BaseException:
            self._release()
            raise

    def keep_as(self, final: Path, durable: bool = True) -> None:
        """Rename into place (after an fsync of the file when ``durable``)."""
        try:
            if durable:
                with self.path.open("rb+") as written:
                    os.fsync(written.fileno())
            os.replace(self.path, final)
        except BaseException:
            self.discard()
            raise
        self._release()

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._release()

    def _release(self) -> None:
        if self._registration is not None:
            self._registration.release()
            self._registration = None


@contextlib.contextmanager
def tracked_temp(
    data_dir: Path | None,
    final_path: Path,
    prefix: str = ".tmp-",
    kind: str = BACKUP,
    *,
    temp_path: Path | None = None,
    durable: bool = True,
) -> Iterator[Path]:
    """A temporary file beside ``final_path`` (or ``temp_path``, e.g. ``<name>.part``),
    owned by this process; renamed over ``final_path`` (fsynced, with its folder, when
    ``durable``) when the block ends normally, removed otherwise. If this process dies
    inside the block, the next open of ``data_dir`` removes it."""
    final_path = Path(final_path)
    temp = TempFile(data_dir, final_path.parent, prefix, kind, final=final_path, path=temp_path)
    try:
        yield temp.path
    except BaseException:
        temp.discard()
        raise
    temp.keep_as(final_path, durable)
    if durable and os.name != "nt":
        with contextlib.suppress(OSError):  # not every file system allows it
            descriptor = os.open(final_path.parent, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)


def own_token() -> str:
    """This process's token (a forked child gets another)."""
    return _token
