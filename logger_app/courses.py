"""Courses of treatment and follow-ups: the rules, as pure functions with the day passed
in. A session's day is its local date (times are stored in UTC); the computer's time
zone, with the daylight saving of that date, says which day that is."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from .i18n import translatable, translate
from .records import Course, CourseDetails, CourseProgress
from .validation import MAX_TEXT_LENGTH, hidden_character_problems
from .vocabulary import Area

MAX_PLANNED_SESSIONS = 50
MAX_INTERVAL_DAYS = 730
# A course may be planned ahead, but not further than this.
MAX_DAYS_AHEAD = 365
# Said through translate("Courses", ...) where raised.
ONE_OPEN_COURSE = translatable(
    "Courses", "This client already has a course under way: end it first."
)
ENDED_ALREADY = translatable("Courses", "This course has ended already.")


def local_day(moment: datetime) -> date:
    """The date ``moment`` falls on in this computer's time zone."""
    return moment.astimezone().date()


def local_midnight(day: date) -> datetime:
    """The first moment of ``day`` in this computer's time zone (aware)."""
    return datetime.combine(day, time.min).astimezone()


def earliest_start(day: date) -> datetime:
    """A moment surely before any session whose local date is ``day``, wherever the
    computer is: for a query that the local dates then narrow."""
    return local_midnight(day) - timedelta(days=1)


def validate_course(
    details: CourseDetails, today: date, born: date | None = None
) -> dict[str, str]:
    """``{field key: message}`` for a course's plan (empty: valid)."""
    problems: dict[str, str] = {}
    if not 1 <= details.planned_sessions <= MAX_PLANNED_SESSIONS:
        problems["planned_sessions"] = translate(
            "Courses", "Plan between 1 and {most} sessions."
        ).format(most=MAX_PLANNED_SESSIONS)
    if not 1 <= details.interval_days <= MAX_INTERVAL_DAYS:
        problems["interval_days"] = translate(
            "Courses", "Choose between 1 and {most} days between sessions."
        ).format(most=MAX_INTERVAL_DAYS)
    if any(not isinstance(area, Area) for area in details.areas):
        problems["areas"] = translate("Courses", "Choose the areas from the list.")
    elif len(set(details.areas)) != len(details.areas):
        problems["areas"] = translate("Courses", "An area is listed twice.")
    if not isinstance(details.started_on, date):
        problems["started_on"] = translate("Courses", "Enter the date the course starts.")
    elif details.started_on > today + timedelta(days=MAX_DAYS_AHEAD):
        problems["started_on"] = translate(
            "Courses", "A course can be planned at most a year ahead."
        )
    elif born is not None and details.started_on < born:
        problems["started_on"] = translate(
            "Courses", "The course starts before the client's date of birth."
        )
    if len(details.notes.strip()) > MAX_TEXT_LENGTH:
        problems["notes"] = translate("Courses", "Keep notes under {count} characters.").format(
            count=MAX_TEXT_LENGTH
        )
    return hidden_character_problems(details) | problems


def ending_problem(course: Course, ended_on: date, today: date) -> dict[str, str]:
    """Why a course cannot end on ``ended_on`` (empty: it can)."""
    if course.ended_on is not None:
        return {"ended_on": translate("Courses", ENDED_ALREADY)}
    if ended_on < course.details.started_on:
        return {"ended_on": translate("Courses", "A course cannot end before it started.")}
    if ended_on > today:
        return {"ended_on": translate("Courses", "A course cannot end in the future.")}
    return {}


def progress_of(
    course: Course, session_starts: Iterable[datetime], today: date | None = None
) -> CourseProgress:
    """How far ``course`` is, given when the client's sessions started: those whose local
    date is within the course (its start date, and its end date when ended; none after
    ``today``) count; the next session is due ``interval_days`` after the last of them
    (on the start date when none), and no longer once the plan is complete."""
    details = course.details
    last_day = min(course.ended_on or date.max, today or date.max)
    days = sorted(
        day
        for day in (local_day(started) for started in session_starts)
        if details.started_on <= day <= last_day
    )
    done = len(days)
    if done >= details.planned_sessions:
        return CourseProgress(course, done, None)
    next_due = days[-1] + timedelta(days=details.interval_days) if days else details.started_on
    return CourseProgress(course, done, next_due)


def initials(first_name: str, last_name: str) -> str:
    """ "A.S." for Ann Smith; one letter of each name there is."""
    return "".join(
        f"{name.strip()[0].upper()}." for name in (first_name, last_name) if name.strip()
    )
