"""Finding leftovers of work cut short and removing those no running process owns."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .locks import take_if_abandoned
from .ownership import (
    BACKUP,
    ENTRY_SUFFIX,
    LOCK_SUFFIX,
    own_token,
    owners_folder,
    remove_if_empty,
    token_of,
)


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
    if token == own_token():
        return True
    lock = take_if_abandoned(owners_folder(data_dir) / f"{token}{LOCK_SUFFIX}")
    if lock is None:
        return True
    lock.release()  # its entries (if any) are removed by the next sweep
    return False


def sweep_registered(data_dir: Path, remove: bool = True) -> list[Leftover]:
    """The temporary files registered in ``data_dir``: those of owners that are gone are
    removed (with their entries and lock) when ``remove``; those of running owners are
    listed as ``in_use``. One listing of ``.owners`` when there is nothing."""
    folder = owners_folder(data_dir)
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    by_token: dict[str, list[Path]] = {}
    for name in names:
        if name.endswith(LOCK_SUFFIX):
            by_token.setdefault(name.removesuffix(LOCK_SUFFIX), [])
        elif name.endswith(ENTRY_SUFFIX):
            by_token.setdefault(name.split("-", 1)[0], []).append(folder / name)
    found: list[Leftover] = []
    for token, entries in by_token.items():
        lock = None if token == own_token() else take_if_abandoned(folder / f"{token}{LOCK_SUFFIX}")
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
        remove_if_empty(folder)
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
