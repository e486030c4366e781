"""Importing a batch of photo files into one session.

Per file: read → duplicate? → decode and check → encode → store the file (fsynced) →
THEN insert its row, in its own transaction. A file is never referred to before it is
safe on disk; a failure after the file and before the row leaves an unused file, which
``logger-app check`` reports and can remove. On the clinic server the bytes and the row
are committed in one transaction instead (``server_content``). One bad file never stops
the batch: each gets its own result.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import PhotoRefused
from ..records import ImportStatus, PhotoDetails, PhotoImportResult
from ..store.dialect import is_database_error, is_refusal
from ..store.photos import PhotoStore, is_unique_violation
from ..validation import validate_photo_details
from . import store as content
from .content import PhotoContent
from .decode import decode_photo, read_source
from .thumbnails import make_thumbnails_from

Progress = Callable[[int, int], None]
ALREADY_IN_SESSION = "already in this session"


@dataclass(frozen=True)
class ImportTarget:
    data_dir: Path
    photos: PhotoStore
    client_id: int
    session_id: int
    content: PhotoContent


def import_batch(
    target: ImportTarget,
    files: Sequence[Path],
    defaults: PhotoDetails,
    per_file: Mapping[Path, PhotoDetails] | None = None,
    progress: Progress | None = None,
) -> list[PhotoImportResult]:
    """Import ``files`` in order; ``progress(done, total)`` is called before the first
    and after each file."""
    per_file = per_file or {}
    total = len(files)
    results: list[PhotoImportResult] = []
    if progress:
        progress(0, total)
    for done, given in enumerate(files, start=1):
        path = Path(given)
        details = per_file.get(given, per_file.get(path, defaults))
        results.append(_import_one(target, path, details))
        if progress:
            progress(done, total)
    return results


def _import_one(target: ImportTarget, path: Path, details: PhotoDetails) -> PhotoImportResult:
    problems = validate_photo_details(details)
    if problems:
        return _refused(path, " ".join(problems.values()))
    try:
        data = read_source(path)
    except PhotoRefused as refusal:
        return _refused(path, refusal.reason)
    source_sha256 = hashlib.sha256(data).hexdigest()
    existing = target.photos.in_session(target.session_id, source_sha256=source_sha256)
    if existing is not None:
        return _duplicate(path, existing)
    try:
        photo = decode_photo(data, path)
        # From here the decoded picture is all that is needed: the file's bytes go (up to
        # 256 MB fewer at the peak of encoding, as memory.py counts).
        del data
        encoded = content.encode_jpeg(photo)
    except PhotoRefused as refusal:
        return _refused(path, refusal.reason)
    except (OSError, ValueError) as error:
        return _refused(path, f"the picture cannot be converted for storage: {error}")
    sha256 = hashlib.sha256(encoded).hexdigest()
    # Another file of this session with the very same picture (e.g. a copy re-saved
    # losslessly): stored identically, so it is the same photo.
    existing = target.photos.in_session(target.session_id, sha256=sha256)
    if existing is not None:
        return _duplicate(path, existing)
    stored = None
    try:
        with target.content.storing(encoded) as stored:
            photo_id = target.photos.add(
                client_id=target.client_id,
                session_id=target.session_id,
                sha256=stored.sha256,
                source_sha256=source_sha256,
                original_name=path.name,
                details=details,
                taken_at=details.taken_at or photo.taken_at,
                width=photo.width,
                height=photo.height,
                byte_size=stored.byte_size,
            )
    except OSError as error:
        if stored is None:
            return _refused(path, f"the photo could not be saved: {error.strerror or error}")
        raise
    except Exception as error:
        if not is_database_error(error):
            raise
        # Added by another window or process since we looked.
        existing = target.photos.in_session(target.session_id, source_sha256=source_sha256)
        if is_refusal(error) and is_unique_violation(error) and existing is not None:
            return _duplicate(path, existing)
        # On the file the file stays, unused: `logger-app check` reports and can remove it.
        return _refused(path, f"the photo could not be recorded: {error}")
    with contextlib.suppress(OSError):  # a cache: made from the stored file when needed
        make_thumbnails_from(target.data_dir, stored.sha256, photo.image, target.content.data_key)
    try:
        target.content.ensure_present(stored.sha256, encoded)
    except OSError as error:
        warning = f"its file could not be checked after saving ({error}): run `logger-app check`"
        return PhotoImportResult(path, ImportStatus.IMPORTED, warning, photo_id)
    return PhotoImportResult(path, ImportStatus.IMPORTED, photo_id=photo_id)


def _refused(path: Path, reason: str) -> PhotoImportResult:
    return PhotoImportResult(path, ImportStatus.REFUSED, reason=reason)


def _duplicate(path: Path, photo_id: int) -> PhotoImportResult:
    return PhotoImportResult(path, ImportStatus.DUPLICATE, ALREADY_IN_SESSION, photo_id)
