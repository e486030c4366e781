"""The client page's course line: "Course: 3 of 6 · next due 12 Jan 2027", behind plan said
in words (and in colour), with the button to the course plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from logger_app.i18n import translate
from logger_app.records import CourseProgress

from ..common.display import format_date, plain_label


def course_state(progress: CourseProgress, today: date) -> tuple[str, str]:
    """How far the course has come ("3 of 6 · next due 12 Jan 2027"), and its state
    ("on_plan", "behind", "complete")."""
    if progress.complete:
        return translate("CourseLine", "{progress} · complete").format(
            progress=progress.label
        ), "complete"
    due = progress.next_due
    if due is None:
        return progress.label, "on_plan"
    if due < today:
        return translate("CourseLine", "{progress} · next was due {date}: behind plan").format(
            progress=progress.label, date=format_date(due)
        ), "behind"
    return translate("CourseLine", "{progress} · next due {date}").format(
        progress=progress.label, date=format_date(due)
    ), "on_plan"


def course_text(progress: CourseProgress | None, today: date) -> tuple[str, str]:
    """What the line says, and its state ("none", "on_plan", "behind", "complete")."""
    if progress is None:
        return translate("CourseLine", "No course planned."), "none"
    where, state = course_state(progress, today)
    return translate("CourseLine", "Course: {progress}").format(progress=where), state


class CourseLine(QWidget):
    """``requested`` when the course plan is asked for."""

    requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="courseBar")
        self.label = plain_label(objectName="courseLine")
        self.button = QPushButton(translate("CourseLine", "Course plan…"), objectName="coursePlan")
        self.button.setToolTip(
            translate("CourseLine", "Sessions planned, interval, areas; end the course")
        )
        self.button.clicked.connect(self.requested)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)

    def show_progress(self, progress: CourseProgress | None, today: date) -> None:
        text, state = course_text(progress, today)
        self.label.setText(text)
        self.label.setProperty("state", state)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.button.setText(
            translate("CourseLine", "Plan a course…")
            if progress is None
            else translate("CourseLine", "Course plan…")
        )
        self.button.setAccessibleName(translate("CourseLine", "Course plan"))
