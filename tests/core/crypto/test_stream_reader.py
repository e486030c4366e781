"""Reading an encrypted stream as it is decrypted: the same bytes as decrypt_stream, in
any read sizes, and nothing unproven handed out past a cut or a changed chunk."""

from __future__ import annotations

import io
import os

import pytest

from logger_app.crypto.stream import StreamDecryptionError, encrypt_stream
from logger_app.crypto.stream_reader import decrypting_reader

KEY = bytes(range(32))
CHUNK = 1000


def sealed(plain: bytes, name: bytes = b"photo") -> bytes:
    out = io.BytesIO()
    encrypt_stream(KEY, io.BytesIO(plain), out, name, chunk_bytes=CHUNK)
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 17])
@pytest.mark.parametrize("step", [1, 7, CHUNK, 4096, -1])
def test_reads_back_the_plain_bytes_in_any_read_sizes(size: int, step: int) -> None:
    plain = os.urandom(size)
    reader = decrypting_reader(KEY, io.BytesIO(sealed(plain)), b"photo")
    if step < 0:
        assert reader.read() == plain
    else:
        assert b"".join(iter(lambda: reader.read(step), b"")) == plain


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data[:-1],  # cut short
        lambda data: data[: -(5 + 16)],  # the whole last chunk dropped
        lambda data: data[:40] + bytes([data[40] ^ 1]) + data[41:],  # a byte changed
    ],
)
def test_a_spoiled_stream_raises_and_never_reads_to_its_end(spoil) -> None:
    data = spoil(sealed(os.urandom(3 * CHUNK + 5)))
    reader = decrypting_reader(KEY, io.BytesIO(data), b"photo")
    with pytest.raises(StreamDecryptionError):
        reader.read()


def test_another_name_or_key_or_a_plain_file_is_refused() -> None:
    data = sealed(b"picture")
    with pytest.raises(StreamDecryptionError):
        decrypting_reader(KEY, io.BytesIO(data), b"another photo").read()
    with pytest.raises(StreamDecryptionError):
        decrypting_reader(bytes(32), io.BytesIO(data), b"photo").read()
    with pytest.raises(StreamDecryptionError):
        decrypting_reader(KEY, io.BytesIO(b"\xff\xd8\xff\xe0 a plain JPEG"), b"photo")
