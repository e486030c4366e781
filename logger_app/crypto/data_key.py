"""The logbook's data key, and the ways it is kept: wrapped (AES-256-GCM) under a key
derived from each practitioner's passphrase, and under the recovery key printed at
setup. Changing a passphrase rewraps the data key; nothing is encrypted again.

A wrapped key's associated data names whose wrapping it is ("practitioner:12",
"recovery"): a wrapping cannot be moved to another holder unnoticed.

The recovery key: 32 random bytes, written for people as 14 groups of 4 letters and
digits (Crockford's base32: no I, L, O or U to misread): 13 for the key's 256 bits, the
last a checksum, so that a mistyped sheet is told apart from a wrong one. It is
high-entropy: the key that wraps the data key is derived from it with HKDF-SHA256 alone
(no slow derivation needed).
"""

from __future__ import annotations

import hashlib
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..i18n import translate

KEY_BYTES = 32
_NONCE_BYTES = 12
_WRAP_MAGIC = b"LBW1"
WRAPPED_BYTES = len(_WRAP_MAGIC) + _NONCE_BYTES + KEY_BYTES + 16
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
_READS_AS = {"O": "0", "I": "1", "L": "1"}
_KEY_CHARACTERS = 52  # 260 bits hold the key's 256
_GROUPS = _KEY_CHARACTERS // 4 + 1  # and one group of checksum


class WrongKeyError(ValueError):
    """The wrapping does not open with this key (or was altered, or is another's)."""


class RecoveryKeyFormatError(ValueError):
    """Not a recovery key as printed: ``str()`` says what is wrong, for the person typing it."""


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def wrap(data_key: bytes, wrapping_key: bytes, holder: str) -> bytes:
    """``data_key`` sealed under ``wrapping_key`` for ``holder``."""
    if len(data_key) != KEY_BYTES or len(wrapping_key) != KEY_BYTES:
        raise ValueError("keys are 32 bytes")
    nonce = os.urandom(_NONCE_BYTES)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, _WRAP_MAGIC + holder.encode())
    return _WRAP_MAGIC + nonce + sealed


def unwrap(wrapped: bytes, wrapping_key: bytes, holder: str) -> bytes:
    """The data key; WrongKeyError if ``wrapping_key`` or ``holder`` is not the one."""
    if len(wrapped) != WRAPPED_BYTES or not wrapped.startswith(_WRAP_MAGIC):
        raise WrongKeyError("not a wrapped key of this app")
    nonce = wrapped[len(_WRAP_MAGIC) : len(_WRAP_MAGIC) + _NONCE_BYTES]
    try:
        return AESGCM(wrapping_key).decrypt(
            nonce, wrapped[len(_WRAP_MAGIC) + _NONCE_BYTES :], _WRAP_MAGIC + holder.encode()
        )
    except InvalidTag:
        raise WrongKeyError("this key does not open the logbook's data key") from None


# The recovery key
def new_recovery_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _checksum(key: bytes) -> str:
    value = struct.unpack(">I", hashlib.sha256(b"logbook recovery key" + key).digest()[:4])[0]
    return "".join(_ALPHABET[(value >> shift) & 31] for shift in (15, 10, 5, 0))


def recovery_text(key: bytes) -> str:
    """``key`` as printed on the recovery sheet: ``XXXX-XXXX-…`` (14 groups)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key is 32 bytes")
    number = int.from_bytes(key, "big")
    characters = "".join(
        _ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_KEY_CHARACTERS))
    )
    groups = [characters[i : i + 4] for i in range(0, _KEY_CHARACTERS, 4)]
    return "-".join([*groups, _checksum(key)])


def parse_recovery_text(text: str) -> bytes:
    """The key of a typed recovery text: spaces, dashes and case do not matter, and O,
    I, L read as 0, 1, 1. RecoveryKeyFormatError says what is wrong."""
    cleaned = "".join(
        _READS_AS.get(character, character)
        for character in text.upper()
        if character not in " -\t\n"
    )
    bad = sorted({character for character in cleaned if character not in _ALPHABET})
    if bad:
        raise RecoveryKeyFormatError(
            translate(
                "RecoveryKey",
                "A recovery key has only letters and digits; {characters} is not one of them.",
            ).format(characters=", ".join(bad))
        )
    if len(cleaned) != 4 * _GROUPS:
        raise RecoveryKeyFormatError(
            translate(
                "RecoveryKey",
                "A recovery key has {groups} groups of 4 characters; this has {count} characters.",
            ).format(groups=_GROUPS, count=len(cleaned))
        )
    number = 0
    for character in cleaned[:-4]:
        number = (number << 5) | _ALPHABET.index(character)
    mistake = RecoveryKeyFormatError(
        translate(
            "RecoveryKey",
            "The recovery key has a typing mistake: check each group against the sheet.",
        )
    )
    try:
        key = number.to_bytes(KEY_BYTES, "big")  # its first character holds one bit
    except OverflowError:
        raise mistake from None
    if _checksum(key) != cleaned[-4:]:
        raise mistake
    return key


def recovery_wrapping_key(recovery_key: bytes) -> bytes:
    """The key that wraps the data key for the recovery sheet."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"logbook recovery wrap"
    ).derive(recovery_key)
