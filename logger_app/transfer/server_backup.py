"""Backups of the logbook on the clinic server, in the very format of the file's.

A backup copies the server's logbook into a temporary file logbook (``copy_logbook``,
photos with it) and archives that with ``make_backup``: the archive is a file backup
like any other, so it restores into a data folder as well. A restore onto the server
goes the other way: any backup is restored into a temporary data folder (checked, and
upgraded if it is older), then copied onto an empty server database.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..backup import BackupInfo, RestoreInfo, make_backup, restore_backup
from ..leftovers import BACKUP, register
from ..owner_only import make_private_folders
from ..photos.content import FolderContent
from ..store import open_database
from .copy import CopyReport, copy_logbook
from .moves import check_server_empty
from .photos import TEMP_PREFIX, copy_photos, photo_hashes, server_photos

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ServerRestore:
    restored: RestoreInfo  # the archive as checked, and the temporary folder it went in
    copied: CopyReport


def backup_server(
    conninfo: str,
    target_zip: Path,
    progress: Progress | None = None,
    *,
    workstation: Path | None = None,
) -> BackupInfo:
    """Back up the server's logbook, with the photo files it keeps, into ``target_zip``.
    The temporary logbook lies beside the target (which must have the room anyway). It
    holds the records in plain form: with ``workstation`` (this computer's data folder)
    it is registered there as this process's work, so that the next open of that folder
    removes it if the process is killed before it does."""
    from ..store.server.opening import open_server_database

    target_zip = Path(target_zip).expanduser().resolve()
    target_zip.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=target_zip.parent))
    registration = None
    if workstation is not None:
        make_private_folders(workstation)
        registration = register(workstation, temp, BACKUP, final=target_zip)
    try:
        folder = temp / "logbook"
        server = open_server_database(conninfo)
        try:
            copy = open_database(folder, create=True)
            try:
                # Rows first, then the photo files those very rows refer to: the archive
                # is of one moment even if photos are added meanwhile.
                copy_logbook(server, copy)
                with server_photos(server, conninfo) as server_files:
                    copy_photos(server_files, FolderContent(folder), photo_hashes(copy))
            finally:
                copy.close()
        finally:
            server.close()
        return make_backup(folder, target_zip, progress)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
        if registration is not None:
            registration.release()


def restore_onto_server(
    zip_path: Path,
    conninfo: str,
    progress: Progress | None = None,
    *,
    data_key: bytes | None = None,
) -> ServerRestore:
    """Restore any logbook backup onto the empty server database at ``conninfo``, its
    photo files into the server's own store before the rows (refused, nothing touched,
    if it holds a logbook already). A backup of an encrypted logbook is read with its
    ``data_key``; its temporary folder stays encrypted."""
    from ..store.server.opening import open_server_database

    check_server_empty(conninfo)
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX) as temp:
        restored = restore_backup(zip_path, Path(temp) / "logbook", progress, data_key=data_key)
        # A backup of an older version is upgraded here.
        copy = open_database(restored.data_dir, data_key=data_key)
        try:
            server = open_server_database(conninfo)
            try:
                with server_photos(server, conninfo) as server_files:
                    copy_photos(FolderContent(restored.data_dir), server_files, photo_hashes(copy))
                copied = copy_logbook(copy, server)
            finally:
                server.close()
        finally:
            copy.close()
    return ServerRestore(restored, copied)
