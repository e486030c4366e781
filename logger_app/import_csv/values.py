"""Reading the values other programs write: dates in many orders, times, Fitzpatrick
types, skin types, areas, devices, depths and full names.

Every parser returns the value or raises ``ValueError`` with a message fit for the
preview ("31/02/2024 is not a date"): the planner turns it into a row problem.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from functools import lru_cache

from ..i18n import conventions, translatable, translate
from ..text import date_text
from ..vocabulary import Area, Device, Fitzpatrick, SkinType
from .model import DateOrderEvidence

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?$")
# A date and a time in one cell: "2024-03-12T14:30:00", "12/03/2024 14:30".
_DATE_TIME = re.compile(
    r"^(.+?)(?:[T\s]+)(\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?)$", re.IGNORECASE
)
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def looks_like_value(text: str) -> bool:
    """A cell that reads as data (a date, an email, a number), not as a column name."""
    text = text.strip()
    if "@" in text and "." in text:
        return True
    if re.fullmatch(r"[+\d\s().,/-]+", text) and any(c.isdigit() for c in text):
        return True
    try:
        parse_date(text, day_first=True)
    except ValueError:
        return False
    return True


# Exports repeat the same values thousands of times (areas, devices, dates): parsers of
# such values are cached (a ValueError is not cached, so it is raised every time).
@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, accents off, punctuation as single spaces: "Date of Birth (DD/MM)"
    and "date_of_birth" both become "date of birth"."""
    text = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", text)
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded.lower()).split())


def date_order_evidence(values: Iterable[str]) -> DateOrderEvidence:
    """One pass over ``values`` (a stream of a million dates is fine)."""
    day_first = month_first = ambiguous = None
    for value in values:
        match = _NUMERIC.match(_date_part(value.strip()))
        if not match or match.group(2) == ".":  # dotted dates are always day first
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            day_first = day_first or value.strip()
        elif second > 12 >= first:
            month_first = month_first or value.strip()
        elif first != second and first <= 12 and second <= 12:
            ambiguous = ambiguous or value.strip()
    return DateOrderEvidence(day_first, month_first, ambiguous)


def needs_date_order(value: str) -> bool:
    """Whether reading ``value`` depends on the day/month order."""
    match = _NUMERIC.match(_date_part(value.strip()))
    return bool(
        match
        and match.group(2) != "."
        and int(match.group(1)) <= 12
        and int(match.group(3)) <= 12
        and match.group(1).lstrip("0") != match.group(3).lstrip("0")
    )


# What a date problem's message offers: the option or wizard control that resolves it.
_ORDER_CHOICE = translatable(
    "ImportValues", "--day-first or --month-first, or “Dates like 03/04/2024” in the wizard"
)


def _fix_order() -> str:
    return translate(
        "ImportValues",
        "correct it in the file, choose the other order ({choice}), or skip the row "
        "(--skip-problem-rows).",
    ).format(choice=translate("ImportValues", _ORDER_CHOICE))


@lru_cache(maxsize=4096)
def parse_date(text: str, day_first: bool | None) -> date:
    """ISO, DD/MM/YYYY or MM/DD/YYYY (by ``day_first``; None refuses an ambiguous
    date), DD.MM.YYYY, "12 Mar 2024", "March 12, 2024". Two-digit years: see
    ``_full_year``."""
    original = text.strip()
    text = original.lower()
    if match := _ISO.match(text):
        return _make_date(original, int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.match(text):
        first, separator, second = int(match[1]), match[2], int(match[3])
        year = _full_year(match[4])
        if separator == ".":
            return _make_date(original, year, second, first)
        if day_first is None:
            if first != second and first <= 12 and second <= 12:
                raise ValueError(
                    translate(
                        "ImportValues",
                        "{value} could be day/month or month/day: choose the date order "
                        "({choice}).",
                    ).format(value=original, choice=translate("ImportValues", _ORDER_CHOICE))
                )
            day_first = first > 12
        # With an order chosen, a date written the other way round is refused, not
        # silently read the other way: the file mixes orders and cannot be trusted.
        if day_first:
            if second > 12:
                raise ValueError(
                    translate(
                        "ImportValues",
                        "{value} does not fit the day-first order (DD/MM/YYYY): {fix}",
                    ).format(value=original, fix=_fix_order())
                )
            return _make_date(original, year, second, first)
        if first > 12:
            raise ValueError(
                translate(
                    "ImportValues", "{value} does not fit the month-first order (MM/DD/YYYY): {fix}"
                ).format(value=original, fix=_fix_order())
            )
        return _make_date(original, year, first, second)
    if match := _DAY_MONTH_NAME.match(text):
        return _make_date(original, _full_year(match[3]), _month(original, match[2]), int(match[1]))
    if match := _MONTH_NAME_DAY.match(text):
        return _make_date(original, int(match[3]), _month(original, match[1]), int(match[2]))
    raise ValueError(_unreadable_date(original))


def parse_date_time(text: str, day_first: bool | None) -> tuple[date, time | None]:
    """A date, possibly followed by a time in the same cell. An ISO time with a zone
    ("2024-03-12T14:30Z") keeps it; other times are the clinic's wall-clock time."""
    text = text.strip()
    if _ISO_MOMENT.match(text):
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            return moment.date(), moment.timetz()
    try:
        return parse_date(text, day_first), None
    except ValueError as error:
        match = _DATE_TIME.match(text)
        if not match:
            raise error from None
        return parse_date(match[1], day_first), parse_time(match[2])


def parse_time(text: str) -> time:
    original = text.strip()
    match = _TIME.match(original.lower())
    if not match:
        raise ValueError(
            translate("ImportValues", "{value} is not a time (expected HH:MM).").format(
                value=original
            )
        )
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise ValueError(_not_a_time(original))
        hour = hour % 12 + (12 if match[4].startswith("p") else 0)
    try:
        return time(hour, minute, second)
    except ValueError:
        raise ValueError(_not_a_time(original)) from None


def _date_part(text: str) -> str:
    match = _DATE_TIME.match(text)
    return match[1] if match else text


def _full_year(text: str) -> int:
    """Two-digit years as Excel reads them: 00–29 are 20xx, 30–99 are 19xx."""
    year = int(text)
    if len(text) == 2:
        return year + (2000 if year < 30 else 1900)
    return year


def _month(original: str, name: str) -> int:
    month = _MONTHS.get(name)
    if month is None:
        raise ValueError(_unreadable_date(original))
    return month


def _make_date(original: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            translate("ImportValues", "{value} is not a date (no such day).").format(value=original)
        ) from None


# Clinical values. Each parser takes the user's mappings of its field first (``mapped``:
# normalised source value -> logbook value, ``ImportOptions.value_maps[field]``) and raises
# ``UnknownValueError`` for a value neither it nor they understand.
class UnknownValueError(ValueError):
    """A value of a vocabulary field the logbook does not know; the message says how to
    map it."""

    def __init__(self, field: str, value: str, what: str, accepted: str) -> None:
        self.field, self.value = field, value.strip()
        self.key = normalise(value)
        option = shlex.quote(f"{field}:{self.key}=VALUE")
        super().__init__(
            translate(
                "ImportValues",
                "{value} is not {what} the logbook knows ({accepted}): map it with "
                "--map-value {option}, or under Values in the wizard.",
            ).format(
                value=repr(self.value),
                what=translate("ImportValues", what),
                accepted=translate("ImportValues", accepted),
                option=option,
            )
        )


def _translated(text: str, mapped: Mapping[str, str] | None) -> str:
    return mapped.get(normalise(text), text) if mapped else text


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def parse_fitzpatrick(text: str, mapped: Mapping[str, str] | None = None) -> Fitzpatrick:
    found = _fitzpatrick(_translated(text, mapped))
    if found is None:
        raise UnknownValueError(
            "fitzpatrick",
            text,
            translatable("ImportValues", "a Fitzpatrick type"),
            translatable("ImportValues", "I–VI or 1–6"),
        )
    return found


@lru_cache(maxsize=4096)
def _fitzpatrick(text: str) -> Fitzpatrick | None:
    words = normalise(text).split()
    words = [w for w in words if w not in {"type", "fitzpatrick", "skin", "phototype", "fst"}]
    if len(words) == 1:
        word = words[0]
        number = _ROMAN.get(word) or (int(word) if word.isdigit() else 0)
        if 1 <= number <= 6:
            return Fitzpatrick(number)
    return None


_SKIN_WORDS = {member.value: member for member in SkinType} | {
    "combo": SkinType.COMBINATION,
    "combined": SkinType.COMBINATION,
    "mixed": SkinType.COMBINATION,
    "greasy": SkinType.OILY,
    "sensitive skin": SkinType.SENSITIVE,
}


def parse_skin_type(text: str, mapped: Mapping[str, str] | None = None) -> SkinType:
    key = normalise(_translated(text, mapped)).removesuffix(" skin").strip()
    if key in _SKIN_WORDS:
        return _SKIN_WORDS[key]
    accepted = ", ".join(member.value for member in SkinType)
    raise UnknownValueError(
        "skin_type", text, translatable("ImportValues", "a skin type"), accepted
    )


_AREA_WORDS: dict[str, tuple[Area, ...]] = {
    **{normalise(a.value): (a,) for a in Area},
    **{normalise(a.english_label): (a,) for a in Area},
    "cheeks": (Area.LEFT_CHEEK, Area.RIGHT_CHEEK),
    "both cheeks": (Area.LEFT_CHEEK, Area.RIGHT_CHEEK),
    "brow": (Area.GLABELLA,),
    "between the brows": (Area.GLABELLA,),
    "eyes": (Area.PERIORBITAL,),
    "eye area": (Area.PERIORBITAL,),
    "under eyes": (Area.PERIORBITAL,),
    "under eye": (Area.PERIORBITAL,),
    "lip": (Area.UPPER_LIP,),
    "around mouth": (Area.PERIORAL,),
    "mouth": (Area.PERIORAL,),
    "jaw": (Area.JAWLINE,),
    "chest": (Area.DECOLLETAGE,),
    "decollete": (Area.DECOLLETAGE,),
    "hands": (Area.HANDS,),
    "hand": (Area.HANDS,),
    "arm": (Area.ARMS,),
    "stomach": (Area.ABDOMEN,),
    "belly": (Area.ABDOMEN,),
    "thigh": (Area.THIGHS,),
    "scar": (Area.SCAR_SITE,),
    "scars": (Area.SCAR_SITE,),
}


def _shown_area(key: str) -> tuple[Area, ...] | None:
    """The area whose label in the window's language is ``key`` (the English labels
    are in _AREA_WORDS, matched in any language)."""
    return next(((a,) for a in Area if normalise(a.label) == key), None)


def parse_areas(text: str, mapped: Mapping[str, str] | None = None) -> tuple[Area, ...]:
    """One or more areas: "Forehead, Cheeks" is forehead, left and right cheek. A mapped
    value may name several areas itself ("Wangen" -> "left_cheek, right_cheek")."""
    if mapped and normalise(text) in mapped:
        return _areas(mapped[normalise(text)], None)
    return _areas(text, mapped)


def _areas(text: str, mapped: Mapping[str, str] | None) -> tuple[Area, ...]:
    parts = [p for p in re.split(r"[,;/+&]|\band\b", text.strip().lower()) if p.strip()]
    areas: list[Area] = []
    for part in parts:
        if mapped and normalise(part) in mapped:
            found: tuple[Area, ...] | None = _areas(mapped[normalise(part)], None)
        else:
            found = _AREA_WORDS.get(normalise(part)) or _shown_area(normalise(part))
        if found is None:
            accepted = ", ".join(a.value for a in Area)
            raise UnknownValueError("area", part, translatable("ImportValues", "an area"), accepted)
        areas += [a for a in found if a not in areas]
    if not areas:
        raise ValueError(translate("ImportValues", "No area given."))
    return tuple(areas)


_DEVICE_WORDS = {
    **{normalise(d.value): d for d in Device},
    **{normalise(d.english_label): d for d in Device},
    "microneedling pen": Device.PEN,
    "derma pen": Device.PEN,
    "dermapen": Device.PEN,
    "microneedle pen": Device.PEN,
    "dermaroller": Device.ROLLER,
    "derma roller": Device.ROLLER,
    "microneedle roller": Device.ROLLER,
    "dermastamp": Device.STAMP,
    "derma stamp": Device.STAMP,
    "radiofrequency": Device.RF,
    "radio frequency": Device.RF,
    "rf needling": Device.RF,
    "radiofrequency microneedling": Device.RF,
}


def parse_device(text: str, mapped: Mapping[str, str] | None = None) -> Device:
    key = normalise(_translated(text, mapped))
    device = _DEVICE_WORDS.get(key) or next((d for d in Device if normalise(d.label) == key), None)
    if device is None:
        accepted = ", ".join(d.value for d in Device)
        raise UnknownValueError("device", text, translatable("ImportValues", "a device"), accepted)
    return device


def parse_depth(text: str) -> float:
    """ "1.5", "1,5", "1.5 mm", ".5mm"; a range ("0.5-1.0") is refused: one depth."""
    cleaned = text.strip().lower().removesuffix("mm").strip().replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError(
            translate("ImportValues", "Depth {value} is not one number of millimetres.").format(
                value=repr(text.strip())
            )
        ) from None


# Names
_PARTICLES = {"van", "von", "de", "der", "den", "da", "das", "do", "dos", "di", "del", "della"}
_PARTICLES |= {"du", "le", "la", "st", "st.", "ter", "ten", "bin", "al", "el", "mac"}


def split_full_name(text: str) -> tuple[str, str]:
    """ "Smith, Ann" or "Ann Marie van der Berg" as (first, last): the last word is the
    last name, with the lower-case particles before it ("van der")."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    if len(words) == 1:
        return words[0], ""
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def _unreadable_date(original: str) -> str:
    return translate("ImportValues", "{value} is not a date this import can read.").format(
        value=original
    )


def _not_a_time(original: str) -> str:
    return translate("ImportValues", "{value} is not a time.").format(value=original)


def day_text(day: date) -> str:
    """A day in a row problem: "01 Jan 2031" as the import always wrote it in English,
    the reader's own form ("01.01.2031") in another language."""
    return f"{day:%d %b %Y}" if conventions().date_format is None else date_text(day)
