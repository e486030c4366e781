"""What the client's own record says: screening, consent, contraindications, allergies."""

from __future__ import annotations

from datetime import date

from ..records import (
    ClientDetails,
    ConsentDetails,
    SafetySettings,
    SafetyWarning,
    ScreeningDetails,
)
from ..records import WarningSeverity as Severity
from ..text import count_of, date_text
from .wording import (
    add_months,
)

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
                f"The last screening dates from {date_text(screening.screened_on)}, more than "
                f"{count_of(months, 'month')} ago: ask whether anything has changed and "
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
                f"consent text ({date_text(consent.signed_on)}); the current version is "
                f"{current}.",
            )
        ]
    return []


def contraindication_warnings(screening: ScreeningDetails | None) -> list[SafetyWarning]:
    """What the latest screening's answers say, whatever its age."""
    if screening is None:
        return []
    s = screening
    when = f" (screening of {date_text(s.screened_on)})"
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
        f"{label} {date_text(day)}"
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
