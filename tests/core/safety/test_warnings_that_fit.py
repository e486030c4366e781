"""Warnings that fit the session: intervals of the areas treated today only, the allergy
cross-check of what is chosen, the groups acknowledged once, and what is a stop."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    Numbing,
    ProductUse,
    SafetySettings,
    SafetyWarning,
    ScreeningDetails,
    SessionDetails,
    WarningGroup,
    WarningSeverity,
)
from logger_app.screening import (
    allergy_entries,
    allergy_match_warnings,
    interval_warnings,
    matching_allergies,
    warnings_for_new_session,
    washout_warnings,
)
from logger_app.vocabulary import Area, Device, ProductRole

TODAY = date(2026, 3, 15)


def planned(*areas: Area, agent: str | None = None, glide: str = "") -> SessionDetails:
    return SessionDetails(
        client_id=1,
        started_at=datetime(2026, 3, 15, 10, tzinfo=UTC),
        practitioner_name="Maya",
        device=Device.PEN,
        areas=tuple(AreaTreatment(area, 0.5) for area in areas),
        numbing=Numbing(agent, "5 %", 30) if agent is not None else None,
        products=(ProductUse(glide, "L1", role=ProductRole.GLIDE),) if glide else (),
    )


def previous(day: date, *areas: Area) -> SessionDetails:
    return SessionDetails(
        1, datetime(day.year, day.month, day.day, 10, tzinfo=UTC), "Maya", Device.PEN,
        tuple(AreaTreatment(area, 0.5) for area in areas),
    )  # fmt: skip


# The allergy cross-check: whole words, any case, any accents


@pytest.mark.parametrize(
    ("allergies", "chosen", "expected"),
    [
        pytest.param("Lidocaine", "Lidocaine cream 5%", ["lidocaine"], id="the issue's example"),
        pytest.param("lido", "Lidocaine cream 5%", [], id="part of a word is no match"),
        pytest.param("Lidocaine", "LIDOCAÏNE crème", ["lidocaine"], id="case and accents"),
        pytest.param("lidocaïne", "Lidocaine 4 %", ["lidocaine"], id="accents on file"),
        pytest.param(
            "latex, lidocaine; nickel", "BLT (benzocaine, lidocaine, tetracaine)",
            ["lidocaine"], id="a list on file, a compound chosen",
        ),
        pytest.param("Latex\nNickel", "Nickel-free serum", ["nickel"], id="one per line"),
        pytest.param(
            "hyaluronic acid", "Hyaluronic acid serum", ["hyaluronic acid"], id="two words"
        ),
        pytest.param("hyaluronic acid", "Acid peel", [], id="not every word of the allergy"),
        pytest.param("hyaluronic acid", "Acid hyaluronic", [], id="the words in their order"),
        pytest.param(
            "Allergic to lidocaine (hives)", "lidocaine", ["lidocaine"], id="words around it"
        ),
        pytest.param("Lidocaine - rash 2019", "Lidocaine", ["lidocaine"], id="a note after a dash"),
        pytest.param("none", "None", [], id="no allergy is no match"),
        pytest.param("NKDA", "NKDA gel", [], id="no known drug allergies"),
        pytest.param("", "Lidocaine", [], id="nothing on file"),
        pytest.param("latex, nickel", "", [], id="nothing chosen"),
        pytest.param(
            "latex and lidocaine & nickel", "Nickel lidocaine", ["lidocaine", "nickel"],
            id="two matches",
        ),
    ],
)  # fmt: skip
def test_matching_allergies(allergies: str, chosen: str, expected: list[str]) -> None:
    assert matching_allergies(allergies, chosen) == expected


def test_allergy_entries_are_the_listed_allergies() -> None:
    assert allergy_entries("Latex, lidocaine; nickel (rash), latex") == [
        ("latex",),
        ("lidocaine",),
        ("nickel",),
    ]


def test_a_match_is_a_stop_for_the_numbing_agent_and_each_product() -> None:
    session = planned(Area.FOREHEAD, agent="Lidocaine cream", glide="Latex-free HA serum")
    found = allergy_match_warnings("Lidocaine, latex", session)
    assert [w.code for w in found] == ["allergy_match.numbing", "allergy_match.products.0"]
    assert all(w.is_stop and w.group is WarningGroup.CONTRAINDICATIONS for w in found)
    assert found[0].message == (
        "The numbing agent “Lidocaine cream” matches an allergy on file: lidocaine."
    )


def test_numbing_not_applied_is_not_checked() -> None:
    assert allergy_match_warnings("lidocaine", planned(Area.FOREHEAD)) == []


# Intervals: only the areas treated in this session


def test_interval_warnings_only_for_the_areas_of_the_session() -> None:
    earlier = [previous(date(2026, 3, 5), Area.FOREHEAD, Area.LEFT_CHEEK, Area.CHIN)]
    settings = SafetySettings()
    every = interval_warnings(earlier, settings, TODAY)
    assert [w.code for w in every] == ["interval.forehead", "interval.left_cheek", "interval.chin"]
    some = interval_warnings(earlier, settings, TODAY, UTC, {Area.FOREHEAD, Area.NECK})
    assert [w.code for w in some] == ["interval.forehead"]
    assert interval_warnings(earlier, settings, TODAY, UTC, set()) == []


def test_a_new_session_meets_the_warnings_of_what_it_plans() -> None:
    client = ClientDetails("A", "B", allergies="lidocaine")
    screening = ScreeningDetails(1, TODAY)
    consent = ConsentDetails(1, "1", TODAY)
    earlier = [previous(date(2026, 3, 5), Area.FOREHEAD, Area.CHIN)]

    def codes(session: SessionDetails | None) -> list[str]:
        found = warnings_for_new_session(
            client, screening, consent, earlier, SafetySettings(), TODAY, UTC, session
        )
        return [w.code for w in found]

    assert codes(None) == ["allergies", "interval.forehead", "interval.chin"]
    assert codes(planned()) == ["allergies"]
    assert codes(planned(Area.NECK)) == ["allergies"]
    assert codes(planned(Area.CHIN, agent="Lidocaine 5%")) == [
        "allergies",
        "allergy_match.numbing",
        "interval.chin",
    ]


# Groups and stops


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("no_screening", WarningGroup.RECORDS),
        ("screening_old", WarningGroup.RECORDS),
        ("consent_missing", WarningGroup.RECORDS),
        ("consent_outdated", WarningGroup.RECORDS),
        ("allergies", WarningGroup.CONTRAINDICATIONS),
        ("allergy_match.numbing", WarningGroup.CONTRAINDICATIONS),
        ("contraindication.pregnancy", WarningGroup.CONTRAINDICATIONS),
        ("washout.filler", WarningGroup.WASHOUTS),
        ("interval.chin", WarningGroup.INTERVALS),
    ],
)
def test_each_warning_has_its_group(code: str, group: WarningGroup) -> None:
    assert SafetyWarning(code, "…").group is group


def test_a_washout_not_over_is_a_stop() -> None:
    screening = ScreeningDetails(
        1,
        TODAY,
        isotretinoin_last_dose=date(2026, 1, 1),
        filler_on=date(2026, 3, 1),
        neurotoxin_on=date(2026, 3, 10),
    )
    found = washout_warnings(screening, SafetySettings(), TODAY)
    assert len(found) == 3
    assert all(w.severity is WarningSeverity.STOP for w in found)
