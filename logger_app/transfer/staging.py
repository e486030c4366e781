"""A logbook built beside its folder, then put in place whole with one rename.

``move-to-file`` writes the new logbook into ``.<name>.moving-<id>/`` beside the data
folder (the same disk) and renames it to the data folder only once it is complete and
checked: a crash at any step leaves the data folder as it was (absent, or empty), never a
half-copied logbook. While it works, the process holds ``.<name>.moving-<id>.lock`` (an
operating-system lock, see ``logger_app.leftovers``); a staging folder whose lock can be
taken was left by a process that is gone, and the next move into that folder removes it
(it holds health data).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from ..leftovers import hold_lock, take_if_abandoned
from ..owner_only import make_private_folders
from ..photos.store import fsync_folder

_MARK = ".moving-"
_LOCK_SUFFIX = ".lock"


class StagingFolder:
    """The folder a new logbook is built in; ``publish()`` makes it the data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir.parent / f".{data_dir.name}{_MARK}{secrets.token_hex(6)}"
        self.published = False

    def publish(self) -> None:
        """Rename the built logbook into place (the data folder, absent or empty)."""
        if self.data_dir.exists():
            self.data_dir.rmdir()  # empty, as checked before anything was built
        os.replace(self.folder, self.data_dir)
        fsync_folder(self.data_dir.parent)
        self.published = True


def remove_abandoned(data_dir: Path) -> None:
    """Remove what moves into ``data_dir`` left when their process ended mid-way."""
    parent, prefix = data_dir.parent, f".{data_dir.name}{_MARK}"
    if not parent.is_dir():
        return
    for entry in parent.iterdir():
        if not entry.name.startswith(prefix) or entry.name.endswith(_LOCK_SUFFIX):
            continue
        lock = take_if_abandoned(entry.with_name(entry.name + _LOCK_SUFFIX))
        if lock is None:
            continue  # another move is at work there
        try:
            shutil.rmtree(entry, ignore_errors=True)
        finally:
            lock.release()
    for entry in parent.glob(f"{prefix}*{_LOCK_SUFFIX}"):  # a lock outliving its folder
        if not entry.with_name(entry.name.removesuffix(_LOCK_SUFFIX)).exists():
            lock = take_if_abandoned(entry)
            if lock is not None:
                lock.release()


@contextlib.contextmanager
def staging_folder(data_dir: Path) -> Iterator[StagingFolder]:
    """A new staging folder for ``data_dir``, held by this process; removed on leaving
    unless it was published."""
    data_dir = Path(data_dir)
    make_private_folders(data_dir.parent)
    staging = StagingFolder(data_dir)
    lock = hold_lock(staging.folder.with_name(staging.folder.name + _LOCK_SUFFIX))
    try:
        yield staging
    finally:
        if not staging.published:
            shutil.rmtree(staging.folder, ignore_errors=True)
        lock.release()
