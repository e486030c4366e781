"""Wash-outs and intervals, and every rule for a new session on a day."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, date, timedelta, tzinfo

from ..records import (
    ClientDetails,
    ConsentDetails,
    SafetySettings,
    SafetyWarning,
    ScreeningDetails,
    SessionDetails,
)
from ..records import WarningSeverity as Severity
from ..text import date_text
from ..vocabulary import Area
from .allergy import allergy_match_warnings
from .client_rules import (
    allergy_warnings,
    consent_warnings,
    contraindication_warnings,
    screening_warnings,
)
from .wording import (
    add_months,
    count_of,
    days_ago,
)

# Wash-outs and intervals


def washout_warnings(
    screening: ScreeningDetails | None, settings: SafetySettings, today: date
) -> list[SafetyWarning]:
    if screening is None:
        return []
    found: list[SafetyWarning] = []
    checks = (
        (
            "isotretinoin",
            "Isotretinoin",
            "last dose",
            screening.isotretinoin_last_dose,
            settings.isotretinoin_washout_months,
            "month",
            Severity.STOP,
        ),
        (
            "filler",
            "Filler",
            "given",
            screening.filler_on,
            settings.filler_washout_weeks,
            "week",
            Severity.STOP,
        ),
        (
            "neurotoxin",
            "Neurotoxin",
            "given",
            screening.neurotoxin_on,
            settings.neurotoxin_washout_weeks,
            "week",
            Severity.STOP,
        ),
    )
    for code, label, verb, on, period, unit, severity in checks:
        if on is None or period <= 0:
            continue
        ends = add_months(on, period) if unit == "month" else on + timedelta(weeks=period)
        if today < ends:
            found.append(
                SafetyWarning(
                    f"washout.{code}",
                    f"{label} {verb} on {date_text(on)}: the {period}-{unit} wash-out "
                    f"ends on {date_text(ends)}.",
                    severity,
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
                    f"{area.label} was treated on {date_text(day)}, "
                    f"{days_ago((today - day).days)}: the minimum interval is "
                    f"{count_of(weeks, 'week')} (until {date_text(until)}).",
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
) -> list[SafetyWarning]:
    """Every rule that applies to a session of the client on ``today``, most serious
    kind first: screening, consent, allergies, contraindications, wash-outs, intervals.

    ``latest_screening`` / ``latest_consent``: the newest on or before ``today``;
    ``previous_sessions``: the client's sessions (their day is counted in ``tz``).
    ``session``: the session as planned so far: intervals of its areas only, and the
    allergy cross-check of its numbing agent and products. None (not known yet): the
    intervals of every area, no cross-check."""
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
        *washout_warnings(latest_screening, settings, today),
        *interval_warnings(previous_sessions, settings, today, tz, areas),
    ]
