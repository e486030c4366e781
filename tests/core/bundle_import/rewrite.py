"""Bundles changed on purpose: a history.json edited and the manifest made to match (as
someone who knew the format would), so that only the signatures can tell."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

MANIFEST = "MANIFEST.sha256"


def rewrite_members(
    bundle: Path, out: Path, change: Callable[[dict[str, bytes]], None], manifest: bool = True
) -> Path:
    """Copy ``bundle`` to ``out`` with ``change`` applied to its members (name: bytes);
    with ``manifest`` each folder's checksum list is written again to match."""
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
        comment = archive.comment
    change(members)
    if manifest:
        for name in [n for n in members if n.rsplit("/", 1)[-1] == MANIFEST]:
            prefix = name[: -len(MANIFEST)]
            lines = "".join(
                f"{hashlib.sha256(data).hexdigest()}  {member[len(prefix):]}\n"
                for member, data in members.items()
                if member.startswith(prefix) and member != name
                and "/" not in member[len(prefix):].replace("photos/", "", 1)
            )  # fmt: skip
            members[name] = lines.encode("utf-8")
    with zipfile.ZipFile(out, "w") as archive:
        archive.comment = comment
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def rewrite_history(
    bundle: Path, out: Path, change: Callable[[dict], None], member: str = "history.json"
) -> Path:
    def edit(members: dict[str, bytes]) -> None:
        document = json.loads(members[member])
        change(document)
        members[member] = json.dumps(document, ensure_ascii=False).encode("utf-8")

    return rewrite_members(bundle, out, edit)
