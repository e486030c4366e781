"""Photo and thumbnail files encrypted with the logbook's data key, or plain.

With a data key every photo file and thumbnail is written as an AES-256-GCM stream
(``crypto/stream.py``) whose associated data is the photo's identity: the SHA-256 of its
plain bytes, the name the photo row refers to (and, for a thumbnail, its size too). So an
encrypted file cannot be passed off as another photo's, and no row changes: the name is
still the plain content's hash. Without a key, plain files as before. Reading takes both
(the stream's ``LBE1`` header tells them apart: a JPEG starts ``FF D8``), so a logbook
being converted, or a server with older plain blobs, still reads.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..crypto.stream import MAGIC, StreamDecryptionError, encrypt_stream, is_encrypted
from ..crypto.stream_reader import decrypting_reader
from ..errors import LogbookLockedError, PhotoFileError
from ..i18n import translate

# Asked each time a file is written or read: on the clinic server the key becomes known
# only when someone holding it signs in, after the logbook was opened.
KeySource = Callable[[], bytes | None]

_PART = 1 << 20
LOCKED_TEXT = (
    "The photo files are encrypted and this logbook's key is not known here: sign in "
    "with a profile that holds it."
)


class UndecryptableFile(PhotoFileError):
    """An encrypted file that does not decrypt: altered or damaged since it was written,
    another file's, or another key's."""

    def __init__(self, what: str = "The photo file") -> None:
        super().__init__(
            f"{what} does not open with this logbook's key: it was altered or damaged "
            "since it was stored (run `logger-app check`)."
        )


class _Checked:
    """A decrypting reader whose failures are the logbook's error, not a ValueError."""

    def __init__(self, reader: BinaryIO) -> None:
        self._reader = reader

    def read(self, size: int = -1) -> bytes:
        try:
            return self._reader.read(size)
        except StreamDecryptionError:
            raise UndecryptableFile() from None


def read_full(source: BinaryIO, size: int) -> bytes:
    """``size`` bytes of ``source``, fewer only at its end (a read may return less)."""
    parts, wanted = [], size
    while wanted and (part := source.read(wanted)):
        parts.append(part)
        wanted -= len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def no_key() -> None:
    return None


def key_source(key: bytes | KeySource | None) -> KeySource:
    if key is None:
        return no_key
    if callable(key):
        return key
    return lambda: key


def photo_identity(sha256: str) -> bytes:
    """The associated data of a photo file."""
    return sha256.encode("ascii")


def thumbnail_identity(sha256: str, size: int) -> bytes:
    """The associated data of a thumbnail: its photo, and which size it is."""
    return f"{sha256}/thumbnail/{size}".encode("ascii")


def write_sealed(out: BinaryIO, source: BinaryIO, key: bytes | None, identity: bytes) -> int:
    """Copy ``source`` into ``out``, encrypted when there is a key; the plain bytes read."""
    if key is not None:
        return encrypt_stream(key, source, out, identity)
    total = 0
    while part := source.read(_PART):
        out.write(part)
        total += len(part)
    return total


def is_sealed_file(path: Path) -> bool:
    with path.open("rb") as handle:
        return is_encrypted(handle.read(len(MAGIC)))


class _Prefixed:
    """``head`` (already read from ``rest``) and then the rest: no seeking, so a stream
    of a server's parts reads the same way as a file."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._rest.read(size)
        head = self._head if size < 0 else self._head[:size]
        self._head = self._head[len(head) :]
        wanted = -1 if size < 0 else size - len(head)
        return head + self._rest.read(wanted) if wanted else head


class PartsReader:
    """A readable stream over parts (a server's stored file, one part in memory)."""

    def __init__(self, parts: Iterable[bytes]) -> None:
        self._parts = iter(parts)
        self._part = memoryview(b"")

    def read(self, size: int = -1) -> bytes:
        while not self._part:
            part = next(self._parts, None)
            if part is None:
                return b""
            self._part = memoryview(part)
        taken = self._part if size < 0 else self._part[:size]
        self._part = self._part[len(taken) :]
        return bytes(taken)


def sealed_reader(handle: BinaryIO, key: bytes | None, identity: bytes) -> BinaryIO:
    """The plain bytes of ``handle`` (read from its start): as they are if plain,
    decrypted as read if encrypted. LogbookLockedError if encrypted and there is no key."""
    head = handle.read(len(MAGIC))
    whole = _Prefixed(head, handle)
    if not is_encrypted(head):
        return whole  # type: ignore[return-value]
    if key is None:
        raise LogbookLockedError(LOCKED_TEXT)
    try:
        return _Checked(decrypting_reader(key, whole, identity))  # type: ignore
    except StreamDecryptionError:
        raise UndecryptableFile() from None


@contextlib.contextmanager
def open_plain(path: Path, key: bytes | None, identity: bytes) -> Iterator[BinaryIO]:
    """The plain bytes of the file at ``path`` as a readable stream (FileNotFoundError if
    it is not there). A decryption failure while reading raises UndecryptableFile."""
    with path.open("rb") as handle:
        yield sealed_reader(handle, key, identity)


def plain_sha256(path: Path, key: bytes | None, identity: bytes) -> str | None:
    """The SHA-256 of the file's plain bytes; None if it does not decrypt (altered, or
    another key's). OSError if it cannot be read; LogbookLockedError without a key."""
    digest = hashlib.sha256()
    try:
        with open_plain(path, key, identity) as plain:
            while part := plain.read(_PART):
                digest.update(part)
    except UndecryptableFile:
        return None
    return digest.hexdigest()


def read_plain(path: Path, key: bytes | None, identity: bytes, what: str) -> bytes:
    """All the plain bytes of a photo or thumbnail file (decrypted straight into one
    buffer); PhotoFileError naming ``what`` if it is missing or does not decrypt."""
    try:
        with open_plain(path, key, identity) as plain:
            out = io.BytesIO()
            while part := plain.read(_PART):
                out.write(part)
            return out.getvalue()  # shares the buffer: no second copy
    except FileNotFoundError:
        raise PhotoFileError(
            translate(
                "PhotoFiles", "{what} is missing from the data folder (run `logger-app check`)."
            ).format(what=what)
        ) from None
    except UndecryptableFile:
        raise UndecryptableFile(what) from None
