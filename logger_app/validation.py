"""Field-level validation of what a practitioner enters.

Each function returns ``{field key: message}``; an empty dict means valid. The keys are
shared with the forms so every message can be shown next to its field. Keys of repeated
rows are ``"areas.2.depth_mm"`` style (0-based row index).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime

from .records import (
    ClientDetails,
    ConsentDetails,
    PhotoDetails,
    PractitionerDetails,
    SafetySettings,
    ScreeningDetails,
    SessionDetails,
)
from .screening import MAX_CONSENT_VERSION_LENGTH, SETTING_RANGES
from .vocabulary import (
    MAX_DEPTH_MM,
    MAX_NUMBING_MINUTES,
    MAX_PASSES,
    MIN_DEPTH_MM,
)

MAX_NAME_LENGTH = 100
MAX_TEXT_LENGTH = 10_000
OLDEST_PLAUSIBLE_BIRTH_YEAR = 1900
# Practical, not RFC 5322: something@domain.tld with no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,25}$")


# A NUL character cannot be stored on the clinic server (PostgreSQL text refuses it) and
# is never meant: it comes from a pasted or imported binary text. Refused on both homes.
_HIDDEN = "\x00"
HIDDEN_CHARACTER_MESSAGE = (
    "Contains an invisible NUL character (from pasted or imported text): retype this field."
)


def hidden_character_problems(record: object, prefix: str = "") -> dict[str, str]:
    """``{field key: message}`` for every text of ``record`` (a record's dataclass, its
    rows included: ``areas.0.note``) holding a NUL character."""
    problems: dict[str, str] = {}
    if not dataclasses.is_dataclass(record):
        return problems
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        key = f"{prefix}{field.name}"
        if isinstance(value, str) and _HIDDEN in value:
            problems[key] = HIDDEN_CHARACTER_MESSAGE
        elif isinstance(value, (tuple, list)):
            for index, item in enumerate(value):
                if isinstance(item, str) and _HIDDEN in item:
                    problems[key] = HIDDEN_CHARACTER_MESSAGE
                else:
                    problems.update(hidden_character_problems(item, f"{key}.{index}."))
    return problems


def email_problem(email: str) -> str | None:
    if email and not _EMAIL.match(email):
        return "Enter an email address like name@example.com."
    return None


def phone_problem(phone: str) -> str | None:
    if phone and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 5):
        return "Enter a phone number: digits, spaces, + ( ) - only."
    return None


def birth_date_problem(born: date | None, today: date) -> str | None:
    if born is None:
        return None
    if born > today:
        return "Date of birth cannot be in the future."
    if born.year < OLDEST_PLAUSIBLE_BIRTH_YEAR:
        return f"Date of birth before {OLDEST_PLAUSIBLE_BIRTH_YEAR} is not plausible."
    return None


def validate_client(details: ClientDetails, today: date | None = None) -> dict[str, str]:
    today = today or date.today()
    problems: dict[str, str] = {}
    for key, value, label in (
        ("first_name", details.first_name, "First name"),
        ("last_name", details.last_name, "Last name"),
    ):
        if not value.strip():
            problems[key] = f"{label} is required."
        elif len(value) > MAX_NAME_LENGTH:
            problems[key] = f"{label} is longer than {MAX_NAME_LENGTH} characters."
    checks = (
        ("date_of_birth", birth_date_problem(details.date_of_birth, today)),
        ("email", email_problem(details.email.strip())),
        ("phone", phone_problem(details.phone.strip())),
    )
    problems.update({key: message for key, message in checks if message})
    if len(set(details.concerns)) != len(details.concerns):
        problems["concerns"] = "A concern is listed twice."
    for key in ("allergies", "medical_notes", "address", "general_notes"):
        if len(getattr(details, key)) > MAX_TEXT_LENGTH:
            problems[key] = f"Keep this under {MAX_TEXT_LENGTH} characters."
    return hidden_character_problems(details) | problems


def depth_problem(depth_mm: float) -> str | None:
    if not MIN_DEPTH_MM <= depth_mm <= MAX_DEPTH_MM:
        return f"Depth must be between {MIN_DEPTH_MM:.1f} and {MAX_DEPTH_MM:.1f} mm."
    return None


def validate_session(
    details: SessionDetails,
    client_birth_date: date | None,
    now: datetime | None = None,
) -> dict[str, str]:
    """Check a session on its own and against its client's date of birth."""
    problems: dict[str, str] = {}
    started = details.started_at
    if started.tzinfo is None:
        problems["started_at"] = "The session time has no time zone."
    else:
        now = now or datetime.now(started.tzinfo)
        if client_birth_date and started.date() < client_birth_date:
            problems["started_at"] = "The session date is before the client's date of birth."
        elif started.year < OLDEST_PLAUSIBLE_BIRTH_YEAR or (started - now).days > 1:
            problems["started_at"] = "The session date is not plausible (future or too old)."
    if not details.practitioner_name.strip():
        problems["practitioner_name"] = "Choose or type the practitioner."
    if details.duration_minutes is not None and not 1 <= details.duration_minutes <= 600:
        problems["duration_minutes"] = "Duration must be between 1 and 600 minutes."

    if not details.areas:
        problems["areas"] = "Add at least one treated area."
    seen_areas = set()
    for index, area in enumerate(details.areas):
        if area.area in seen_areas:
            problems[f"areas.{index}.area"] = f"{area.area.label} is already listed."
        seen_areas.add(area.area)
        if message := depth_problem(area.depth_mm):
            problems[f"areas.{index}.depth_mm"] = message
        if area.passes is not None and not 1 <= area.passes <= MAX_PASSES:
            problems[f"areas.{index}.passes"] = f"Passes must be between 1 and {MAX_PASSES}."

    if details.numbing is not None:
        if not details.numbing.agent.strip():
            problems["numbing.agent"] = "Name the numbing agent, or choose no numbing."
        minutes = details.numbing.minutes
        if minutes is not None and not 0 <= minutes <= MAX_NUMBING_MINUTES:
            problems["numbing.minutes"] = (
                f"Minutes on skin must be between 0 and {MAX_NUMBING_MINUTES}."
            )

    for index, product in enumerate(details.products):
        if not product.product.strip():
            problems[f"products.{index}.product"] = "Name the product this lot belongs to."

    seen_reactions = set()
    for index, observation in enumerate(details.reactions):
        key = (observation.reaction, observation.observed)
        if key in seen_reactions:
            problems[f"reactions.{index}.reaction"] = (
                f"{observation.reaction.label} ({observation.observed.label.lower()}) "
                "is already listed."
            )
        seen_reactions.add(key)

    if len(set(details.aftercare)) != len(details.aftercare):
        problems["aftercare"] = "An aftercare item is listed twice."
    if (
        details.next_visit_due is not None
        and started.tzinfo is not None
        and details.next_visit_due <= started.date()
    ):
        problems["next_visit_due"] = "The next visit must be after this session."
    if len(details.notes) > MAX_TEXT_LENGTH:
        problems["notes"] = f"Keep notes under {MAX_TEXT_LENGTH} characters."
    return hidden_character_problems(details) | problems


def validate_photo_details(details: PhotoDetails, now: datetime | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    taken = details.taken_at
    if taken is not None:
        if taken.tzinfo is None:
            problems["taken_at"] = "The time the photo was taken has no time zone."
        else:
            now = now or datetime.now(taken.tzinfo)
            if taken.year < OLDEST_PLAUSIBLE_BIRTH_YEAR or (taken - now).days > 1:
                problems["taken_at"] = "The time the photo was taken is not plausible."
    if len(details.note) > MAX_TEXT_LENGTH:
        problems["note"] = f"Keep the note under {MAX_TEXT_LENGTH} characters."
    return hidden_character_problems(details) | problems


# Clinical safety: screenings, consent, the clinic's settings.

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 512 * 1024  # a drawn signature is a few KB; the database checks it too


def _day_problem(day: date, label: str, born: date | None, latest: date, later: str) -> str | None:
    if day > latest:
        return f"{label} cannot be after {later}."
    if born and day < born:
        return f"{label} is before the client's date of birth."
    if day.year < OLDEST_PLAUSIBLE_BIRTH_YEAR:
        return f"{label} is not plausible."
    return None


def validate_screening(
    details: ScreeningDetails, client_birth_date: date | None, today: date | None = None
) -> dict[str, str]:
    today = today or date.today()
    problems: dict[str, str] = {}
    if message := _day_problem(
        details.screened_on, "The screening date", client_birth_date, today, "today"
    ):
        problems["screened_on"] = message
    for key, label in (
        ("isotretinoin_last_dose", "The last dose"),
        ("filler_on", "The filler date"),
        ("neurotoxin_on", "The neurotoxin date"),
    ):
        day = getattr(details, key)
        if day is not None and (
            message := _day_problem(
                day, label, client_birth_date, details.screened_on, "the screening date"
            )
        ):
            problems[key] = message
    if details.antiviral_prophylaxis and not details.herpes_history:
        problems["antiviral_prophylaxis"] = (
            "Antiviral prophylaxis is recorded only with a history of herpes."
        )
    for key in ("active_skin_condition_note", "notes"):
        if len(getattr(details, key)) > MAX_TEXT_LENGTH:
            problems[key] = f"Keep this under {MAX_TEXT_LENGTH} characters."
    return hidden_character_problems(details) | problems


def signature_problem(png: bytes | None) -> str | None:
    if png is None:
        return None
    if not png.startswith(PNG_SIGNATURE):
        return "The signature is not a PNG image."
    if len(png) > MAX_SIGNATURE_BYTES:
        return f"The signature image is larger than {MAX_SIGNATURE_BYTES // 1024} KB."
    return None


def validate_consent(
    details: ConsentDetails, client_birth_date: date | None, today: date | None = None
) -> dict[str, str]:
    today = today or date.today()
    problems: dict[str, str] = {}
    version = details.consent_version.strip()
    if not version:
        problems["consent_version"] = "Enter the version of the consent text signed."
    elif len(version) > MAX_CONSENT_VERSION_LENGTH:
        problems["consent_version"] = (
            f"Keep the version under {MAX_CONSENT_VERSION_LENGTH} characters."
        )
    if message := _day_problem(
        details.signed_on, "The date signed", client_birth_date, today, "today"
    ):
        problems["signed_on"] = message
    if len(details.typed_name) > 2 * MAX_NAME_LENGTH:
        problems["typed_name"] = f"The name is longer than {2 * MAX_NAME_LENGTH} characters."
    if message := signature_problem(details.signature_png):
        problems["signature"] = message
    elif details.signature_png is None and not details.typed_name.strip():
        problems["signature"] = "Sign in the box, or type the client's full name."
    return hidden_character_problems(details) | problems


def validate_safety_settings(settings: SafetySettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    for key, (low, high) in SETTING_RANGES.items():
        value = getattr(settings, key)
        if not isinstance(value, int) or not low <= value <= high:
            problems[key] = f"Choose between {low} and {high}."
    if len(settings.consent_version.strip()) > MAX_CONSENT_VERSION_LENGTH:
        problems["consent_version"] = (
            f"Keep the version under {MAX_CONSENT_VERSION_LENGTH} characters."
        )
    return problems


def validate_practitioner(details: PractitionerDetails) -> dict[str, str]:
    """A practitioner's profile; the name's uniqueness is checked by the Logbook."""
    problems: dict[str, str] = {}
    name = details.name.strip()
    if not name:
        problems["name"] = "The name is required."
    elif len(name) > MAX_NAME_LENGTH:
        problems["name"] = f"The name is longer than {MAX_NAME_LENGTH} characters."
    if len(details.credentials) > 200:
        problems["credentials"] = "Keep the credentials under 200 characters."
    depth = details.max_depth_mm
    if depth is not None and (message := depth_problem(depth)):
        problems["max_depth_mm"] = "The maximum " + message[0].lower() + message[1:]
    return hidden_character_problems(details) | problems
