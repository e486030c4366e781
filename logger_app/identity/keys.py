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
from dataclasses import dataclass, field
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
    """A private key opened with its passphrase, for signing; kept in memory only.
    ``sealing_key``: what the passphrase derived for this seal, which also wraps the
    logbook's data key for this practitioner (one slow derivation opens both)."""

    public_key: bytes
    _private: Ed25519PrivateKey
    sealing_key: bytes = field(default=b"", repr=False)
    sealed: SealedKey | None = field(default=None, repr=False)

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


def _seal(private: Ed25519PrivateKey, passphrase: str, settings: KdfSettings) -> UnlockedKey:
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
    sealed = SealedKey(header + AESGCM(key).encrypt(nonce, private.private_bytes_raw(), header))
    return UnlockedKey(public, private, key, sealed)


def new_sealed_key(passphrase: str, settings: KdfSettings | None = None) -> SealedKey:
    """A new key pair, its private key sealed under ``passphrase`` (with
    ``KDF_SETTINGS`` as they are at the call unless ``settings`` are given)."""
    return new_opened_key(passphrase, settings).sealed  # type: ignore[return-value]


def new_opened_key(passphrase: str, settings: KdfSettings | None = None) -> UnlockedKey:
    """A new key pair sealed under ``passphrase``, open: ``sealed`` is its sealed form."""
    return _seal(Ed25519PrivateKey.generate(), passphrase, settings or KDF_SETTINGS)


def sealing_key(sealed: SealedKey, passphrase: str) -> bytes:
    """The slow step of ``unlock``: the key ``passphrase`` derives for this seal."""
    offset = len(MAGIC) + _SETTINGS.size
    return _derive(passphrase, sealed.data[offset : offset + SALT_BYTES], sealed.settings)


def unlock(sealed: SealedKey, passphrase: str, *, derived: bytes | None = None) -> UnlockedKey:
    """The private key, opened; WrongPassphraseError if ``passphrase`` is not the one
    it was sealed under (or the sealed form was altered). ``derived``: the
    ``sealing_key`` already derived from the passphrase for this very seal."""
    data = sealed.data
    offset = len(MAGIC) + _SETTINGS.size
    nonce = data[offset + SALT_BYTES : offset + SALT_BYTES + NONCE_BYTES]
    key = derived if derived is not None else sealing_key(sealed, passphrase)
    try:
        raw = AESGCM(key).decrypt(nonce, data[_HEADER_BYTES:], data[:_HEADER_BYTES])
    except InvalidTag:
        raise WrongPassphraseError() from None
    private = Ed25519PrivateKey.from_private_bytes(raw)
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if public != sealed.public_key:  # cannot happen unless the header was forged with it
        raise WrongPassphraseError()
    return UnlockedKey(public, private, key, sealed)


def reseal(sealed: SealedKey, old: str, new: str, settings: KdfSettings | None = None) -> SealedKey:
    """The same key pair sealed under ``new`` (a changed passphrase: every signature
    made before stays verifiable with the same public key)."""
    return reseal_opened(unlock(sealed, old), new, settings).sealed  # type: ignore[return-value]


def reseal_opened(
    opened: UnlockedKey, new: str, settings: KdfSettings | None = None
) -> UnlockedKey:
    """An open key sealed anew under ``new``, open."""
    return _seal(opened._private, new, settings or KDF_SETTINGS)
