"""Who signs: each practitioner's passphrase and Ed25519 key pair, and signatures over a
canonical serialisation of a record. Pure functions of bytes and text: no database, no
widgets (the sign-in and signing use cases build on them)."""

from .canonical import canonical_bytes, record_hash
from .documents import amendment_document, plain, session_document
from .keys import (
    KDF_SETTINGS,
    KdfSettings,
    SealedKey,
    UnlockedKey,
    new_sealed_key,
    reseal,
    unlock,
)
from .passphrases import MIN_PASSPHRASE_LENGTH, passphrase_problem
from .signatures import signature_valid

__all__ = [
    "KDF_SETTINGS",
    "MIN_PASSPHRASE_LENGTH",
    "KdfSettings",
    "SealedKey",
    "UnlockedKey",
    "amendment_document",
    "canonical_bytes",
    "new_sealed_key",
    "passphrase_problem",
    "plain",
    "record_hash",
    "reseal",
    "session_document",
    "signature_valid",
    "unlock",
]
