"""Converting a data folder's logbook to encrypted at rest, and back (``convert``)."""

from __future__ import annotations

from .convert import (
    ConversionError,
    ConversionResult,
    check_administrator,
    decrypt_logbook,
    encrypt_logbook,
    plain_leftovers,
)

__all__ = [
    "ConversionError",
    "ConversionResult",
    "check_administrator",
    "decrypt_logbook",
    "encrypt_logbook",
    "plain_leftovers",
]
