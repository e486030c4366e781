"""Reading a bundle made by ``logger-app export --format bundle``: one client's zip, or
(``--all``) a zip (or its unpacked folder) of a folder per client. Every member is
checked against its folder's MANIFEST.sha256 before anything is read from it: a damaged
or foreign file is refused naming the member, and nothing is imported."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import LogbookError

MANIFEST = "MANIFEST.sha256"
HISTORY = "history.json"
FORMAT_VERSION = 1
GENERATOR = "logger-app"


class BundleError(LogbookError):
    """A bundle that cannot be imported: damaged, foreign, or not what was asked."""


@dataclass(frozen=True)
class ClientFolder:
    """One client's part of a bundle: its folder ("" at the top of a one-client zip)."""

    prefix: str
    document: dict[str, Any]
    sums: dict[str, str]  # member: SHA-256, as checked against the manifest

    def member(self, name: str) -> str:
        return self.prefix + name


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


def check_folder(files: BundleFiles, prefix: str, cancel=lambda: False) -> dict[str, str]:
    """Every file of the folder matches its manifest line and every file is listed
    (BundleError naming the first member that does not); ``{member: sha256}``."""
    manifest = prefix + MANIFEST
    listed = {manifest}
    sums: dict[str, str] = {}
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
            raise BundleError(f"{member}: listed in {manifest} but missing from the bundle.")
        if cancel():
            return sums
        with files.open(member) as handle:
            actual = hashlib.file_digest(handle, "sha256").hexdigest()
        if actual != digest:
            raise BundleError(
                f"{member}: its checksum does not match {manifest} (the file was changed "
                "or damaged since the export)."
            )
        sums[member] = digest
    for name in (n for n in files.names if n.startswith(prefix)):
        if name not in listed:
            raise BundleError(f"{name}: not listed in {manifest} (not part of the export).")
    return sums


def read_history(files: BundleFiles, prefix: str, sums: dict[str, str]) -> ClientFolder:
    """The folder's history.json, checked to be one client's export of this format."""
    member = prefix + HISTORY
    if member not in files.names:
        raise BundleError(f"{member}: missing (not a client's bundle).")
    try:
        document = json.loads(files.read(member).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise BundleError(f"{member}: not readable JSON ({error}).") from None
    if not isinstance(document, dict) or not isinstance(document.get("client"), dict):
        raise BundleError(f'{member}: not a client\'s history (no "client").')
    generator = document.get("generator") or {}
    if generator.get("name") != GENERATOR:
        raise BundleError(f"{member}: not made by {GENERATOR} (a foreign file).")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        raise BundleError(
            f"{member}: format version {version!r}; this app reads version {FORMAT_VERSION} "
            "(update the app to import it)."
        )
    return ClientFolder(prefix, document, sums)


def open_client_folders(
    files: BundleFiles, all_clients: bool, cancel=lambda: False
) -> list[ClientFolder]:
    """Every client folder of the bundle, checked whole before any is returned."""
    prefixes = client_prefixes(files)
    if not prefixes:
        raise BundleError(
            f"{files.path.name}: no {MANIFEST} inside: not a bundle made by the logbook."
        )
    if not all_clients and (len(prefixes) > 1 or prefixes != [""]):
        raise BundleError(
            f"{files.path.name}: holds the folders of {len(prefixes)} client(s) (an export "
            "of every client): import it with --all (or choose “every client” in the window)."
        )
    unlisted = [
        n for n in files.names if not any(n.startswith(p) for p in prefixes if p)
    ] if "" not in prefixes else []  # fmt: skip
    if unlisted:
        raise BundleError(f"{unlisted[0]}: not in any client's folder (not part of the export).")
    sums = {prefix: check_folder(files, prefix, cancel) for prefix in prefixes}
    return [read_history(files, prefix, sums[prefix]) for prefix in prefixes]


def client_folders(path: Path) -> list[str]:
    """The client folders of the bundle at ``path`` ([""]: one client's bundle; []: not
    a bundle), read from its list of files only: whether to import it as every
    client's."""
    try:
        with BundleFiles(path) as files:
            return client_prefixes(files)
    except BundleError:
        return []
