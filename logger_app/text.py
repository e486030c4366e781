"""Depths, dates and times as people read them: "0.75 mm", "3 Mar 2026",
"3 Mar 2026, 10:42" (local time), "0.25–0.5 mm".

One place for the app's wording of numbers and days, so that a screening message, a
report, an amendment and a window write the same value the same way. Machine formats
(CSV, JSON, the database) keep ISO text and never come here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo

from .i18n import Conventions, conventions

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def number_text(depth_mm: float, chosen: Conventions | None = None) -> str:
    """At most two decimals, without trailing zeros: 1.0 → "1", 0.50 → "0.5" ("0,5" in
    German). ``chosen``: other conventions than the installed ones (ENGLISH for exports)."""
    point = (chosen or conventions()).decimal_point
    return f"{depth_mm:.2f}".rstrip("0").rstrip(".").replace(".", point)


def depth_text(depth_mm: float, chosen: Conventions | None = None) -> str:
    return number_text(depth_mm, chosen) + " mm"


def range_text(low_mm: float, high_mm: float) -> str:
    """A depth range with its unit once: "0.25–0.5 mm"."""
    return f"{number_text(low_mm)}–{depth_text(high_mm)}"


def date_text(day: date | None, chosen: Conventions | None = None) -> str:
    """ "3 Mar 2026" (English month names whatever the machine's locale), "03.03.2026" in
    German; "" for none."""
    if day is None:
        return ""
    if (numeric := (chosen or conventions()).date_format) is not None:
        return day.strftime(numeric)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def datetime_text(
    moment: datetime | None,
    day_text: Callable[[date], str] = date_text,
    zone: tzinfo | None = None,
) -> str:
    """A stored (UTC) time in ``zone`` (None: this computer's local time): "3 Mar 2026,
    10:42"; "" for none. ``day_text`` writes the day (the window passes its locale's)."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return f"{day_text(local.date())}, {local:%H:%M}"


def age_on(born: date, day: date) -> int:
    """Whole years from ``born`` to ``day`` (the "N years" shown beside a birth date)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def count_of(number: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun, "1 client" or "2,400 clients"; ``plural`` where it is
    not the noun and an s ("audit log entries")."""
    digits = f"{number:,}".replace(",", conventions().thousands_separator)
    return f"{digits} {noun if number == 1 else (plural or noun + 's')}"
