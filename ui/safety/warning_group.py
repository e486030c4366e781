"""One group of warnings in "Before you start" (contraindications, wash-outs, intervals,
records): each warning marked STOP or Caution in words and colour, a reason field under
each stop, and one tick for the whole group."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.records import SafetyWarning, WarningGroup
from logger_app.screening.depth import MAX_REASON_LENGTH

from ..common.display import plain_label
from ..common.form_support import ErrorLabel, FieldErrors

KEY = "acknowledged"
# Shown through translate("WarningGroupBox", REASON_PLACEHOLDER).
REASON_PLACEHOLDER = translatable(
    "WarningGroupBox", "Reason to go on despite this stop (kept with the session)"
)


def warnings_text(count: int) -> str:
    """ "1 warning", "3 warnings"."""
    if count == 1:
        return translate("WarningGroupBox", "1 warning")
    return translate("WarningGroupBox", "{count} warnings").format(count=count)


def _badge(warning: SafetyWarning) -> QLabel:
    """ "STOP" or "Caution": the words say it, the colour repeats it."""
    badge = QLabel(
        translate("WarningGroupBox", "STOP")
        if warning.is_stop
        else translate("WarningGroupBox", "Caution")
    )
    badge.setObjectName("severityStop" if warning.is_stop else "severityCaution")
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return badge


class WarningGroupBox(QFrame):
    """The warnings of ``group``; ``toggled`` when its tick changes, ``reason_given`` when a
    stop's reason is typed."""

    toggled = Signal(bool)
    reason_given = Signal()

    def __init__(
        self,
        group: WarningGroup,
        warnings: list[SafetyWarning],
        errors: FieldErrors,
        reasons: dict[str, str],
    ) -> None:
        super().__init__(objectName="warningGroup")
        self.group = group
        self.warnings = warnings
        self._errors = errors
        stops = sum(w.is_stop for w in warnings)
        self.setProperty("severity", "stop" if stops else "caution")
        self.reason_edits: dict[str, QLineEdit] = {}
        self.widgets_in_order: list[QWidget] = []

        count = warnings_text(len(warnings))
        if stops == 1:
            kinds = translate("WarningGroupBox", "1 stop")
        elif stops:
            kinds = translate("WarningGroupBox", "{count} stops").format(count=stops)
        else:
            kinds = translate("WarningGroupBox", "caution")
        title = plain_label(
            translate("WarningGroupBox", "{group} — {warnings}, {kinds}").format(
                group=group.label, warnings=count, kinds=kinds
            ),
            objectName="warningGroupTitle",
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        row = 0
        for warning in warnings:
            message = plain_label(warning.message, objectName="warningText")
            message.setWordWrap(True)
            message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(_badge(warning), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(message, row, 1)
            row += 1
            if warning.is_stop:
                edit = QLineEdit(objectName=f"reason_{warning.code}")
                edit.setPlaceholderText(translate("WarningGroupBox", REASON_PLACEHOLDER))
                edit.setMaxLength(MAX_REASON_LENGTH)
                edit.setAccessibleName(
                    translate("WarningGroupBox", "Reason to go on: {warning}").format(
                        warning=warning.message
                    )
                )
                edit.setText(reasons.get(warning.code, ""))
                edit.textChanged.connect(self._reason_typed)
                error = errors.register(f"{KEY}.{warning.code}.reason", ErrorLabel())
                grid.addWidget(edit, row, 1)
                grid.addWidget(error, row + 1, 1)
                row += 2
                self.reason_edits[warning.code] = edit
                self.widgets_in_order.append(edit)
        several = len(warnings) > 1
        self.check = QCheckBox(
            translate("WarningGroupBox", "I have reviewed these")
            if several
            else translate("WarningGroupBox", "I have reviewed this"),
            objectName=f"ack_{group.value}",
        )
        self.check.setAccessibleName(
            translate("WarningGroupBox", "{group}: I have reviewed {warnings}").format(
                group=group.label, warnings=count
            )
        )
        self.check.setAccessibleDescription(" ".join(w.message for w in warnings))
        self.check.toggled.connect(self.toggled)
        self.error = ErrorLabel()
        for warning in warnings:  # the core's problems name each warning
            errors.register(f"{KEY}.{warning.code}", self.error)
        self.widgets_in_order.append(self.check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)

    def _reason_typed(self) -> None:
        for code, edit in self.reason_edits.items():
            if edit is self.sender() and edit.text().strip():
                self._errors.label_for(f"{KEY}.{code}.reason").show_message(None)
        self.reason_given.emit()

    def reasons(self) -> dict[str, str]:
        return {code: edit.text().strip() for code, edit in self.reason_edits.items()}

    def missing_reasons(self) -> list[str]:
        """The codes of the stops without a reason yet."""
        return [code for code, text in self.reasons().items() if not text]
