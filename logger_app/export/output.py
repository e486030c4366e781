"""What every export writer shares: whole-or-nothing output files, cancellation, names."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO, Protocol

from ..errors import DiskFullError, LogbookError
from ..i18n import translate
from ..leftovers import EXPORT, TempFile
from ..records import Photo
from ..store.connection import is_disk_full

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
TEMP_PREFIX = ".export-"


class ExportCancelled(LogbookError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            translate("ExportOutput", "The export was cancelled; nothing was written.")
        )


class ExportError(LogbookError):
    """The export cannot be written where asked (no such folder, not writable)."""


def never() -> bool:
    return False


def check_cancel(cancel: Cancel) -> None:
    if cancel():
        raise ExportCancelled


@contextlib.contextmanager
def atomic_output(path: Path, data_dir: Path | None = None) -> Iterator[Path]:
    """A temporary file beside ``path`` to write into; renamed over ``path`` (fsynced)
    only when the block ends normally, removed otherwise. A reader never sees half an
    export, and a cancelled or failed one leaves nothing behind. With ``data_dir`` (the
    logbook's data folder) the temporary file is registered as this process's, so that
    if the process dies mid-export the next open of the logbook removes it."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(
            translate("ExportOutput", "The folder {folder} does not exist.").format(folder=folder)
        )
    try:
        temp = TempFile(data_dir, folder, TEMP_PREFIX, EXPORT, final=path)
    except OSError as error:
        if data_dir is None:
            raise _cannot_write(folder, error) from error
        # The logbook's folder cannot take the registration (read-only media, a full
        # disk): the export may still be written where it goes, just not registered.
        temp = _unregistered_temp(folder, path)
    try:
        yield temp.path
        temp.keep_as(path)
    except BaseException as error:
        temp.discard()
        if is_disk_full(error):
            raise DiskFullError(
                translate(
                    "ExportOutput",
                    "The disk holding {folder} is full: {name} was not written (nothing "
                    "half written is left). Free some space, or choose another place, and try "
                    "again.",
                ).format(folder=folder, name=path.name)
            ) from error
        raise
    with contextlib.suppress(OSError):  # durability of the rename; not every FS allows it
        from ..photos.store import fsync_folder  # here: Pillow loads with the first export

        fsync_folder(folder)


def _unregistered_temp(folder: Path, path: Path) -> TempFile:
    try:
        return TempFile(None, folder, TEMP_PREFIX, EXPORT, final=path)
    except OSError as error:
        raise _cannot_write(folder, error) from error


def _cannot_write(folder: Path, error: OSError) -> ExportError:
    return ExportError(
        translate("ExportOutput", "Cannot write in {folder}: {problem}.").format(
            folder=folder, problem=error.strerror or error
        )
    )


def name_slug(name: str, lower: bool = True) -> str:
    """A name fit for a file name on any system: "Chloé O'Brien" → "chloe-obrien"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name.replace("'", "")).strip("-")
    slug = slug.lower() if lower else slug
    return slug[:60].strip("-") or "client"


# Names Windows keeps for devices, whatever the extension or case ("con", "LPT1.txt").
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
)
_APOSTROPHES = "'\u2019\u02bc"
NAME_PART_CHARACTERS = 60
NAME_PART_BYTES = 150  # of UTF-8: far inside the 255 bytes a file name may have


def name_part(name: str) -> str:
    """A person's name fit for a file or folder name on Windows, macOS and Linux, its
    letters kept in every script: "Zoë Ñúñez" → "Zoë-Ñúñez", "Иван Петров" →
    "Иван-Петров", "王芳" → "王芳". NFC; anything but letters, marks and digits (slashes,
    ``:*?"<>|``, dots, spaces, control characters) becomes one "-", apostrophes and
    invisible format characters go; at most 60 characters and 150 bytes; a name Windows
    keeps for a device gets a "_" in front. "" when nothing is left."""
    part = _letters(name)
    return "_" + part if part.upper() in _RESERVED else part


def _letters(name: str) -> str:
    """``name_part`` without the guard against device names (for names that get a
    prefix, which no device name has)."""
    text = unicodedata.normalize("NFC", name)
    kept = []
    for char in text:
        kind = unicodedata.category(char)
        if char in _APOSTROPHES or kind == "Cf":
            continue
        kept.append(char if kind[0] in "LMN" else "-")
    part = re.sub("-+", "-", "".join(kept)).strip("-")
    return _shortened(part).strip("-")


def _shortened(part: str) -> str:
    end = min(len(part), NAME_PART_CHARACTERS)
    while end and len(part[:end].encode("utf-8")) > NAME_PART_BYTES:
        end -= 1
    # Never split a letter from the accent that follows it.
    while 0 < end < len(part) and unicodedata.category(part[end])[0] == "M":
        end -= 1
    return part[:end]


def photo_member(sha256: str) -> str:
    """Where a photo's stored file goes in a bundle, relative to its history.json."""
    return f"photos/{sha256}.jpg"


def client_folder(client_id: int, full_name: str) -> str:
    """A client's folder in an export of every client: "client-2-Иван-Петров" (just
    "client-2" for a name with nothing fit for a file name; never a device name such as
    "CON", thanks to the prefix)."""
    part = _letters(full_name)
    return f"client-{client_id}-{part}" if part else f"client-{client_id}"


class PhotoFiles(Protocol):
    """Where a writer reads the photos: a Logbook (its photo use cases, on either home),
    or ``FolderPhotos``; decrypted as read in an encrypted logbook (an export is the
    user's plain copy). Called from worker threads too (the PDF's)."""

    @property
    def on_server(self) -> bool: ...

    def open_photo(self, photo: Photo) -> AbstractContextManager[BinaryIO]: ...

    def thumbnail_bytes(self, photo: Photo, size: int = ...) -> bytes: ...


class FolderPhotos:
    """The photo folder of a data folder (a logbook on the file), for a writer given a
    folder rather than a Logbook; ``data_key``: an encrypted logbook's."""

    on_server = False

    def __init__(self, data_dir: Path, data_key: bytes | None = None) -> None:
        from ..photos.content import FolderContent

        self._content = FolderContent(data_dir, data_key)

    def open_photo(self, photo: Photo) -> AbstractContextManager[BinaryIO]:
        return self._content.open(photo.sha256)

    def thumbnail_bytes(self, photo: Photo, size: int = 256) -> bytes:
        return self._content.thumbnail_bytes(photo.sha256, size)
