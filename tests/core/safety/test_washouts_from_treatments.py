"""Wash-outs started by the client's other treatments: a chemical peel, laser or IPL,
filler, neurotoxin. One stop per wash-out, counted from the latest of the screening's
answer and the treatments; 0 weeks turns it off; facials and Other start none."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from logger_app.logbook import Logbook
from logger_app.records import (
    Client,
    OtherTreatmentDetails,
    SafetySettings,
    ScreeningDetails,
    WarningGroup,
    WarningSeverity,
)
from logger_app.screening import warnings_for_new_session, washout_warnings
from logger_app.vocabulary import OtherTreatmentKind as Kind

TODAY = date(2025, 6, 2)


def _done(kind: Kind, days_ago: int, detail: str = "") -> OtherTreatmentDetails:
    return OtherTreatmentDetails(1, TODAY - timedelta(days=days_ago), kind, detail)


def _codes(found) -> list[str]:
    return [w.code for w in found]


def test_each_kind_starts_its_own_washout_as_a_stop() -> None:
    treatments = [
        _done(Kind.CHEMICAL_PEEL, 10, "TCA 20 %"),  # 2 weeks: until 10 Jun
        _done(Kind.IPL, 20),  # 4 weeks: until 30 Jun
        _done(Kind.FILLER, 3),
        _done(Kind.NEUROTOXIN, 13),
        _done(Kind.FACIAL, 1),
        _done(Kind.OTHER, 1, "Dermaplaning"),
    ]
    found = washout_warnings(None, SafetySettings(), TODAY, treatments)
    assert _codes(found) == [
        "washout.filler", "washout.neurotoxin", "washout.peel", "washout.laser"
    ]  # fmt: skip
    assert all(w.severity is WarningSeverity.STOP for w in found)
    assert all(w.group is WarningGroup.WASHOUTS for w in found)
    peel = found[2].message
    assert peel == (
        "Chemical peel (TCA 20 %) on 23 May 2025: the 2-week wash-out ends on 6 Jun 2025."
    )
    assert found[3].message.startswith("IPL on 13 May 2025: the 4-week wash-out ends on")


def test_laser_and_ipl_share_one_washout_counted_from_the_latest() -> None:
    found = washout_warnings(
        None, SafetySettings(), TODAY, [_done(Kind.LASER, 25), _done(Kind.IPL, 5)]
    )
    assert _codes(found) == ["washout.laser"]
    assert "IPL on 28 May 2025" in found[0].message


def test_the_latest_of_screening_answer_and_treatment_wins() -> None:
    screening = ScreeningDetails(1, TODAY, filler_on=TODAY - timedelta(days=40))
    treatment = [_done(Kind.FILLER, 6)]
    [found] = washout_warnings(screening, SafetySettings(), TODAY, treatment)
    assert found.code == "washout.filler" and "27 May 2025" in found.message
    # The screening's answer later than the treatment: it is the one counted.
    screening = ScreeningDetails(1, TODAY, filler_on=TODAY - timedelta(days=2))
    [found] = washout_warnings(screening, SafetySettings(), TODAY, [_done(Kind.FILLER, 20)])
    assert found.message.startswith("Filler given on 31 May 2025")
    # A treatment long over does not hide a screening's answer still within its wash-out.
    screening = ScreeningDetails(1, TODAY, neurotoxin_on=TODAY - timedelta(days=3))
    found = washout_warnings(screening, SafetySettings(), TODAY, [_done(Kind.NEUROTOXIN, 90)])
    assert _codes(found) == ["washout.neurotoxin"]


def test_a_washout_is_over_on_its_last_day_and_zero_turns_it_off() -> None:
    peel = [_done(Kind.CHEMICAL_PEEL, 14)]
    assert washout_warnings(None, SafetySettings(), TODAY, peel) == []
    assert _codes(washout_warnings(None, SafetySettings(), TODAY, [_done(Kind.CHEMICAL_PEEL, 13)]))
    off = SafetySettings(peel_washout_weeks=0, laser_washout_weeks=0, filler_washout_weeks=0)
    recent = [_done(Kind.CHEMICAL_PEEL, 1), _done(Kind.LASER, 1), _done(Kind.FILLER, 1)]
    assert washout_warnings(None, off, TODAY, recent) == []
    longer = SafetySettings(peel_washout_weeks=6)
    assert _codes(washout_warnings(None, longer, TODAY, [_done(Kind.CHEMICAL_PEEL, 30)])) == [
        "washout.peel"
    ]


def test_a_treatment_after_the_day_is_not_an_earlier_one() -> None:
    later = [_done(Kind.CHEMICAL_PEEL, -3)]
    assert washout_warnings(None, SafetySettings(), TODAY, later) == []


def test_a_new_sessions_warnings_include_them() -> None:
    found = warnings_for_new_session(
        None, None, None, [], SafetySettings(), TODAY, other_treatments=[_done(Kind.LASER, 2)]
    )
    assert "washout.laser" in _codes(found)


@pytest.mark.both_homes
def test_the_logbook_counts_recorded_treatments(logbook: Logbook, client: Client) -> None:
    day = date(2025, 6, 2)
    assert not [c for c in _codes(logbook.warnings_for_new_session(client.id, day)) if "wash" in c]
    for kind, on in (
        (Kind.CHEMICAL_PEEL, date(2025, 5, 25)),
        (Kind.IPL, date(2025, 5, 20)),
        (Kind.FACIAL, date(2025, 6, 1)),
        (Kind.NEUROTOXIN, date(2024, 5, 1)),  # long over
    ):
        logbook.add_other_treatment(OtherTreatmentDetails(client.id, on, kind))
    codes = _codes(logbook.warnings_for_new_session(client.id, day))
    assert [c for c in codes if c.startswith("washout.")] == ["washout.peel", "washout.laser"]
    # The day before the peel, only the IPL (before it too: nothing).
    codes = _codes(logbook.warnings_for_new_session(client.id, date(2025, 5, 24)))
    assert [c for c in codes if c.startswith("washout.")] == ["washout.laser"]
    assert not [
        c
        for c in _codes(logbook.warnings_for_new_session(client.id, date(2025, 5, 19)))
        if c.startswith("washout.")
    ]
    logbook.save_safety_settings(SafetySettings(peel_washout_weeks=0, laser_washout_weeks=0))
    assert not [c for c in _codes(logbook.warnings_for_new_session(client.id, day)) if "wash" in c]
