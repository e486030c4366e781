"""Who signs: each practitioner's passphrase and Ed25519 key pair, signatures over a
canonical serialisation of a record, and the audit log's hash chain. Pure functions of
bytes and text: no database, no widgets (the sign-in and signing use cases build on
them)."""

from .canonical import canonical_bytes, record_hash
from .chain import EntrySubject, entry_hash, new_salt, subject_hash
from .documents import (
    AMENDED_MEANING,
    IMPORTED_MEANING,
    SIGNED_MEANING,
    amendment_document,
    plain,
    record_document,
    session_signature_document,
)
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
    "AMENDED_MEANING",
    "IMPORTED_MEANING",
    "KDF_SETTINGS",
    "MIN_PASSPHRASE_LENGTH",
    "SIGNED_MEANING",
    "EntrySubject",
    "KdfSettings",
    "SealedKey",
    "UnlockedKey",
    "amendment_document",
    "canonical_bytes",
    "entry_hash",
    "new_salt",
    "new_sealed_key",
    "passphrase_problem",
    "plain",
    "record_document",
    "record_hash",
    "reseal",
    "session_signature_document",
    "signature_valid",
    "subject_hash",
    "unlock",
]
