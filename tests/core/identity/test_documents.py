"""What a signature covers: the record document walks every field of the record, so that
none is forgotten, and leaves out what changes without changing the record; a session's
signature names the record hash, who, when, what it means and the audit head; an
amendment's names the record hash before and after it."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from logger_app.identity import (
    AMENDED_MEANING,
    IMPORTED_MEANING,
    SIGNED_MEANING,
    amendment_document,
    plain,
    record_document,
    record_hash,
    session_signature_document,
)
from logger_app.identity.documents import RECORD_VERSION
from logger_app.records import (
    AreaTreatment,
    Numbing,
    ProductUse,
    ReactionObservation,
    SafetyAcknowledgement,
    Session,
    SessionDetails,
)
from logger_app.records.audit import AuditHead
from logger_app.records.sessions import Amendment
from logger_app.vocabulary import (
    Aftercare,
    Area,
    Device,
    Endpoint,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
)

STARTED = datetime(2025, 5, 1, 10, 0, tzinfo=UTC)
SIGNED_AT = datetime(2025, 5, 1, 11, 5, tzinfo=UTC)
PHOTOS = ["b" * 64, "a" * 64]
HEAD = AuditHead(17, "c" * 64)
DETAILS = SessionDetails(
    client_id=7,
    started_at=STARTED,
    practitioner_name="Dr Jane Doe",
    device=Device.PEN,
    areas=(AreaTreatment(Area.FOREHEAD, 0.5, 3, "even"), AreaTreatment(Area.CHIN, 1.25)),
    cartridge="36-pin",
    duration_minutes=55,
    numbing=Numbing("Lidocaine cream", "4 %", 30),
    products=(ProductUse("HA serum", "L-2231", date(2026, 1, 31), ProductRole.GLIDE),),
    endpoint=Endpoint.MILD_ERYTHEMA,
    reactions=(ReactionObservation(Reaction.ERYTHEMA, Severity(1), ObservedWhen.DURING, ""),),
    aftercare=(Aftercare.SPF,),
    next_visit_due=date(2025, 6, 1),
    notes="Tolerated well.",
    acknowledged=("interval.forehead",),
)
# Another value for every field of the record: a field missing here fails the test
# below, so a field added to SessionDetails is never signed unchecked.
OTHER_VALUES: dict[str, Any] = {
    "client_id": 8,
    "started_at": STARTED + timedelta(minutes=1),
    "practitioner_name": "Dr John Roe",
    "device": Device.ROLLER,
    "areas": (AreaTreatment(Area.FOREHEAD, 0.75, 3, "even"), AreaTreatment(Area.CHIN, 1.25)),
    "cartridge": "12-pin",
    "duration_minutes": 50,
    "numbing": Numbing("Lidocaine cream", "5 %", 30),
    "products": (ProductUse("HA serum", "L-2232", date(2026, 1, 31), ProductRole.GLIDE),),
    "endpoint": Endpoint.UNIFORM_PINPOINT_BLEEDING,
    "reactions": (ReactionObservation(Reaction.ERYTHEMA, Severity(2), ObservedWhen.DURING),),
    "aftercare": (),
    "next_visit_due": date(2025, 6, 2),
    "notes": "Tolerated well!",
    "acknowledged": (),
}

# The record's shape as each RECORD_VERSION signs it: every record type the document
# walks (SessionDetails, its nested records, the acknowledgements) with its field names
# in order. Old signatures are checked against documents built today: a field added,
# renamed or removed changes every record hash, so it needs a new RECORD_VERSION (and
# record_document building the old shape for records signed under the old one).
RECORD_SHAPES: dict[int, dict[str, tuple[str, ...]]] = {
    1: {
        "SessionDetails": (
            "client_id", "started_at", "practitioner_name", "device", "areas", "cartridge",
            "duration_minutes", "numbing", "products", "endpoint", "reactions", "aftercare",
            "next_visit_due", "notes", "acknowledged",
        ),
        "AreaTreatment": ("area", "depth_mm", "passes", "note"),
        "Numbing": ("agent", "strength", "minutes"),
        "ProductUse": ("product", "lot", "expiry", "role"),
        "ReactionObservation": ("reaction", "severity", "observed", "note"),
        # "reason" (a stop's) is signed only when given: see test_a_reason_is_signed_...
        "SafetyAcknowledgement": ("code", "message", "acknowledged_at", "reason"),
    },
}  # fmt: skip
RECORD_KEYS = {"document", "version", "session_id", "record", "acknowledgements", "photos",
               "created_at"}  # fmt: skip


def _session(details: SessionDetails = DETAILS, **changes: Any) -> Session:
    fields: dict[str, Any] = {
        "id": 42,
        "details": details,
        "created_at": STARTED + timedelta(hours=1),
        "updated_at": STARTED + timedelta(hours=1),
        "acknowledgements": (SafetyAcknowledgement("interval.forehead", "Forehead …", STARTED),),
    }
    return Session(**(fields | changes))


def _hash(session: Session, photos: list[str] = PHOTOS) -> str:
    return record_hash(record_document(session, photos))


def _record_types(cls: type, found: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``cls`` and every record type inside its fields (through optionals and tuples),
    by name, with their field names in order."""
    found[cls.__name__] = tuple(field.name for field in dataclasses.fields(cls))
    pending = list(typing.get_type_hints(cls).values())
    while pending:
        hint = pending.pop()
        if dataclasses.is_dataclass(hint) and hint.__name__ not in found:
            _record_types(hint, found)
        elif isinstance(hint, types.UnionType) or typing.get_origin(hint) is not None:
            pending.extend(typing.get_args(hint))
    return found


# The record


def test_every_field_of_the_record_is_covered() -> None:
    names = {field.name for field in dataclasses.fields(SessionDetails)}
    assert set(OTHER_VALUES) == names, "give every field of SessionDetails another value"
    original = _hash(_session())
    for name, value in OTHER_VALUES.items():
        assert getattr(DETAILS, name) != value, name
        changed = dataclasses.replace(DETAILS, **{name: value})
        assert _hash(_session(changed)) != original, f"{name} is not signed"


def test_the_record_shape_is_frozen_for_its_record_version() -> None:
    shape = _record_types(SessionDetails, {})
    _record_types(SafetyAcknowledgement, shape)
    assert RECORD_VERSION in RECORD_SHAPES, (
        f"RECORD_VERSION {RECORD_VERSION} is new: freeze its shape in RECORD_SHAPES"
    )
    assert shape == RECORD_SHAPES[RECORD_VERSION], (
        f"The signed record's fields changed under RECORD_VERSION {RECORD_VERSION}: a new, "
        f"renamed or removed field needs RECORD_VERSION {RECORD_VERSION + 1}, so that "
        "sessions signed before it keep verifying (their record is hashed in its old shape)"
    )
    document = record_document(_session(), PHOTOS)
    assert set(document) == RECORD_KEYS and document["version"] == RECORD_VERSION
    assert list(document["record"]) == list(RECORD_SHAPES[1]["SessionDetails"])


def test_photos_acknowledgements_and_the_session_are_covered() -> None:
    original = _hash(_session())
    assert _hash(_session(), PHOTOS[:1]) != original
    assert _hash(_session(), ["c" * 64, "a" * 64]) != original
    assert _hash(_session(acknowledgements=())) != original
    ack = SafetyAcknowledgement("interval.forehead", "Forehead, changed", STARTED)
    assert _hash(_session(acknowledgements=(ack,))) != original
    assert _hash(_session(id=43)) != original
    assert _hash(_session(created_at=STARTED + timedelta(hours=2))) != original


# The record hash of ``_session()`` as the code before reasons existed computed it.
HASH_BEFORE_REASONS = "378b57210636cd78c1c10e1e37780f0bc4e56317392b21fefbaadb0233b26371"


def test_a_reason_is_signed_when_given_and_old_records_hash_as_before() -> None:
    assert _hash(_session()) == HASH_BEFORE_REASONS
    [ack] = _session().acknowledgements
    document = record_document(_session(), PHOTOS)
    assert "reason" not in document["acknowledgements"][0]
    with_reason = dataclasses.replace(ack, reason="Reviewed with her GP; treating.")
    reasoned = _session(acknowledgements=(with_reason,))
    assert record_document(reasoned, PHOTOS)["acknowledgements"][0]["reason"] == (
        "Reviewed with her GP; treating."
    )
    assert _hash(reasoned) != HASH_BEFORE_REASONS
    other = dataclasses.replace(ack, reason="Another reason.")
    assert _hash(_session(acknowledgements=(other,))) != _hash(reasoned)


def test_what_changes_without_changing_the_record_is_left_out() -> None:
    original = _hash(_session())
    amendment = _amendment()
    later = _session(
        version=5,
        updated_by="Someone",
        updated_at=SIGNED_AT + timedelta(days=3),
        signed_at=SIGNED_AT,
        signed_by="Dr Jane Doe",
        amendments=(amendment,),
    )
    assert _hash(later) == original  # who signed and the amendments have their own
    assert _hash(_session(), list(reversed(PHOTOS))) == original  # order of the photos


def test_the_same_instant_in_any_zone_signs_the_same() -> None:
    vienna = timezone(timedelta(hours=2))
    moved = dataclasses.replace(DETAILS, started_at=STARTED.astimezone(vienna))
    assert _hash(_session(moved)) == _hash(_session())
    assert plain(STARTED.astimezone(vienna)) == "2025-05-01T10:00:00+00:00"


def test_a_time_without_a_zone_is_refused() -> None:
    naive = dataclasses.replace(DETAILS, started_at=datetime(2025, 5, 1, 10, 0))
    with pytest.raises(ValueError, match="without a time zone"):
        record_document(_session(naive), PHOTOS)
    with pytest.raises(ValueError, match="without a time zone"):
        _signature(signed_at=datetime(2025, 5, 1, 11, 5))


# A session's signature


def _signature(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "session_id": 42,
        "record_sha256": _hash(_session()),
        "signed_by": "Dr Jane Doe",
        "signed_at": SIGNED_AT,
        "meaning": SIGNED_MEANING,
        "audit_head": HEAD,
    } | changes
    session_id, record_sha256 = fields.pop("session_id"), fields.pop("record_sha256")
    return session_signature_document(session_id, record_sha256, **fields)


def test_a_signature_names_the_record_who_when_what_it_means_and_the_log_head() -> None:
    document = _signature()
    assert document["record_sha256"] == _hash(_session())
    assert document["audit_head"] == {"id": HEAD.entry_id, "sha256": HEAD.sha256}
    assert (document["meaning"], document["signed_by"]) == (SIGNED_MEANING, "Dr Jane Doe")
    original = record_hash(document)
    for changed in (
        {"record_sha256": _hash(_session(), PHOTOS[:1])},
        {"session_id": 43},
        {"signed_by": "Dr John Roe"},
        {"signed_at": SIGNED_AT + timedelta(seconds=1)},
        {"meaning": IMPORTED_MEANING},
        {"audit_head": AuditHead(18, HEAD.sha256)},
        {"audit_head": AuditHead(17, "d" * 64)},
        {"audit_head": None},
    ):
        assert record_hash(_signature(**changed)) != original, changed


# An amendment's signature


def _amendment(**changes: Any) -> Amendment:
    fields: dict[str, Any] = {
        "id": 1, "session_id": 42, "field": "areas.chin.depth_mm", "label": "Depth (Chin)",
        "old_value": 1.25, "new_value": 1.0, "old_text": "1.25 mm", "new_text": "1 mm",
        "reason": "Typo", "amended_by": "Dr Jane Doe",
        "amended_at": SIGNED_AT + timedelta(days=1),
    } | changes  # fmt: skip
    return Amendment(**fields)


def test_an_amendment_names_the_record_it_amends_and_the_record_it_leaves() -> None:
    before = _hash(_session())
    amended = dataclasses.replace(DETAILS, areas=(DETAILS.areas[0], AreaTreatment(Area.CHIN, 1.0)))
    after = _hash(_session(amended))
    document = amendment_document(_amendment(), before, after, HEAD)
    assert (document["amends"], document["record_sha256"]) == (before, after)
    assert (document["meaning"], document["new_value"]) == (AMENDED_MEANING, 1.0)
    assert document["audit_head"] == {"id": HEAD.entry_id, "sha256": HEAD.sha256}
    original = record_hash(document)
    for amendment, amends, record_sha256, head in (
        (_amendment(), _hash(_session(), PHOTOS[:1]), after, HEAD),  # another record before
        (_amendment(), before, _hash(_session(), PHOTOS[:1]), HEAD),  # another after
        (_amendment(), before, after, AuditHead(18, HEAD.sha256)),
        (_amendment(reason="Slip"), before, after, HEAD),
        (_amendment(new_value=0.75), before, after, HEAD),
        (_amendment(old_value=1.5), before, after, HEAD),
        (_amendment(field="areas.forehead.depth_mm"), before, after, HEAD),
        (_amendment(amended_by="Dr John Roe"), before, after, HEAD),
        (_amendment(amended_at=SIGNED_AT + timedelta(days=2)), before, after, HEAD),
        (_amendment(id=2), before, after, HEAD),
        (_amendment(session_id=43), before, after, HEAD),
    ):
        changed = amendment_document(amendment, amends, record_sha256, head)
        assert record_hash(changed) != original, (amendment, amends, record_sha256, head)
    # How it reads in the window is not what was signed: the values are.
    shown = amendment_document(
        _amendment(label="Chin depth", new_text="1.0 mm"), before, after, HEAD
    )
    assert record_hash(shown) == original
