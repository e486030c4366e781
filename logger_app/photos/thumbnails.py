"""Thumbnails of stored photos: ``<data_dir>/thumbnails/<size>/ab/<sha256>.jpg``.

A cache, made on first use and kept: pure file work (no SQLite), safe to call from a
worker thread. Two threads making the same thumbnail at once both write a complete file
and the last rename wins; the content is the same.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

from ..errors import PhotoFileError
from ..i18n import translate
from .sealed import photo_identity, read_plain, thumbnail_identity
from .store import atomic_write, discard, files_under, photo_path, stored_name_sha256

THUMBNAILS_FOLDER = "thumbnails"
GRID_SIZE = 256
REPORT_SIZE = 512  # photos in the PDF report: ~245 dpi at the printed size
PREVIEW_SIZE = 1024
THUMBNAIL_SIZES = (GRID_SIZE, REPORT_SIZE, PREVIEW_SIZE)
THUMBNAIL_QUALITY = 85


def thumbnail_path(data_dir: Path, sha256: str, size: int) -> Path:
    if not 16 <= size <= 4096:
        raise ValueError(f"thumbnail size out of range: {size}")
    stored = photo_path(data_dir, sha256)  # validates the hash
    return Path(data_dir) / THUMBNAILS_FOLDER / str(size) / sha256[:2] / stored.name


def ensure_thumbnail(
    data_dir: Path,
    sha256: str,
    size: int = GRID_SIZE,
    *,
    source: Path | None = None,
    key: bytes | None = None,
) -> Path:
    """The thumbnail's path, made first if needed: the longest side is at most ``size``
    (a smaller photo is not enlarged). ``source``: the photo's file if not in the photo
    folder (the local copy of a photo on the clinic server). With ``key`` the photo is
    decrypted in memory (never to a file) and the thumbnail is written encrypted."""
    target = thumbnail_path(data_dir, sha256, size)
    try:
        if target.stat().st_size > 0:
            return target
    except FileNotFoundError:
        pass
    source = source if source is not None else photo_path(data_dir, sha256)
    # The stored JPEG, decrypted if it is encrypted (PhotoFileError if missing/altered).
    jpeg = read_plain(source, key, photo_identity(sha256), f"The photo file {source.name}")
    try:
        with Image.open(io.BytesIO(jpeg), formats=("JPEG",)) as image:
            # Let libjpeg decode at 1/2, 1/4 or 1/8 scale (still at least ``size``):
            # a 256 px thumbnail of 12 MP decodes about 0.2 MP, not 12.
            image.draft("RGB", (size, size))
            image.load()
            small = image.convert("RGB") if image.mode != "RGB" else image.copy()
    except (OSError, SyntaxError, ValueError) as error:
        raise PhotoFileError(
            translate(
                "PhotoFiles",
                "The photo file {file} cannot be read ({error}); run `logger-app check`.",
            ).format(file=source.name, error=error)
        ) from None
    small.thumbnail((size, size), Image.Resampling.LANCZOS, reducing_gap=None)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
    # A cache: no fsync. A thumbnail lost to a power cut is simply made again (an empty
    # one left behind is treated as absent above).
    del jpeg
    atomic_write(target, out.getvalue(), False, key=key, identity=thumbnail_identity(sha256, size))
    return target


def thumbnail_bytes(
    data_dir: Path,
    sha256: str,
    size: int = GRID_SIZE,
    *,
    source: Path | None = None,
    key: bytes | None = None,
) -> bytes:
    """The thumbnail's JPEG bytes (decrypted), made first if needed. A cached thumbnail
    that no longer decrypts is a damaged cache: made again from the photo."""
    for attempt in range(2):
        path = ensure_thumbnail(data_dir, sha256, size, source=source, key=key)
        try:
            return read_plain(path, key, thumbnail_identity(sha256, size), "The thumbnail")
        except PhotoFileError:
            if attempt:
                raise
            discard(path)
    raise AssertionError("unreachable")


def make_thumbnails_from(
    data_dir: Path, sha256: str, image: Image.Image, key: bytes | None = None
) -> None:
    """At import, while the full picture is decoded anyway: every thumbnail size from
    it, largest first, each from the one before (cheap). Saves decoding the stored file
    again for the gallery, the viewer and the report."""
    current = image.convert("RGB") if image.mode != "RGB" else image
    for size in sorted(THUMBNAIL_SIZES, reverse=True):
        target = thumbnail_path(data_dir, sha256, size)
        # A box reduction by a whole factor first (fast), then a fine resample of what is
        # left: LANCZOS over all 12 MP would cost more than the rest of the import.
        factor = max(1, max(current.size) // size)
        smaller = current.reduce(factor) if factor > 1 else current.copy()
        smaller.thumbnail((size, size), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        smaller.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
        identity = thumbnail_identity(sha256, size)
        atomic_write(target, out.getvalue(), False, key=key, identity=identity)
        current = smaller


def thumbnail_files(data_dir: Path) -> Iterator[tuple[str | None, Path]]:
    """Every file of the thumbnail folders, with the photo hash it is named for (None
    for a file that is not a thumbnail)."""
    root = Path(data_dir) / THUMBNAILS_FOLDER
    for size_folder in sorted(root.iterdir()) if root.is_dir() else ():
        for path in files_under(size_folder):
            sha256 = stored_name_sha256(path, size_folder) if size_folder.name.isdigit() else None
            yield sha256, path


def remove_thumbnails(data_dir: Path, sha256: str) -> None:
    root = Path(data_dir) / THUMBNAILS_FOLDER
    for size_folder in root.iterdir() if root.is_dir() else ():
        if size_folder.name.isdigit():
            discard(size_folder / sha256[:2] / f"{sha256}.jpg")
