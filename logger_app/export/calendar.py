"""Follow-ups due as an iCalendar file (RFC 5545): one all-day event per follow-up.

A calendar is not a chart: it is synced to phones and shared with assistants, so each
event says only "Follow-up: A.S. (client 42)" and its day. Never the name, phone,
procedure, areas or notes. Written by hand rather than with a library: four properties
per event are all there is, and the clinic's machine needs no further package for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ..i18n import translate
from ..records import FollowUpDue
from .output import ExportError, atomic_output

PRODUCT_ID = "-//Microneedling Logbook//logger-app due//EN"
UID_DOMAIN = "follow-up.logger-app.invalid"
_LINE_OCTETS = 75


def event_summary(entry: FollowUpDue) -> str:
    initials = entry.initials or "?"
    return f"Follow-up: {initials} (client {entry.client_id})"


def event_uid(entry: FollowUpDue) -> str:
    """The same for one client's follow-up on one day, whenever the file is written:
    a calendar importing it again updates the event instead of doubling it."""
    return f"{entry.client_id}-{entry.due_on:%Y%m%d}@{UID_DOMAIN}"


def _text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _folded(line: str) -> str:
    """A content line folded at 75 octets, never inside a UTF-8 character (3.1)."""
    pieces, current, size = [], "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        limit = _LINE_OCTETS if not pieces else _LINE_OCTETS - 1  # a fold starts with " "
        if size + octets > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += octets
    pieces.append(current)
    return "\r\n ".join(pieces)


def _day(day: date) -> str:
    return f"{day:%Y%m%d}"


def follow_ups_calendar(entries: Iterable[FollowUpDue], stamp: datetime) -> str:
    """The iCalendar text of ``entries`` (``stamp``: when it was made, its DTSTAMP)."""
    stamped = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}", "CALSCALE:GREGORIAN"]
    for entry in entries:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event_uid(entry)}",
            f"DTSTAMP:{stamped}",
            f"DTSTART;VALUE=DATE:{_day(entry.due_on)}",
            f"DTEND;VALUE=DATE:{_day(entry.due_on + timedelta(days=1))}",
            f"SUMMARY:{_text(event_summary(entry))}",
            "TRANSP:TRANSPARENT",  # a reminder, not a booked hour
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_folded(line) + "\r\n" for line in lines)


def write_follow_ups_calendar(
    path: Path,
    entries: Iterable[FollowUpDue],
    stamp: datetime | None = None,
    data_dir: Path | None = None,
) -> Path:
    """Write the calendar to ``path``, owner-only, whole or not at all; ExportError
    naming the file when it cannot be written there."""
    path = Path(path)
    text = follow_ups_calendar(entries, stamp or datetime.now(UTC))
    try:
        with atomic_output(path, data_dir) as temp:
            temp.write_bytes(text.encode("utf-8"))
    except ExportError as error:
        raise ExportError(
            translate("ExportCalendar", "The calendar {path} cannot be written: {problem}").format(
                path=path, problem=error
            )
        ) from None
    except OSError as error:  # a folder by that name, no permission, ...
        raise ExportError(
            translate("ExportCalendar", "The calendar {path} cannot be written: {problem}.").format(
                path=path, problem=error.strerror or error
            )
        ) from None
    return path
