"""What a signature covers: every field of the record, walked so that none is forgotten,
and nothing that changes without changing the record."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from logger_app.identity import amendment_document, plain, record_hash, session_document
from logger_app.records import (
    AreaTreatment,
    Numbing,
    ProductUse,
    ReactionObservation,
    SafetyAcknowledgement,
    Session,
    SessionDetails,
)
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
    aftercare=(next(iter(Aftercare)),),
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


def _session(details: SessionDetails = DETAILS, **changes: Any) -> Session:
    fields: dict[str, Any] = {
        "id": 42,
        "details": details,
        "created_at": STARTED + timedelta(hours=1),
        "updated_at": STARTED + timedelta(hours=1),
        "acknowledgements": (SafetyAcknowledgement("interval.forehead", "Forehead …", STARTED),),
    }
    return Session(**(fields | changes))


def _hash(session: Session, photos: list[str] = PHOTOS, **signed: Any) -> str:
    who = {"signed_by": "Dr Jane Doe", "signed_at": SIGNED_AT} | signed
    return record_hash(session_document(session, photos, **who))


def test_every_field_of_the_record_is_covered() -> None:
    names = {field.name for field in dataclasses.fields(SessionDetails)}
    assert set(OTHER_VALUES) == names, "give every field of SessionDetails another value"
    original = _hash(_session())
    for name, value in OTHER_VALUES.items():
        assert getattr(DETAILS, name) != value, name
        changed = dataclasses.replace(DETAILS, **{name: value})
        assert _hash(_session(changed)) != original, f"{name} is not signed"


def test_photos_signer_time_and_acknowledgements_are_covered() -> None:
    original = _hash(_session())
    assert _hash(_session(), PHOTOS[:1]) != original
    assert _hash(_session(), ["c" * 64, "a" * 64]) != original
    assert _hash(_session(), signed_by="Dr John Roe") != original
    assert _hash(_session(), signed_at=SIGNED_AT + timedelta(seconds=1)) != original
    assert _hash(_session(acknowledgements=())) != original
    assert _hash(_session(id=43)) != original


def test_what_changes_without_changing_the_record_is_left_out() -> None:
    original = _hash(_session())
    later = _session(version=5, updated_by="Someone", updated_at=SIGNED_AT + timedelta(days=3))
    assert _hash(later) == original
    assert _hash(_session(), list(reversed(PHOTOS))) == original  # order of the photos


def test_the_same_instant_in_any_zone_signs_the_same() -> None:
    vienna = timezone(timedelta(hours=2))
    moved = dataclasses.replace(DETAILS, started_at=STARTED.astimezone(vienna))
    assert _hash(_session(moved)) == _hash(_session())
    assert plain(STARTED.astimezone(vienna)) == "2025-05-01T10:00:00+00:00"


def test_a_time_without_a_zone_is_refused() -> None:
    naive = dataclasses.replace(DETAILS, started_at=datetime(2025, 5, 1, 10, 0))
    with pytest.raises(ValueError, match="without a time zone"):
        session_document(_session(naive), PHOTOS, signed_by="X", signed_at=SIGNED_AT)


def test_an_amendment_names_the_record_it_amends() -> None:
    amendment = Amendment(
        id=1, session_id=42, field="areas.chin.depth_mm", label="Depth (Chin)",
        old_value=1.25, new_value=1.0, old_text="1.25 mm", new_text="1 mm",
        reason="Typo", amended_by="Dr Jane Doe", amended_at=SIGNED_AT + timedelta(days=1),
    )  # fmt: skip
    before = _hash(_session())
    document = amendment_document(amendment, before)
    assert document["amends"] == before and document["new_value"] == 1.0
    other = amendment_document(amendment, _hash(_session(), signed_by="Dr John Roe"))
    assert record_hash(other) != record_hash(document)
    assert record_hash(
        amendment_document(dataclasses.replace(amendment, reason="Slip"), before)
    ) != (record_hash(document))
