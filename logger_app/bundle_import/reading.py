"""Reading a bundle made by ``logger-app export --format bundle``: one client's zip, or
(``--all``) a zip (or its unpacked folder) of a folder per client. Every member is
checked against its folder's MANIFEST.sha256 before anything is read from it: a damaged
or foreign file is refused naming the member, and nothing is imported."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..export.bundle_files import (
    MANIFEST,
    BundleError,
    BundleFiles,
    check_folder,
    client_prefixes,
)
from ..i18n import translate

HISTORY = "history.json"
FORMAT_VERSION = 1
GENERATOR = "logger-app"


@dataclass(frozen=True)
class ClientFolder:
    """One client's part of a bundle: its folder ("" at the top of a one-client zip)."""

    prefix: str
    document: dict[str, Any]
    sums: dict[str, str]  # member: SHA-256, as checked against the manifest

    def member(self, name: str) -> str:
        return self.prefix + name


def read_history(files: BundleFiles, prefix: str, sums: dict[str, str]) -> ClientFolder:
    """The folder's history.json, checked to be one client's export of this format."""
    member = prefix + HISTORY
    if member not in files.names:
        raise BundleError(
            translate("BundleImport", "{member}: missing (not a client's bundle).").format(
                member=member
            )
        )
    try:
        document = json.loads(files.read(member).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise BundleError(
            translate("BundleImport", "{member}: not readable JSON ({error}).").format(
                member=member, error=error
            )
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("client"), dict):
        raise BundleError(
            translate("BundleImport", '{member}: not a client\'s history (no "client").').format(
                member=member
            )
        )
    generator = document.get("generator") or {}
    if generator.get("name") != GENERATOR:
        raise BundleError(
            translate("BundleImport", "{member}: not made by {generator} (a foreign file).").format(
                member=member, generator=GENERATOR
            )
        )
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        raise BundleError(
            translate(
                "BundleImport",
                "{member}: format version {version}; this app reads version {known} "
                "(update the app to import it).",
            ).format(member=member, version=repr(version), known=FORMAT_VERSION)
        )
    return ClientFolder(prefix, document, sums)


def open_client_folders(
    files: BundleFiles, all_clients: bool, cancel=lambda: False
) -> list[ClientFolder]:
    """Every client folder of the bundle, checked whole before any is returned."""
    prefixes = client_prefixes(files)
    if not prefixes:
        raise BundleError(
            translate(
                "BundleImport", "{file}: no {manifest} inside: not a bundle made by the logbook."
            ).format(file=files.path.name, manifest=MANIFEST)
        )
    if not all_clients and (len(prefixes) > 1 or prefixes != [""]):
        raise BundleError(
            translate(
                "BundleImport",
                "{file}: holds the folders of {count} client(s) (an export of every client): "
                "import it with --all (or choose “every client” in the window).",
            ).format(file=files.path.name, count=len(prefixes))
        )
    unlisted = [
        n for n in files.names if not any(n.startswith(p) for p in prefixes if p)
    ] if "" not in prefixes else []  # fmt: skip
    if unlisted:
        raise BundleError(
            translate(
                "BundleImport", "{member}: not in any client's folder (not part of the export)."
            ).format(member=unlisted[0])
        )
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
