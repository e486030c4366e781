"""Reading a backup: every name, size and SHA-256 checked against the manifest, and the
database inside checked to be a logbook exactly as this app makes it (the tables,
indexes, triggers and views of its recorded schema steps, nothing else), sound, that
this app can open. The database is read and checked first, so that a refused archive
has not had its photos extracted.

One reader serves both ``verify_backup`` (nothing kept) and the restore (files written
into a staging folder as they are checked, so the archive is read once). A member is
never read past the size its manifest gives, so a forged archive cannot fill the disk.

A backup of an encrypted logbook is read with its data key: its database is checked
through SQLCipher, each photo file against its plain hash by decrypting it on its way
(nothing plain is written), and what is extracted stays encrypted as it is.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from ..crypto.key_file import KEY_FILENAME
from ..errors import LogbookError, WrongDataKeyError
from ..owner_only import make_private_folders
from ..store.database import APPLICATION_ID, DATABASE_FILENAME, schema_steps
from ..store.expected_schema import summarise
from ..store.snapshot import DatabaseFacts, describe_database
from .make import Meter, Progress, plain_photo_sha256
from .manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    BackupError,
    BackupInfo,
    BackupLockedError,
    FileEntry,
    Manifest,
    is_expected_name,
    is_unsafe_name,
    parse_manifest,
    photo_hash_of_name,
)

_CHUNK = 1 << 20
# zipfile's own errors for a damaged member: bad CRC, bad deflate data, cut short,
# encrypted or of an unknown compression.
_MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError)


def verify_backup(
    zip_path: Path, progress: Progress | None = None, *, data_key: bytes | None = None
) -> BackupInfo:
    """Check a backup completely (every file's checksum, the database inside) without
    changing anything; BackupError with the reason if it cannot be restored. A backup of
    an encrypted logbook needs its ``data_key`` (BackupLockedError)."""
    with tempfile.TemporaryDirectory(prefix="logger-app-verify-") as scratch:
        return read_backup(
            Path(zip_path), Path(scratch), progress, extract_photos=False, data_key=data_key
        )


def read_backup(
    zip_path: Path,
    into: Path,
    progress: Progress | None,
    *,
    extract_photos: bool,
    data_key: bytes | None = None,
) -> BackupInfo:
    """Check the archive and write its database (and its photos if ``extract_photos``,
    fsynced) under the existing folder ``into``, with the key file of an encrypted
    logbook's backup. Raises BackupError on the first problem; the caller removes
    ``into``."""
    name = zip_path.name
    try:
        archive = zipfile.ZipFile(zip_path)
    except FileNotFoundError:
        raise BackupError(f"{zip_path} does not exist.") from None
    except OSError as error:
        raise BackupError(f"{zip_path} cannot be read: {error.strerror or error}.") from error
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        raise BackupError(
            f"{name} cannot be used: the archive is incomplete or damaged (or not a zip file)."
        ) from error
    with archive:
        manifest = _checked_manifest(archive, name)
        if manifest.encryption is None:
            data_key = None
        elif data_key is None:
            raise BackupLockedError(
                f"{name} is a backup of an encrypted logbook: its passphrase (of one of "
                "its practitioners) or its recovery key is needed to read it."
            )
        by_name = {info.filename: info for info in archive.infolist()}
        if extract_photos:
            _check_room(into, manifest)
        meter = Meter(progress, sum(entry.size for entry in manifest.files) or 1)
        # The database first: no photo is written if it is refused.
        database = next(entry for entry in manifest.files if entry.path == DATABASE_FILENAME)
        target = into / DATABASE_FILENAME
        _copy_checked(archive, by_name[database.path], database, target, meter, name)
        facts = _checked_database(target, manifest, name, data_key)
        for entry in manifest.files:
            if entry is database:
                continue
            keep = extract_photos or photo_hash_of_name(entry.path) is None  # the key file
            target = into / entry.path if keep else None
            key = data_key if entry.stored_sha256 is not None else None
            _copy_checked(archive, by_name[entry.path], entry, target, meter, name, key)
    return BackupInfo(
        path=zip_path,
        created_at=manifest.created_at,
        app_version=manifest.app_version,
        format_version=manifest.format_version,
        schema_steps=facts.schema_steps,
        clients=facts.clients,
        sessions=facts.sessions,
        photos=facts.photos,
        files=manifest.files,
        missing_photos=manifest.missing_photos,
        archive_bytes=zip_path.stat().st_size,
        audit_head=facts.audit_head,
        encryption=manifest.encryption,
    )


def _checked_manifest(archive: zipfile.ZipFile, name: str) -> Manifest:
    """Names first (before any byte is read), then the manifest against the names."""
    # Folder entries (which zip tools add) hold nothing: checked for safety, then ignored.
    names = [info.filename for info in archive.infolist()]
    for member in names:
        if is_unsafe_name(member.removesuffix("/")):
            raise BackupError(
                f"{name} is refused: it holds a file with an unsafe name ({member!r}) "
                "that points outside the folder it would be restored into."
            )
    if len(set(names)) != len(names):
        raise _damaged(name, "it holds the same file name twice")
    if MANIFEST_NAME not in names:
        raise BackupError(f"{name} is not a logbook backup (it has no {MANIFEST_NAME}).")
    info = archive.getinfo(MANIFEST_NAME)
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _damaged(name, f"its {MANIFEST_NAME} is implausibly large")
    try:
        data = archive.read(info)
    except _MEMBER_ERRORS:
        raise _damaged(name, f"its {MANIFEST_NAME} cannot be read") from None
    manifest = parse_manifest(data, name)
    listed = [entry.path for entry in manifest.files]
    if len(set(listed)) != len(listed):
        raise _damaged(name, "its manifest lists the same file twice")
    present = {member for member in names if not member.endswith("/")} - {MANIFEST_NAME}
    extra = sorted(present - set(listed))
    if extra:
        raise BackupError(
            f"{name} is refused: it holds files its manifest does not list ({_some(extra)})."
        )
    encrypted = manifest.encryption is not None
    foreign = sorted(path for path in listed if not is_expected_name(path, encrypted))
    if foreign:
        raise BackupError(
            f"{name} is refused: it holds files that are not part of a logbook backup "
            f"({_some(foreign)})."
        )
    missing = sorted(set(listed) - present)
    if missing:
        raise BackupError(
            f"{name} is incomplete: {len(missing)} file(s) listed in its manifest are "
            f"missing ({_some(missing)})."
        )
    if DATABASE_FILENAME not in listed:
        raise BackupError(f"{name} is not a logbook backup (it holds no {DATABASE_FILENAME}).")
    if encrypted and KEY_FILENAME not in listed:
        raise BackupError(f"{name} is incomplete: it holds no {KEY_FILENAME} for its database.")
    if not encrypted and any(entry.stored_sha256 for entry in manifest.files):
        raise _damaged(name, "its manifest lists encrypted files in a plain backup")
    for entry in manifest.files:
        sha256 = photo_hash_of_name(entry.path)
        if sha256 is not None and sha256 != entry.sha256:
            raise _damaged(name, f"its manifest gives {entry.path} another checksum")
    return manifest


def _check_room(into: Path, manifest: Manifest) -> None:
    needed = sum(entry.size for entry in manifest.files)
    try:
        free = shutil.disk_usage(into).free
    except OSError:
        return
    if free < needed + (64 << 20):  # and some room to open and migrate it
        raise BackupError(
            f"There is not enough free space to restore it: {needed / 1e6:,.0f} MB "
            f"needed, {free / 1e6:,.0f} MB free beside {into.parent}."
        )


def _copy_checked(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    entry: FileEntry,
    target: Path | None,
    meter: Meter,
    name: str,
    data_key: bytes | None = None,
) -> None:
    """Copy one member (to ``target`` if given), checked against its manifest entry; an
    encrypted photo (``data_key``) also against its plain hash, by decrypting it on
    the way (the decrypted bytes are hashed and dropped)."""
    mismatch = _damaged(name, f"{entry.path} does not match the checksum in its manifest")
    if info.file_size != entry.size:
        raise mismatch
    digest, size = hashlib.sha256(), 0
    out: BinaryIO | None = None
    try:
        if target is not None:
            make_private_folders(target.parent)
            out = os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
        with archive.open(info) as member:
            source = _Checked(member, entry.size, digest, out, meter, mismatch)
            if data_key is not None:
                sha256 = photo_hash_of_name(entry.path) or ""  # only photos are streams
                if not sha256 or plain_photo_sha256(data_key, source, sha256) != sha256:
                    raise _damaged(
                        name,
                        f"{entry.path} does not decrypt to its photo with this logbook's key",
                    )
            while source.read(_CHUNK):
                pass
            size = source.size
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    except _MEMBER_ERRORS:
        raise mismatch from None
    except OSError as error:
        raise BackupError(
            f"{target} cannot be written while restoring: {error.strerror or error}."
        ) from error
    finally:
        if out is not None:
            out.close()
    if size != entry.size or digest.hexdigest() != entry.archive_sha256:
        raise mismatch


class _Checked:
    """A member read through: never past its size, hashed, copied, metered."""

    def __init__(
        self,
        member: BinaryIO,
        limit: int,
        digest: hashlib._Hash,
        out: BinaryIO | None,
        meter: Meter,
        mismatch: BackupError,
    ) -> None:
        self._member, self._limit, self._digest = member, limit, digest
        self._out, self._meter, self._mismatch = out, meter, mismatch
        self.size = 0

    def read(self, wanted: int = _CHUNK) -> bytes:
        chunk = self._member.read(wanted if wanted > 0 else _CHUNK)
        self.size += len(chunk)
        if self.size > self._limit:
            raise self._mismatch
        self._digest.update(chunk)
        if self._out is not None:
            self._out.write(chunk)
        self._meter.add(len(chunk))
        return chunk


def _checked_database(
    path: Path, manifest: Manifest, name: str, data_key: bytes | None = None
) -> DatabaseFacts:
    try:
        facts = describe_database(path, data_key)
    except WrongDataKeyError:
        raise BackupLockedError(
            f"{name} does not open with this key: it is a backup of another logbook (or "
            "of this one before it was encrypted anew); give a passphrase or the recovery "
            "key of the logbook it was made of."
        ) from None
    except LogbookError:
        raise BackupError(
            f"{name} is refused: the database inside is not a logbook (not a SQLite file)."
        ) from None
    if facts.application_id != APPLICATION_ID:
        raise BackupError(
            f"{name} is refused: the database inside is not a logbook "
            "(it belongs to another program)."
        )
    known = set(schema_steps())
    unknown = [step for step in facts.schema_steps if step not in known]
    if unknown:
        raise BackupError(
            f"{name} holds a logbook written by a newer version of the app (schema steps "
            f"unknown here: {', '.join(unknown)}): update the app to restore it."
        )
    if facts.schema_differences:
        raise BackupError(
            f"{name} is refused: the database inside is not a logbook as this app makes it "
            f"({summarise(facts.schema_differences)}); another program may have changed it."
        )
    if not facts.sound:
        raise _damaged(name, "the database inside fails SQLite's integrity check")
    counts = {"clients": facts.clients, "sessions": facts.sessions, "photos": facts.photos}
    if facts.schema_steps != manifest.schema_steps or counts != manifest.counts:
        raise _damaged(name, "the database inside does not match its manifest")
    if manifest.names_audit_head and facts.audit_head != manifest.audit_head:
        raise _damaged(name, "its manifest names another audit log head than its database's")
    in_archive = {photo_hash_of_name(entry.path) for entry in manifest.files} - {None}
    missing = set(manifest.missing_photos)
    if in_archive & missing or in_archive | missing != facts.photo_hashes:
        raise _damaged(name, "its photo files do not match the photos of its database")
    return facts


def _damaged(name: str, why: str) -> BackupError:
    return BackupError(f"{name} is damaged: {why} (the archive is incomplete or damaged).")


def _some(names: list[str]) -> str:
    shown = ", ".join(repr(name) for name in names[:3])
    return shown if len(names) <= 3 else f"{shown} and {len(names) - 3} more"
