"""Deleting photos and checking the photo folder against the rows.

The database decides whether a file is still needed: a file is removed only inside a
transaction holding SQLite's write lock, after confirming that no row refers to it, so a
concurrent import cannot attach a row to a file being removed. (The importer puts its
file back if it vanished before its row was committed.) A file is first renamed aside
and removed only once the transaction has committed; if the commit fails it is renamed
back, and `check` puts back one left aside by a crash while its row still exists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from ..leftovers import is_owned
from ..records import Photo, PhotoCheckReport
from ..store.photos import PhotoStore
from . import store as content
from .content import FolderContent, PhotoContent
from .thumbnails import thumbnail_files

T = TypeVar("T")


def delete_photo(
    files: PhotoContent,
    photos: PhotoStore,
    photo_id: int,
    on_deleted: Callable[[Photo], None] | None = None,
) -> Photo:
    """Delete the row; its file and thumbnails too when no other row uses that file.
    ``on_deleted(photo)`` runs in the deletion's transaction (its audit entry)."""
    aside: Any | None = None
    try:
        with photos.write_lock() as commits:
            photo = photos.delete(photo_id)
            if on_deleted is not None:
                on_deleted(photo)
            last_use = not photos.referenced([photo.sha256])
            # Inside a caller's transaction the row may yet come back: keep the file
            # (an unused one is swept by `check`).
            if last_use and commits:
                aside = files.set_aside(photo.sha256)
    except BaseException:
        if aside is not None:
            files.put_back(aside)
        raise
    if last_use and commits:
        files.finish_removal([photo.sha256], [] if aside is None else [aside])
    return photo


def delete_rows_and_files(
    files: PhotoContent, photos: PhotoStore, delete_rows: Callable[[], tuple[T, Iterable[str]]]
) -> tuple[T, int]:
    """Run ``delete_rows`` in one transaction holding the write lock. It deletes rows
    (photo rows among them) and returns its result with the hashes of the photo files it
    may have left unused. Those no row uses any more are set aside inside the transaction
    and removed once it has committed (put back if it fails), with their thumbnails.
    Returns the result and the number of files removed. Inside a caller's transaction
    nothing is removed (the rows may yet come back): ``check`` sweeps such files later."""
    aside: list[Any] = []
    try:
        with photos.write_lock() as commits:
            result, hashes = delete_rows()
            wanted = set(hashes)
            unused = sorted(wanted - photos.referenced(wanted))
            if commits:
                for sha256 in unused:
                    token = files.set_aside(sha256)
                    if token is not None:
                        aside.append(token)
    except BaseException:
        for token in aside:
            files.put_back(token)
        raise
    if commits:
        files.finish_removal(unused, aside)
    return result, len(aside)


def check_photos(
    files: PhotoContent,
    photos: PhotoStore,
    remove_orphans: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> PhotoCheckReport:
    if not isinstance(files, FolderContent):
        from .server_check import check_server_photos

        return check_server_photos(files, photos, remove_orphans, progress)  # type: ignore[arg-type]
    data_dir = files.data_dir
    rows: dict[str, list[Photo]] = defaultdict(list)
    for photo in photos.all():
        rows[photo.sha256].append(photo)
    root = data_dir / content.PHOTOS_FOLDER
    stored: dict[str, Path] = {}
    candidates: list[tuple[str | None, Path]] = []  # orphans, by the hash they stand for
    foreign: list[Path] = []
    restored: list[Path] = []
    parked: list[tuple[str, Path]] = []
    files_checked = 0
    for path in content.files_under(root):
        files_checked += 1
        if sha256 := content.stored_name_sha256(path, root):
            stored[sha256] = path
        elif parked_for := _parked_for(path, root):
            parked.append((parked_for, path))
        elif path.name.startswith(content.TEMP_PREFIX):
            if not _in_progress(data_dir, path):
                candidates.append((None, path))
        else:
            foreign.append(path)
    for sha256, path in parked:
        if sha256 in stored:  # a redundant copy: the file itself is there
            candidates.append((None, path))
        elif sha256 in rows:  # its row survived the deletion: put it back
            stored[sha256] = content.unpark(path)
            restored.append(stored[sha256])
        else:
            candidates.append((sha256, path))

    missing: list[Photo] = []
    altered: list[Photo] = []
    key = files.data_key  # an encrypted file is hashed decrypted
    for done, (sha256, group) in enumerate(rows.items(), start=1):
        path = stored.get(sha256)
        if path is None:
            missing.extend(group)
        elif not content.file_matches(path, sha256, key):
            altered.extend(group)
        if progress:
            progress(done, len(rows))
    candidates.extend((sha256, path) for sha256, path in stored.items() if sha256 not in rows)

    for sha256, path in thumbnail_files(data_dir):
        files_checked += 1
        if sha256 is not None:
            if sha256 not in rows:
                candidates.append((sha256, path))
        elif path.name.startswith(content.TEMP_PREFIX):
            if not _in_progress(data_dir, path):
                candidates.append((None, path))
        else:
            foreign.append(path)

    removed = _remove(photos, candidates) if remove_orphans else []
    left = sorted({path for _, path in candidates} - set(removed))
    return PhotoCheckReport(
        photos_checked=sum(len(group) for group in rows.values()),
        files_checked=files_checked,
        missing=tuple(sorted(missing, key=lambda photo: photo.id)),
        altered=tuple(sorted(altered, key=lambda photo: photo.id)),
        orphans=tuple(left),
        removed=tuple(sorted(removed)),
        restored=tuple(restored),
        foreign=tuple(foreign),
    )


def _parked_for(path: Path, root: Path) -> str | None:
    if not path.name.endswith(content.PARKED_SUFFIX):
        return None
    original = path.with_name(path.name.removesuffix(content.PARKED_SUFFIX))
    return content.stored_name_sha256(original, root)


def _in_progress(data_dir: Path, path: Path) -> bool:
    """A temporary file of a photo or thumbnail being written by a running process
    (told by the owner token in its name): left alone. Any other is a leftover."""
    return is_owned(data_dir, path, content.TEMP_PREFIX)


def _remove(photos: PhotoStore, candidates: list[tuple[str | None, Path]]) -> list[Path]:
    """Remove the candidates that are still unused once the write lock is held."""
    parked: list[tuple[Path, Path]] = []
    try:
        with photos.write_lock() as commits:
            if not commits:
                return []
            used = photos.referenced(sha256 for sha256, _ in candidates if sha256)
            for sha256, path in candidates:
                if sha256 is None or sha256 not in used:
                    aside = content.park(path)
                    if aside is not None:
                        parked.append((path, aside))
    except BaseException:
        for _, aside in parked:
            content.unpark(aside)
        raise
    for _, aside in parked:
        content.discard(aside)
    for folder in {aside.parent for _, aside in parked}:
        content.fsync_folder(folder)
    return [path for path, _ in parked]
