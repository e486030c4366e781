"""Wash-outs and intervals, and every rule for a new session on a day."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, date, timedelta, tzinfo

from ..i18n import translatable, translate
from ..records import (
    ClientDetails,
    ConsentDetails,
    OtherTreatmentDetails,
    SafetySettings,
    SafetyWarning,
    ScreeningDetails,
    SessionDetails,
)
from ..records import WarningSeverity as Severity
from ..text import date_text
from ..vocabulary import Area, OtherTreatmentKind
from .allergy import allergy_match_warnings
from .client_rules import (
    allergy_warnings,
    consent_warnings,
    contraindication_warnings,
    screening_warnings,
)
from .wording import (
    add_months,
    days_ago,
)

# Wash-outs and intervals


# What each wash-out is counted from: (code, label of the screening's answer, the
# screening's field, the settings' field, unit, the other treatments that start it).
_WASHOUTS = (
    ("isotretinoin", translatable("ScreeningTiming", "Isotretinoin last dose"),
     "isotretinoin_last_dose",
     "isotretinoin_washout_months", "month", ()),
    ("filler", translatable("ScreeningTiming", "Filler given"), "filler_on",
     "filler_washout_weeks", "week",
     (OtherTreatmentKind.FILLER,)),
    ("neurotoxin", translatable("ScreeningTiming", "Neurotoxin given"), "neurotoxin_on",
     "neurotoxin_washout_weeks", "week",
     (OtherTreatmentKind.NEUROTOXIN,)),
    ("peel", "", None, "peel_washout_weeks", "week", (OtherTreatmentKind.CHEMICAL_PEEL,)),
    ("laser", "", None, "laser_washout_weeks", "week",
     (OtherTreatmentKind.LASER, OtherTreatmentKind.IPL)),
)  # fmt: skip
# The kinds of other treatment any wash-out is counted from (what the logbook reads).
WASHOUT_KINDS = tuple(kind for *_, kinds in _WASHOUTS for kind in kinds)


def washout_weeks_needed(settings: SafetySettings) -> int:
    """How far back an other treatment can still start a wash-out, in weeks."""
    return max(getattr(settings, field) for _, _, _, field, unit, kinds in _WASHOUTS if kinds)


def washout_warnings(
    screening: ScreeningDetails | None,
    settings: SafetySettings,
    today: date,
    other_treatments: Sequence[OtherTreatmentDetails] = (),
) -> list[SafetyWarning]:
    """A stop per wash-out not over on ``today``: counted from the latest of the
    screening's answer and the client's other treatments of its kinds (treatments after
    ``today`` are not earlier ones). A period of 0 turns the wash-out off."""
    found: list[SafetyWarning] = []
    for code, label, answer, field, unit, kinds in _WASHOUTS:
        period = getattr(settings, field)
        if period <= 0:
            continue
        latest: tuple[date, str] | None = None
        on = getattr(screening, answer) if screening is not None and answer else None
        if on is not None and on <= today:
            latest = (
                on,
                translate("ScreeningTiming", "{what} on {day}").format(
                    what=translate("ScreeningTiming", label), day=date_text(on)
                ),
            )
        for treatment in other_treatments:
            day = treatment.performed_on
            if treatment.kind in kinds and day <= today and (latest is None or day > latest[0]):
                latest = (
                    day,
                    translate("ScreeningTiming", "{what} on {day}").format(
                        what=treatment.kind_text, day=date_text(day)
                    ),
                )
        if latest is None:
            continue
        on, said = latest
        ends = add_months(on, period) if unit == "month" else on + timedelta(weeks=period)
        if today < ends:
            found.append(
                SafetyWarning(
                    f"washout.{code}",
                    (
                        translate(
                            "ScreeningTiming", "{what}: the {count}-month wash-out ends on {day}."
                        )
                        if unit == "month"
                        else translate(
                            "ScreeningTiming", "{what}: the {count}-week wash-out ends on {day}."
                        )
                    ).format(what=said, count=period, day=date_text(ends)),
                    Severity.STOP,
                )
            )
    return found


def interval_warnings(
    previous_sessions: Sequence[SessionDetails],
    settings: SafetySettings,
    today: date,
    tz: tzinfo = UTC,
    areas: Collection[Area] | None = None,
) -> list[SafetyWarning]:
    """One warning per area treated less than the minimum interval before ``today``
    (sessions after ``today`` are not previous ones). Areas in the vocabulary's order;
    with ``areas`` (the session's), only those: an area not treated today is no risk."""
    weeks = settings.min_interval_same_area_weeks
    if weeks <= 0:
        return []
    last: dict[Area, date] = {}
    for session in previous_sessions:
        day = session.started_at.astimezone(tz).date()
        if day > today:
            continue
        for item in session.areas:
            if item.area not in last or day > last[item.area]:
                last[item.area] = day
    found = []
    for area in Area:
        day = last.get(area)
        if day is None or (areas is not None and area not in areas):
            continue
        until = day + timedelta(weeks=weeks)
        if today < until:
            found.append(
                SafetyWarning(
                    f"interval.{area.value}",
                    (
                        translate(
                            "ScreeningTiming",
                            "{area} was treated on {day}, {ago}: the minimum interval is "
                            "1 week (until {until}).",
                        )
                        if weeks == 1
                        else translate(
                            "ScreeningTiming",
                            "{area} was treated on {day}, {ago}: the minimum interval is "
                            "{count} weeks (until {until}).",
                        )
                    ).format(
                        area=area.label,
                        day=date_text(day),
                        ago=days_ago((today - day).days),
                        count=weeks,
                        until=date_text(until),
                    ),
                )
            )
    return found


def warnings_for_new_session(
    client: ClientDetails | None,
    latest_screening: ScreeningDetails | None,
    latest_consent: ConsentDetails | None,
    previous_sessions: Sequence[SessionDetails],
    settings: SafetySettings,
    today: date,
    tz: tzinfo = UTC,
    session: SessionDetails | None = None,
    other_treatments: Sequence[OtherTreatmentDetails] = (),
) -> list[SafetyWarning]:
    """Every rule that applies to a session of the client on ``today``, most serious
    kind first: screening, consent, allergies, contraindications, wash-outs, intervals.

    ``latest_screening`` / ``latest_consent``: the newest on or before ``today``;
    ``previous_sessions``: the client's sessions (their day is counted in ``tz``).
    ``session``: the session as planned so far: intervals of its areas only, and the
    allergy cross-check of its numbing agent and products. None (not known yet): the
    intervals of every area, no cross-check. ``other_treatments``: the client's peels,
    laser, IPL, filler and neurotoxin treatments (their wash-outs)."""
    areas = None if session is None else {item.area for item in session.areas}
    matches = []
    if session is not None and client is not None:
        matches = allergy_match_warnings(client.allergies, session)
    return [
        *screening_warnings(latest_screening, settings, today),
        *consent_warnings(latest_consent, settings, today),
        *allergy_warnings(client),
        *matches,
        *contraindication_warnings(latest_screening),
        *washout_warnings(latest_screening, settings, today, other_treatments),
        *interval_warnings(previous_sessions, settings, today, tz, areas),
    ]
