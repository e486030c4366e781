"""The new copy of a logbook for a conversion: its database, photos, thumbnails and
before-migration copies, encrypted with the data key (or decrypted), in a staging
folder, then checked against the original.

Photo and thumbnail files keep their names (``ab/<sha256>.jpg``); encrypted, each is a
stream of ``crypto.stream`` bound to what it is, as the app itself writes them
(``photos.sealed``: a photo's identity is its SHA-256, a thumbnail's that and its size).
The databases
are copied with SQLCipher's ``sqlcipher_export``, the one copy that works between a
plain and an encrypted file (the backup API needs both alike).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..crypto.stream import (
    HEADER_BYTES,
    StreamDecryptionError,
    decrypt_stream,
    encrypt_stream,
    is_encrypted,
)
from ..owner_only import make_private_folders
from ..photos.sealed import photo_identity, thumbnail_identity
from ..photos.store import PHOTOS_FOLDER, files_under, fsync_folder, stored_name_sha256
from ..photos.thumbnails import THUMBNAILS_FOLDER, thumbnail_files
from ..store.data_folder import create_private_file
from ..store.database import PRE_MIGRATION_FOLDER

Progress = Callable[[int, int], None]


class ConversionFailed(Exception):
    """The copy is not a faithful copy of the logbook: nothing was swapped."""


def _thumbnail_identity(path: Path, data_dir: Path, sha256: str) -> bytes:
    size_folder = path.relative_to(data_dir / THUMBNAILS_FOLDER).parts[0]
    return thumbnail_identity(sha256, int(size_folder))


@dataclass
class CopiedFiles:
    """What went into the staging folder, and what was left out (plain words)."""

    photos: list[str] = field(default_factory=list)  # sha256 of each photo copied
    thumbnails: int = 0
    copies: list[str] = field(default_factory=list)  # before-migration copies, by name
    left_out: list[str] = field(default_factory=list)


# Databases
def _sqlcipher(path: Path, key: bytes | None) -> Any:
    import sqlcipher3

    connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                                    isolation_level=None, timeout=30)  # fmt: skip
    if key is not None:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def export_database(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> None:
    """Copy the database ``source`` into the new file ``target`` (owner-only), each
    encrypted with its key or plain (None). Writers wait meanwhile: the copy is made
    inside one transaction that holds the write lock."""
    create_private_file(target)
    key_clause = f"x'{target_key.hex()}'" if target_key is not None else ""
    try:
        with closing(_sqlcipher(source, source_key)) as connection:
            connection.execute(f'ATTACH DATABASE ? AS converted KEY "{key_clause}"', [str(target)])
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("SELECT sqlcipher_export('converted')")
            # Not copied by sqlcipher_export: what marks the file as a logbook.
            for pragma in ("application_id", "user_version"):
                value = int(connection.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                connection.execute(f"PRAGMA converted.{pragma} = {value}")
            connection.execute("COMMIT")
            connection.execute("DETACH DATABASE converted")
    except Exception as error:  # sqlcipher3's own exception classes
        raise ConversionFailed(f"the database could not be copied: {error}") from None
    _fsync(target)


def table_counts(connection: Any) -> dict[str, int]:
    """Rows of every table (virtual ones' shadow tables included), by name."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}  # fmt: skip


def database_facts(path: Path, key: bytes | None) -> tuple[dict[str, int], Any]:
    """Row counts and the audit log's newest entry (id, hash) of a database file."""
    try:
        with closing(_sqlcipher(path, key)) as connection:
            counts = table_counts(connection)
            head = connection.execute(
                "SELECT id, entry_sha256 FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            return counts, tuple(head) if head else None
    except Exception as error:
        raise ConversionFailed(f"{path.name} cannot be read: {error}") from None


# Photo and thumbnail files
class _Hashing:
    """A file passed through while its bytes are hashed."""

    def __init__(self, inner: BinaryIO | None) -> None:
        self.inner = inner
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        assert self.inner is not None
        data = self.inner.read(size)
        self.digest.update(data)
        return data

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.inner.write(data) if self.inner is not None else len(data)


def _new_file(path: Path) -> BinaryIO:
    make_private_folders(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(descriptor, "wb")


def encrypt_file(source: Path, target: Path, key: bytes, identity: bytes) -> str:
    """``source`` encrypted into the new file ``target``; the hash of its plain bytes."""
    with source.open("rb") as plain, _new_file(target) as out:
        hashing = _Hashing(plain)
        encrypt_stream(key, hashing, out, identity)
        out.flush()
        os.fsync(out.fileno())
    return hashing.digest.hexdigest()


def decrypt_file(source: Path, target: Path | None, key: bytes, identity: bytes) -> str:
    """``source`` decrypted into the new file ``target`` (None: only checked); the
    hash of its plain bytes. StreamDecryptionError if it does not open."""
    with source.open("rb") as sealed:
        if not is_encrypted(sealed.read(HEADER_BYTES)):
            raise StreamDecryptionError("not an encrypted file of this app")
        sealed.seek(0)
        if target is None:
            hashing = _Hashing(None)
            decrypt_stream(key, sealed, hashing, identity)
            return hashing.digest.hexdigest()
        try:
            with _new_file(target) as out:
                hashing = _Hashing(out)
                decrypt_stream(key, sealed, hashing, identity)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    return hashing.digest.hexdigest()


def photo_files(data_dir: Path) -> Iterator[tuple[str | None, Path]]:
    """Each file of the photo folder with the hash it is named for (None: not a photo
    of the logbook, e.g. one being deleted or written)."""
    root = data_dir / PHOTOS_FOLDER
    for path in files_under(root):
        yield stored_name_sha256(path, root), path


def convert_files(
    data_dir: Path,
    target_dir: Path,
    key: bytes,
    *,
    encrypt: bool,
    progress: Progress | None = None,
) -> CopiedFiles:
    """Every photo and thumbnail of ``data_dir`` into ``target_dir`` (same names),
    encrypted or decrypted. A photo whose bytes are not those its name says stops the
    conversion (ConversionFailed: ``logger-app check`` finds it); a thumbnail that does
    not open is left out (it is made again when shown)."""
    copied = CopiedFiles()
    photos = list(photo_files(data_dir))
    thumbnails = list(thumbnail_files(data_dir))
    total, done = len(photos) + len(thumbnails), 0
    damaged: list[str] = []
    for sha256, path in photos:
        done += 1
        if sha256 is None:
            copied.left_out.append(f"{path.relative_to(data_dir)} (not a stored photo)")
            continue
        target = target_dir / path.relative_to(data_dir)
        try:
            if encrypt:
                plain_hash = encrypt_file(path, target, key, photo_identity(sha256))
            else:
                plain_hash = decrypt_file(path, target, key, photo_identity(sha256))
        except (StreamDecryptionError, OSError):
            plain_hash = ""
        if plain_hash != sha256:
            damaged.append(sha256)
        copied.photos.append(sha256)
        if progress is not None:
            progress(done, total)
    if damaged:
        raise ConversionFailed(
            f"{len(damaged)} photo file(s) are damaged or do not open (the first: "
            f"{damaged[0]}): run `logger-app check`, then convert again"
        )
    for thumb_hash, path in thumbnails:
        done += 1
        target = target_dir / path.relative_to(data_dir)
        try:
            if thumb_hash is None:
                raise StreamDecryptionError("not a thumbnail")
            identity = _thumbnail_identity(path, data_dir, thumb_hash)
            if encrypt:
                encrypt_file(path, target, key, identity)
            else:
                decrypt_file(path, target, key, identity)
            copied.thumbnails += 1
        except (StreamDecryptionError, OSError):
            target.unlink(missing_ok=True)  # a cache: made again when shown
        if progress is not None:
            progress(done, total)
    return copied


def convert_copies(data_dir: Path, target_dir: Path, key: bytes, *, encrypt: bool) -> CopiedFiles:
    """The database copies kept before upgrades, encrypted or decrypted; one that
    cannot be read is left out (named)."""
    copied = CopiedFiles()
    folder = data_dir / PRE_MIGRATION_FOLDER
    for path in files_under(folder):
        if path.parent != folder or not path.name.endswith(".sqlite3"):
            copied.left_out.append(f"{path.relative_to(data_dir)} (unfinished)")
            continue
        target = target_dir / path.relative_to(data_dir)
        make_private_folders(target.parent)
        try:
            export_database(path, None if encrypt else key, target,
                            key if encrypt else None)  # fmt: skip
            copied.copies.append(path.name)
        except ConversionFailed:
            target.unlink(missing_ok=True)
            copied.left_out.append(f"{path.relative_to(data_dir)} (cannot be read)")
    return copied


def verify_photos(target_dir: Path, key: bytes, photos: list[str], *, encrypted: bool) -> None:
    """Each photo of the copy opens (with the key) to the bytes its name says."""
    from ..photos.store import photo_path, sha256_of_file

    for sha256 in photos:
        path = photo_path(target_dir, sha256)
        try:
            found = (
                decrypt_file(path, None, key, photo_identity(sha256))
                if encrypted
                else sha256_of_file(path)
            )
        except (StreamDecryptionError, OSError):
            found = ""
        if found != sha256:
            raise ConversionFailed(f"the copy of photo {sha256} does not read back")


def sync_tree(folder: Path) -> None:
    """Every folder below ``folder`` (and it) on disk: its new names survive a power cut."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_dir():
            fsync_folder(path)
    fsync_folder(folder)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


__all__ = [
    "THUMBNAILS_FOLDER",
    "ConversionFailed",
    "CopiedFiles",
    "convert_copies",
    "convert_files",
    "database_facts",
    "export_database",
    "sync_tree",
    "verify_photos",
]
