"""Folders the app makes are its user's alone: health records are not for other
accounts on the same computer."""

from __future__ import annotations

from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def make_private_folders(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each owner-only (``mkdir(parents=
    True, mode=…)`` gives the mode to the last folder only). Folders that exist are
    left as they are; OSError as ``mkdir`` raises it."""
    folder = Path(folder)
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
