"""The backup archive's format: which files it may hold and its ``MANIFEST.json``.

A backup is a zip of ``logbook.sqlite3`` (a consistent snapshot), the photo files its
rows refer to (``photos/ab/<sha256>.jpg``) and ``MANIFEST.json``, which lists every
other file with its size and SHA-256, and names the audit log's head (``"ID:SHA256"``,
null for an empty log; absent in backups made before the log was chained): a logbook
restored or kept elsewhere can be checked against it (``verify --expect-head``).
Nothing else may be in it: a reader checks each name against this short list before it
reads a byte, so no name can point outside the folder it is restored into.

A backup of an encrypted logbook (format 2) also holds the key file ``logbook.keys``;
its database is the SQLCipher file, encrypted with the logbook's data key, and its photo
files are copied as they are on disk (encrypted streams). Its manifest's ``encryption``
says so (and SQLCipher's version); each photo's ``sha256`` is still the hash of the
plain photo (the name it is stored under), and ``stored_sha256`` that of the bytes in
the archive. Reading it needs the data key. A plain logbook's backup stays format 1.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..crypto.key_file import KEY_FILENAME
from ..errors import LogbookError
from ..i18n import translate
from ..records import AuditHead
from ..store.database import DATABASE_FILENAME
from ..text import count_of

FORMAT_NAME = "logger-app-backup"
FORMAT_VERSION = 2
PLAIN_FORMAT_VERSION = 1  # what a plain logbook's backup is written as (older apps read it)
DATABASE_CIPHER = "sqlcipher"
PHOTO_CIPHER = "aes-256-gcm-stream"
MANIFEST_NAME = "MANIFEST.json"
MAX_MANIFEST_BYTES = 64 << 20  # a manifest of 200,000 photos is ~25 MB
_PHOTO_NAME = re.compile(r"^photos/([0-9a-f]{2})/(\1[0-9a-f]{62})\.jpg$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BackupError(LogbookError):
    """A backup cannot be made, or an archive is refused (the message says why, in one
    line); a refused archive has changed nothing."""


class BackupCancelled(BackupError):
    """Raised by a progress callback to stop; whatever was half made is removed."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class BackupLockedError(BackupError):
    """The backup is of an encrypted logbook and no key, or a key that does not open
    it, was given (the message says which)."""


@dataclass(frozen=True)
class FileEntry:
    path: str  # relative, with forward slashes
    size: int  # of the bytes in the archive
    sha256: str  # of the plain content (a photo's name)
    stored_sha256: str | None = None  # of the bytes in the archive, when they differ

    @property
    def archive_sha256(self) -> str:
        return self.stored_sha256 or self.sha256

    def as_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {"path": self.path, "size": self.size, "sha256": self.sha256}
        if self.stored_sha256 is not None:
            item["stored_sha256"] = self.stored_sha256
        return item


@dataclass(frozen=True)
class Encryption:
    """How a backup of an encrypted logbook is encrypted (its manifest's record)."""

    sqlcipher_version: str

    def as_json(self) -> dict[str, str]:
        return {
            "database": DATABASE_CIPHER,
            "sqlcipher_version": self.sqlcipher_version,
            "photos": PHOTO_CIPHER,
            "key_file": KEY_FILENAME,
        }


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds: its manifest, checked against the archive's contents."""

    path: Path
    created_at: datetime
    app_version: str
    format_version: int
    schema_steps: tuple[str, ...]
    clients: int
    sessions: int
    photos: int  # photo rows
    files: tuple[FileEntry, ...]  # every file but the manifest, database first
    missing_photos: tuple[str, ...]  # referenced by rows, but no good file when backed up
    archive_bytes: int
    audit_head: AuditHead | None = None  # the newest audit entry of the database inside
    encryption: Encryption | None = None  # None: a plain logbook's backup

    @property
    def encrypted(self) -> bool:
        return self.encryption is not None

    @property
    def photo_files(self) -> int:
        return sum(1 for entry in self.files if photo_hash_of_name(entry.path) is not None)

    @property
    def content_bytes(self) -> int:
        return sum(entry.size for entry in self.files)

    def summary(self) -> str:
        """One line: what the backup holds."""
        text = (
            f"{count_of(self.clients, 'client')}, {count_of(self.sessions, 'session')}, "
            f"{count_of(self.photos, 'photo')} ({count_of(self.photo_files, 'photo file')}); "
            f"made {self.created_at.astimezone():%d %b %Y %H:%M} by logger-app "
            f"{self.app_version}"
        )
        if self.missing_photos:
            text += f"; {count_of(len(self.missing_photos), 'photo file')} missing when made"
        return text


def is_unsafe_name(name: str) -> bool:
    """A name that could escape the folder it is extracted into (absolute, drive
    letters, backslashes, empty, '.' or '..' parts)."""
    if not name or name.startswith("/") or "\\" in name or ":" in name or "\x00" in name:
        return True
    return any(part in ("", ".", "..") for part in name.split("/"))


def photo_name(sha256: str) -> str:
    return f"photos/{sha256[:2]}/{sha256}.jpg"


def photo_hash_of_name(name: str) -> str | None:
    """The hash a photo entry's name stands for, None if it is no photo entry name."""
    match = _PHOTO_NAME.match(name)
    return match.group(2) if match else None


def is_expected_name(name: str, encrypted: bool = False) -> bool:
    if name == KEY_FILENAME:
        return encrypted
    return name == DATABASE_FILENAME or photo_hash_of_name(name) is not None


def manifest_bytes(
    created_at: datetime,
    app_version: str,
    schema_steps: tuple[str, ...],
    counts: dict[str, int],
    files: list[FileEntry],
    missing_photos: list[str],
    audit_head: AuditHead | None = None,
    encryption: Encryption | None = None,
) -> bytes:
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION if encryption else PLAIN_FORMAT_VERSION,
        "app_version": app_version,
        "created_at": created_at.astimezone(UTC).isoformat(timespec="seconds"),
        "schema_steps": list(schema_steps),
        "counts": counts,
        "files": [entry.as_json() for entry in files],
        "missing_photos": missing_photos,
        "audit_head": audit_head.as_text() if audit_head else None,
    }
    if encryption is not None:
        manifest["encryption"] = encryption.as_json()
    return json.dumps(manifest, indent=1).encode("utf-8")


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    app_version: str
    format_version: int
    schema_steps: tuple[str, ...]
    counts: dict[str, int]
    files: tuple[FileEntry, ...]
    missing_photos: tuple[str, ...]
    audit_head: AuditHead | None = None
    names_audit_head: bool = False  # False for a backup older than the chained log
    encryption: Encryption | None = None


def parse_manifest(data: bytes, archive_name: str) -> Manifest:
    """The manifest's content, or BackupError: foreign, newer or damaged."""
    foreign = BackupError(
        f"{archive_name} is not a logbook backup (its MANIFEST.json is not a logbook's)."
    )
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise foreign from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise foreign
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged_manifest(archive_name, "format_version")
    if version > FORMAT_VERSION:
        raise BackupError(
            f"{archive_name} was made by a newer version of the app (backup format "
            f"{version}; this app reads format {FORMAT_VERSION}): update the app to restore it."
        )
    try:
        created_at = datetime.fromisoformat(_field(manifest, "created_at", str, archive_name))
        if created_at.tzinfo is None:
            raise ValueError
    except ValueError:
        raise _damaged_manifest(archive_name, "created_at") from None
    steps = _field(manifest, "schema_steps", list, archive_name)
    counts = _field(manifest, "counts", dict, archive_name)
    if not all(isinstance(step, str) for step in steps):
        raise _damaged_manifest(archive_name, "schema_steps")
    if set(counts) != {"clients", "sessions", "photos"} or not all(
        _is_count(value) for value in counts.values()
    ):
        raise _damaged_manifest(archive_name, "counts")
    missing = _field(manifest, "missing_photos", list, archive_name)
    if not all(isinstance(sha, str) and _SHA256.match(sha) for sha in missing):
        raise _damaged_manifest(archive_name, "missing_photos")
    head = manifest.get("audit_head")
    try:
        audit_head = None if head is None else AuditHead.from_text(head)
    except (ValueError, AttributeError):
        raise _damaged_manifest(archive_name, "audit_head") from None
    encryption = _encryption(manifest, archive_name)
    return Manifest(
        encryption=encryption,
        created_at=created_at,
        app_version=_field(manifest, "app_version", str, archive_name),
        format_version=version,
        schema_steps=tuple(steps),
        counts=counts,
        files=tuple(
            _file_entry(item, archive_name)
            for item in _field(manifest, "files", list, archive_name)
        ),
        missing_photos=tuple(missing),
        audit_head=audit_head,
        names_audit_head="audit_head" in manifest,
    )


def _encryption(manifest: dict[str, Any], archive_name: str) -> Encryption | None:
    if "encryption" not in manifest:
        return None
    record = manifest["encryption"]
    if (
        manifest["format_version"] < 2
        or not isinstance(record, dict)
        or record.get("database") != DATABASE_CIPHER
        or not isinstance(record.get("sqlcipher_version"), str)
    ):
        raise _damaged_manifest(archive_name, "encryption")
    return Encryption(record["sqlcipher_version"])


def _field(manifest: dict[str, Any], key: str, kind: type, archive_name: str) -> Any:
    value = manifest.get(key)
    if not isinstance(value, kind):
        raise _damaged_manifest(archive_name, key)
    return value


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _file_entry(item: object, archive_name: str) -> FileEntry:
    if (
        isinstance(item, dict)
        and isinstance(item.get("path"), str)
        and _is_count(item.get("size"))
        and isinstance(item.get("sha256"), str)
        and _SHA256.match(item["sha256"])
    ):
        stored = item.get("stored_sha256")
        if stored is None or (isinstance(stored, str) and _SHA256.match(stored)):
            return FileEntry(item["path"], item["size"], item["sha256"], stored)
    raise _damaged_manifest(archive_name, "files")


def _damaged_manifest(archive_name: str, key: str) -> BackupError:
    return BackupError(
        f"{archive_name} is damaged: its MANIFEST.json has no valid '{key}' "
        "(the archive is incomplete or damaged)."
    )


def read_manifest(zip_path: Path) -> Manifest:
    """The manifest of the backup at ``zip_path``, read alone (the archive's other files
    are not read, nor checked); BackupError if there is none or it is not a logbook's."""
    name = Path(zip_path).name
    try:
        with zipfile.ZipFile(zip_path) as archive:
            info = archive.getinfo(MANIFEST_NAME)
            if info.file_size > MAX_MANIFEST_BYTES:
                raise _damaged_manifest(name, "format")
            data = archive.read(info)
    except KeyError:
        raise BackupError(
            translate("Backup", "{name} is not a logbook backup (it has no {manifest}).").format(
                name=name, manifest=MANIFEST_NAME
            )
        ) from None
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, ValueError, RuntimeError) as error:
        raise BackupError(
            translate("Backup", "{name} cannot be read as a backup: {error}.").format(
                name=name, error=error
            )
        ) from error
    return parse_manifest(data, name)
