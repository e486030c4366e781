"""``logger-app due``: the follow-ups due around today, as a plain table, and with
``--ics`` as a calendar file that names no client (see ``export.calendar``).

Registered by ``logger_app.cli`` (listed in its ``COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .common import add_data_dir, count, open_logbook

if TYPE_CHECKING:
    from ..records import FollowUpDue

DEFAULT_WITHIN_DAYS = 14
MAX_WITHIN_DAYS = 730
REASONS = {"next_visit": "next visit", "course": "course"}


def register(commands: argparse._SubParsersAction) -> None:
    due = commands.add_parser(
        "due",
        help="list the follow-ups due around today (next visits, courses' next sessions)",
        description=(
            "List the clients to call back: the next visit their latest session set, "
            "due within DAYS before or after today, and the next session of a course "
            "under way, due within DAYS or already late. One line per client (the "
            "earliest), by due date. --ics also writes an iCalendar file with one "
            "all-day event per follow-up, naming each client by initials and number "
            "only. Changes nothing in the logbook."
        ),
    )
    add_data_dir(due)
    due.add_argument(
        "--within",
        type=_days,
        default=DEFAULT_WITHIN_DAYS,
        metavar="DAYS",
        help=f"how many days either side of today (default: {DEFAULT_WITHIN_DAYS})",
    )
    due.add_argument(
        "--ics",
        type=Path,
        metavar="FILE",
        help="also write the follow-ups as a calendar file (only its owner may read it)",
    )
    due.set_defaults(run=run_due)


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if not 0 <= value <= MAX_WITHIN_DAYS:
        raise argparse.ArgumentTypeError(f"choose between 0 and {MAX_WITHIN_DAYS} days")
    return value


def run_due(args: argparse.Namespace) -> int:
    from ..export.calendar import write_follow_ups_calendar

    with open_logbook(args) as logbook:
        # The clinic's today: a follow-up is due on a day in the clinic, wherever the
        # command runs (a server in UTC, say).
        today = datetime.now(logbook.clinic_zone()).date()
        entries = logbook.follow_ups_due(today, args.within)
        data_dir = logbook.data_dir
    if args.ics is not None:
        # Written before anything is printed: a refused file is the command's one line.
        write_follow_ups_calendar(args.ics, entries, data_dir=data_dir)
    days = count(args.within, "day")
    if not entries:
        print(f"No follow-ups due within {days}.")
    else:
        print(table(entries, today))
        print(f"{count(len(entries), 'follow-up')} due within {days} of {today.isoformat()}.")
    if args.ics is not None:
        print(f"Calendar written to {args.ics} ({count(len(entries), 'event')}).")
    return 0


def table(entries: list[FollowUpDue], today: date) -> str:
    """A plain table: due date (and how late), client, reason, course progress."""
    rows = [("Due", "Client", "Reason", "Course")]
    for entry in entries:
        due = entry.due_on.isoformat()
        if entry.overdue_on(today):
            due += f" ({count(entry.days_late(today), 'day')} late)"
        client = _printable(f"{entry.initials} {entry.client_id} {entry.client_name}")
        rows.append((due, client, REASONS.get(entry.reason, entry.reason), entry.course_label))
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _printable(text: str) -> str:
    """Typed text as the terminal shows it: no control sequence gets through."""
    return "".join(char if char.isprintable() else "?" for char in text)
