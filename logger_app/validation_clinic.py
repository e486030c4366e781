"""Validation of the clinic's own texts: its details and its consent texts.

Same shape as ``logger_app.validation``: ``{field key: message}``, empty when valid."""

from __future__ import annotations

from .clinic_time import time_zone_problem
from .i18n import conventions, translate
from .records import ClinicDetails
from .screening.wording import MAX_CONSENT_VERSION_LENGTH
from .validation import hidden_character_problems, phone_problem

MAX_CLINIC_NAME_LENGTH = 200
MAX_CLINIC_PHONE_LENGTH = 50
MAX_CONSENT_TEXT_LENGTH = 100_000


def validate_clinic_details(details: ClinicDetails) -> dict[str, str]:
    problems: dict[str, str] = {}
    if len(details.name.strip()) > MAX_CLINIC_NAME_LENGTH:
        problems["name"] = translate(
            "ValidationClinic", "Keep the clinic's name under {count} characters."
        ).format(count=MAX_CLINIC_NAME_LENGTH)
    phone = details.phone.strip()
    if len(phone) > MAX_CLINIC_PHONE_LENGTH:
        problems["phone"] = translate(
            "ValidationClinic", "Keep the phone number under {count} characters."
        ).format(count=MAX_CLINIC_PHONE_LENGTH)
    elif message := phone_problem(phone):
        problems["phone"] = message
    if message := time_zone_problem(details.time_zone):
        problems["time_zone"] = message
    return hidden_character_problems(details) | problems


def validate_consent_text(version: str, body: str, taken: set[str]) -> dict[str, str]:
    """``taken``: the versions saved already (a version names one text for good)."""
    problems: dict[str, str] = {}
    version = version.strip()
    if not version:
        problems["version"] = translate(
            "ValidationClinic", "Enter a version for this text (for example 2025-06 or 3)."
        )
    elif len(version) > MAX_CONSENT_VERSION_LENGTH:
        problems["version"] = translate(
            "ValidationClinic", "Keep the version under {count} characters."
        ).format(count=MAX_CONSENT_VERSION_LENGTH)
    elif version in taken:
        problems["version"] = translate(
            "ValidationClinic",
            "Version {version} is saved already, and kept as it was: give this text a new version.",
        ).format(version=version)
    if not body.strip():
        problems["body"] = translate("ValidationClinic", "Enter the consent text the client reads.")
    elif len(body.strip()) > MAX_CONSENT_TEXT_LENGTH:
        problems["body"] = translate(
            "ValidationClinic", "Keep the text under {count} characters."
        ).format(
            count=f"{MAX_CONSENT_TEXT_LENGTH:,}".replace(",", conventions().thousands_separator)
        )
    for key, text in (("version", version), ("body", body)):
        if "\x00" in text:
            problems.setdefault(
                key,
                translate(
                    "ValidationClinic", "Contains an invisible NUL character: retype this field."
                ),
            )
    return problems
