"""Field-level validation of what a practitioner enters.

Each function returns ``{field key: message}``; an empty dict means valid. The keys are
shared with the forms so every message can be shown next to its field. Keys of repeated
rows are ``"areas.2.depth_mm"`` style (0-based row index).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime

from .i18n import conventions, translatable, translate
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
HIDDEN_CHARACTER_MESSAGE = translatable(
    "Validation",
    "Contains an invisible NUL character (from pasted or imported text): retype this field.",
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
            problems[key] = translate("Validation", HIDDEN_CHARACTER_MESSAGE)
        elif isinstance(value, (tuple, list)):
            for index, item in enumerate(value):
                if isinstance(item, str) and _HIDDEN in item:
                    problems[key] = translate("Validation", HIDDEN_CHARACTER_MESSAGE)
                else:
                    problems.update(hidden_character_problems(item, f"{key}.{index}."))
    return problems


def email_problem(email: str) -> str | None:
    if email and not _EMAIL.match(email):
        return translate("Validation", "Enter an email address like name@example.com.")
    return None


def phone_problem(phone: str) -> str | None:
    if phone and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 5):
        return translate("Validation", "Enter a phone number: digits, spaces, + ( ) - only.")
    return None


def birth_date_problem(born: date | None, today: date) -> str | None:
    if born is None:
        return None
    if born > today:
        return translate("Validation", "Date of birth cannot be in the future.")
    if born.year < OLDEST_PLAUSIBLE_BIRTH_YEAR:
        return translate("Validation", "Date of birth before {year} is not plausible.").format(
            year=OLDEST_PLAUSIBLE_BIRTH_YEAR
        )
    return None


def validate_client(details: ClientDetails, today: date | None = None) -> dict[str, str]:
    today = today or date.today()
    problems: dict[str, str] = {}
    for key, value, label in (
        ("first_name", details.first_name, translate("Validation", "First name")),
        ("last_name", details.last_name, translate("Validation", "Last name")),
    ):
        if not value.strip():
            problems[key] = translate("Validation", "{field} is required.").format(field=label)
        elif len(value) > MAX_NAME_LENGTH:
            problems[key] = translate(
                "Validation", "{field} is longer than {count} characters."
            ).format(field=label, count=MAX_NAME_LENGTH)
    checks = (
        ("date_of_birth", birth_date_problem(details.date_of_birth, today)),
        ("email", email_problem(details.email.strip())),
        ("phone", phone_problem(details.phone.strip())),
    )
    problems.update({key: message for key, message in checks if message})
    if len(set(details.concerns)) != len(details.concerns):
        problems["concerns"] = translate("Validation", "A concern is listed twice.")
    for key in ("allergies", "medical_notes", "address", "general_notes"):
        if len(getattr(details, key)) > MAX_TEXT_LENGTH:
            problems[key] = _keep_under(MAX_TEXT_LENGTH)
    return hidden_character_problems(details) | problems


def _keep_under(count: int) -> str:
    return translate("Validation", "Keep this under {count} characters.").format(count=count)


def _limits() -> dict[str, str]:
    """The depth limits as written in the messages: "0.1" and "3.0" ("0,1", "3,0")."""
    point = conventions().decimal_point
    return {
        "low": f"{MIN_DEPTH_MM:.1f}".replace(".", point),
        "high": f"{MAX_DEPTH_MM:.1f}".replace(".", point),
    }


def depth_problem(depth_mm: float) -> str | None:
    if not MIN_DEPTH_MM <= depth_mm <= MAX_DEPTH_MM:
        return translate("Validation", "Depth must be between {low} and {high} mm.").format(
            **_limits()
        )
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
        problems["started_at"] = translate("Validation", "The session time has no time zone.")
    else:
        now = now or datetime.now(started.tzinfo)
        if client_birth_date and started.date() < client_birth_date:
            problems["started_at"] = translate(
                "Validation", "The session date is before the client's date of birth."
            )
        elif started.year < OLDEST_PLAUSIBLE_BIRTH_YEAR or (started - now).days > 1:
            problems["started_at"] = translate(
                "Validation", "The session date is not plausible (future or too old)."
            )
    if not details.practitioner_name.strip():
        problems["practitioner_name"] = translate("Validation", "Choose or type the practitioner.")
    if details.duration_minutes is not None and not 1 <= details.duration_minutes <= 600:
        problems["duration_minutes"] = translate(
            "Validation", "Duration must be between 1 and 600 minutes."
        )

    if not details.areas:
        problems["areas"] = translate("Validation", "Add at least one treated area.")
    seen_areas = set()
    for index, area in enumerate(details.areas):
        if area.area in seen_areas:
            problems[f"areas.{index}.area"] = translate(
                "Validation", "{area} is already listed."
            ).format(area=area.area.label)
        seen_areas.add(area.area)
        if message := depth_problem(area.depth_mm):
            problems[f"areas.{index}.depth_mm"] = message
        if area.passes is not None and not 1 <= area.passes <= MAX_PASSES:
            problems[f"areas.{index}.passes"] = translate(
                "Validation", "Passes must be between 1 and {most}."
            ).format(most=MAX_PASSES)

    if details.numbing is not None:
        if not details.numbing.agent.strip():
            problems["numbing.agent"] = translate(
                "Validation", "Name the numbing agent, or choose no numbing."
            )
        minutes = details.numbing.minutes
        if minutes is not None and not 0 <= minutes <= MAX_NUMBING_MINUTES:
            problems["numbing.minutes"] = translate(
                "Validation", "Minutes on skin must be between 0 and {most}."
            ).format(most=MAX_NUMBING_MINUTES)

    for index, product in enumerate(details.products):
        if not product.product.strip():
            problems[f"products.{index}.product"] = translate(
                "Validation", "Name the product this lot belongs to."
            )

    seen_reactions = set()
    for index, observation in enumerate(details.reactions):
        key = (observation.reaction, observation.observed)
        if key in seen_reactions:
            problems[f"reactions.{index}.reaction"] = translate(
                "Validation", "{reaction} ({observed}) is already listed."
            ).format(
                reaction=observation.reaction.label, observed=observation.observed.label_in_text
            )
        seen_reactions.add(key)

    if len(set(details.aftercare)) != len(details.aftercare):
        problems["aftercare"] = translate("Validation", "An aftercare item is listed twice.")
    if (
        details.next_visit_due is not None
        and started.tzinfo is not None
        and details.next_visit_due <= started.date()
    ):
        problems["next_visit_due"] = translate(
            "Validation", "The next visit must be after this session."
        )
    if len(details.notes) > MAX_TEXT_LENGTH:
        problems["notes"] = translate("Validation", "Keep notes under {count} characters.").format(
            count=MAX_TEXT_LENGTH
        )
    return hidden_character_problems(details) | problems


def validate_photo_details(details: PhotoDetails, now: datetime | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    taken = details.taken_at
    if taken is not None:
        if taken.tzinfo is None:
            problems["taken_at"] = translate(
                "Validation", "The time the photo was taken has no time zone."
            )
        else:
            now = now or datetime.now(taken.tzinfo)
            if taken.year < OLDEST_PLAUSIBLE_BIRTH_YEAR or (taken - now).days > 1:
                problems["taken_at"] = translate(
                    "Validation", "The time the photo was taken is not plausible."
                )
    if len(details.note) > MAX_TEXT_LENGTH:
        problems["note"] = translate(
            "Validation", "Keep the note under {count} characters."
        ).format(count=MAX_TEXT_LENGTH)
    return hidden_character_problems(details) | problems


# Clinical safety: screenings, consent, the clinic's settings.

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 512 * 1024  # a drawn signature is a few KB; the database checks it too


def _day_problem(
    day: date, label: str, born: date | None, latest: date, after_screening: bool
) -> str | None:
    """``label``: the field (translated); ``after_screening``: the latest day is the
    screening's, not today."""
    if day > latest:
        return (
            translate("Validation", "{field} cannot be after the screening date.")
            if after_screening
            else translate("Validation", "{field} cannot be after today.")
        ).format(field=label)
    if born and day < born:
        return translate("Validation", "{field} is before the client's date of birth.").format(
            field=label
        )
    if day.year < OLDEST_PLAUSIBLE_BIRTH_YEAR:
        return translate("Validation", "{field} is not plausible.").format(field=label)
    return None


def validate_screening(
    details: ScreeningDetails, client_birth_date: date | None, today: date | None = None
) -> dict[str, str]:
    today = today or date.today()
    problems: dict[str, str] = {}
    if message := _day_problem(
        details.screened_on,
        translate("Validation", "The screening date"),
        client_birth_date,
        today,
        after_screening=False,
    ):
        problems["screened_on"] = message
    for key, label in (
        ("isotretinoin_last_dose", translate("Validation", "The last dose")),
        ("filler_on", translate("Validation", "The filler date")),
        ("neurotoxin_on", translate("Validation", "The neurotoxin date")),
    ):
        day = getattr(details, key)
        if day is not None and (
            message := _day_problem(
                day, label, client_birth_date, details.screened_on, after_screening=True
            )
        ):
            problems[key] = message
    if details.antiviral_prophylaxis and not details.herpes_history:
        problems["antiviral_prophylaxis"] = translate(
            "Validation", "Antiviral prophylaxis is recorded only with a history of herpes."
        )
    for key in ("active_skin_condition_note", "notes"):
        if len(getattr(details, key)) > MAX_TEXT_LENGTH:
            problems[key] = _keep_under(MAX_TEXT_LENGTH)
    return hidden_character_problems(details) | problems


def signature_problem(png: bytes | None) -> str | None:
    if png is None:
        return None
    if not png.startswith(PNG_SIGNATURE):
        return translate("Validation", "The signature is not a PNG image.")
    if len(png) > MAX_SIGNATURE_BYTES:
        return translate("Validation", "The signature image is larger than {size} KB.").format(
            size=MAX_SIGNATURE_BYTES // 1024
        )
    return None


def validate_consent(
    details: ConsentDetails, client_birth_date: date | None, today: date | None = None
) -> dict[str, str]:
    today = today or date.today()
    problems: dict[str, str] = {}
    version = details.consent_version.strip()
    if not version:
        problems["consent_version"] = translate(
            "Validation", "Enter the version of the consent text signed."
        )
    elif len(version) > MAX_CONSENT_VERSION_LENGTH:
        problems["consent_version"] = translate(
            "Validation", "Keep the version under {count} characters."
        ).format(count=MAX_CONSENT_VERSION_LENGTH)
    if message := _day_problem(
        details.signed_on,
        translate("Validation", "The date signed"),
        client_birth_date,
        today,
        after_screening=False,
    ):
        problems["signed_on"] = message
    if len(details.typed_name) > 2 * MAX_NAME_LENGTH:
        problems["typed_name"] = translate(
            "Validation", "The name is longer than {count} characters."
        ).format(count=2 * MAX_NAME_LENGTH)
    if message := signature_problem(details.signature_png):
        problems["signature"] = message
    elif details.signature_png is None and not details.typed_name.strip():
        problems["signature"] = translate(
            "Validation", "Sign in the box, or type the client's full name."
        )
    return hidden_character_problems(details) | problems


def validate_safety_settings(settings: SafetySettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    for key, (low, high) in SETTING_RANGES.items():
        value = getattr(settings, key)
        if not isinstance(value, int) or not low <= value <= high:
            problems[key] = translate("Validation", "Choose between {low} and {high}.").format(
                low=low, high=high
            )
    if len(settings.consent_version.strip()) > MAX_CONSENT_VERSION_LENGTH:
        problems["consent_version"] = translate(
            "Validation", "Keep the version under {count} characters."
        ).format(count=MAX_CONSENT_VERSION_LENGTH)
    return problems


def validate_practitioner(details: PractitionerDetails) -> dict[str, str]:
    """A practitioner's profile; the name's uniqueness is checked by the Logbook."""
    problems: dict[str, str] = {}
    name = details.name.strip()
    if not name:
        problems["name"] = translate("Validation", "The name is required.")
    elif len(name) > MAX_NAME_LENGTH:
        problems["name"] = translate(
            "Validation", "The name is longer than {count} characters."
        ).format(count=MAX_NAME_LENGTH)
    if len(details.credentials) > 200:
        problems["credentials"] = translate(
            "Validation", "Keep the credentials under 200 characters."
        )
    depth = details.max_depth_mm
    if depth is not None and depth_problem(depth):
        problems["max_depth_mm"] = translate(
            "Validation", "The maximum depth must be between {low} and {high} mm."
        ).format(**_limits())
    return hidden_character_problems(details) | problems
