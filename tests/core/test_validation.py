"""Field validation, table-driven: each case names the field keys that must be reported
(the keys the forms use to show a message next to its field)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from logger_app.errors import ValidationError
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    Numbing,
    ProductUse,
    ReactionObservation,
    SessionDetails,
)
from logger_app.validation import validate_client, validate_session
from logger_app.vocabulary import (
    Aftercare,
    Area,
    Concern,
    Device,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
)

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
STARTED = datetime(2025, 5, 1, 10, 0, tzinfo=UTC)
BORN = date(1985, 3, 14)


def client_details(**changes: Any) -> ClientDetails:
    return replace(ClientDetails("Ann", "Smith"), **changes)


def session_details(**changes: Any) -> SessionDetails:
    base = SessionDetails(
        client_id=1,
        started_at=STARTED,
        practitioner_name="Dr Jane Doe",
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
    )
    return replace(base, **changes)


def areas(*depths: float) -> tuple[AreaTreatment, ...]:
    return tuple(AreaTreatment(area, depth) for area, depth in zip(Area, depths, strict=False))


# Clients


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param({}, set(), id="valid-minimal"),
        pytest.param(
            {
                "date_of_birth": date(1985, 3, 14),
                "phone": "+44 7700 900123",
                "email": "ann@example.com",
                "concerns": (Concern.ACNE_SCARS, Concern.TEXTURE),
                "allergies": "Lidocaine",
                "medical_notes": "None",
            },
            set(),
            id="valid-complete",
        ),
        # Required names
        pytest.param({"first_name": ""}, {"first_name"}, id="first-name-empty"),
        pytest.param({"first_name": "  \t"}, {"first_name"}, id="first-name-blank"),
        pytest.param({"last_name": ""}, {"last_name"}, id="last-name-empty"),
        pytest.param(
            {"first_name": "", "last_name": " "}, {"first_name", "last_name"}, id="both-names"
        ),
        pytest.param({"last_name": "x" * 101}, {"last_name"}, id="last-name-too-long"),
        pytest.param({"first_name": "x" * 100}, set(), id="first-name-longest"),
        # Date of birth
        pytest.param(
            {"date_of_birth": TODAY + timedelta(days=1)}, {"date_of_birth"}, id="born-tomorrow"
        ),
        pytest.param({"date_of_birth": date(2030, 1, 1)}, {"date_of_birth"}, id="born-future"),
        pytest.param({"date_of_birth": TODAY}, set(), id="born-today"),
        pytest.param({"date_of_birth": date(1899, 12, 31)}, {"date_of_birth"}, id="born-1899"),
        pytest.param({"date_of_birth": date(1900, 1, 1)}, set(), id="born-1900"),
        # Other lists and long texts
        pytest.param(
            {"concerns": (Concern.WRINKLES, Concern.LAXITY, Concern.WRINKLES)},
            {"concerns"},
            id="concern-twice",
        ),
        pytest.param({"allergies": "x" * 10_001}, {"allergies"}, id="allergies-too-long"),
        pytest.param({"medical_notes": "x" * 10_001}, {"medical_notes"}, id="notes-too-long"),
        pytest.param({"medical_notes": "x" * 10_000}, set(), id="notes-longest"),
        pytest.param(
            {"first_name": "", "email": "nope", "phone": "abc", "date_of_birth": date(1800, 1, 1)},
            {"first_name", "email", "phone", "date_of_birth"},
            id="several-at-once",
        ),
    ],
)
def test_validate_client(changes: dict[str, Any], expected: set[str]) -> None:
    assert set(validate_client(client_details(**changes), today=TODAY)) == expected


@pytest.mark.parametrize(
    "email",
    [
        "ann",
        "ann@",
        "@example.com",
        "ann@example",
        "ann@example.c",
        "ann@example.com.",
        "ann smith@example.com",
        "ann@exa mple.com",
        "ann@@example.com",
        "ann@example@com.uk",
        "ann.example.com",
    ],
)
def test_bad_emails_are_refused(email: str) -> None:
    problems = validate_client(client_details(email=email), today=TODAY)
    assert list(problems) == ["email"]
    assert "name@example.com" in problems["email"]


@pytest.mark.parametrize(
    "email",
    [
        "",
        "ann@example.com",
        "ann.smith+logbook@clinic.co.uk",
        "ANN@EXAMPLE.ORG",
        "  ann@example.com  ",
        "o'brien@example.ie",
    ],
)
def test_good_emails_are_accepted(email: str) -> None:
    assert validate_client(client_details(email=email), today=TODAY) == {}


@pytest.mark.parametrize(
    "phone",
    [
        "abc",
        "1234",
        "12-34",
        "(((())))",
        "+44 7700 900abc",
        "++44 7700 900123",
        "44+ 7700 900123",
        "7700#900123",
        "1" * 26,
    ],
)
def test_bad_phones_are_refused(phone: str) -> None:
    problems = validate_client(client_details(phone=phone), today=TODAY)
    assert list(problems) == ["phone"]


@pytest.mark.parametrize(
    "phone",
    ["", "12345", "+44 7700 900123", "(020) 7946-0018", "07700.900.123", "  07700 900123  "],
)
def test_good_phones_are_accepted(phone: str) -> None:
    assert validate_client(client_details(phone=phone), today=TODAY) == {}


def test_validate_client_uses_the_real_date_by_default() -> None:
    assert set(validate_client(client_details(date_of_birth=date(9999, 1, 1)))) == {"date_of_birth"}
    assert validate_client(client_details(date_of_birth=date(1990, 1, 1))) == {}


# Sessions


@pytest.mark.parametrize(
    ("changes", "birth", "expected"),
    [
        pytest.param({}, BORN, set(), id="valid-minimal"),
        pytest.param({}, None, set(), id="valid-no-birth-date"),
        # Depths, per area row
        pytest.param({"areas": areas(0.05)}, None, {"areas.0.depth_mm"}, id="depth-0.05"),
        pytest.param({"areas": areas(0.0)}, None, {"areas.0.depth_mm"}, id="depth-0"),
        pytest.param({"areas": areas(0.5, 3.5)}, None, {"areas.1.depth_mm"}, id="depth-3.5-row-1"),
        pytest.param(
            {"areas": areas(0.5, 1.0, 3.01)}, None, {"areas.2.depth_mm"}, id="depth-3.01-row-2"
        ),
        pytest.param({"areas": areas(0.1, 3.0, 0.25)}, None, set(), id="depth-limits"),
        pytest.param(
            {"areas": areas(0.09, 0.5, 9.0)},
            None,
            {"areas.0.depth_mm", "areas.2.depth_mm"},
            id="two-bad-depths",
        ),
        # Area list
        pytest.param({"areas": ()}, None, {"areas"}, id="no-area"),
        pytest.param(
            {"areas": (AreaTreatment(Area.CHIN, 0.5), AreaTreatment(Area.CHIN, 1.0))},
            None,
            {"areas.1.area"},
            id="area-twice",
        ),
        pytest.param(
            {
                "areas": (
                    AreaTreatment(Area.CHIN, 0.5),
                    AreaTreatment(Area.NECK, 0.5),
                    AreaTreatment(Area.CHIN, 5.0),
                )
            },
            None,
            {"areas.2.area", "areas.2.depth_mm"},
            id="area-twice-and-too-deep",
        ),
        pytest.param(
            {"areas": (AreaTreatment(Area.CHIN, 0.5, passes=0),)},
            None,
            {"areas.0.passes"},
            id="passes-0",
        ),
        pytest.param(
            {"areas": (AreaTreatment(Area.CHIN, 0.5), AreaTreatment(Area.NECK, 0.5, passes=31))},
            None,
            {"areas.1.passes"},
            id="passes-31",
        ),
        pytest.param(
            {"areas": (AreaTreatment(Area.CHIN, 0.5, 1), AreaTreatment(Area.NECK, 0.5, 30))},
            None,
            set(),
            id="passes-limits",
        ),
        # When
        pytest.param({}, date(1985, 5, 2), set(), id="born-before"),
        pytest.param({}, date(2025, 5, 1), set(), id="born-that-day"),
        pytest.param({}, date(2025, 5, 2), {"started_at"}, id="before-birth"),
        pytest.param(
            {"started_at": datetime(2025, 5, 1, 10, 0)}, BORN, {"started_at"}, id="naive-time"
        ),
        pytest.param(
            {"started_at": datetime(2025, 5, 1, 10, 0), "next_visit_due": date(2025, 4, 1)},
            None,
            {"started_at"},
            id="naive-time-with-next-visit",
        ),
        pytest.param(
            {"started_at": datetime(1899, 12, 31, 10, tzinfo=UTC)},
            None,
            {"started_at"},
            id="too-old",
        ),
        pytest.param({"started_at": NOW + timedelta(days=3)}, None, {"started_at"}, id="future"),
        pytest.param({"started_at": NOW + timedelta(hours=20)}, None, set(), id="later-today"),
        # Practitioner and duration
        pytest.param({"practitioner_name": ""}, None, {"practitioner_name"}, id="no-practitioner"),
        pytest.param(
            {"practitioner_name": "   "}, None, {"practitioner_name"}, id="blank-practitioner"
        ),
        pytest.param({"duration_minutes": 0}, None, {"duration_minutes"}, id="duration-0"),
        pytest.param({"duration_minutes": 601}, None, {"duration_minutes"}, id="duration-601"),
        pytest.param({"duration_minutes": 600}, None, set(), id="duration-600"),
        # Numbing
        pytest.param({"numbing": Numbing("")}, None, {"numbing.agent"}, id="numbing-no-agent"),
        pytest.param(
            {"numbing": Numbing("  ", "23%", 20)}, None, {"numbing.agent"}, id="numbing-blank"
        ),
        pytest.param(
            {"numbing": Numbing("Lidocaine", minutes=-1)},
            None,
            {"numbing.minutes"},
            id="numbing-minus-1",
        ),
        pytest.param(
            {"numbing": Numbing("Lidocaine", minutes=181)},
            None,
            {"numbing.minutes"},
            id="numbing-181",
        ),
        pytest.param(
            {"numbing": Numbing("", minutes=500)},
            None,
            {"numbing.agent", "numbing.minutes"},
            id="numbing-both",
        ),
        pytest.param({"numbing": Numbing("Lidocaine", minutes=0)}, None, set(), id="numbing-0"),
        pytest.param({"numbing": Numbing("Lidocaine", minutes=180)}, None, set(), id="numbing-180"),
        # Products
        pytest.param(
            {"products": (ProductUse("", lot="LOT-1"),)},
            None,
            {"products.0.product"},
            id="lot-without-product",
        ),
        pytest.param(
            {
                "products": (
                    ProductUse("HA serum", "L1"),
                    ProductUse("  ", "L2", role=ProductRole.OTHER),
                )
            },
            None,
            {"products.1.product"},
            id="blank-product-row-1",
        ),
        # Reactions
        pytest.param(
            {
                "reactions": (
                    ReactionObservation(Reaction.ERYTHEMA, Severity.MILD),
                    ReactionObservation(Reaction.ERYTHEMA, Severity.SEVERE),
                )
            },
            None,
            {"reactions.1.reaction"},
            id="reaction-twice",
        ),
        pytest.param(
            {
                "reactions": (
                    ReactionObservation(Reaction.ERYTHEMA, Severity.MILD, ObservedWhen.DURING),
                    ReactionObservation(Reaction.ERYTHEMA, Severity.MILD),
                    ReactionObservation(Reaction.ERYTHEMA, Severity.NONE, ObservedWhen.FOLLOW_UP),
                )
            },
            None,
            set(),
            id="same-reaction-at-other-times",
        ),
        # Aftercare, next visit, notes
        pytest.param(
            {"aftercare": (Aftercare.SPF, Aftercare.SOOTHING, Aftercare.SPF)},
            None,
            {"aftercare"},
            id="aftercare-twice",
        ),
        pytest.param(
            {"next_visit_due": date(2025, 5, 1)}, None, {"next_visit_due"}, id="next-same-day"
        ),
        pytest.param(
            {"next_visit_due": date(2025, 4, 30)}, None, {"next_visit_due"}, id="next-before"
        ),
        pytest.param({"next_visit_due": date(2025, 5, 2)}, None, set(), id="next-day-after"),
        pytest.param({"notes": "x" * 10_001}, None, {"notes"}, id="notes-too-long"),
    ],
)
def test_validate_session(changes: dict[str, Any], birth: date | None, expected: set[str]) -> None:
    assert set(validate_session(session_details(**changes), birth, now=NOW)) == expected


@pytest.mark.parametrize(
    ("changes", "birth", "key", "words"),
    [
        ({"areas": areas(0.5, 3.5)}, None, "areas.1.depth_mm", "between 0.1 and 3.0 mm"),
        ({"areas": ()}, None, "areas", "at least one"),
        (
            {"areas": (AreaTreatment(Area.CHIN, 0.5), AreaTreatment(Area.CHIN, 1.0))},
            None,
            "areas.1.area",
            "Chin is already listed",
        ),
        ({}, date(2025, 6, 1), "started_at", "before the client's date of birth"),
        ({"started_at": datetime(2025, 5, 1, 10)}, None, "started_at", "time zone"),
        ({"next_visit_due": date(2025, 5, 1)}, None, "next_visit_due", "after this session"),
        (
            {
                "reactions": (
                    ReactionObservation(Reaction.PIH, Severity.MILD, ObservedWhen.FOLLOW_UP),
                    ReactionObservation(Reaction.PIH, Severity.MILD, ObservedWhen.FOLLOW_UP),
                )
            },
            None,
            "reactions.1.reaction",
            "Post-inflammatory hyperpigmentation (at follow-up) is already listed",
        ),
    ],
)
def test_session_messages_are_fit_to_show(
    changes: dict[str, Any], birth: date | None, key: str, words: str
) -> None:
    problems = validate_session(session_details(**changes), birth, now=NOW)
    assert words in problems[key]


def test_the_session_time_is_judged_in_its_own_time_zone() -> None:
    """Just after midnight in Auckland is still the previous day in UTC."""
    from datetime import timezone

    auckland = timezone(timedelta(hours=12))
    started = datetime(2025, 5, 2, 0, 30, tzinfo=auckland)  # 1 May 12:30 UTC
    birth_that_day = date(2025, 5, 2)
    assert validate_session(session_details(started_at=started), birth_that_day, NOW) == {}


# Through the Logbook: refused, reported per field, nothing written


def test_an_invalid_session_is_refused_and_writes_nothing(
    logbook: Logbook, client, make_session, row_counts
) -> None:
    before = row_counts()
    bad = make_session(
        client.id,
        practitioner_name="A practitioner never seen before",
        areas=(AreaTreatment(Area.NOSE, 0.25), AreaTreatment(Area.CHIN, 3.5)),
        numbing=Numbing("Lidocaine cream", minutes=240),
        products=(ProductUse("HA serum", "LOT-1"),),
        reactions=(ReactionObservation(Reaction.ERYTHEMA, Severity.MILD),),
        next_visit_due=date(2025, 4, 1),
    )

    with pytest.raises(ValidationError) as raised:
        logbook.record_session(bad, now=NOW)

    problems = raised.value.problems
    assert set(problems) == {"areas.1.depth_mm", "numbing.minutes", "next_visit_due"}
    assert str(raised.value) == "; ".join(problems.values())
    assert row_counts() == before
    assert logbook.practitioners() == []
    assert logbook.history(client.id) == []


def test_a_session_before_the_clients_birth_is_refused(
    logbook: Logbook, add_client, make_session, row_counts
) -> None:
    young = add_client("Kit", "Young", date_of_birth=date(2025, 5, 10))
    before = row_counts()
    with pytest.raises(ValidationError) as raised:
        logbook.record_session(make_session(young.id, started_at=STARTED), now=NOW)
    assert list(raised.value.problems) == ["started_at"]
    assert row_counts() == before


def test_a_valid_session_after_a_refused_one_is_saved(
    logbook: Logbook, client, make_session, row_counts
) -> None:
    with pytest.raises(ValidationError):
        logbook.record_session(make_session(client.id, areas=()), now=NOW)
    session = logbook.record_session(make_session(client.id), now=NOW)
    counts = row_counts()
    assert (counts["sessions"], counts["session_areas"], counts["practitioners"]) == (1, 1, 1)
    assert logbook.session(session.id).details == make_session(client.id)
