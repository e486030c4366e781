"""A file encrypted as a stream: AES-256-GCM in chunks, so that a large photo is never
held whole in memory, twice or even once.

Layout: ``LBE1`` | chunk size (4 bytes, big-endian) | nonce prefix (7 random bytes) |
then each chunk of the plain text, encrypted with its own nonce: the prefix, the chunk's
number (4 bytes) and one byte saying whether it is the last (the STREAM construction of
Hoang, Reyhanitabar, Rogaway and Vizár). Every chunk's associated data is the header
followed by what the caller names the file by (a photo's content hash): chunks cannot
be reordered, dropped, cut off at the end, or moved to another file unnoticed. The
prefix is random for each file: one key encrypts every file of a logbook safely.
"""

from __future__ import annotations

import os
import struct
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"LBE1"
CHUNK_BYTES = 64 * 1024
_PREFIX_BYTES = 7
_HEADER = struct.Struct(">4sI7s")
HEADER_BYTES = _HEADER.size
_TAG_BYTES = 16
_MAX_CHUNK_BYTES = 16 * 1024 * 1024  # an altered header must not make us allocate more
_MAX_CHUNKS = 2**32


class StreamDecryptionError(ValueError):
    """Not a stream of this app, another key, another file's, or changed since."""


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", number, 1 if last else 0)


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    parts, wanted = [], size
    while wanted:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def is_encrypted(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a stream of this app."""
    return head.startswith(MAGIC)


def encrypt_stream(
    key: bytes,
    source: BinaryIO,
    target: BinaryIO,
    associated: bytes,
    chunk_bytes: int = CHUNK_BYTES,
) -> int:
    """Encrypt all of ``source`` into ``target`` with the 32-byte ``key``; returns the
    plain bytes read. ``associated``: what the file is named by (it must be given again
    to decrypt)."""
    if not 1 <= chunk_bytes <= _MAX_CHUNK_BYTES:
        raise ValueError("chunk size out of range")
    cipher = AESGCM(key)
    prefix = os.urandom(_PREFIX_BYTES)
    header = _HEADER.pack(MAGIC, chunk_bytes, prefix)
    aad = header + associated
    target.write(header)
    total, number = 0, 0
    chunk = _read_exactly(source, chunk_bytes)
    while True:
        following = _read_exactly(source, chunk_bytes) if len(chunk) == chunk_bytes else b""
        last = not following
        if number >= _MAX_CHUNKS:
            raise ValueError("file too large for one stream")
        target.write(cipher.encrypt(_nonce(prefix, number, last), chunk, aad))
        total += len(chunk)
        if last:
            return total
        chunk, number = following, number + 1


def decrypt_stream(key: bytes, source: BinaryIO, target: BinaryIO, associated: bytes) -> int:
    """Decrypt a stream of ``encrypt_stream`` into ``target``; returns the plain bytes
    written. StreamDecryptionError (and ``target`` holds only what was checked so far:
    write to a temporary file and keep it only on success)."""
    header = _read_exactly(source, HEADER_BYTES)
    if len(header) != HEADER_BYTES or not is_encrypted(header):
        raise StreamDecryptionError("not an encrypted file of this app")
    _, chunk_bytes, prefix = _HEADER.unpack(header)
    if not 1 <= chunk_bytes <= _MAX_CHUNK_BYTES:
        raise StreamDecryptionError("not an encrypted file of this app (its header is damaged)")
    cipher = AESGCM(key)
    aad = header + associated
    sealed_bytes = chunk_bytes + _TAG_BYTES
    total, number = 0, 0
    sealed = _read_exactly(source, sealed_bytes)
    while True:
        following = _read_exactly(source, sealed_bytes) if len(sealed) == sealed_bytes else b""
        last = not following
        try:
            plain = cipher.decrypt(_nonce(prefix, number, last), sealed, aad)
        except InvalidTag:
            raise StreamDecryptionError(
                "the file does not open with this key: another key, another file's, or "
                "changed (or cut short) since it was written"
            ) from None
        target.write(plain)
        total += len(plain)
        if last:
            return total
        sealed, number = following, number + 1


def encrypted_size(plain_bytes: int, chunk_bytes: int = CHUNK_BYTES) -> int:
    """The size of the stream of ``plain_bytes`` (one chunk even when empty)."""
    chunks = max(1, -(-plain_bytes // chunk_bytes))
    return HEADER_BYTES + plain_bytes + chunks * _TAG_BYTES
