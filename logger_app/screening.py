"""Clinical safety rules at the point of care: pure functions over records.

No I/O and no clock: the caller passes the day (and the time zone the day is counted
in). Every warning has a stable code, stored with its acknowledgement:

========================== ============================================================
``no_screening``           no screening on or before the day
``screening_old``          the latest screening is more than N months old
``consent_missing``        no signed consent on or before the day
``consent_outdated``       consent signed on another version than the current text
``allergies``              the client's record lists allergies
``contraindication.*``     an answer of the latest screening (pregnancy, bleeding,
                           active_skin, keloid, herpes, chemo, allergy)
``washout.*``              isotretinoin, filler, neurotoxin: the wash-out is not over
``interval.<area>``        the area was treated less than the minimum interval ago
``depth_above_usual.<a>``  a depth above the usual range of the area (a confirmation)
========================== ============================================================

Boundaries: a wash-out or interval is over *on* its last day (last dose + 6 months,
last session + 4 weeks); a screening exactly N months old is still current.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, timedelta, tzinfo

from .records import (
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    SafetySettings,
    SafetyWarning,
    ScreeningDetails,
    SessionDetails,
)
from .records import WarningSeverity as Severity
from .vocabulary import Area

# What the settings accept (the database checks the same ranges).
SETTING_RANGES: dict[str, tuple[int, int]] = {
    "isotretinoin_washout_months": (0, 24),
    "filler_washout_weeks": (0, 26),
    "neurotoxin_washout_weeks": (0, 26),
    "min_interval_same_area_weeks": (0, 26),
    "screening_valid_months": (1, 60),
}
MAX_CONSENT_VERSION_LENGTH = 50
DEPTH_TOLERANCE_MM = 1e-6  # depths are entered in 0.05 mm steps; ignore float noise


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it is shorter
    (31 Aug + 6 months = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def format_day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def format_mm(depth_mm: float) -> str:
    return f"{depth_mm:.2f}".rstrip("0").rstrip(".") + " mm"


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}{'' if number == 1 else 's'}"


def _ago(days: int) -> str:
    if days == 0:
        return "earlier today"
    if days < 14:
        return f"{_count(days, 'day')} ago"
    return f"{_count(days // 7, 'week')} ago"


# Screening and consent


def screening_warnings(
    screening: ScreeningDetails | None, settings: SafetySettings, today: date
) -> list[SafetyWarning]:
    if screening is None or screening.screened_on > today:
        return [
            SafetyWarning(
                "no_screening",
                "No screening on file: ask about contraindications and record a "
                "screening before treating.",
                Severity.STOP,
            )
        ]
    months = settings.screening_valid_months
    if today > add_months(screening.screened_on, months):
        return [
            SafetyWarning(
                "screening_old",
                f"The last screening dates from {format_day(screening.screened_on)}, more than "
                f"{_count(months, 'month')} ago: ask whether anything has changed and "
                "record a new one.",
            )
        ]
    return []


def consent_warnings(
    consent: ConsentDetails | None, settings: SafetySettings, today: date
) -> list[SafetyWarning]:
    if consent is None or consent.signed_on > today:
        return [
            SafetyWarning(
                "consent_missing", "No signed consent to treatment on file.", Severity.STOP
            )
        ]
    current = settings.consent_version.strip()
    if current and consent.consent_version.strip() != current:
        return [
            SafetyWarning(
                "consent_outdated",
                f"Consent was signed on version {consent.consent_version.strip()} of the "
                f"consent text ({format_day(consent.signed_on)}); the current version is "
                f"{current}.",
            )
        ]
    return []


def contraindication_warnings(screening: ScreeningDetails | None) -> list[SafetyWarning]:
    """What the latest screening's answers say, whatever its age."""
    if screening is None:
        return []
    s = screening
    when = f" (screening of {format_day(s.screened_on)})"
    found: list[SafetyWarning] = []

    def add(flag: bool, name: str, message: str, severity: Severity = Severity.CAUTION) -> None:
        if flag:
            found.append(SafetyWarning(f"contraindication.{name}", f"{message}{when}.", severity))

    add(
        s.pregnant_or_breastfeeding,
        "pregnancy",
        "Pregnant or breastfeeding: microneedling is not advised",
        Severity.STOP,
    )
    add(
        s.anticoagulants_or_bleeding,
        "bleeding",
        "Anticoagulants or a bleeding disorder: risk of bleeding and bruising",
    )
    note = s.active_skin_condition_note.strip()
    add(
        s.active_skin_condition,
        "active_skin",
        "Active infection, acne, eczema, psoriasis or rosacea in the area"
        + (f": {note}" if note else "")
        + ". Do not needle over it",
        Severity.STOP,
    )
    add(s.keloid_history, "keloid", "History of keloid scarring")
    add(
        s.herpes_history,
        "herpes",
        "History of herpes simplex; check the antiviral prophylaxis was taken"
        if s.antiviral_prophylaxis
        else "History of herpes simplex and no antiviral prophylaxis: risk of reactivation",
    )
    add(
        s.chemo_or_malignancy,
        "chemo",
        "Chemotherapy or malignancy: treat only with the oncologist's agreement",
        Severity.STOP,
    )
    add(
        s.metal_or_anaesthetic_allergy,
        "allergy",
        "Allergy to metals or anaesthetics: check the needles and the numbing agent",
    )
    return found


# What a screening found, in words: for reports.
_FINDINGS = (
    ("pregnant_or_breastfeeding", "pregnant or breastfeeding"),
    ("anticoagulants_or_bleeding", "anticoagulants or bleeding disorder"),
    ("active_skin_condition", "active skin condition in the area"),
    ("keloid_history", "keloid history"),
    ("herpes_history", "herpes history"),
    ("antiviral_prophylaxis", "antiviral prophylaxis"),
    ("chemo_or_malignancy", "chemotherapy or malignancy"),
    ("metal_or_anaesthetic_allergy", "allergy to metals or anaesthetics"),
)


def screening_findings(screening: ScreeningDetails) -> list[str]:
    """What the screening found, e.g. ["isotretinoin, last dose 1 Dec 2025", "keloid
    history"]; empty when nothing was."""
    found = [
        f"{label} {format_day(day)}"
        for label, day in (
            ("isotretinoin, last dose", screening.isotretinoin_last_dose),
            ("filler", screening.filler_on),
            ("neurotoxin", screening.neurotoxin_on),
        )
        if day is not None
    ]
    found += [label for key, label in _FINDINGS if getattr(screening, key)]
    note = screening.active_skin_condition_note.strip()
    if screening.active_skin_condition and note:
        found[found.index("active skin condition in the area")] += f" ({note})"
    return found


def allergy_warnings(client: ClientDetails | None) -> list[SafetyWarning]:
    if client is None or not client.allergies.strip():
        return []
    return [SafetyWarning("allergies", f"Allergies on file: {client.allergies.strip()}.")]


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
            Severity.CAUTION,
        ),
        (
            "neurotoxin",
            "Neurotoxin",
            "given",
            screening.neurotoxin_on,
            settings.neurotoxin_washout_weeks,
            "week",
            Severity.CAUTION,
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
                    f"{label} {verb} on {format_day(on)}: the {period}-{unit} wash-out "
                    f"ends on {format_day(ends)}.",
                    severity,
                )
            )
    return found


def interval_warnings(
    previous_sessions: Sequence[SessionDetails],
    settings: SafetySettings,
    today: date,
    tz: tzinfo = UTC,
) -> list[SafetyWarning]:
    """One warning per area treated less than the minimum interval before ``today``
    (sessions after ``today`` are not previous ones). Areas in the vocabulary's order."""
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
        if day is None:
            continue
        until = day + timedelta(weeks=weeks)
        if today < until:
            found.append(
                SafetyWarning(
                    f"interval.{area.value}",
                    f"{area.label} was treated on {format_day(day)}, "
                    f"{_ago((today - day).days)}: the minimum interval is "
                    f"{_count(weeks, 'week')} (until {format_day(until)}).",
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
) -> list[SafetyWarning]:
    """Every rule that applies to a session of the client on ``today``, most serious
    kind first: screening, consent, allergies, contraindications, wash-outs, intervals.

    ``latest_screening`` / ``latest_consent``: the newest on or before ``today``;
    ``previous_sessions``: the client's sessions (their day is counted in ``tz``)."""
    return [
        *screening_warnings(latest_screening, settings, today),
        *consent_warnings(latest_consent, settings, today),
        *allergy_warnings(client),
        *contraindication_warnings(latest_screening),
        *washout_warnings(latest_screening, settings, today),
        *interval_warnings(previous_sessions, settings, today, tz),
    ]


# Needle depth


@dataclass(frozen=True)
class DepthFinding:
    """A depth the practitioner must change (refusal) or confirm: ``index`` is the
    area's position in the session, for a message next to its depth field."""

    index: int
    area: Area
    depth_mm: float
    code: str
    message: str


def depth_checks(
    areas: Sequence[AreaTreatment],
    practitioner_max_mm: float | None,
    usual_ranges: Mapping[Area, tuple[float, float]],
    practitioner: str = "",
) -> tuple[list[DepthFinding], list[DepthFinding]]:
    """(refusals, confirmations): depths above the practitioner's licensed maximum
    (None: no limit) are refused; depths above the usual range of their area ask for
    confirmation. A depth is one or the other, never both; exactly on a limit is within."""
    whose = f"{practitioner.strip()}'s" if practitioner.strip() else "the practitioner's"
    refusals: list[DepthFinding] = []
    confirmations: list[DepthFinding] = []
    for index, item in enumerate(areas):
        depth = item.depth_mm
        if practitioner_max_mm is not None and depth > practitioner_max_mm + DEPTH_TOLERANCE_MM:
            refusals.append(
                DepthFinding(
                    index,
                    item.area,
                    depth,
                    f"depth_above_max.{item.area.value}",
                    f"{format_mm(depth)} is above {whose} licensed maximum "
                    f"of {format_mm(practitioner_max_mm)}.",
                )
            )
            continue
        usual = usual_ranges.get(item.area)
        if usual is not None and depth > usual[1] + DEPTH_TOLERANCE_MM:
            low, high = usual
            confirmations.append(
                DepthFinding(
                    index,
                    item.area,
                    depth,
                    f"depth_above_usual.{item.area.value}",
                    f"{item.area.label} {format_mm(depth)} is above the usual "
                    f"{format_mm(low).removesuffix(' mm')}–{format_mm(high)}.",
                )
            )
    return refusals, confirmations


def missing_acknowledgements(
    warnings: Sequence[SafetyWarning], acknowledged: Sequence[str]
) -> list[SafetyWarning]:
    given = set(acknowledged)
    return [warning for warning in warnings if warning.code not in given]


def review_session(
    details: SessionDetails,
    warnings: Sequence[SafetyWarning],
    practitioner_max_mm: float | None,
    usual_ranges: Mapping[Area, tuple[float, float]],
    enforce: bool = True,
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """What saving ``details`` means for safety, given the ``warnings`` that apply on
    its day: (problems, acknowledgements to store).

    When ``enforce``: a depth above the licensed maximum is a problem of its depth field
    (``areas.N.depth_mm``), and every warning not acknowledged is a problem
    (``acknowledged.<code>``). The acknowledgements kept are the codes of
    ``details.acknowledged`` that apply (a warning, or a depth above the usual range),
    each with its message as it reads now; codes that no longer apply are dropped."""
    refusals, confirmations = depth_checks(
        details.areas, practitioner_max_mm, usual_ranges, details.practitioner_name
    )
    problems: dict[str, str] = {}
    if enforce:
        for finding in refusals:
            problems[f"areas.{finding.index}.depth_mm"] = finding.message
        for warning in missing_acknowledgements(warnings, details.acknowledged):
            problems[f"acknowledged.{warning.code}"] = f"Not acknowledged: {warning.message}"
    applicable = {w.code: w.message for w in warnings} | {f.code: f.message for f in confirmations}
    kept = [
        (code, applicable[code])
        for code in dict.fromkeys(details.acknowledged)
        if code in applicable
    ]
    return problems, kept
