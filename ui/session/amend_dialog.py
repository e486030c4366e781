"""Amend a signed session: choose the field, enter the right value, say why.

The session keeps its signature; the amendment (old value, new value, reason, who, when)
is shown under the record and exported with it. One field per amendment.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logger_app.amendments import AmendableField, FieldKind, describe_value
from logger_app.errors import LogbookError, ValidationError
from logger_app.logbook import Logbook
from logger_app.records import Numbing, ReactionObservation, Session
from logger_app.vocabulary import (
    MAX_DEPTH_MM,
    MAX_NUMBING_MINUTES,
    MAX_PASSES,
    MIN_DEPTH_MM,
    NUMBING_SUGGESTIONS,
    Aftercare,
    Endpoint,
    ObservedWhen,
    Reaction,
    Severity,
)

from ..common.display import format_datetime, plain_label, rich_label
from ..common.form_support import ErrorLabel, FieldErrors, GuardedForm, combo_enum, show_not_saved
from ..common.prompts import Prompter


def _combo(name: str, members, none_label: str | None = None) -> QComboBox:
    combo = QComboBox(objectName=name)
    if none_label is not None:
        combo.addItem(none_label, None)
    for member in members:
        combo.addItem(member.label, member)
    return combo


class _Editor:
    """One editor per kind of field: ``widget``, ``set_value`` and ``value``."""

    widget: QWidget

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


class _Text(_Editor):
    def __init__(self) -> None:
        self.widget = self.edit = QLineEdit(objectName="amendText")

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")

    def value(self) -> str:
        return self.edit.text()


class _Notes(_Editor):
    def __init__(self) -> None:
        self.widget = self.edit = QPlainTextEdit(objectName="amendNotes")
        self.edit.setTabChangesFocus(True)

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def value(self) -> str:
        return self.edit.toPlainText()


class _Depth(_Editor):
    def __init__(self) -> None:
        self.widget = self.spin = QDoubleSpinBox(objectName="amendDepth")
        self.spin.setRange(MIN_DEPTH_MM, MAX_DEPTH_MM)
        self.spin.setSingleStep(0.05)
        self.spin.setDecimals(2)
        self.spin.setSuffix(" mm")

    def set_value(self, value: Any) -> None:
        self.spin.setValue(value or MIN_DEPTH_MM)

    def value(self) -> float:
        return round(self.spin.value(), 2)


class _Count(_Editor):
    def __init__(self, name: str, maximum: int, suffix: str) -> None:
        self.widget = self.spin = QSpinBox(objectName=name)
        self.spin.setRange(0, maximum)
        self.spin.setSuffix(suffix)
        self.spin.setSpecialValueText("Not recorded")

    def set_value(self, value: Any) -> None:
        self.spin.setValue(value or 0)

    def value(self) -> int | None:
        return self.spin.value() or None


class _Choice(_Editor):
    def __init__(self, name: str, enum_type, none_label: str | None = None) -> None:
        self.widget = self.combo = _combo(name, enum_type, none_label)
        self._type = enum_type

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def value(self) -> Any:
        return combo_enum(self.combo, self._type)


class _Date(_Editor):
    def __init__(self) -> None:
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.due = QCheckBox("Due", objectName="amendDue")
        self.edit = QDateEdit(objectName="amendDate")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.due.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.due)
        row.addWidget(self.edit, 1)

    def set_value(self, value: Any) -> None:
        self.due.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        day = value or date.today() + timedelta(weeks=4)
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.due.isChecked() else None


class _Aftercare(_Editor):
    def __init__(self) -> None:
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Aftercare, QCheckBox] = {}
        for index, item in enumerate(Aftercare):
            self.boxes[item] = QCheckBox(item.label, objectName=f"amend_{item.value}")
            grid.addWidget(self.boxes[item], index // 2, index % 2)

    def set_value(self, value: Any) -> None:
        for item, box in self.boxes.items():
            box.setChecked(item in (value or ()))

    def value(self) -> tuple[Aftercare, ...]:
        return tuple(item for item, box in self.boxes.items() if box.isChecked())


class _Numbing(_Editor):
    def __init__(self) -> None:
        self.widget = self.box = QGroupBox("Numbing applied", objectName="amendNumbing")
        self.box.setCheckable(True)
        form = QFormLayout(self.box)
        self.agent = QComboBox(objectName="amendNumbingAgent")
        self.agent.setEditable(True)
        self.agent.addItems(list(NUMBING_SUGGESTIONS))
        self.strength = QLineEdit(objectName="amendNumbingStrength")
        self.minutes = QSpinBox(objectName="amendNumbingMinutes")
        self.minutes.setRange(0, MAX_NUMBING_MINUTES)
        self.minutes.setSuffix(" min on skin")
        form.addRow("Agent", self.agent)
        form.addRow("Strength", self.strength)
        form.addRow("Time", self.minutes)

    def set_value(self, value: Any) -> None:
        self.box.setChecked(value is not None)
        self.agent.setCurrentText(value.agent if value else "")
        self.strength.setText(value.strength if value else "")
        self.minutes.setValue((value.minutes or 0) if value else 30)

    def value(self) -> Numbing | None:
        if not self.box.isChecked():
            return None
        return Numbing(
            self.agent.currentText().strip(), self.strength.text().strip(), self.minutes.value()
        )


class _NewReaction(_Editor):
    def __init__(self) -> None:
        self.widget = QWidget()
        form = QFormLayout(self.widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.reaction = _combo("amendReaction", Reaction)
        self.severity = _combo("amendSeverity", Severity)
        self.observed = _combo("amendObserved", ObservedWhen)
        self.note = QLineEdit(objectName="amendReactionNote")
        form.addRow("Reaction", self.reaction)
        form.addRow("Severity", self.severity)
        form.addRow("Observed", self.observed)
        form.addRow("Note", self.note)

    def set_value(self, value: Any) -> None:
        self.reaction.setCurrentIndex(0)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MILD))
        self.observed.setCurrentIndex(self.observed.findData(ObservedWhen.FOLLOW_UP))
        self.note.clear()

    def value(self) -> ReactionObservation:
        return ReactionObservation(
            combo_enum(self.reaction, Reaction),
            combo_enum(self.severity, Severity),
            combo_enum(self.observed, ObservedWhen),
            self.note.text().strip(),
        )


def _editors() -> dict[FieldKind, _Editor]:
    return {
        FieldKind.TEXT: _Text(),
        FieldKind.NOTES: _Notes(),
        FieldKind.DEPTH: _Depth(),
        FieldKind.PASSES: _Count("amendPasses", MAX_PASSES, ""),
        FieldKind.DURATION: _Count("amendDuration", 600, " min"),
        FieldKind.ENDPOINT: _Choice("amendEndpoint", Endpoint, "Not recorded"),
        FieldKind.SEVERITY: _Choice("amendSeverityOnly", Severity),
        FieldKind.DATE: _Date(),
        FieldKind.AFTERCARE: _Aftercare(),
        FieldKind.NUMBING: _Numbing(),
        FieldKind.NEW_REACTION: _NewReaction(),
    }


class AmendDialog(GuardedForm):
    """``amended`` holds the session after the amendment is saved."""

    form_name = "amendment"

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        session: Session,
        parent: QWidget | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(prompter, parent)
        self._logbook = logbook
        self._session = session
        self.amended: Session | None = None
        self.fields: list[AmendableField] = logbook.amendable_fields(session.id)
        self.setObjectName("amendDialog")
        self.setWindowTitle("Amend a signed session")
        self.resize(640, 360)
        self._build()
        index = self.field.findData(field) if field else -1
        self.field.setCurrentIndex(index if index >= 0 else 0)
        self._field_chosen()
        self.mark_unchanged()

    def _build(self) -> None:
        s = self._session
        intro = rich_label(
            f"<b>Session of {escape(format_datetime(s.details.started_at))}</b>, signed by "
            f"{escape(s.signed_by)} on {escape(format_datetime(s.signed_at))}.<br>The record "
            "is read-only: a correction is kept beside it with the value it replaces, the "
            f"reason, your name ({escape(self._logbook.actor or '')}) and the time.",
            objectName="dialogIntro",
        )
        intro.setWordWrap(True)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("formBanner")
        self.errors = FieldErrors(self.general_error)
        self.field = QComboBox(objectName="amendField")
        group = None
        for item in self.fields:
            if group is not None and item.group != group:
                self.field.insertSeparator(self.field.count())
            group = item.group
            self.field.addItem(item.label, item.key)
        self.field.currentIndexChanged.connect(self._field_chosen)
        self.current = plain_label(objectName="amendCurrent")
        self.current.setWordWrap(True)
        self.editors = _editors()
        self.stack = QStackedWidget()
        self._pages: dict[FieldKind, QWidget] = {}
        for kind, editor in self.editors.items():
            page = QWidget()  # the editor at its natural height, at the top
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor.widget)
            column.addStretch(1)
            self._pages[kind] = page
            self.stack.addWidget(page)
        self.reason = QPlainTextEdit(objectName="amendReason")
        self.reason.setPlaceholderText(
            "Why the record is corrected, e.g. “depth misread from the pen dial”"
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)

        form = QFormLayout()
        form.addRow("&Field", self._with_error(self.field, "field"))
        form.addRow("Recorded now", self.current)
        form.addRow("&Correct value", self._with_error(self.stack, "new_value"))
        form.addRow("&Reason", self._with_error(self.reason, "reason"))

        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton("Save amendment", objectName="saveAmendment")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(self.errors.register(key, ErrorLabel()))
        return holder

    def chosen_field(self) -> AmendableField:
        key = self.field.currentData()
        return next(item for item in self.fields if item.key == key)

    def editor(self) -> _Editor:
        return self.editors[self.chosen_field().kind]

    def _field_chosen(self) -> None:
        chosen = self.chosen_field()
        editor = self.editors[chosen.kind]
        editor.set_value(chosen.current)
        # The stack is as tall as the editor shown, not as the tallest one.
        for kind, page in self._pages.items():
            vertical = (
                QSizePolicy.Policy.Preferred if kind is chosen.kind else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.stack.setCurrentWidget(self._pages[chosen.kind])
        self.stack.adjustSize()
        self.current.setText(
            "Not yet recorded: add the reaction as it was observed."
            if chosen.kind is FieldKind.NEW_REACTION
            else describe_value(chosen.kind, chosen.current)
        )
        self.errors.show({})

    def save(self) -> None:
        chosen = self.chosen_field()
        try:
            self.amended = self._logbook.amend_session(
                self._session.id, chosen.key, self.editor().value(), self.reason.toPlainText()
            )
        except ValidationError as error:
            self.errors.show(error.problems)
            self.general_error.show_message("Nothing was saved: please correct what is marked.")
            return
        except LogbookError as error:  # busy, disk full: nothing saved, all kept
            show_not_saved(self.errors, self.general_error, error)
            return
        self.mark_unchanged()
        self.accept()
