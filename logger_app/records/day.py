"""The practitioner's day: courses of treatment, follow-ups due, the clinic's consent text
and the details printed for the client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..i18n import translate
from ..vocabulary import Area


@dataclass(frozen=True)
class CourseDetails:
    """A plan: ``planned_sessions`` sessions, ``interval_days`` apart, over ``areas``,
    from ``started_on``."""

    client_id: int
    planned_sessions: int
    interval_days: int
    started_on: date
    areas: tuple[Area, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Course:
    id: int
    details: CourseDetails
    ended_on: date | None  # None: under way
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class CourseProgress:
    """Where a course stands: ``done`` of ``course.details.planned_sessions``, and when
    the next session is due by the plan (None when the plan is complete)."""

    course: Course
    done: int
    next_due: date | None

    @property
    def label(self) -> str:
        return translate("CourseProgress", "{done} of {planned}").format(
            done=self.done, planned=self.course.details.planned_sessions
        )

    @property
    def complete(self) -> bool:
        return self.done >= self.course.details.planned_sessions


@dataclass(frozen=True)
class ConsentText:
    """One version of the clinic's consent text, kept as the client read it."""

    id: int
    version: str
    body: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class ClinicDetails:
    """What is printed on what the client takes home."""

    name: str = ""
    phone: str = ""
    # An IANA zone name ("Pacific/Auckland"); "" means this computer's zone. Dates of
    # imports and exports are read and written in it.
    time_zone: str = ""


@dataclass(frozen=True)
class FollowUpDue:
    """A client to call back: the next visit their latest session set (``reason``
    "next_visit"), or the next session their course plans ("course", ``course_label``
    "3 of 6")."""

    client_id: int
    client_name: str
    initials: str
    phone: str
    email: str
    due_on: date
    reason: str
    course_label: str = ""
    last_session_on: date | None = None

    def overdue_on(self, today: date) -> bool:
        """Due before ``today`` and still waiting."""
        return self.due_on < today

    def days_late(self, today: date) -> int:
        """How many days past due on ``today`` (0 when not yet due)."""
        return max((today - self.due_on).days, 0)


@dataclass(frozen=True)
class DayEntry:
    """One session on the day's list: who, when (local time), signed or still a draft."""

    session_id: int
    client_id: int
    client_name: str
    started_at: datetime
    signed: bool
    practitioner: str


@dataclass(frozen=True)
class DayOverview:
    """The practitioner's day: ``sessions`` started today (local date, oldest first),
    ``old_drafts`` started on an earlier day and still waiting to be signed (oldest
    first), and the
    ``follow_ups`` due around today."""

    today: date
    sessions: list[DayEntry]
    old_drafts: list[DayEntry]
    follow_ups: list[FollowUpDue]
