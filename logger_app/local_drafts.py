"""Sessions kept on this workstation while the clinic server could not be reached.

The session form's details are written as JSON in the data folder's ``drafts/`` (owner
only: they are health records), one file each; at the next start the window offers
them, to save through the form once the server is back, and the file goes once saved.

When the logbook has a data key (it is encrypted), the file is AES-256-GCM under it, its
name the associated data: what was typed is no more readable on this workstation's disk
than in the logbook. Such a draft is offered only to a window that holds the key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .owner_only import make_private_folders
from .photos.store import atomic_write
from .records import (
    AreaTreatment,
    Numbing,
    ProductUse,
    ReactionObservation,
    SessionDetails,
)
from .vocabulary import (
    Aftercare,
    Area,
    Device,
    Endpoint,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
)

FOLDER = "drafts"
FORMAT = 1
_ENCRYPTED = b"LBD1"  # an encrypted draft: this, a 12-byte nonce, the sealed JSON
_NONCE_BYTES = 12


@dataclass(frozen=True)
class LocalDraft:
    path: Path
    details: SessionDetails
    session_id: int | None  # the server's draft it rewrites; None: a new session
    kept_at: datetime
    # The reason typed for each stop, by warning code: typed once, not asked again.
    reasons: Mapping[str, str] = field(default_factory=dict)


def _plain(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def keep_local_draft(
    data_dir: Path,
    details: SessionDetails,
    session_id: int | None = None,
    data_key: bytes | None = None,
    reasons: Mapping[str, str] | None = None,
) -> Path:
    """Write ``details`` (and the ``reasons`` typed for its stops) to the data folder's
    ``drafts/``, readable by this user only, complete and on the disk (or not at all);
    encrypted with ``data_key`` if given."""
    folder = Path(data_dir) / FOLDER
    make_private_folders(folder)
    kept_at = datetime.now(UTC)
    document = {
        "format": FORMAT,
        "session_id": session_id,
        "kept_at": kept_at.isoformat(),
        "details": asdict(details),
        "reasons": dict(reasons or {}),
    }
    text = json.dumps(document, default=_plain, ensure_ascii=False, indent=1)
    stem = f"session-{details.client_id}-{kept_at:%Y%m%dT%H%M%S%f}"
    path = folder / f"{stem}.json"
    # Whole or not at all, and on the disk before the form says it is kept: it may be the
    # only copy of what was typed.
    content = text.encode("utf-8")
    if data_key is not None:
        nonce = os.urandom(_NONCE_BYTES)
        sealed = AESGCM(data_key).encrypt(nonce, content, _ENCRYPTED + path.name.encode())
        content = _ENCRYPTED + nonce + sealed
    atomic_write(path, content, data_dir=Path(data_dir))
    return path


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _details(data: dict[str, Any]) -> SessionDetails:
    numbing = data.get("numbing")
    return SessionDetails(
        client_id=int(data["client_id"]),
        started_at=datetime.fromisoformat(data["started_at"]),
        practitioner_name=data["practitioner_name"],
        device=Device(data["device"]),
        areas=tuple(
            AreaTreatment(Area(a["area"]), a["depth_mm"], a["passes"], a["note"])
            for a in data["areas"]
        ),
        cartridge=data["cartridge"],
        duration_minutes=data["duration_minutes"],
        numbing=Numbing(**numbing) if numbing else None,
        products=tuple(
            ProductUse(p["product"], p["lot"], _date(p["expiry"]), ProductRole(p["role"]))
            for p in data["products"]
        ),
        endpoint=Endpoint(data["endpoint"]) if data["endpoint"] else None,
        reactions=tuple(
            ReactionObservation(
                Reaction(r["reaction"]),
                Severity(r["severity"]),
                ObservedWhen(r["observed"]),
                r["note"],
            )
            for r in data["reactions"]
        ),
        aftercare=tuple(Aftercare(item) for item in data["aftercare"]),
        next_visit_due=_date(data["next_visit_due"]),
        notes=data["notes"],
        acknowledged=tuple(data["acknowledged"]),
    )


def _content(path: Path, data_key: bytes | None) -> bytes:
    content = path.read_bytes()
    if not content.startswith(_ENCRYPTED):
        return content
    if data_key is None:
        raise ValueError(f"{path.name} is encrypted: the logbook's key is needed")
    nonce = content[len(_ENCRYPTED) : len(_ENCRYPTED) + _NONCE_BYTES]
    try:
        return AESGCM(data_key).decrypt(
            nonce, content[len(_ENCRYPTED) + _NONCE_BYTES :], _ENCRYPTED + path.name.encode()
        )
    except InvalidTag:
        raise ValueError(f"{path.name} does not open with this logbook's key") from None


def read_local_draft(path: Path, data_key: bytes | None = None) -> LocalDraft:
    """ValueError (or OSError) when the file is not a draft this version wrote (or an
    encrypted one that ``data_key`` does not open)."""
    document = json.loads(_content(Path(path), data_key).decode("utf-8"))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"{Path(path).name} is not a kept session")
    try:
        details = _details(document["details"])
        reasons = document.get("reasons") or {}  # a draft kept before reasons were
        if not all(isinstance(v, str) for v in (*reasons, *reasons.values())):
            raise TypeError("reasons")
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"{Path(path).name} is not a kept session") from error
    return LocalDraft(
        Path(path),
        details,
        document.get("session_id"),
        datetime.fromisoformat(document["kept_at"]),
        dict(reasons),
    )


def local_drafts(data_dir: Path, data_key: bytes | None = None) -> list[LocalDraft]:
    """The sessions kept in the data folder, oldest first (unreadable files, and
    encrypted ones ``data_key`` does not open, skipped)."""
    found = []
    for path in sorted((Path(data_dir) / FOLDER).glob("session-*.json")):
        try:
            found.append(read_local_draft(path, data_key))
        except (OSError, ValueError):
            continue
    return sorted(found, key=lambda draft: draft.kept_at)


def discard_local_draft(draft: LocalDraft) -> None:
    """Once saved on the server: the kept copy goes."""
    draft.path.unlink(missing_ok=True)
