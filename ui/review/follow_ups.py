"""Review → Follow-ups due: who is due for a visit (their next visit, or the next session
of their course) within the next N days, or overdue; saved to a calendar as an .ics file
naming each client by initials and id only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError
from logger_app.export.calendar import write_follow_ups_calendar
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import FollowUpDue

from ..common.changes import ChangeRelay, listen
from ..common.display import plain_label
from ..common.models import SORT_ROLE, Column
from ..common.prompts import Prompter
from ..shell.start_models import FollowUpsModel
from .review_parts import results_table

DEFAULT_WITHIN_DAYS = 14
MAX_WITHIN_DAYS = 365
EMAIL_COLUMN = 3


class FollowUpsTableModel(FollowUpsModel):
    """Every follow-up due with the client's phone and email, to call or write to them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        due, client, _reason = self.columns
        self.columns = (
            due,
            client,
            Column(translate("FollowUpsTableModel", "Phone"), lambda d: d.phone),
            Column(translate("FollowUpsTableModel", "Email"), lambda d: d.email),
            Column(
                translate("FollowUpsTableModel", "Reason"),
                lambda d: (
                    translate("FollowUpsTableModel", "Course")
                    if d.reason == "course"
                    else translate("FollowUpsTableModel", "Next visit")
                ),
            ),
            Column(
                translate("FollowUpsTableModel", "Course"),
                lambda d: d.course_label,
                sort_key=lambda d: d.course_label,
            ),
        )


class FollowUpsWindow(QDialog):
    """A window of its own beside the main one. ``open_client(client_id)`` asks the main
    window to show that client."""

    open_client = Signal(int)

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        parent: QWidget | None = None,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FollowUpsWindow", "Follow-ups due"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(1000, 620)
        self._logbook = logbook
        self._prompter = prompter
        self.today: Callable[[], date] = date.today  # tests turn the day
        if changes is not None:  # a session, a next visit, a course: who is due moves
            listen(changes, self, self.refresh)

        self.within = QSpinBox(objectName="withinDays")
        self.within.setRange(0, MAX_WITHIN_DAYS)
        self.within.setValue(DEFAULT_WITHIN_DAYS)
        self.within.setSuffix(translate("FollowUpsWindow", " days"))
        self.within.setAccessibleName(translate("FollowUpsWindow", "Due within how many days"))
        self.within.valueChanged.connect(self.refresh)
        within_label = QLabel(translate("FollowUpsWindow", "&Due within"))
        within_label.setBuddy(self.within)
        overdue_note = plain_label(
            translate(
                "FollowUpsWindow", "either side of today (a course behind plan however late)"
            ),
            objectName="fieldHint",
        )

        self.model = FollowUpsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="followUpsTable")
        self.table.setAccessibleName(translate("FollowUpsWindow", "Follow-ups due"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        results_table(self.table, (230, 180, 150, 240, 100, 90))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the email takes what is left, not the course
        header.setSectionResizeMode(EMAIL_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.activated.connect(self._open)

        self.summary = plain_label(objectName="clientCount")
        self.status = plain_label(objectName="followUpsStatus")
        self.status.setWordWrap(True)
        self.ics_button = QPushButton(
            translate("FollowUpsWindow", "Save to calendar (.ics)…"), objectName="saveIcs"
        )
        self.ics_button.setToolTip(
            translate(
                "FollowUpsWindow",
                "One calendar event per follow-up, naming the client by initials and id only",
            )
        )
        self.ics_button.clicked.connect(self.save_calendar)
        open_button = QPushButton(
            translate("FollowUpsWindow", "Open client"), objectName="openClient"
        )
        open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

        top = QHBoxLayout()
        top.addWidget(within_label)
        top.addWidget(self.within)
        top.addWidget(overdue_note)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.ics_button)
        bottom.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        self.refresh()

    def due(self) -> list[FollowUpDue]:
        return self._logbook.follow_ups_due(self.today(), within_days=self.within.value())

    def refresh(self) -> None:
        today = self.today()
        rows = self.due()
        self.model.set_due(rows, today)
        count = len(rows)
        overdue = sum(1 for row in rows if row.due_on < today)
        if not count:
            text = translate("FollowUpsWindow", "Nobody is due")
        elif count == 1:
            text = translate("FollowUpsWindow", "1 follow-up due")
        else:
            text = translate("FollowUpsWindow", "{count} follow-ups due").format(count=count)
        if overdue:
            text += translate("FollowUpsWindow", ", {count} overdue").format(count=overdue)
        self.summary.setText(text + ".")
        self.ics_button.setEnabled(bool(count))

    def save_calendar(self) -> Path | None:
        """Every follow-up shown, as calendar events in an .ics file the user names."""
        rows = self.due()
        if not rows:
            return None
        start = Path.home() / f"follow-ups-{self.today().isoformat()}.ics"
        path = self._prompter.save_file(
            self,
            translate("FollowUpsWindow", "Save follow-ups to a calendar file"),
            start,
            translate("FollowUpsWindow", "Calendar files (*.ics)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            write_follow_ups_calendar(path, rows, data_dir=self._logbook.data_dir)
        except LogbookError as error:  # the folder gone, not writable: said, nothing left
            self._prompter.error(
                self, translate("FollowUpsWindow", "The calendar file was not saved"), str(error)
            )
            return None
        count = len(rows)
        self.status.setText(
            (
                translate(
                    "FollowUpsWindow",
                    "Saved 1 follow-up to {path} (clients named by initials and id only).",
                )
                if count == 1
                else translate(
                    "FollowUpsWindow",
                    "Saved {count} follow-ups to {path} (clients named by initials and id only).",
                )
            ).format(count=count, path=path)
        )

        return path

    def _open(self, index) -> None:
        if not index.isValid():
            return
        row = self.proxy.mapToSource(index).row()
        self.open_client.emit(self.model.row_record(row).client_id)
