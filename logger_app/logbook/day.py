"""The practitioner's day: courses of treatment, follow-ups due, today's sessions and the
drafts waiting to be signed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from ..courses import (
    ENDED_ALREADY,
    ONE_OPEN_COURSE,
    earliest_start,
    ending_problem,
    initials,
    local_day,
    local_midnight,
    progress_of,
    validate_course,
)
from ..errors import ValidationError
from ..i18n import translate
from ..records import (
    Course,
    CourseDetails,
    CourseProgress,
    DayEntry,
    DayOverview,
    FollowUpDue,
)
from ..store.courses import ClientContact, CourseStore
from ..store.dialect import is_refusal
from ..store.timestamps import from_db_time
from .context import LogbookContext, raise_if


def _today(today: date | None) -> date:
    return today or datetime.now().astimezone().date()


def _plan(details: CourseDetails) -> str:
    return f"{details.planned_sessions} session(s), {details.interval_days} days apart"


class Day:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context
        self._courses = CourseStore(context.db)

    # Courses
    def start_course(self, details: CourseDetails) -> Course:
        client = self._c.clients.get(details.client_id)
        raise_if(validate_course(details, _today(None), client.details.date_of_birth))
        if self._courses.open_of(details.client_id) is not None:
            raise ValidationError({"client_id": translate("Courses", ONE_OPEN_COURSE)})
        try:
            with self._c.db.atomic():
                course = self._courses.add(details, self._c.audit.actor)
                self._audit("create", course, f"Course {course.id} started: {_plan(details)}")
        except Exception as error:
            # Another room started one since the check above: the index refused it.
            if is_refusal(error) and self._courses.open_of(details.client_id) is not None:
                raise ValidationError(
                    {"client_id": translate("Courses", ONE_OPEN_COURSE)}
                ) from None
            raise
        return course

    def update_course(self, course_id: int, details: CourseDetails) -> Course:
        before = self._courses.get(course_id)
        if details.client_id != before.details.client_id:
            raise ValidationError(
                {"client_id": translate("Courses", "A course stays with its client.")}
            )
        client = self._c.clients.get(details.client_id)
        problems = validate_course(details, _today(None), client.details.date_of_birth)
        if before.ended_on is not None and details.started_on > before.ended_on:
            problems.setdefault("started_on", "The course cannot start after it ended.")
        raise_if(problems)
        with self._c.db.atomic():
            course = self._courses.update(course_id, details)
            self._audit("update", course, f"Course {course_id} changed: {_plan(details)}")
        return course

    def end_course(self, course_id: int, ended_on: date | None = None) -> Course:
        course = self._courses.get(course_id)
        today = _today(None)
        ended_on = ended_on or today
        raise_if(ending_problem(course, ended_on, today))
        with self._c.db.atomic():
            ended = self._courses.end(course_id, ended_on)
            if ended is None:
                raise ValidationError({"ended_on": translate("Courses", ENDED_ALREADY)})
            self._audit("end", ended, f"Course {course_id} ended on {ended_on.isoformat()}")
        return ended

    def course(self, course_id: int) -> Course:
        return self._courses.get(course_id)

    def courses_of(self, client_id: int) -> list[Course]:
        self._c.clients.get(client_id)
        return self._courses.of_client(client_id)

    def open_course(self, client_id: int) -> Course | None:
        self._c.clients.get(client_id)
        return self._courses.open_of(client_id)

    def course_progress(self, client_id: int, today: date | None = None) -> CourseProgress | None:
        course = self.open_course(client_id)
        if course is None:
            return None
        since = earliest_start(course.details.started_on)
        starts = self._courses.session_starts(client_id, since)
        return progress_of(course, starts, _today(today))

    def _audit(self, action: str, course: Course, summary: str) -> None:
        self._c.audit.record(
            action, "course", summary, entity_id=course.id, client_id=course.details.client_id
        )

    # Follow-ups and the day
    def follow_ups_due(self, today: date | None = None, within_days: int = 14) -> list[FollowUpDue]:
        if within_days < 0:
            raise ValueError("within_days is a number of days, 0 or more")
        today = _today(today)
        latest = today + timedelta(days=within_days)
        earliest = today - timedelta(days=within_days)
        due: dict[int, FollowUpDue] = {
            client_id: _follow_up(contact, day, "next_visit", "")
            for client_id, (day, contact) in self._courses.next_visits_due(earliest, latest).items()
        }
        starts = self._courses.open_course_session_starts()
        for course, contact in self._courses.open_courses():
            progress = progress_of(course, starts.get(contact.id, ()), today)
            if progress.next_due is None or progress.next_due > latest:
                continue
            if contact.id not in due or progress.next_due < due[contact.id].due_on:
                due[contact.id] = _follow_up(contact, progress.next_due, "course", progress.label)
        return sorted(due.values(), key=lambda entry: (entry.due_on, entry.client_name.casefold()))

    def day_overview(self, today: date | None = None) -> DayOverview:
        today = _today(today)
        start = local_midnight(today)
        end = local_midnight(today + timedelta(days=1))
        return DayOverview(
            today=today,
            sessions=[_day_entry(row) for row in self._courses.sessions_between(start, end)],
            old_drafts=[_day_entry(row) for row in self._courses.drafts_before(start)],
            follow_ups=self.follow_ups_due(today),
        )


def _name(row: dict[str, Any]) -> str:
    return f"{row['first_name']} {row['last_name']}".strip()


def _follow_up(contact: ClientContact, due_on: date, reason: str, label: str) -> FollowUpDue:
    last = contact.last_session_at
    return FollowUpDue(
        client_id=contact.id,
        client_name=f"{contact.first_name} {contact.last_name}".strip(),
        initials=initials(contact.first_name, contact.last_name),
        phone=contact.phone,
        email=contact.email,
        due_on=due_on,
        reason=reason,
        course_label=label,
        last_session_on=local_day(last) if last else None,
    )


def _day_entry(row: dict[str, Any]) -> DayEntry:
    return DayEntry(
        session_id=row["id"],
        client_id=row["client_id"],
        client_name=_name(row),
        started_at=from_db_time(row["started_at"]).astimezone(),
        signed=row["signed_at"] is not None,
        practitioner=row["practitioner"],
    )
