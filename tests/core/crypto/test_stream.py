"""Files encrypted as streams: every size round-trips; a changed, cut, reordered or
moved file, or another key, is refused."""

from __future__ import annotations

import io
import os

import pytest

from logger_app.crypto.stream import (
    HEADER_BYTES,
    StreamDecryptionError,
    decrypt_stream,
    encrypt_stream,
    encrypted_size,
    is_encrypted,
)

KEY = bytes(range(32))
NAME = b"ab" * 32  # a photo's content hash, as the file is named
CHUNK = 1024


def _encrypt(plain: bytes, key: bytes = KEY, name: bytes = NAME) -> bytes:
    out = io.BytesIO()
    assert encrypt_stream(key, io.BytesIO(plain), out, name, CHUNK) == len(plain)
    return out.getvalue()


def _decrypt(sealed: bytes, key: bytes = KEY, name: bytes = NAME) -> bytes:
    out = io.BytesIO()
    assert decrypt_stream(key, io.BytesIO(sealed), out, name) == len(out.getvalue())
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 7])
def test_every_size_round_trips(size: int) -> None:
    plain = os.urandom(size)
    sealed = _encrypt(plain)
    assert is_encrypted(sealed) and len(sealed) == encrypted_size(size, CHUNK)
    assert _decrypt(sealed) == plain


def test_the_plain_text_is_nowhere_and_each_file_differs() -> None:
    plain = b"\xff\xd8\xff\xe0 JFIF Zephyrine Quackenbush" * 200
    first, second = _encrypt(plain), _encrypt(plain)
    assert b"JFIF" not in first and b"Zephyrine" not in first
    assert first != second  # a random nonce prefix per file


def test_a_large_file_is_read_in_chunks() -> None:
    class Counting(io.BytesIO):
        largest = 0

        def read(self, size: int | None = -1) -> bytes:
            assert size is not None and 0 < size <= CHUNK + 16  # never the whole file
            data = super().read(size)
            Counting.largest = max(Counting.largest, len(data))
            return data

    plain = os.urandom(40 * CHUNK)
    sealed = io.BytesIO()
    encrypt_stream(KEY, Counting(plain), sealed, NAME, CHUNK)
    out = io.BytesIO()
    decrypt_stream(KEY, Counting(sealed.getvalue()), out, NAME)
    assert out.getvalue() == plain and Counting.largest <= CHUNK + 16


def _refused(sealed: bytes, key: bytes = KEY, name: bytes = NAME) -> None:
    with pytest.raises(StreamDecryptionError):
        _decrypt(sealed, key, name)


def test_another_key_or_another_files_name_is_refused() -> None:
    sealed = _encrypt(os.urandom(3 * CHUNK))
    _refused(sealed, key=bytes(32))
    _refused(sealed, name=b"cd" * 32)


def test_a_changed_byte_anywhere_is_refused() -> None:
    sealed = _encrypt(os.urandom(2 * CHUNK + 10))
    for position in (0, 5, HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + CHUNK + 20, -1):
        changed = bytearray(sealed)
        changed[position] ^= 1
        _refused(bytes(changed))


def test_a_file_cut_short_or_reordered_is_refused() -> None:
    sealed = _encrypt(os.urandom(3 * CHUNK))
    whole = CHUNK + 16
    chunks = [sealed[HEADER_BYTES + i * whole : HEADER_BYTES + (i + 1) * whole] for i in range(3)]
    header = sealed[:HEADER_BYTES]
    _refused(header + chunks[0] + chunks[1])  # the last chunk dropped
    _refused(header + chunks[1] + chunks[0] + chunks[2])  # reordered
    _refused(sealed[:-1])
    _refused(header)
    _refused(b"not ours at all")
    _refused(sealed + chunks[2])  # a chunk added after the last


def test_a_damaged_header_does_not_allocate_its_chunk_size() -> None:
    sealed = bytearray(_encrypt(b"x"))
    sealed[4:8] = (2**31).to_bytes(4, "big")
    _refused(bytes(sealed))
