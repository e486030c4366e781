"""Reading a backup: every name, size and SHA-256 checked against the manifest, and the
database inside checked to be a logbook exactly as this app makes it (the tables,
indexes, triggers and views of its recorded schema steps, nothing else), sound, that
this app can open. The database is read and checked first, so that a refused archive
has not had its photos extracted.

One reader serves both ``verify_backup`` (nothing kept) and the restore (files written
into a staging folder as they are checked, so the archive is read once). A member is
never read past the size its manifest gives, so a forged archive cannot fill the disk.
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

from ..errors import LogbookError
from ..owner_only import make_private_folders
from ..store.database import APPLICATION_ID, DATABASE_FILENAME, schema_steps
from ..store.expected_schema import summarise
from ..store.snapshot import DatabaseFacts, describe_database
from .make import Meter, Progress
from .manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    BackupError,
    BackupInfo,
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


def verify_backup(zip_path: Path, progress: Progress | None = None) -> BackupInfo:
    """Check a backup completely (every file's checksum, the database inside) without
    changing anything; BackupError with the reason if it cannot be restored."""
    with tempfile.TemporaryDirectory(prefix="logger-app-verify-") as scratch:
        return read_backup(Path(zip_path), Path(scratch), progress, extract_photos=False)


def read_backup(
    zip_path: Path, into: Path, progress: Progress | None, *, extract_photos: bool
) -> BackupInfo:
    """Check the archive and write its database (and its photos if ``extract_photos``,
    fsynced) under the existing folder ``into``. Raises BackupError on the first
    problem; the caller removes ``into``."""
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
        by_name = {info.filename: info for info in archive.infolist()}
        if extract_photos:
            _check_room(into, manifest)
        meter = Meter(progress, sum(entry.size for entry in manifest.files) or 1)
        # The database first: no photo is written if it is refused.
        database = next(entry for entry in manifest.files if entry.path == DATABASE_FILENAME)
        target = into / DATABASE_FILENAME
        _copy_checked(archive, by_name[database.path], database, target, meter, name)
        facts = _checked_database(target, manifest, name)
        for entry in manifest.files:
            if entry is not database:
                target = into / entry.path if extract_photos else None
                _copy_checked(archive, by_name[entry.path], entry, target, meter, name)
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
    foreign = sorted(path for path in listed if not is_expected_name(path))
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
) -> None:
    mismatch = _damaged(name, f"{entry.path} does not match the checksum in its manifest")
    if info.file_size != entry.size:
        raise mismatch
    digest, size = hashlib.sha256(), 0
    out: BinaryIO | None = None
    try:
        if target is not None:
            make_private_folders(target.parent)
            out = os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
        with archive.open(info) as source:
            while chunk := source.read(_CHUNK):
                size += len(chunk)
                if size > entry.size:
                    raise mismatch
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
                meter.add(len(chunk))
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
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise mismatch


def _checked_database(path: Path, manifest: Manifest, name: str) -> DatabaseFacts:
    try:
        facts = describe_database(path)
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
