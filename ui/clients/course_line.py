"""The client page's course line: "Course: 3 of 6 · next due 12 Jan 2027", behind plan said
in words (and in colour), with the button to the course plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from logger_app.records import CourseProgress

from ..common.display import format_date, plain_label


def course_text(progress: CourseProgress | None, today: date) -> tuple[str, str]:
    """What the line says, and its state ("none", "on_plan", "behind", "complete")."""
    if progress is None:
        return "No course planned.", "none"
    if progress.complete:
        return f"Course: {progress.label} · complete", "complete"
    text = f"Course: {progress.label}"
    due = progress.next_due
    if due is None:
        return text, "on_plan"
    if due < today:
        return f"{text} · next was due {format_date(due)}: behind plan", "behind"
    return f"{text} · next due {format_date(due)}", "on_plan"


class CourseLine(QWidget):
    """``requested`` when the course plan is asked for."""

    requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="courseBar")
        self.label = plain_label(objectName="courseLine")
        self.button = QPushButton("Course plan…", objectName="coursePlan")
        self.button.setToolTip("Sessions planned, interval, areas; end the course")
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
        self.button.setText("Plan a course…" if progress is None else "Course plan…")
        self.button.setAccessibleName("Course plan")
