"""The content-addressed photo folder: ``<data_dir>/photos/ab/<sha256>.jpg``.

A file is named by the SHA-256 of its bytes, so the same picture is stored once however
many rows refer to it, and a changed file shows itself. Files are written whole or not
at all (temporary file, fsync, rename, fsync of the folder): a row may refer to a file
only once this has returned. No SQL here.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..crypto.stream import encrypted_size
from ..errors import LogbookLockedError
from ..leftovers import PHOTO_IMPORT, TempFile
from ..owner_only import make_private_folders
from ..store.connection import translated_errors
from .sealed import is_sealed_file, photo_identity, plain_sha256, write_sealed

if TYPE_CHECKING:  # not at run time: readers of the store need no HEIC decoder
    from .decode import DecodedPhoto

PHOTOS_FOLDER = "photos"
JPEG_QUALITY = 95
TEMP_PREFIX = ".tmp-"
# A file being deleted is renamed to this first, and removed once its row is gone.
PARKED_SUFFIX = ".deleted"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ContentChanged(OSError):
    """The bytes sent did not hash to the name they were stored under."""


class HashingReader:
    """Reads ``source`` through, hashing what passes."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self.digest.update(data)
        self.size += len(data)
        return data


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    path: Path
    byte_size: int


def is_sha256(text: str) -> bool:
    return bool(_SHA256.match(text))


def photo_path(data_dir: Path, sha256: str) -> Path:
    if not is_sha256(sha256):  # also keeps any path outside the photo folder out
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return Path(data_dir) / PHOTOS_FOLDER / sha256[:2] / f"{sha256}.jpg"


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def file_matches(path: Path, sha256: str, key: bytes | None = None) -> bool:
    """Whether ``path`` exists and its plain bytes (decrypted with ``key`` if it is
    encrypted) hash to ``sha256``."""
    try:
        return plain_sha256(path, key, photo_identity(sha256)) == sha256
    except (OSError, LogbookLockedError):
        return False


def _reusable(path: Path, sha256: str, key: bytes | None) -> bool:
    """An existing file to keep as it is: the right bytes, encrypted if there is a key
    (a plain file left from before the logbook was encrypted is written again)."""
    if not file_matches(path, sha256, key):
        return False
    try:
        return key is None or is_sealed_file(path)
    except OSError:
        return False


def encode_jpeg(photo: DecodedPhoto) -> bytes:
    """The stored form of a photo: baseline JPEG, quality 95, no chroma subsampling, and
    a new EXIF block holding only the capture time, camera make/model and Orientation 1
    (the pixels are upright). No GPS, no other metadata of the source. Deterministic:
    the same photo always gives the same bytes, hence the same file."""
    from PIL import ExifTags, Image  # only encoding needs Pillow: readers stay light

    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 1
    if photo.make:
        exif[ExifTags.Base.Make] = photo.make
    if photo.model:
        exif[ExifTags.Base.Model] = photo.model
    if photo.date_time_original:
        details = exif.get_ifd(ExifTags.IFD.Exif)
        details[ExifTags.Base.DateTimeOriginal] = photo.date_time_original
        if photo.offset_time_original:
            details[ExifTags.Base.OffsetTimeOriginal] = photo.offset_time_original
    out = io.BytesIO()
    photo.image.save(
        out,
        "JPEG",
        quality=JPEG_QUALITY,
        subsampling=0,  # 4:4:4: fine colour detail (redness, pigment) is kept
        optimize=False,
        progressive=False,
        exif=exif.tobytes(),
        icc_profile=photo.icc_profile or None,
    )
    return out.getvalue()


def put(data_dir: Path, data: bytes, key: bytes | None = None) -> StoredFile:
    """Store ``data`` under its hash (encrypted with ``key`` if given) and return where.
    An existing file with the right content is reused; one whose content has changed is
    replaced by the good bytes."""
    sha256 = hashlib.sha256(data).hexdigest()
    path = photo_path(data_dir, sha256)
    if not _reusable(path, sha256, key):
        # A full disk stops the import (the next photo would not fit either); the
        # partial file is gone and the photos stored before are kept.
        with translated_errors(Path(data_dir)):
            atomic_write(path, data, data_dir=data_dir, key=key, identity=photo_identity(sha256))
    return StoredFile(sha256, path, len(data))


def put_file(data_dir: Path, source: Path, key: bytes | None = None) -> StoredFile:
    """Store the file ``source`` under the hash of its bytes, read in parts (a large file
    is never whole in memory): copied into a temporary file of the photo folder while
    hashed, then renamed into place, so the name is the hash of what was written even if
    ``source`` changes meanwhile. An existing file with the right content is kept. With
    ``key`` the hash is needed first (it is the encryption's associated data): a first
    pass reads it, and ContentChanged if the second pass reads other bytes."""
    if key is not None:
        sha256 = sha256_of_file(Path(source))
        with Path(source).open("rb") as handle:
            return put_stream(data_dir, sha256, handle, key)
    data_dir = Path(data_dir)
    root = data_dir / PHOTOS_FOLDER
    digest, size = hashlib.sha256(), 0
    with translated_errors(data_dir):
        make_private_folders(root)
        temp = TempFile(data_dir, root, TEMP_PREFIX, PHOTO_IMPORT)
        try:
            with Path(source).open("rb") as handle, temp.path.open("wb") as out:
                while part := handle.read(1 << 20):
                    digest.update(part)
                    out.write(part)
                    size += len(part)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            temp.discard()
            raise
        sha256 = digest.hexdigest()
        path = photo_path(data_dir, sha256)
        if file_matches(path, sha256):
            temp.discard()
        else:
            make_private_folders(path.parent)
            temp.keep_as(path, durable=False)  # fsynced above
            fsync_folder(path.parent)
    return StoredFile(sha256, path, size)


def put_stream(data_dir: Path, sha256: str, source: BinaryIO, key: bytes | None) -> StoredFile:
    """Store the plain bytes read from ``source`` as the file of ``sha256`` (encrypted
    with ``key`` if given), streamed; ContentChanged (nothing kept) if they do not hash to
    ``sha256``. An existing file with the right content is kept."""
    data_dir = Path(data_dir)
    path = photo_path(data_dir, sha256)
    with translated_errors(data_dir):
        make_private_folders(path.parent)
        temp = TempFile(data_dir, path.parent, TEMP_PREFIX, PHOTO_IMPORT, final=path)
        hashed = HashingReader(source)
        try:
            with temp.path.open("wb") as out:
                write_sealed(out, hashed, key, photo_identity(sha256))  # type: ignore[arg-type]
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            temp.discard()
            raise
        if hashed.digest.hexdigest() != sha256:
            temp.discard()
            raise ContentChanged(f"the photo's bytes changed while they were stored ({sha256})")
        if _reusable(path, sha256, key):
            temp.discard()
        else:
            temp.keep_as(path, durable=False)  # fsynced above
            fsync_folder(path.parent)
    return StoredFile(sha256, path, hashed.size)


def ensure_present(data_dir: Path, sha256: str, data: bytes, key: bytes | None = None) -> None:
    """Put the file back if it vanished (a concurrent delete or check removed it as
    unused just before our row was committed)."""
    path = photo_path(data_dir, sha256)
    size = len(data) if key is None else encrypted_size(len(data))
    try:
        if path.stat().st_size == size:
            return
    except OSError:
        pass
    atomic_write(path, data, data_dir=data_dir, key=key, identity=photo_identity(sha256))


def atomic_write(
    path: Path,
    data: bytes,
    durable: bool = True,
    *,
    data_dir: Path | None = None,
    key: bytes | None = None,
    identity: bytes = b"",
) -> None:
    """Write ``path`` so that it is either absent/old or complete, never partial.
    ``durable`` also makes it survive a power cut (fsync of the file and its folder).
    The temporary file's name tells its owner (this process); with ``data_dir`` it is
    also registered there, so that the next open removes it if this process dies. With
    ``key`` the file is encrypted, its associated data ``identity``."""
    folder = path.parent
    make_private_folders(folder)
    temp = TempFile(data_dir, folder, TEMP_PREFIX, PHOTO_IMPORT, final=path)
    try:
        with temp.path.open("wb") as out:
            write_sealed(out, io.BytesIO(data), key, identity)
            out.flush()
            if durable:
                os.fsync(out.fileno())
    except BaseException:
        temp.discard()
        raise
    temp.keep_as(path, durable=False)  # fsynced above when durable
    if durable:
        fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (POSIX; Windows cannot open a
    folder for this and makes renames durable itself)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def files_under(folder: Path) -> Iterator[Path]:
    """Every file below ``folder`` (none if it does not exist), in a stable order."""
    if not folder.is_dir():
        return iter(())
    return iter(sorted(path for path in folder.rglob("*") if path.is_file()))


def stored_name_sha256(path: Path, root: Path) -> str | None:
    """The hash a file of the photo or thumbnail folders is named for, if its name and
    place are the logbook's own (``ab/<sha256>.jpg`` under ``root``); else None."""
    name = path.name
    if not name.endswith(".jpg") or path.parent.parent != root:
        return None
    sha256 = name[: -len(".jpg")]
    return sha256 if is_sha256(sha256) and path.parent.name == sha256[:2] else None


def park(path: Path) -> Path | None:
    """Rename a file about to be deleted (so it can be put back if the deletion of its
    row fails); None if there was no file."""
    parked = path.with_name(path.name + PARKED_SUFFIX)
    try:
        os.replace(path, parked)
    except FileNotFoundError:
        return None
    return parked


def unpark(parked: Path) -> Path:
    original = parked.with_name(parked.name.removesuffix(PARKED_SUFFIX))
    # Already put back by a concurrent `check` if missing: nothing to do then.
    with contextlib.suppress(FileNotFoundError):
        os.replace(parked, original)
    return original


def discard(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
