"""The one byte form of a record that is signed and hashed.

JSON with keys sorted, no insignificant whitespace, UTF-8 (not ASCII escapes), integers
as integers and floats in Python's shortest round-trip form: the same record gives the
same bytes on every platform and version. Anything else a record holds (dates, times,
enums, bytes) is turned into text by whoever builds the document, so that this layer
never guesses; NaN and infinities are refused, as they have no JSON form.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any


def canonical_bytes(document: Mapping[str, Any]) -> bytes:
    """``document`` (JSON types only) as the bytes a signature and a hash cover."""
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def record_hash(document: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical bytes, hex: what an amendment or the log chain names."""
    return hashlib.sha256(canonical_bytes(document)).hexdigest()
