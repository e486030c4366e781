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
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

OWNERS_FOLDER = ".owners"
_LOCK_SUFFIX = ".lock"
_ENTRY_SUFFIX = ".entry"
# What was interrupted, in the words of "from an interrupted <kind>".
EXPORT = "export"
BACKUP = "backup"
PHOTO_IMPORT = "photo import"
UPGRADE_COPY = "copy before an upgrade"
RESTORE = "restore"
SNAPSHOT_PREFIX = ".logbook-snapshot-"  # a backup's copy of the database, beside the backup
_TOKEN = re.compile(r"[0-9a-f]{12}")

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


def _owners_folder(data_dir: Path) -> Path:
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
                _remove_if_empty(lock.path.parent)


def register(data_dir: Path, path: Path, kind: str, final: Path | None = None) -> Registration:
    """Register ``path`` (a file or folder about to be made) as this process's temporary
    work in ``data_dir``; ``final``: the file it becomes, named in reports."""
    folder = _owners_folder(data_dir)
    key = folder.parent
    with _state:
        if key in _held:
            lock, count = _held[key]
        else:
            lock, count = _hold_owner_lock(folder), 0
        _held[key] = (lock, count + 1)
    entry = folder / f"{_token}-{secrets.token_hex(6)}{_ENTRY_SUFFIX}"
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
            return hold_lock(folder / f"{_token}{_LOCK_SUFFIX}")
        except FileNotFoundError:  # another process removed the empty folder just now
            if attempt == 9:
                raise
    raise AssertionError("unreachable")


def _remove_if_empty(folder: Path) -> None:
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


@dataclass(frozen=True)
class Leftover:
    """A temporary file or folder of interrupted (or, if ``in_use``, running) work."""

    path: Path
    size: int  # bytes
    kind: str
    final: Path | None = None  # the file it was to become, when known
    in_use: bool = False

    def describe(self) -> str:
        where = f"beside {self.final}" if self.final else f"in {self.path.parent}"
        return f"{self.path.name} {where}, {plain_size(self.size)}, from an interrupted {self.kind}"


def plain_size(size: int) -> str:
    """Bytes in plain decimal units: "48.2 MB"."""
    if size < 1000:
        return "1 byte" if size == 1 else f"{size} bytes"
    amount = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        amount /= 1000
        if amount < 999.95 or unit == "TB":
            return f"{amount:.1f} {unit}"
    raise AssertionError("unreachable")


def size_of(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        return path.stat().st_size
    except OSError:
        return 0


def remove_path(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def owner_alive(data_dir: Path, token: str) -> bool:
    """Whether the process with ``token`` still owns work in ``data_dir``."""
    if token == _token:
        return True
    lock = take_if_abandoned(_owners_folder(data_dir) / f"{token}{_LOCK_SUFFIX}")
    if lock is None:
        return True
    lock.release()  # its entries (if any) are removed by the next sweep
    return False


def sweep_registered(data_dir: Path, remove: bool = True) -> list[Leftover]:
    """The temporary files registered in ``data_dir``: those of owners that are gone are
    removed (with their entries and lock) when ``remove``; those of running owners are
    listed as ``in_use``. One listing of ``.owners`` when there is nothing."""
    folder = _owners_folder(data_dir)
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    by_token: dict[str, list[Path]] = {}
    for name in names:
        if name.endswith(_LOCK_SUFFIX):
            by_token.setdefault(name.removesuffix(_LOCK_SUFFIX), [])
        elif name.endswith(_ENTRY_SUFFIX):
            by_token.setdefault(name.split("-", 1)[0], []).append(folder / name)
    found: list[Leftover] = []
    for token, entries in by_token.items():
        lock = None if token == _token else take_if_abandoned(folder / f"{token}{_LOCK_SUFFIX}")
        try:
            for entry in entries:
                leftover = _read_entry(entry, in_use=lock is None)
                if leftover is None:
                    continue
                if lock is not None and remove:
                    remove_path(leftover.path)
                    with contextlib.suppress(OSError):
                        entry.unlink()
                found.append(leftover)
        finally:
            if lock is not None:
                lock.release()  # its owner is gone: the lock file goes too
    if remove:
        _remove_if_empty(folder)
    return found


def _read_entry(entry: Path, in_use: bool) -> Leftover | None:
    try:
        record = json.loads(entry.read_text(encoding="utf-8"))
        path = Path(record["path"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not path.exists():
        if not in_use:
            with contextlib.suppress(OSError):
                entry.unlink()  # the work had finished; only its entry was left
        return None
    final = Path(record["for"]) if record.get("for") else None
    return Leftover(path, size_of(path), str(record.get("kind", BACKUP)), final, in_use)


def registered_paths(data_dir: Path) -> set[Path]:
    """Paths registered by running owners in ``data_dir`` (for scans that meet them)."""
    return {
        leftover.path for leftover in sweep_registered(data_dir, remove=False) if leftover.in_use
    }


def is_owned(data_dir: Path, path: Path, prefix: str) -> bool:
    """Whether a temporary file met by a scan belongs to a running process: by the token
    in its name, else by a registration."""
    token = token_of(path.name, prefix)
    if token is not None:
        return owner_alive(data_dir, token)
    return Path(path).absolute() in registered_paths(data_dir)
