"""A client's course of treatment: how many sessions, how far apart, over which areas,
from when; saved, changed, or ended. The core checks the plan; what it refuses is said
next to the field concerned."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import Client, Course, CourseDetails
from logger_app.vocabulary import Area

from ..common.display import format_date, plain_label, rich_label
from ..common.form_support import (
    GuardedForm,
    date_edit,
    form_errors,
    save_cancel_buttons,
    with_error_label,
)
from .course_line import course_state

DEFAULT_SESSIONS = 6
DEFAULT_WEEKS = 4
MAX_SESSIONS = 50
MAX_WEEKS = 104  # the core allows 730 days


class CourseDialog(GuardedForm):
    """Plan a course for ``client``, or change or end the open one. ``outcome`` says what
    was done, for the status bar."""

    form_name = "course plan"

    def __init__(
        self, logbook: Logbook, prompter, client: Client, parent: QWidget | None = None
    ) -> None:
        super().__init__(prompter, parent)
        self._logbook = logbook
        self._client = client
        self.course: Course | None = logbook.open_course(client.id)
        self.outcome = ""
        self.form_name = translate("CourseDialog", "course plan")
        self._days_kept: int | None = None  # an interval that is no whole number of weeks
        self.setWindowTitle(
            translate("CourseDialog", "Course plan – {name}").format(name=client.full_name)
        )
        self.setMinimumWidth(660)
        self.general_error, self.errors = form_errors()

        self.planned_sessions = QSpinBox(objectName="plannedSessions")
        self.planned_sessions.setRange(1, MAX_SESSIONS)
        self.planned_sessions.setSuffix(translate("CourseDialog", " sessions"))
        self.planned_sessions.setAccessibleName(translate("CourseDialog", "Sessions planned"))
        self.interval_weeks = QSpinBox(objectName="intervalWeeks")
        self.interval_weeks.setRange(1, MAX_WEEKS)
        self.interval_weeks.setSuffix(translate("CourseDialog", " weeks apart"))
        self.interval_weeks.setAccessibleName(translate("CourseDialog", "Weeks between sessions"))
        for spin in (self.planned_sessions, self.interval_weeks):
            spin.setMaximumWidth(160)
        self.started_on = date_edit("startedOn")
        self.started_on.setAccessibleName(translate("CourseDialog", "Course starts on"))
        self.areas = QListWidget(objectName="courseAreas")
        self.areas.setAccessibleName(translate("CourseDialog", "Areas of the course"))
        self.areas.setViewMode(QListView.ViewMode.ListMode)
        self.areas.setFlow(QListView.Flow.TopToBottom)
        self.areas.setWrapping(True)
        self.areas.setResizeMode(QListView.ResizeMode.Adjust)
        # Three columns of seven: every area in sight, none scrolled sideways.
        self.areas.setGridSize(QSize(160, 24))
        self.areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas.setFixedHeight(7 * 24 + 2 * self.areas.frameWidth() + 6)
        self.areas.setMinimumWidth(3 * 160 + 2 * self.areas.frameWidth() + 6)
        for area in Area:
            item = QListWidgetItem(area.label)
            item.setData(Qt.ItemDataRole.UserRole, area.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.areas.addItem(item)
        self.notes = QPlainTextEdit(objectName="courseNotes")
        self.notes.setAccessibleName(translate("CourseDialog", "Course notes"))
        self.notes.setPlaceholderText(
            translate("CourseDialog", "e.g. acne scars on both cheeks; review after session 3")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        form = QFormLayout()
        for label, widget, key in (
            (
                translate("CourseDialog", "&Sessions planned"),
                self.planned_sessions,
                "planned_sessions",
            ),
            (translate("CourseDialog", "&Interval"), self.interval_weeks, "interval_days"),
            (translate("CourseDialog", "Starts &on"), self.started_on, "started_on"),
            (translate("CourseDialog", "&Areas"), self.areas, "areas"),
            (translate("CourseDialog", "&Notes"), self.notes, "notes"),
        ):
            form.addRow(label, with_error_label(widget, self.errors, key))

        title = rich_label(objectName="formTitle")
        name = escape(self._client.full_name)
        title.setText(
            translate("CourseDialog", "Course plan for <b>{name}</b>").format(name=name)
            if self.course
            else translate("CourseDialog", "New course for <b>{name}</b>").format(name=name)
        )
        self.progress = plain_label(objectName="fieldHint")
        self.progress.setWordWrap(True)
        buttons, self.save_button = save_cancel_buttons(self, self.save, object_name="saveCourse")
        self.end_button = QPushButton(
            translate("CourseDialog", "End course…"), objectName="endCourse"
        )
        self.end_button.setToolTip(
            translate("CourseDialog", "Close the course: the sessions stay; a new course can start")
        )
        self.end_button.clicked.connect(self.end_course)
        self.end_button.setVisible(self.course is not None)
        bottom = QHBoxLayout()
        bottom.addWidget(self.end_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.progress)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addLayout(bottom)
        self._fill()
        self.mark_unchanged()

    def _fill(self) -> None:
        course = self.course
        if course is None:
            self.planned_sessions.setValue(DEFAULT_SESSIONS)
            self.interval_weeks.setValue(DEFAULT_WEEKS)
            self.progress.setText(
                translate(
                    "CourseDialog",
                    "A course plans the next sessions: the client page shows how far it has "
                    "come, and a new session starts with the plan's areas.",
                )
            )
            return
        details = course.details
        self.planned_sessions.setValue(details.planned_sessions)
        self.interval_weeks.setValue(max(1, round(details.interval_days / 7)))
        self._days_kept = details.interval_days
        started = details.started_on
        self.started_on.setDate(QDate(started.year, started.month, started.day))
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            if Area(item.data(Qt.ItemDataRole.UserRole)) in details.areas:
                item.setCheckState(Qt.CheckState.Checked)
        self.notes.setPlainText(details.notes)
        today = date.today()
        progress = self._logbook.course_progress(self._client.id, today)
        planned = translate("CourseDialog", "Planned by {name}, from {date}.").format(
            name=course.created_by, date=format_date(started)
        )
        if progress is not None:
            where, _state = course_state(progress, today)
            planned += " " + translate("CourseDialog", "Now: {progress}.").format(progress=where)
        self.progress.setText(planned)

    def checked_areas(self) -> tuple[Area, ...]:
        return tuple(
            Area(self.areas.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.areas.count())
            if self.areas.item(row).checkState() == Qt.CheckState.Checked
        )

    def details(self) -> CourseDetails:
        weeks = self.interval_weeks.value()
        days = weeks * 7
        kept = self._days_kept
        if kept is not None and round(kept / 7) == weeks:
            days = kept  # the interval was not touched: not rounded to weeks
        started: date = self.started_on.date().toPython()
        return CourseDetails(
            client_id=self._client.id,
            planned_sessions=self.planned_sessions.value(),
            interval_days=days,
            started_on=started,
            areas=self.checked_areas(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        details = self.details()
        course = self.course

        def write() -> None:
            if course is None:
                self._logbook.start_course(details)
            else:
                self._logbook.update_course(course.id, details)

        if self.save_checked({}, write):
            count = details.planned_sessions
            weeks = self.interval_weeks.value()
            sessions_text = (
                translate("CourseDialog", "1 session")
                if count == 1
                else translate("CourseDialog", "{count} sessions").format(count=count)
            )
            weeks_text = (
                translate("CourseDialog", "1 week")
                if weeks == 1
                else translate("CourseDialog", "{count} weeks").format(count=weeks)
            )
            self.outcome = translate(
                "CourseDialog", "Course plan saved: {sessions}, {weeks} apart."
            ).format(sessions=sessions_text, weeks=weeks_text)
            self.accept()

    def end_course(self) -> None:
        course = self.course
        if course is None:
            return
        if not self._prompter.confirm(
            self,
            translate("CourseDialog", "End the course?"),
            translate(
                "CourseDialog",
                "The course is closed today. Its sessions stay in the history; a new course "
                "can be planned afterwards.",
            ),
            translate("CourseDialog", "End course"),
        ):
            return
        if self.save_checked({}, lambda: self._logbook.end_course(course.id)):
            self.outcome = translate("CourseDialog", "Course ended.")
            self.accept()
