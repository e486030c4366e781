"""A practitioner's Ed25519 key pair, the private key kept only sealed under their
passphrase.

Sealing: a 256-bit key is derived from the passphrase with argon2id (argon2-cffi, a
random salt, the settings written into the sealed form so that they can be raised later
without breaking older keys), and seals the 32-byte private key with AES-256-GCM. The
header (settings, salt, nonce, public key) is the GCM's associated data: none of it can be
changed unnoticed.

Opening the seal is also the passphrase check: a wrong passphrase fails the GCM tag. So
signing in costs one argon2id derivation, and no separate passphrase hash is stored that
could be attacked apart from the key.

Layout (bytes): ``LBK1`` | time cost (1) | memory KiB (4, big-endian) | parallelism (1) |
salt (16) | nonce (12) | public key (32) | sealed private key and tag (48).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..errors import WrongPassphraseError
from .canonical import canonical_bytes

MAGIC = b"LBK1"
_SETTINGS = struct.Struct(">BIB")  # time cost, memory (KiB), parallelism
SALT_BYTES = 16
NONCE_BYTES = 12
_PUBLIC_BYTES = 32
_SEALED_BYTES = 32 + 16  # the private key and the GCM tag
_HEADER_BYTES = len(MAGIC) + _SETTINGS.size + SALT_BYTES + NONCE_BYTES + _PUBLIC_BYTES
SEALED_KEY_BYTES = _HEADER_BYTES + _SEALED_BYTES
_MAX_TIME_COST = 16
_MIN_MEMORY_KIB, _MAX_MEMORY_KIB = 8 * 1024, 1024 * 1024
_MAX_PARALLELISM = 8


@dataclass(frozen=True)
class KdfSettings:
    """argon2id's cost: RFC 9106's second recommended set (t=3, 64 MiB), with one lane
    as the app's computers may have two cores; about 0.25 s on one of them."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1


KDF_SETTINGS = KdfSettings()


@dataclass(frozen=True)
class SealedKey:
    """A key pair as stored in a practitioner's profile: ``data`` in the layout above."""

    data: bytes

    def __post_init__(self) -> None:
        if len(self.data) != SEALED_KEY_BYTES or not self.data.startswith(MAGIC):
            raise ValueError("not a sealed key of this app")
        # Altered settings must not make opening the key take hours or all the memory.
        settings = self.settings
        if not (
            1 <= settings.time_cost <= _MAX_TIME_COST
            and _MIN_MEMORY_KIB <= settings.memory_kib <= _MAX_MEMORY_KIB
            and 1 <= settings.parallelism <= _MAX_PARALLELISM
        ):
            raise ValueError("a sealed key with impossible settings")

    @property
    def public_key(self) -> bytes:
        start = _HEADER_BYTES - _PUBLIC_BYTES
        return self.data[start:_HEADER_BYTES]

    @property
    def settings(self) -> KdfSettings:
        time_cost, memory_kib, parallelism = _SETTINGS.unpack_from(self.data, len(MAGIC))
        return KdfSettings(time_cost, memory_kib, parallelism)


@dataclass(frozen=True)
class UnlockedKey:
    """A private key opened with its passphrase, for signing; kept in memory only."""

    public_key: bytes
    _private: Ed25519PrivateKey

    def sign(self, document: Mapping[str, Any]) -> bytes:
        """Ed25519 signature (64 bytes) over ``document``'s canonical bytes."""
        return self._private.sign(canonical_bytes(document))


def _derive(passphrase: str, salt: bytes, settings: KdfSettings) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=settings.time_cost,
        memory_cost=settings.memory_kib,
        parallelism=settings.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _seal(private: Ed25519PrivateKey, passphrase: str, settings: KdfSettings) -> SealedKey:
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = (
        MAGIC
        + _SETTINGS.pack(settings.time_cost, settings.memory_kib, settings.parallelism)
        + salt
        + nonce
        + public
    )
    key = _derive(passphrase, salt, settings)
    sealed = AESGCM(key).encrypt(nonce, private.private_bytes_raw(), header)
    return SealedKey(header + sealed)


def new_sealed_key(passphrase: str, settings: KdfSettings | None = None) -> SealedKey:
    """A new key pair, its private key sealed under ``passphrase`` (with
    ``KDF_SETTINGS`` as they are at the call unless ``settings`` are given)."""
    return _seal(Ed25519PrivateKey.generate(), passphrase, settings or KDF_SETTINGS)


def unlock(sealed: SealedKey, passphrase: str) -> UnlockedKey:
    """The private key, opened; WrongPassphraseError if ``passphrase`` is not the one
    it was sealed under (or the sealed form was altered)."""
    data = sealed.data
    offset = len(MAGIC) + _SETTINGS.size
    salt = data[offset : offset + SALT_BYTES]
    nonce = data[offset + SALT_BYTES : offset + SALT_BYTES + NONCE_BYTES]
    key = _derive(passphrase, salt, sealed.settings)
    try:
        raw = AESGCM(key).decrypt(nonce, data[_HEADER_BYTES:], data[:_HEADER_BYTES])
    except InvalidTag:
        raise WrongPassphraseError() from None
    private = Ed25519PrivateKey.from_private_bytes(raw)
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if public != sealed.public_key:  # cannot happen unless the header was forged with it
        raise WrongPassphraseError()
    return UnlockedKey(public, private)


def reseal(sealed: SealedKey, old: str, new: str, settings: KdfSettings | None = None) -> SealedKey:
    """The same key pair sealed under ``new`` (a changed passphrase: every signature
    made before stays verifiable with the same public key)."""
    opened = unlock(sealed, old)
    return _seal(opened._private, new, settings or KDF_SETTINGS)
