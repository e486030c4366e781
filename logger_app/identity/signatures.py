"""Checking an Ed25519 signature over a canonical record with a stored public key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .canonical import canonical_bytes

PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


def signature_valid(public_key: bytes, document: Mapping[str, Any], signature: bytes) -> bool:
    """Whether ``signature`` is the holder of ``public_key``'s over exactly ``document``."""
    if len(public_key) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, canonical_bytes(document))
    except InvalidSignature:
        return False
    return True
