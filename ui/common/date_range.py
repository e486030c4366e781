"""A "From … To …" filter of whole local days, shared by the review windows."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QWidget

from .display import date_edit_format


def local_midnight(day: QDate) -> datetime:
    return datetime.combine(day.toPython(), time()).astimezone()


class DateRange(QObject):
    """Two optional day bounds; each date box is enabled only while its box is ticked.
    ``changed`` fires on any change that alters the range."""

    changed = Signal()

    def __init__(self, parent: QWidget, start: QDate, end: QDate) -> None:
        super().__init__(parent)
        self.use_from = QCheckBox("From", objectName="useFrom")
        self.date_from = QDateEdit(start, objectName="dateFrom")
        self.use_to = QCheckBox("To", objectName="useTo")
        self.date_to = QDateEdit(end, objectName="dateTo")
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.changed)
            edit.dateChanged.connect(self.changed)

    def place(self, grid: QGridLayout, row: int, column: int) -> None:
        """Lay the four widgets out in ``grid`` from (row, column) rightwards."""
        for offset, widget in enumerate((self.use_from, self.date_from, self.use_to, self.date_to)):
            grid.addWidget(widget, row, column + offset)

    def since(self) -> datetime | None:
        """The start of the "from" day, local time; None when not ticked."""
        return local_midnight(self.date_from.date()) if self.use_from.isChecked() else None

    def before(self) -> datetime | None:
        """The start of the day after the "to" day (the range includes the whole day)."""
        if not self.use_to.isChecked():
            return None
        return local_midnight(self.date_to.date()) + timedelta(days=1)

    def clear(self) -> None:
        """Untick both bounds, telling ``changed`` once at most."""
        self.blockSignals(True)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.blockSignals(False)
