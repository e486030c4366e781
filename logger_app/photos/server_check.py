"""``check`` of a logbook on the clinic server: the photo rows against the stored files'
bytes there, and this workstation's local copies and thumbnails against the rows.

A row whose stored file is missing, incomplete or no longer hashes to its name is
reported missing (nothing here can show it). A stored file no row uses is an orphan,
named ``clinic-server-photos/ab/<sha>.jpg`` in the report; with ``remove_orphans`` it is
deleted in a transaction holding the photo-files lock exclusively, after confirming that
still no row uses it (so a concurrent import cannot lose its bytes). Local copies and
thumbnails of photos no row uses are caches: removed once that transaction has committed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from ..leftovers import is_owned
from ..records import Photo, PhotoCheckReport
from ..store.photos import PhotoStore
from . import store
from .server_content import CACHE_FOLDER, ServerContent, server_name
from .thumbnails import thumbnail_files

# An orphan: the hash it stands for (None: a leftover of no photo) and where it is;
# ``on_server``: bytes in the database rather than a local file.
_Candidate = tuple[str | None, Path, bool]


def check_server_photos(
    files: ServerContent,
    photos: PhotoStore,
    remove_orphans: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> PhotoCheckReport:
    data_dir = files.data_dir
    rows: dict[str, list[Photo]] = defaultdict(list)
    for photo in photos.all():
        rows[photo.sha256].append(photo)
    stored = files.blobs.summaries()
    missing: list[Photo] = []
    for done, (sha256, group) in enumerate(rows.items(), start=1):
        if sha256 not in stored or not files.verified(sha256):
            missing.extend(group)
        if progress:
            progress(done, len(rows))
    candidates: list[_Candidate] = [
        (sha256, server_name(data_dir, sha256), True) for sha256 in stored if sha256 not in rows
    ]
    files_checked = len(stored)
    foreign: list[Path] = []
    cache_root = data_dir / CACHE_FOLDER
    local = [(store.stored_name_sha256(path, cache_root), path) for path in _files(cache_root)]
    for sha256, path in [*local, *thumbnail_files(data_dir)]:
        files_checked += 1
        if sha256 is not None:
            if sha256 not in rows:
                candidates.append((sha256, path, False))
        elif path.name.startswith(store.TEMP_PREFIX):
            if not is_owned(data_dir, path, store.TEMP_PREFIX):
                candidates.append((None, path, False))
        else:
            foreign.append(path)

    removed = _remove(files, photos, candidates) if remove_orphans else []
    left = sorted({path for _, path, _ in candidates} - set(removed))
    return PhotoCheckReport(
        photos_checked=sum(len(group) for group in rows.values()),
        files_checked=files_checked,
        missing=tuple(sorted(missing, key=lambda photo: photo.id)),
        orphans=tuple(left),
        removed=tuple(sorted(removed)),
        foreign=tuple(foreign),
    )


def _files(root: Path) -> list[Path]:
    return list(store.files_under(root))


def _remove(files: ServerContent, photos: PhotoStore, candidates: list[_Candidate]) -> list[Path]:
    """Remove the candidates still unused once the lock is held: stored files in the
    transaction, local files after it has committed."""
    removed: list[Path] = []
    local: list[Path] = []
    with photos.write_lock() as commits:
        if not commits:
            return []
        used = photos.referenced(sha256 for sha256, _, _ in candidates if sha256)
        for sha256, path, on_server in candidates:
            if sha256 is not None and sha256 in used:
                continue
            if on_server:
                if sha256 is not None and files.blobs.delete(sha256):
                    removed.append(path)
            else:
                local.append(path)
    for path in local:
        if path.exists():
            store.discard(path)
            removed.append(path)
    return removed
