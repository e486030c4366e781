"""Making a backup: a snapshot of the database and the photo files its rows refer to.

The snapshot comes first; the photos are then the files *that snapshot* refers to, so
the archive is consistent even while the app keeps working (a photo file is written
before its row, and content-addressed files never change). Files no row uses (left by an
interrupted import) and the thumbnail cache are not backed up, nor ``backups/`` itself.

An encrypted logbook is backed up as it is kept: the snapshot is made between two
SQLCipher connections keyed with its data key (no plain copy ever exists), the key file
goes with it, and each photo file is copied byte for byte (checked against its name by
decrypting it in memory, never written out in plain).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import sqlite3
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from .. import __version__
from ..crypto.key_file import KEY_FILENAME, is_encrypted_folder, key_file_path
from ..crypto.stream import StreamDecryptionError, decrypt_stream, is_encrypted
from ..errors import LogbookError, WrongDataKeyError
from ..i18n import translate
from ..leftovers import BACKUP, SNAPSHOT_PREFIX, TempFile
from ..owner_only import make_private_folders
from ..photos.sealed import photo_identity
from ..photos.store import fsync_folder, photo_path
from ..store.database import APPLICATION_ID, DATABASE_FILENAME
from ..store.folder_upkeep import recover_data_folder
from ..store.snapshot import describe_database, snapshot_database
from .manifest import (
    FORMAT_VERSION,
    MANIFEST_NAME,
    PLAIN_FORMAT_VERSION,
    BackupError,
    BackupInfo,
    BackupLockedError,
    Encryption,
    FileEntry,
    manifest_bytes,
    photo_name,
)

BACKUPS_FOLDER = "backups"
Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
_CHUNK = 1 << 20

_log = logging.getLogger(__name__)


def make_backup(
    data_dir: Path,
    target_zip: Path,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    data_key: bytes | None = None,
) -> BackupInfo:
    """Back up the logbook in ``data_dir`` into ``target_zip`` (replaced if it exists,
    only once the new one is complete). Safe while the app is open and writing: opens
    only files and its own SQLite connection. ``progress`` may raise BackupCancelled.
    An encrypted logbook needs its ``data_key`` (BackupLockedError without it)."""
    data_dir = Path(data_dir).resolve()
    target_zip = Path(target_zip).expanduser().resolve()
    _check_target(data_dir, target_zip)
    database = data_dir / DATABASE_FILENAME
    if not database.is_file():
        raise BackupError(
            translate("Backup", "There is no logbook to back up in {folder}.").format(
                folder=data_dir
            )
        )
    if not is_encrypted_folder(data_dir):
        data_key = None  # as open_database: a plain folder's logbook is plain
    elif data_key is None:
        raise BackupLockedError(
            translate(
                "Backup",
                "The logbook in {folder} is encrypted: sign in (or give its recovery key) "
                "to back it up.",
            ).format(folder=data_dir)
        )
    created_at = (now or datetime.now(UTC)).replace(microsecond=0)
    partial: TempFile | None = None
    snapshot: TempFile | None = None
    try:
        # A restore interrupted in this folder is finished first: never back up half.
        recover_data_folder(data_dir)
        make_private_folders(target_zip.parent)
        # Beside the target: the one place that must have room anyway (not a RAM /tmp).
        # Both temporary files are owned by this process: if it dies, the next open of
        # the data folder removes them (see logger_app.leftovers).
        snapshot = TempFile(data_dir, target_zip.parent, SNAPSHOT_PREFIX, BACKUP, suffix="")
        version = snapshot_database(database, snapshot.path, data_key)
        encryption = Encryption(version) if data_key is not None else None
        facts = describe_database(snapshot.path, data_key)
        if facts.application_id != APPLICATION_ID:
            raise BackupError(
                translate(
                    "Backup", "{file} is not a logbook database; nothing was backed up."
                ).format(file=database)
            )
        # Read after the snapshot: any version of it wraps the same data key.
        keys = key_file_path(data_dir).read_bytes() if data_key is not None else None
        photos = [photo_path(data_dir, sha256) for sha256 in sorted(facts.photo_hashes)]
        total = snapshot.path.stat().st_size + sum(_size(path) for path in photos)
        meter = Meter(progress, total)
        partial_path = target_zip.with_name(target_zip.name + ".part")
        partial = TempFile(
            data_dir, target_zip.parent, "", BACKUP, final=target_zip, path=partial_path
        )
        with open(partial.path, "wb") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as archive:
                stamp = created_at.astimezone(UTC).timetuple()[:6]
                # An encrypted database is random bytes: deflating it only costs time.
                method = zipfile.ZIP_STORED if data_key else zipfile.ZIP_DEFLATED
                files = [_add_database(archive, snapshot.path, stamp, meter, method)]
                if keys is not None:
                    archive.writestr(_info(KEY_FILENAME, stamp, zipfile.ZIP_DEFLATED), keys)
                    files.append(FileEntry(KEY_FILENAME, len(keys), _sha256(keys)))
                missing: list[str] = []
                for path in photos:
                    entry = _add_photo(archive, path, stamp, meter, data_key)
                    if entry is None:
                        missing.append(path.stem)
                    else:
                        files.append(entry)
                counts = {"clients": facts.clients, "sessions": facts.sessions}
                counts["photos"] = facts.photos
                manifest = manifest_bytes(
                    created_at,
                    __version__,
                    facts.schema_steps,
                    counts,
                    files,
                    missing,
                    facts.audit_head,
                    encryption,
                )
                archive.writestr(_info(MANIFEST_NAME, stamp, zipfile.ZIP_DEFLATED), manifest)
            raw.flush()
            os.fsync(raw.fileno())
        partial.keep_as(target_zip, durable=False)  # fsynced just above
        fsync_folder(target_zip.parent)
    except BackupError:
        _discard(partial)
        raise
    except WrongDataKeyError:
        _discard(partial)
        raise BackupLockedError(
            translate(
                "Backup",
                "The logbook in {folder} does not open with this key; nothing was backed up.",
            ).format(folder=data_dir)
        ) from None
    except (LogbookError, sqlite3.Error) as error:
        _discard(partial)
        raise BackupError(
            translate("Backup", "The logbook in {folder} cannot be backed up: {error}.").format(
                folder=data_dir, error=error
            )
        ) from error
    except OSError as error:
        _discard(partial)
        raise BackupError(
            translate("Backup", "The backup could not be written to {file}: {error}.").format(
                file=target_zip, error=error.strerror or error
            )
        ) from error
    except BaseException:
        _discard(partial)
        raise
    finally:
        _discard(snapshot)
    _log.info("Backup written: %d clients, %d sessions, %d photos%s", facts.clients,
              facts.sessions, facts.photos, ", encrypted" if encryption else "")  # fmt: skip
    return BackupInfo(
        path=target_zip,
        created_at=created_at,
        app_version=__version__,
        format_version=FORMAT_VERSION if encryption else PLAIN_FORMAT_VERSION,
        schema_steps=facts.schema_steps,
        clients=facts.clients,
        sessions=facts.sessions,
        photos=facts.photos,
        files=tuple(files),
        missing_photos=tuple(missing),
        archive_bytes=target_zip.stat().st_size,
        audit_head=facts.audit_head,
        encryption=encryption,
    )


def _check_target(data_dir: Path, target: Path) -> None:
    """Inside the data folder only ``backups/`` may hold a backup: anywhere else it
    would mix with the logbook's own files (and be moved aside by a restore)."""
    if target.is_dir():
        raise BackupError(
            translate("Backup", "{target} is a folder: give the backup a file name.").format(
                target=target
            )
        )
    if target.is_relative_to(data_dir) and not target.is_relative_to(data_dir / BACKUPS_FOLDER):
        raise BackupError(
            translate(
                "Backup",
                "A backup cannot be saved inside the data folder ({folder}) except in its "
                "'{backups}' folder: choose another place, ideally another disk.",
            ).format(folder=data_dir, backups=BACKUPS_FOLDER)
        )


class Meter:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress, self.total, self.done = progress, total, 0
        self._last = 0.0

    def add(self, amount: int) -> None:
        self.done += amount
        now = time.monotonic()
        # At most ~20 reports a second: a caller may post each one to a GUI thread.
        if self._progress and (now - self._last >= 0.05 or self.done >= self.total):
            self._last = now
            self._progress(self.done, self.total)


def _info(name: str, stamp: tuple[int, ...], compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = compression
    info.external_attr = 0o600 << 16
    return info


def _add_database(
    archive: zipfile.ZipFile,
    snapshot: Path,
    stamp: tuple[int, ...],
    meter: Meter,
    method: int = zipfile.ZIP_DEFLATED,
) -> FileEntry:
    """Streamed and compressed (a plain database shrinks to a third); hashed on the way."""
    info = _info(DATABASE_FILENAME, stamp, method)
    info.file_size = snapshot.stat().st_size  # lets zipfile decide on ZIP64 up front
    digest, size = hashlib.sha256(), 0
    with snapshot.open("rb") as source, archive.open(info, "w") as out:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
            meter.add(len(chunk))
    return FileEntry(DATABASE_FILENAME, size, digest.hexdigest())


def _add_photo(
    archive: zipfile.ZipFile,
    path: Path,
    stamp: tuple[int, ...],
    meter: Meter,
    data_key: bytes | None = None,
) -> FileEntry | None:
    """Stored as is (a JPEG does not compress). Read whole so that its hash is checked
    against its name before it goes in: a missing or damaged file is left out (and
    listed as missing) rather than carried into the backup. None if left out. An
    encrypted file is checked through its decrypted stream, and goes in encrypted."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    meter.add(len(data))
    stored = _sha256(data)
    if data_key is not None and is_encrypted(data):
        sha256 = plain_photo_sha256(data_key, io.BytesIO(data), path.stem)
    else:
        sha256, stored = stored, None
    if sha256 != path.stem:
        return None
    name = photo_name(sha256)
    archive.writestr(_info(name, stamp, zipfile.ZIP_STORED), data)
    return FileEntry(name, len(data), sha256, stored)


class _Hashing:
    """A write-only sink that hashes what is written (plain bytes never kept)."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return len(data)


def plain_photo_sha256(data_key: bytes, source: BinaryIO, sha256: str) -> str | None:
    """The hash of an encrypted photo's plain content, decrypted chunk by chunk (None
    when it does not decrypt as the photo ``sha256`` with this key)."""
    sink = _Hashing()
    try:
        decrypt_stream(data_key, source, sink, photo_identity(sha256))  # type: ignore[arg-type]
    except StreamDecryptionError:
        return None
    return sink.digest.hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _discard(temp: TempFile | None) -> None:
    if temp is not None:
        temp.discard()
