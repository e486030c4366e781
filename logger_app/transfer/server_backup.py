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
from ..backup.manifest import BackupLockedError
from ..crypto.key_file import parse_key_file, write_key_file
from ..i18n import translate
from ..leftovers import BACKUP, register
from ..logbook.keyring import SERVER_HOLDERS_SETTING
from ..owner_only import make_private_folders
from ..photos.content import FolderContent
from ..store import open_database
from ..store.identity import IdentityStore
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
    data_key: bytes | None = None,
) -> BackupInfo:
    """Back up the server's logbook, with the photo files it keeps, into ``target_zip``.
    The temporary logbook lies beside the target (which must have the room anyway). With
    ``workstation`` (this computer's data folder) it is registered there as this
    process's work, so that the next open of that folder removes it if the process is
    killed before it does.

    A server logbook with a data key (its photos encrypted) is backed up encrypted with
    it: the temporary logbook is an encrypted file whose key file holds the server's
    wrappings, so the backup opens with the same passphrases and recovery sheet, and no
    plain copy of the records reaches this computer's disk. Without ``data_key`` such a
    logbook is refused (BackupLockedError: someone holding the key signs in first)."""
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
            holders = IdentityStore(server).setting(SERVER_HOLDERS_SETTING)
            if holders is not None:
                if data_key is None:
                    raise BackupLockedError(
                        translate(
                            "ServerBackup",
                            "The logbook on the clinic server has encrypted photos: sign in as "
                            "a practitioner who holds its key to back it up.",
                        )
                    )
                make_private_folders(folder)
                write_key_file(folder, parse_key_file(holders, "the server's key holders"))
            else:
                data_key = None
            copy = open_database(folder, create=True, data_key=data_key)
            try:
                # Rows first, then the photo files those very rows refer to: the archive
                # is of one moment even if photos are added meanwhile.
                copy_logbook(server, copy)
                with server_photos(server, conninfo, data_key) as server_files:
                    copy_photos(server_files, FolderContent(folder, data_key), photo_hashes(copy))
            finally:
                copy.close()
        finally:
            server.close()
        return make_backup(folder, target_zip, progress, data_key=data_key)
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
