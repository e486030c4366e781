"""The clinical safety rules as pure functions: one table per rule, edges included (a
wash-out ends *on* its last day, a screening exactly N months old is still current)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    SafetySettings,
    SafetyWarning,
    ScreeningDetails,
    SessionDetails,
    WarningSeverity,
)
from logger_app.screening import (
    add_months,
    allergy_warnings,
    consent_warnings,
    contraindication_warnings,
    depth_checks,
    interval_warnings,
    missing_acknowledgements,
    review_session,
    screening_warnings,
    warnings_for_new_session,
    washout_warnings,
)
from logger_app.screening.depth import STOP_REASON_MISSING
from logger_app.vocabulary import USUAL_DEPTH_MM, Area, Device

TODAY = date(2026, 3, 15)
DEFAULTS = SafetySettings()
STOP, CAUTION = WarningSeverity.STOP, WarningSeverity.CAUTION


def screened(on: date = date(2026, 3, 1), **answers) -> ScreeningDetails:
    return ScreeningDetails(client_id=1, screened_on=on, **answers)


def consent(version: str = "1", on: date = date(2026, 3, 1)) -> ConsentDetails:
    return ConsentDetails(client_id=1, consent_version=version, signed_on=on, typed_name="A B")


def session(started: datetime, *areas: Area, client_id: int = 1) -> SessionDetails:
    return SessionDetails(
        client_id=client_id,
        started_at=started,
        practitioner_name="Maya",
        device=Device.PEN,
        areas=tuple(AreaTreatment(area, 0.5) for area in areas),
    )


def codes(warnings) -> list[str]:
    return [warning.code for warning in warnings]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # a shorter month: its last day
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # across the year
        (date(2025, 3, 10), 0, date(2025, 3, 10)),
        (date(2025, 3, 10), 24, date(2027, 3, 10)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


# Screening


@pytest.mark.parametrize(
    ("screening", "valid_months", "expected"),
    [
        pytest.param(None, 6, ["no_screening"], id="none"),
        pytest.param(screened(date(2026, 3, 16)), 6, ["no_screening"], id="dated after today"),
        pytest.param(screened(TODAY), 6, [], id="today"),
        pytest.param(screened(date(2025, 9, 15)), 6, [], id="exactly 6 months old"),
        pytest.param(screened(date(2025, 9, 14)), 6, ["screening_old"], id="a day more"),
        pytest.param(screened(date(2025, 3, 15)), 12, [], id="exactly 12 months, set to 12"),
        pytest.param(screened(date(2025, 3, 14)), 12, ["screening_old"], id="12 months and a day"),
        pytest.param(screened(date(2026, 2, 14)), 1, ["screening_old"], id="set to 1 month"),
    ],
)
def test_screening_must_be_on_file_and_current(screening, valid_months, expected) -> None:
    settings = SafetySettings(screening_valid_months=valid_months)
    found = screening_warnings(screening, settings, TODAY)
    assert codes(found) == expected
    if expected == ["no_screening"]:
        assert found[0].severity is STOP


def test_an_old_screening_says_when_it_was() -> None:
    [warning] = screening_warnings(screened(date(2025, 1, 3)), DEFAULTS, TODAY)
    assert warning.message.startswith("The last screening dates from 3 Jan 2025")
    assert "more than 6 months ago" in warning.message


# Consent


@pytest.mark.parametrize(
    ("signed", "current", "expected"),
    [
        pytest.param(None, "", ["consent_missing"], id="none"),
        pytest.param(consent(on=date(2026, 3, 20)), "", ["consent_missing"], id="after today"),
        pytest.param(consent("1"), "", [], id="any version will do"),
        pytest.param(consent("2"), "2", [], id="the current version"),
        pytest.param(consent(" 2 "), "2", [], id="spaces do not count"),
        pytest.param(consent("1"), "2", ["consent_outdated"], id="an older version"),
        pytest.param(consent(on=TODAY), "", [], id="signed today"),
    ],
)
def test_consent_must_be_signed_on_the_current_text(signed, current, expected) -> None:
    settings = SafetySettings(consent_version=current)
    assert codes(consent_warnings(signed, settings, TODAY)) == expected


def test_an_outdated_consent_names_both_versions() -> None:
    [warning] = consent_warnings(consent("1"), SafetySettings(consent_version="2"), TODAY)
    assert "version 1" in warning.message and "current version is 2" in warning.message


# Contraindications


@pytest.mark.parametrize(
    ("answers", "code", "severity"),
    [
        ({"pregnant_or_breastfeeding": True}, "contraindication.pregnancy", STOP),
        ({"anticoagulants_or_bleeding": True}, "contraindication.bleeding", CAUTION),
        ({"active_skin_condition": True}, "contraindication.active_skin", STOP),
        ({"keloid_history": True}, "contraindication.keloid", CAUTION),
        ({"herpes_history": True}, "contraindication.herpes", CAUTION),
        (
            {"herpes_history": True, "antiviral_prophylaxis": True},
            "contraindication.herpes",
            CAUTION,
        ),
        ({"chemo_or_malignancy": True}, "contraindication.chemo", STOP),
        ({"metal_or_anaesthetic_allergy": True}, "contraindication.allergy", CAUTION),
    ],
)
def test_each_contraindication_answered_yes_is_a_warning(answers, code, severity) -> None:
    [warning] = contraindication_warnings(screened(**answers))
    assert (warning.code, warning.severity) == (code, severity)
    assert warning.message.endswith("(screening of 1 Mar 2026).")


def test_nothing_answered_yes_is_no_warning() -> None:
    assert contraindication_warnings(screened()) == []
    assert contraindication_warnings(None) == []


def test_herpes_says_whether_prophylaxis_is_recorded() -> None:
    [without] = contraindication_warnings(screened(herpes_history=True))
    [with_it] = contraindication_warnings(screened(herpes_history=True, antiviral_prophylaxis=True))
    assert "no antiviral prophylaxis" in without.message
    assert "check the antiviral prophylaxis was taken" in with_it.message


def test_the_active_skin_condition_note_is_in_the_message() -> None:
    [warning] = contraindication_warnings(
        screened(active_skin_condition=True, active_skin_condition_note="rosacea, left cheek")
    )
    assert "rosacea, left cheek" in warning.message


def test_an_old_screening_still_shows_what_it_found() -> None:
    found = warnings_for_new_session(
        None, screened(date(2024, 1, 1), keloid_history=True), consent(), [], DEFAULTS, TODAY
    )
    assert codes(found) == ["screening_old", "contraindication.keloid"]


@pytest.mark.parametrize(
    ("allergies", "expected"),
    [("", []), ("   ", []), ("nickel, lidocaine", ["allergies"])],
)
def test_allergies_on_the_client_record_are_shown(allergies, expected) -> None:
    found = allergy_warnings(ClientDetails("Ann", "Lee", allergies=allergies))
    assert codes(found) == expected
    if expected:
        assert found[0].message == "Allergies on file: nickel, lidocaine."


# Wash-outs


@pytest.mark.parametrize(
    ("answers", "settings", "expected"),
    [
        # Isotretinoin: 6 months by default, counted in calendar months.
        ({"isotretinoin_last_dose": date(2025, 9, 16)}, DEFAULTS, ["washout.isotretinoin"]),
        ({"isotretinoin_last_dose": date(2025, 9, 15)}, DEFAULTS, []),  # ends today
        ({"isotretinoin_last_dose": date(2025, 9, 14)}, DEFAULTS, []),
        (
            {"isotretinoin_last_dose": date(2025, 3, 16)},
            SafetySettings(isotretinoin_washout_months=12),
            ["washout.isotretinoin"],
        ),
        (
            {"isotretinoin_last_dose": date(2026, 3, 1)},
            SafetySettings(isotretinoin_washout_months=0),
            [],
        ),
        # Filler: 4 weeks by default.
        ({"filler_on": date(2026, 2, 16)}, DEFAULTS, ["washout.filler"]),
        ({"filler_on": date(2026, 2, 15)}, DEFAULTS, []),  # 28 days: over
        ({"filler_on": date(2026, 3, 1)}, SafetySettings(filler_washout_weeks=2), []),
        (
            {"filler_on": date(2026, 3, 2)},
            SafetySettings(filler_washout_weeks=2),
            ["washout.filler"],
        ),
        # Neurotoxin: 2 weeks by default.
        ({"neurotoxin_on": date(2026, 3, 2)}, DEFAULTS, ["washout.neurotoxin"]),
        ({"neurotoxin_on": date(2026, 3, 1)}, DEFAULTS, []),
        ({"neurotoxin_on": date(2026, 3, 10)}, SafetySettings(neurotoxin_washout_weeks=0), []),
        (
            {
                "isotretinoin_last_dose": date(2026, 1, 1),
                "filler_on": date(2026, 3, 1),
                "neurotoxin_on": date(2026, 3, 1),
            },
            SafetySettings(neurotoxin_washout_weeks=3),
            ["washout.isotretinoin", "washout.filler", "washout.neurotoxin"],
        ),
        ({}, DEFAULTS, []),
    ],
)
def test_washouts_end_on_their_last_day(answers, settings, expected) -> None:
    assert codes(washout_warnings(screened(**answers), settings, TODAY)) == expected


def test_a_washout_says_when_it_ends() -> None:
    found = washout_warnings(screened(isotretinoin_last_dose=date(2025, 12, 1)), DEFAULTS, TODAY)
    assert found[0].message == (
        "Isotretinoin last dose on 1 Dec 2025: the 6-month wash-out ends on 1 Jun 2026."
    )
    assert found[0].severity is STOP


# Interval between sessions on the same area


def at(day: date, hour: int = 10, tz=UTC) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=tz)


@pytest.mark.parametrize(
    ("previous", "weeks", "expected"),
    [
        pytest.param([], 4, [], id="first session"),
        pytest.param([(date(2026, 2, 15), [Area.FOREHEAD])], 4, [], id="exactly 4 weeks"),
        pytest.param(
            [(date(2026, 2, 16), [Area.FOREHEAD])], 4, ["interval.forehead"], id="27 days"
        ),
        pytest.param(
            [(TODAY, [Area.LEFT_CHEEK])], 4, ["interval.left_cheek"], id="earlier the same day"
        ),
        pytest.param(
            [(date(2026, 3, 1), [Area.RIGHT_CHEEK, Area.FOREHEAD])],
            4,
            ["interval.forehead", "interval.right_cheek"],
            id="each area, in the vocabulary's order",
        ),
        pytest.param(
            [(date(2026, 1, 1), [Area.CHIN]), (date(2026, 3, 10), [Area.NECK])],
            4,
            ["interval.neck"],
            id="only the recent area",
        ),
        pytest.param(
            [(date(2026, 3, 10), [Area.CHIN]), (date(2026, 1, 1), [Area.CHIN])],
            4,
            ["interval.chin"],
            id="the latest of an area counts",
        ),
        pytest.param([(date(2026, 3, 20), [Area.CHIN])], 4, [], id="a later session"),
        pytest.param([(date(2026, 3, 10), [Area.CHIN])], 0, [], id="check turned off"),
        pytest.param([(date(2026, 2, 1), [Area.CHIN])], 8, ["interval.chin"], id="8 weeks"),
    ],
)
def test_interval_between_sessions_on_an_area(previous, weeks, expected) -> None:
    sessions = [session(at(day), *areas) for day, areas in previous]
    settings = SafetySettings(min_interval_same_area_weeks=weeks)
    assert codes(interval_warnings(sessions, settings, TODAY)) == expected


def test_the_day_of_a_previous_session_is_counted_in_the_given_time_zone() -> None:
    # 15 Feb 23:30 UTC is already 16 Feb in UTC+2: 27 days before 15 Mar there.
    late = session(datetime(2026, 2, 15, 23, 30, tzinfo=UTC), Area.FOREHEAD)
    assert interval_warnings([late], DEFAULTS, TODAY) == []
    plus_two = timezone(timedelta(hours=2))
    assert codes(interval_warnings([late], DEFAULTS, TODAY, plus_two)) == ["interval.forehead"]


def test_an_interval_warning_says_when_and_until_when() -> None:
    [warning] = interval_warnings([session(at(date(2026, 3, 1)), Area.LEFT_CHEEK)], DEFAULTS, TODAY)
    assert warning.message == (
        "Left cheek was treated on 1 Mar 2026, 2 weeks ago: "
        "the minimum interval is 4 weeks (until 29 Mar 2026)."
    )
    assert warning.severity is CAUTION


# Everything together


def test_a_new_client_meets_no_screening_and_no_consent() -> None:
    found = warnings_for_new_session(ClientDetails("A", "B"), None, None, [], DEFAULTS, TODAY)
    assert codes(found) == ["no_screening", "consent_missing"]


def test_a_screened_consenting_client_without_recent_sessions_meets_nothing() -> None:
    old = session(at(date(2026, 1, 1)), Area.FOREHEAD)
    assert warnings_for_new_session(None, screened(), consent(), [old], DEFAULTS, TODAY) == []


def test_every_rule_together_most_serious_kind_first() -> None:
    found = warnings_for_new_session(
        ClientDetails("A", "B", allergies="latex"),
        screened(date(2025, 1, 1), pregnant_or_breastfeeding=True, filler_on=date(2024, 12, 20)),
        consent("1"),
        [session(at(date(2026, 3, 1)), Area.NECK)],
        SafetySettings(consent_version="3", filler_washout_weeks=26),
        TODAY,
    )
    assert codes(found) == [
        "screening_old",
        "consent_outdated",
        "allergies",
        "contraindication.pregnancy",
        "interval.neck",
    ]


# Needle depth


def areas(*pairs: tuple[Area, float]) -> tuple[AreaTreatment, ...]:
    return tuple(AreaTreatment(area, depth) for area, depth in pairs)


@pytest.mark.parametrize(
    ("treated", "limit", "refused", "confirmed"),
    [
        pytest.param(areas((Area.PERIORBITAL, 0.5)), None, [], [], id="top of usual range"),
        pytest.param(
            areas((Area.PERIORBITAL, 0.75)),
            None,
            [],
            [(0, "depth_above_usual.periorbital")],
            id="above usual",
        ),
        pytest.param(areas((Area.LEFT_CHEEK, 1.0)), 1.0, [], [], id="exactly the licensed maximum"),
        pytest.param(
            areas((Area.FOREHEAD, 0.25), (Area.LEFT_CHEEK, 1.25)),
            1.0,
            [(1, "depth_above_max.left_cheek")],
            [],
            id="above the licence: refused",
        ),
        pytest.param(
            areas((Area.NOSE, 1.5)),
            1.0,
            [(0, "depth_above_max.nose")],
            [],
            id="above both: refused only",
        ),
        pytest.param(
            areas((Area.SCAR_SITE, 2.5), (Area.NOSE, 0.6)),
            None,
            [],
            [(0, "depth_above_usual.scar_site"), (1, "depth_above_usual.nose")],
            id="no licence limit",
        ),
        pytest.param(
            areas((Area.PERIORBITAL, 0.5 + 1e-9)), 0.5, [], [], id="float noise is no excess"
        ),
    ],
)
def test_depth_checks(treated, limit, refused, confirmed) -> None:
    refusals, confirmations = depth_checks(treated, limit, USUAL_DEPTH_MM)
    assert [(f.index, f.code) for f in refusals] == refused
    assert [(f.index, f.code) for f in confirmations] == confirmed


def test_depth_messages() -> None:
    refusals, confirmations = depth_checks(
        areas((Area.PERIORBITAL, 0.75), (Area.LEFT_CHEEK, 1.5)), 1.25, USUAL_DEPTH_MM, "Maya"
    )
    assert confirmations[0].message == "Periorbital 0.75 mm is above the usual 0.25–0.5 mm."
    assert refusals[0].message == "1.5 mm is above Maya's licensed maximum of 1.25 mm."
    refusals, _ = depth_checks(areas((Area.CHIN, 2.0)), 1.0, USUAL_DEPTH_MM)
    assert refusals[0].message == "2 mm is above the practitioner's licensed maximum of 1 mm."


# Saving: what must be acknowledged, what is kept


FOREHEAD = areas((Area.FOREHEAD, 0.5))


def details(acknowledged=(), treated=FOREHEAD) -> SessionDetails:
    return SessionDetails(
        client_id=1,
        started_at=at(TODAY),
        practitioner_name="Maya",
        device=Device.PEN,
        areas=treated,
        acknowledged=tuple(acknowledged),
    )


NEW_CLIENT = warnings_for_new_session(None, None, None, [], DEFAULTS, TODAY)


@pytest.mark.parametrize(
    ("acknowledged", "enforce", "problems", "kept"),
    [
        pytest.param(
            (),
            True,
            ["acknowledged.no_screening", "acknowledged.consent_missing"],
            [],
            id="nothing acknowledged",
        ),
        pytest.param(
            ("no_screening",), True, ["acknowledged.consent_missing"], ["no_screening"], id="one"
        ),
        pytest.param(
            ("consent_missing", "no_screening"),
            True,
            [],
            ["consent_missing", "no_screening"],
            id="both, in the order given",
        ),
        pytest.param(
            ("no_screening", "consent_missing", "interval.chin", "no_screening"),
            True,
            [],
            ["no_screening", "consent_missing"],
            id="codes that do not apply and repeats are dropped",
        ),
        pytest.param((), False, [], [], id="not enforced"),
        pytest.param(("no_screening",), False, [], ["no_screening"], id="not enforced, kept"),
    ],
)
def test_review_session_acknowledgements(acknowledged, enforce, problems, kept) -> None:
    # Both warnings of a new client are stops: each goes on with its reason.
    reasons = {"no_screening": "Screened on paper.", "consent_missing": "Paper consent."}
    found, stored = review_session(
        details(acknowledged), NEW_CLIENT, None, USUAL_DEPTH_MM, enforce, reasons
    )
    assert list(found) == problems
    assert [code for code, _, _ in stored] == kept
    messages = {w.code: w.message for w in NEW_CLIENT}
    assert all(message == messages[code] for code, message, _ in stored)
    assert all(reason == reasons[code] for code, _, reason in stored)


def test_a_stop_acknowledged_without_a_reason_is_refused_at_its_reason() -> None:
    both = ("no_screening", "consent_missing")
    found, _ = review_session(
        details(both), NEW_CLIENT, None, USUAL_DEPTH_MM, reasons={"no_screening": "  "}
    )
    assert found == {
        "acknowledged.no_screening.reason": STOP_REASON_MISSING,
        "acknowledged.consent_missing.reason": STOP_REASON_MISSING,
    }
    found, _ = review_session(
        details(both), NEW_CLIENT, None, USUAL_DEPTH_MM, reasons=dict.fromkeys(both, "x" * 2001)
    )
    assert set(found) == {f"acknowledged.{code}.reason" for code in both}
    # Not enforced (imported history): no reason asked for, none kept.
    found, stored = review_session(details(both), NEW_CLIENT, None, USUAL_DEPTH_MM, False)
    assert found == {} and [reason for _, _, reason in stored] == ["", ""]


def test_a_caution_keeps_no_reason() -> None:
    caution = [SafetyWarning("allergies", "Allergies on file: nickel.")]
    _, stored = review_session(
        details(("allergies",)), caution, None, USUAL_DEPTH_MM, reasons={"allergies": "typed"}
    )
    assert stored == [("allergies", "Allergies on file: nickel.", "")]


def test_review_session_refuses_a_depth_above_the_licence_next_to_its_field() -> None:
    treated = areas((Area.FOREHEAD, 0.5), (Area.CHIN, 1.5))
    found, _ = review_session(details(treated=treated), [], 1.0, USUAL_DEPTH_MM)
    assert found == {"areas.1.depth_mm": "1.5 mm is above Maya's licensed maximum of 1 mm."}
    found, _ = review_session(details(treated=treated), [], 1.0, USUAL_DEPTH_MM, enforce=False)
    assert found == {}


def test_review_session_keeps_a_confirmed_depth_with_its_message() -> None:
    treated = areas((Area.PERIORBITAL, 0.75))
    _, stored = review_session(
        details(["depth_above_usual.periorbital"], treated), [], None, USUAL_DEPTH_MM
    )
    assert stored == [
        (
            "depth_above_usual.periorbital",
            "Periorbital 0.75 mm is above the usual 0.25–0.5 mm.",
            "",
        )
    ]


def test_missing_acknowledgements() -> None:
    assert codes(missing_acknowledgements(NEW_CLIENT, ["consent_missing"])) == ["no_screening"]
    assert missing_acknowledgements(NEW_CLIENT, ["no_screening", "consent_missing"]) == []


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, []),
        (
            {"isotretinoin_last_dose": date(2025, 12, 1), "keloid_history": True},
            ["isotretinoin, last dose 1 Dec 2025", "keloid history"],
        ),
        (
            {"active_skin_condition": True, "active_skin_condition_note": "acne, chin"},
            ["active skin condition in the area (acne, chin)"],
        ),
        (
            {"herpes_history": True, "antiviral_prophylaxis": True, "filler_on": date(2026, 2, 2)},
            ["filler 2 Feb 2026", "herpes history", "antiviral prophylaxis"],
        ),
    ],
)
def test_screening_findings_in_words(answers, expected) -> None:
    from logger_app.screening import screening_findings

    assert screening_findings(screened(**answers)) == expected
