"""Item models of the start page and the follow-ups window: today's sessions, drafts
waiting to be signed, follow-ups due and the clients opened lately."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from logger_app.i18n import translate
from logger_app.records import Client, DayEntry, FollowUpDue

from ..common.display import format_date
from ..common.models import Column, RecordTableModel
from ..common.theme import color


def _local_time(entry: DayEntry) -> str:
    return entry.started_at.astimezone().strftime("%H:%M")


def _state(entry: DayEntry) -> str:
    return translate("StartModels", "Signed") if entry.signed else translate("StartModels", "Draft")


def _state_color(entry: DayEntry) -> QColor | None:
    return color("ok_text") if entry.signed else color("warning_text")


def when_due(due_on: date, today: date) -> str:
    """The due day said in words against ``today``: "overdue 3 days", "today", "in 5 days"."""
    days = (due_on - today).days
    if days == -1:
        return translate("StartModels", "overdue 1 day")
    if days < 0:
        return translate("StartModels", "overdue {count} days").format(count=-days)
    if days == 0:
        return translate("StartModels", "today")
    if days == 1:
        return translate("StartModels", "tomorrow")
    return translate("StartModels", "in {count} days").format(count=days)


def reason_text(due: FollowUpDue) -> str:
    """Why the client is due: their next visit, or the next session of their course."""
    if due.reason == "course":
        if due.course_label:
            return translate("StartModels", "Course {label}").format(label=due.course_label)
        return translate("StartModels", "Course")
    return translate("StartModels", "Next visit")


class DayEntriesModel(RecordTableModel[DayEntry]):
    """Today's sessions: the time, the client, whether it is signed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Made here, not in the class: the titles in the language installed by now.
        self.columns = (
            Column(translate("StartModels", "Time"), _local_time, sort_key=lambda e: e.started_at),
            Column(translate("StartModels", "Client"), lambda e: e.client_name),
            Column(
                translate("StartModels", "Record"),
                _state,
                lambda e: (
                    translate("StartModels", "Signed: read-only")
                    if e.signed
                    else translate("StartModels", "Draft: not signed yet")
                ),
                foreground=_state_color,
            ),
        )

    def record_id(self, record: DayEntry) -> int:
        return record.session_id


class OldDraftsModel(RecordTableModel[DayEntry]):
    """Drafts older than a day: when, whose, by whom."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(
                translate("StartModels", "Started"),
                lambda e: format_date(e.started_at.astimezone().date()),
            ),
            Column(translate("StartModels", "Client"), lambda e: e.client_name),
            Column(translate("StartModels", "Practitioner"), lambda e: e.practitioner),
        )

    def record_id(self, record: DayEntry) -> int:
        return record.session_id


class FollowUpsModel(RecordTableModel[FollowUpDue]):
    """Follow-ups due, against the day they were read for (``set_due(rows, today)``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.columns = (
            Column(
                translate("StartModels", "Due"),
                self._due,
                foreground=self._due_color,
                sort_key=lambda d: d.due_on,
            ),
            Column(
                translate("StartModels", "Client"),
                lambda d: d.client_name,
                sort_key=lambda d: d.client_name.lower(),
            ),
            Column(translate("StartModels", "For"), reason_text),
        )

    def set_due(self, rows: list[FollowUpDue], today: date) -> None:
        self.today = today
        self.set_rows(rows)

    def _due(self, due: FollowUpDue) -> str:
        return f"{format_date(due.due_on)} ({when_due(due.due_on, self.today)})"

    def _due_color(self, due: FollowUpDue) -> QColor | None:
        return color("danger") if due.due_on < self.today else None

    def record_id(self, record: FollowUpDue) -> int:
        return record.client_id


class RecentClientsModel(RecordTableModel[Client]):
    """The clients last opened on this workstation, the latest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(translate("StartModels", "Client"), lambda c: c.full_name),
            Column(translate("StartModels", "Phone"), lambda c: c.details.phone),
        )
