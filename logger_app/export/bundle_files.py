"""Reading a bundle back: its files, a zip or an unpacked folder, and each client
folder's MANIFEST.sha256 checked against them. What ``export.bundle`` writes, the
import (``bundle_import``) and ``verify_bundle`` read through here."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import LogbookError
from .output import never

MANIFEST = "MANIFEST.sha256"


class BundleError(LogbookError):
    """A bundle that cannot be imported: damaged, foreign, or not what was asked."""


class BundleFiles:
    """The files of a bundle, a zip or a folder, by their names inside it ("a/b")."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._zip: zipfile.ZipFile | None = None
        if self.path.is_dir():
            self._names = sorted(
                p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()
            )
        else:
            try:
                self._zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError) as error:
                raise BundleError(
                    f"{self.path.name}: not a bundle made by the logbook (not a zip file: {error})."
                ) from None
            self._names = sorted(n for n in self._zip.namelist() if not n.endswith("/"))

    @property
    def names(self) -> list[str]:
        return self._names

    @contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        if self._zip is not None:
            with self._zip.open(name) as handle:
                yield handle  # type: ignore[misc]
        else:
            with (self.path / name).open("rb") as handle:
                yield handle

    def read(self, name: str) -> bytes:
        with self.open(name) as handle:
            return handle.read()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> BundleFiles:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def client_prefixes(files: BundleFiles) -> list[str]:
    """The folders holding a client's manifest ("" for a one-client bundle)."""
    return sorted(n[: -len(MANIFEST)] for n in files.names if n.rsplit("/", 1)[-1] == MANIFEST)


# What is wrong with a member, as the manifest check finds it (the kinds of problem).
MISSING = "listed but missing"
CHANGED = "checksum does not match"
UNLISTED = "not in any manifest"


def manifest_problems(
    files: BundleFiles, prefix: str, sums: dict[str, str], cancel: Callable[[], bool] = never
) -> Iterator[tuple[str, str]]:
    """(member, kind of problem) for each file of the folder that does not match its
    manifest line, and each file no line lists; ``sums`` gets every member that
    matches. Raises BundleError for a manifest that is not a checksum list."""
    manifest = prefix + MANIFEST
    listed = {manifest}
    try:
        lines = files.read(manifest).decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise BundleError(f"{manifest}: not a checksum list (damaged).") from None
    for number, line in enumerate(lines, start=1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or not name or name.startswith("/") or ".." in name:
            raise BundleError(f"{manifest}: line {number} is not a checksum line (damaged).")
        member = prefix + name
        listed.add(member)
        if member not in files.names:
            yield member, MISSING
            continue
        if cancel():
            return
        with files.open(member) as handle:
            actual = hashlib.file_digest(handle, "sha256").hexdigest()
        if actual != digest:
            yield member, CHANGED
        else:
            sums[member] = digest
    for name in (n for n in files.names if n.startswith(prefix)):
        if name not in listed:
            yield name, UNLISTED


def check_folder(
    files: BundleFiles, prefix: str, cancel: Callable[[], bool] = never
) -> dict[str, str]:
    """Every file of the folder matches its manifest line and every file is listed
    (BundleError naming the first member that does not); ``{member: sha256}``."""
    manifest = prefix + MANIFEST
    sums: dict[str, str] = {}
    for member, kind in manifest_problems(files, prefix, sums, cancel):
        if kind == MISSING:
            raise BundleError(f"{member}: listed in {manifest} but missing from the bundle.")
        if kind == CHANGED:
            raise BundleError(
                f"{member}: its checksum does not match {manifest} (the file was changed "
                "or damaged since the export)."
            )
        raise BundleError(f"{member}: not listed in {manifest} (not part of the export).")
    return sums
