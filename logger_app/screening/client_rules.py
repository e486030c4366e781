"""What the client's own record says: screening, consent, contraindications, allergies."""

from __future__ import annotations

from datetime import date

from ..i18n import translatable, translate
from ..records import (
    ClientDetails,
    ConsentDetails,
    SafetySettings,
    SafetyWarning,
    ScreeningDetails,
)
from ..records import WarningSeverity as Severity
from ..text import date_text
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
                translate(
                    "ScreeningClientRules",
                    "No screening on file: ask about contraindications and record a "
                    "screening before treating.",
                ),
                Severity.STOP,
            )
        ]
    months = settings.screening_valid_months
    if today > add_months(screening.screened_on, months):
        return [
            SafetyWarning(
                "screening_old",
                (
                    translate(
                        "ScreeningClientRules",
                        "The last screening dates from {day}, more than 1 month ago: ask "
                        "whether anything has changed and record a new one.",
                    )
                    if months == 1
                    else translate(
                        "ScreeningClientRules",
                        "The last screening dates from {day}, more than {count} months ago: "
                        "ask whether anything has changed and record a new one.",
                    )
                ).format(day=date_text(screening.screened_on), count=months),
            )
        ]
    return []


def consent_warnings(
    consent: ConsentDetails | None, settings: SafetySettings, today: date
) -> list[SafetyWarning]:
    if consent is None or consent.signed_on > today:
        return [
            SafetyWarning(
                "consent_missing",
                translate("ScreeningClientRules", "No signed consent to treatment on file."),
                Severity.STOP,
            )
        ]
    current = settings.consent_version.strip()
    if current and consent.consent_version.strip() != current:
        return [
            SafetyWarning(
                "consent_outdated",
                translate(
                    "ScreeningClientRules",
                    "Consent was signed on version {signed} of the consent text ({day}); "
                    "the current version is {current}.",
                ).format(
                    signed=consent.consent_version.strip(),
                    day=date_text(consent.signed_on),
                    current=current,
                ),
            )
        ]
    return []


def contraindication_warnings(screening: ScreeningDetails | None) -> list[SafetyWarning]:
    """What the latest screening's answers say, whatever its age."""
    if screening is None:
        return []
    s = screening
    when = translate("ScreeningClientRules", "{warning} (screening of {day}).")
    found: list[SafetyWarning] = []

    def add(flag: bool, name: str, message: str, severity: Severity = Severity.CAUTION) -> None:
        if flag:
            text = when.format(warning=message, day=date_text(s.screened_on))
            found.append(SafetyWarning(f"contraindication.{name}", text, severity))

    add(
        s.pregnant_or_breastfeeding,
        "pregnancy",
        translate(
            "ScreeningClientRules", "Pregnant or breastfeeding: microneedling is not advised"
        ),
        Severity.STOP,
    )
    add(
        s.anticoagulants_or_bleeding,
        "bleeding",
        translate(
            "ScreeningClientRules",
            "Anticoagulants or a bleeding disorder: risk of bleeding and bruising",
        ),
    )
    note = s.active_skin_condition_note.strip()
    add(
        s.active_skin_condition,
        "active_skin",
        (
            translate(
                "ScreeningClientRules",
                "Active infection, acne, eczema, psoriasis or rosacea in the area: {note}. "
                "Do not needle over it",
            ).format(note=note)
            if note
            else translate(
                "ScreeningClientRules",
                "Active infection, acne, eczema, psoriasis or rosacea in the area. "
                "Do not needle over it",
            )
        ),
        Severity.STOP,
    )
    add(s.keloid_history, "keloid", translate("ScreeningClientRules", "History of keloid scarring"))
    add(
        s.herpes_history,
        "herpes",
        translate(
            "ScreeningClientRules",
            "History of herpes simplex; check the antiviral prophylaxis was taken",
        )
        if s.antiviral_prophylaxis
        else translate(
            "ScreeningClientRules",
            "History of herpes simplex and no antiviral prophylaxis: risk of reactivation",
        ),
    )
    add(
        s.chemo_or_malignancy,
        "chemo",
        translate(
            "ScreeningClientRules",
            "Chemotherapy or malignancy: treat only with the oncologist's agreement",
        ),
        Severity.STOP,
    )
    add(
        s.metal_or_anaesthetic_allergy,
        "allergy",
        translate(
            "ScreeningClientRules",
            "Allergy to metals or anaesthetics: check the needles and the numbing agent",
        ),
    )
    return found


# What a screening found, in words: for reports.
_FINDINGS = (
    (
        "pregnant_or_breastfeeding",
        translatable("ScreeningClientRules", "pregnant or breastfeeding"),
    ),
    (
        "anticoagulants_or_bleeding",
        translatable("ScreeningClientRules", "anticoagulants or bleeding disorder"),
    ),
    (
        "active_skin_condition",
        translatable("ScreeningClientRules", "active skin condition in the area"),
    ),
    ("keloid_history", translatable("ScreeningClientRules", "keloid history")),
    ("herpes_history", translatable("ScreeningClientRules", "herpes history")),
    ("antiviral_prophylaxis", translatable("ScreeningClientRules", "antiviral prophylaxis")),
    ("chemo_or_malignancy", translatable("ScreeningClientRules", "chemotherapy or malignancy")),
    (
        "metal_or_anaesthetic_allergy",
        translatable("ScreeningClientRules", "allergy to metals or anaesthetics"),
    ),
)


def screening_findings(screening: ScreeningDetails) -> list[str]:
    """What the screening found, e.g. ["isotretinoin, last dose 1 Dec 2025", "keloid
    history"]; empty when nothing was."""
    found = [
        label.format(day=date_text(day))
        for label, day in (
            (
                translate("ScreeningClientRules", "isotretinoin, last dose {day}"),
                screening.isotretinoin_last_dose,
            ),
            (translate("ScreeningClientRules", "filler {day}"), screening.filler_on),
            (translate("ScreeningClientRules", "neurotoxin {day}"), screening.neurotoxin_on),
        )
        if day is not None
    ]
    note = screening.active_skin_condition_note.strip()
    for key, label in _FINDINGS:
        if getattr(screening, key):
            said = translate("ScreeningClientRules", label)
            if key == "active_skin_condition" and note:
                said += f" ({note})"
            found.append(said)
    return found


def allergy_warnings(client: ClientDetails | None) -> list[SafetyWarning]:
    if client is None or not client.allergies.strip():
        return []
    said = translate("ScreeningClientRules", "Allergies on file: {allergies}.")
    return [SafetyWarning("allergies", said.format(allergies=client.allergies.strip()))]
