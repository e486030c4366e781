"""The session form's "Before you start": every safety rule that applies, each to be
acknowledged ("I have reviewed this") before the needling data opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.records import SafetyWarning, WarningSeverity

from ..common.display import plain_label
from ..common.form_support import ErrorLabel, FieldErrors

KEY = "acknowledged"
UNTICKED = "Tick “I have reviewed this” to go on."


class SafetyPanel(QGroupBox):
    """The warnings with a checkbox each. ``changed`` when a tick or the list changes."""

    changed = Signal()
    screening_requested = Signal()
    consent_requested = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__("Before you start", parent)
        self.setObjectName("beforeYouStart")
        self._errors = errors
        self.warnings: list[SafetyWarning] = []
        self.checks: dict[str, QCheckBox] = {}
        self._row_widgets: list[QWidget] = []

        self.status = plain_label(objectName="safetyStatus")
        self.status.setWordWrap(True)
        self.screening_button = QPushButton("New screening…", objectName="panelScreening")
        self.screening_button.clicked.connect(self.screening_requested)
        self.consent_button = QPushButton("Consent…", objectName="panelConsent")
        self.consent_button.clicked.connect(self.consent_requested)
        self.error = ErrorLabel()
        header = QHBoxLayout()
        header.addWidget(self.status, 1)
        header.addWidget(self.screening_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self._grid)
        layout.addWidget(self.error)
        self._register()
        self._update_status()

    def _register(self) -> None:
        self._errors.unregister_prefix(KEY)
        self._errors.register(KEY, self.error)

    def set_warnings(
        self, warnings: list[SafetyWarning], reviewed: set[tuple[str, str]] | None = None
    ) -> None:
        """Show these warnings. A tick is kept for a warning that still reads the same;
        ``reviewed`` (code, message) pairs start ticked (a draft's acknowledgements)."""
        if [(w.code, w.message) for w in warnings] == [(w.code, w.message) for w in self.warnings]:
            return
        ticked = {(w.code, w.message) for w in self.warnings if self.checks[w.code].isChecked()}
        ticked |= reviewed or set()
        for widget in self._row_widgets:
            widget.setParent(None)
            widget.deleteLater()
        self._row_widgets.clear()
        self.checks.clear()
        self._register()
        self.warnings = list(warnings)
        for row, warning in enumerate(self.warnings):
            stop = warning.severity is WarningSeverity.STOP
            badge = QLabel("Stop" if stop else "Caution")
            badge.setObjectName("severityStop" if stop else "severityCaution")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            message = plain_label(warning.message, objectName="warningText")
            message.setWordWrap(True)
            message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            check = QCheckBox("I have reviewed this", objectName=f"ack_{warning.code}")
            check.setChecked((warning.code, warning.message) in ticked)
            check.setAccessibleDescription(warning.message)
            check.toggled.connect(self._ticked)
            error = self._errors.register(f"{KEY}.{warning.code}", ErrorLabel())
            self.checks[warning.code] = check
            self._grid.addWidget(badge, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(message, row * 2, 1)
            self._grid.addWidget(check, row * 2, 2, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(error, row * 2 + 1, 1, 1, 2)
            self._row_widgets += [badge, message, check, error]
        # The keyboard reaches the checkboxes right after the panel's buttons, before
        # the rest of the form (they are made later than the form's fields).
        previous: QWidget = self.consent_button
        for check in self.checks.values():
            QWidget.setTabOrder(previous, check)
            previous = check
        self._update_status()
        self.changed.emit()

    def _ticked(self) -> None:
        check = self.sender()
        if isinstance(check, QCheckBox) and check.isChecked():
            code = next((c for c, box in self.checks.items() if box is check), None)
            if code is not None:
                self._errors.label_for(f"{KEY}.{code}").show_message(None)
        if self.all_acknowledged():
            self.error.show_message(None)
        self._update_status()
        self.changed.emit()

    def _update_status(self) -> None:
        left = len(self.unacknowledged())
        if not self.warnings:
            text = "Nothing to review: screening and consent are on file and no rule applies."
            state = "clear"
        elif left:
            points = "point" if left == 1 else "points"
            text = (
                f"{left} {points} to review before treating. Tick each one: the treatment "
                "fields below open once all are reviewed."
            )
            state = "pending"
        else:
            count = len(self.warnings)
            text = f"All {count} reviewed: saved with the session as acknowledged."
            state = "done"
        self.status.setText(text)
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def unacknowledged(self) -> list[SafetyWarning]:
        return [w for w in self.warnings if not self.checks[w.code].isChecked()]

    def all_acknowledged(self) -> bool:
        return not self.unacknowledged()

    def acknowledged(self) -> tuple[str, ...]:
        return tuple(w.code for w in self.warnings if self.checks[w.code].isChecked())

    def problems(self) -> dict[str, str]:
        """A message next to each warning not ticked yet."""
        return {f"{KEY}.{w.code}": UNTICKED for w in self.unacknowledged()}
