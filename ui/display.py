"""How records read on screen: dates in local time, depths, reactions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from logger_app.records import AreaTreatment, Numbing, ReactionObservation

_DATE_FORMAT = "d MMM yyyy"


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), _DATE_FORMAT)


def format_datetime(value: datetime | None) -> str:
    """A stored (UTC) time shown in the practitioner's local time."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_date(local.date())}, {local:%H:%M}"


def format_depth(depth_mm: float) -> str:
    return f"{depth_mm:.2f}".rstrip("0").rstrip(".") + " mm"


def format_areas(areas: tuple[AreaTreatment, ...]) -> str:
    return ", ".join(f"{a.area.label} {format_depth(a.depth_mm)}" for a in areas)


def format_numbing(numbing: Numbing | None) -> str:
    return numbing.describe() if numbing else "None"


def format_reaction(observation: ReactionObservation | None) -> str:
    if observation is None:
        return "None recorded"
    return f"{observation.reaction.label} ({observation.severity.label.lower()})"


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def parse_date_text(text: str) -> date | None:
    """A date typed as YYYY-MM-DD or in the locale's short form; None when blank.

    Raises ValueError with a message fit to show next to the field.
    """
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    locale = QLocale()
    for fmt in (locale.dateFormat(QLocale.FormatType.ShortFormat), "d.M.yyyy", "d MMM yyyy"):
        parsed = locale.toDate(text, fmt.replace("yy", "yyyy") if "yyyy" not in fmt else fmt)
        if parsed.isValid():
            return parsed.toPython()
    raise ValueError("Enter the date as YYYY-MM-DD, for example 1988-04-23.")
