"""Reading a file of ``stream.py`` as it is decrypted: one chunk in memory at a time, so a
caller copies, hashes or decodes a large photo without a plain copy of it anywhere.

Every chunk is authenticated before any of its bytes are handed out; a stream cut short,
reordered, another key's or another file's raises StreamDecryptionError at the chunk
where it shows (so a consumer must treat what it read so far as unproven until the end).
"""

from __future__ import annotations

import io
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .stream import (
    _HEADER,
    _MAX_CHUNK_BYTES,
    _TAG_BYTES,
    HEADER_BYTES,
    StreamDecryptionError,
    _nonce,
    _read_exactly,
    is_encrypted,
)


class _DecryptingRaw(io.RawIOBase):
    def __init__(self, key: bytes, source: BinaryIO, associated: bytes) -> None:
        super().__init__()
        header = _read_exactly(source, HEADER_BYTES)
        if len(header) != HEADER_BYTES or not is_encrypted(header):
            raise StreamDecryptionError("not an encrypted file of this app")
        _, chunk_bytes, self._prefix = _HEADER.unpack(header)
        if not 1 <= chunk_bytes <= _MAX_CHUNK_BYTES:
            raise StreamDecryptionError("not an encrypted file of this app (its header is damaged)")
        self._source = source
        self._cipher = AESGCM(key)
        self._aad = header + associated
        self._sealed_bytes = chunk_bytes + _TAG_BYTES
        self._number = 0
        self._next = _read_exactly(source, self._sealed_bytes)
        self._plain = memoryview(b"")
        self._done = False

    def readable(self) -> bool:
        return True

    def _advance(self) -> None:
        sealed = self._next
        full = len(sealed) == self._sealed_bytes
        self._next = _read_exactly(self._source, self._sealed_bytes) if full else b""
        last = not self._next
        try:
            nonce = _nonce(self._prefix, self._number, last)
            plain = self._cipher.decrypt(nonce, sealed, self._aad)
        except InvalidTag:
            raise StreamDecryptionError(
                "the file does not open with this key: another key, another file's, or "
                "changed (or cut short) since it was written"
            ) from None
        self._plain = memoryview(plain)
        self._number += 1
        self._done = last

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        while not self._plain and not self._done:
            self._advance()
        size = min(len(buffer), len(self._plain))
        buffer[:size] = self._plain[:size]
        self._plain = self._plain[size:]
        return size


def decrypting_reader(key: bytes, source: BinaryIO, associated: bytes) -> BinaryIO:
    """A readable binary file of the plain bytes of the stream in ``source`` (whose
    header is read at once: StreamDecryptionError if it is not one)."""
    return io.BufferedReader(_DecryptingRaw(key, source, associated))  # type: ignore[return-value]
