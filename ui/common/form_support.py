"""Shared pieces of the forms: messages next to fields and change detection."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError, ValidationError

from .accessible import name_from_labels
from .display import date_edit_format

E = TypeVar("E", bound=Enum)


class ErrorLabel(QLabel):
    """A message shown under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote what was typed
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class FieldErrors:
    """Maps validation keys (``"email"``, ``"areas.1.depth_mm"``) to their labels.

    Keys without a label of their own fall back to the label of their prefix
    (``"areas.1.depth_mm"`` → ``"areas.1"`` → ``"areas"``), then to the general one.
    """

    def __init__(self, general: ErrorLabel) -> None:
        self._general = general
        self._labels: dict[str, ErrorLabel] = {}
        self._shown: dict[str, str] = {}

    def register(self, key: str, label: ErrorLabel) -> ErrorLabel:
        self._labels[key] = label
        return label

    def unregister_prefix(self, prefix: str) -> None:
        for key in [k for k in self._labels if k == prefix or k.startswith(prefix + ".")]:
            del self._labels[key]

    def label_for(self, key: str) -> ErrorLabel:
        parts = key.split(".")
        while parts:
            label = self._labels.get(".".join(parts))
            if label is not None:
                return label
            parts.pop()
        return self._general

    def shown(self) -> dict[str, str]:
        """The problems last shown, by key."""
        return dict(self._shown)

    def show(self, problems: Mapping[str, str]) -> None:
        self._shown = dict(problems)
        messages: dict[int, tuple[ErrorLabel, list[str]]] = {}
        for key, message in problems.items():
            label = self.label_for(key)
            messages.setdefault(id(label), (label, []))[1].append(message)
        for label in {*self._labels.values(), self._general}:
            entry = messages.get(id(label))
            label.show_message(" ".join(entry[1]) if entry else None)

    def first_visible(self) -> ErrorLabel | None:
        return next((lbl for lbl in self._labels.values() if lbl.isVisible()), None)


def widget_state(root: QWidget) -> tuple:
    """A snapshot of every input's value below ``root``, to tell whether it changed."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        value: object
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
            if isinstance(widget.parent(), QComboBox):
                continue
            value = widget.text()
        elif isinstance(widget, QComboBox):
            value = widget.currentText()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            value = widget.value()
        elif isinstance(widget, QDateTimeEdit | QDateEdit):
            value = widget.dateTime().toString(Qt.DateFormat.ISODate)
        elif (isinstance(widget, QAbstractButton) and widget.isCheckable()) or (
            isinstance(widget, QGroupBox) and widget.isCheckable()
        ):
            value = widget.isChecked()
        elif isinstance(widget, QPlainTextEdit):
            value = widget.toPlainText()
        else:
            continue
        state.append((widget.objectName(), type(widget).__name__, value))
    return tuple(state)


def qdate_to_date(value: QDate):
    return value.toPython()


def qdatetime_to_aware(value: QDateTime):
    """A QDateTime in local time as an aware Python datetime."""
    return value.toPython().astimezone()


def combo_enum(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The chosen item as its enum member (Qt hands enum data back as plain str/int)."""
    value = combo.currentData()
    return None if value is None else enum_type(value)


def show_not_saved(errors: FieldErrors, general: ErrorLabel, error: LogbookError) -> None:
    """A save the core refused for a reason that is not the form's (another window
    saving, a full disk): said where the form's own messages go; the fields keep what
    was typed, so saving again is one click once the reason is gone."""
    errors.show({})
    general.show_message(str(error))


def save_or_show(errors: FieldErrors, general: ErrorLabel, write: Callable[[], object]) -> bool:
    """Run ``write``, a form's save; when the core refuses it, say why and return False:
    its ValidationError by the fields concerned, any other reason nothing was saved (the
    logbook busy, the disk full) above the buttons, the form kept as typed."""
    try:
        write()
    except ValidationError as error:
        errors.show(error.problems)
        general.show_message("Nothing was saved: please correct what is marked.")
        return False
    except LogbookError as error:
        show_not_saved(errors, general, error)
        return False
    return True


def form_errors() -> tuple[ErrorLabel, FieldErrors]:
    """The message above a form's fields (styled as its banner) and its fields' messages."""
    general = ErrorLabel()
    general.setObjectName("formBanner")
    return general, FieldErrors(general)


def save_cancel_buttons(
    dialog: QDialog,
    save: Callable[[], object],
    text: str = "",
    object_name: str = "",
    *,
    ctrl_s: bool = True,
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save and Cancel under a form: Save (``text`` when given) calls ``save``, Cancel
    the dialog's ``reject``; with ``ctrl_s``, Ctrl+S saves too."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    if text:
        save_button.setText(text)
    if object_name:
        save_button.setObjectName(object_name)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    if ctrl_s:
        QShortcut(QKeySequence("Ctrl+S"), dialog, activated=save)
    return buttons, save_button


def date_edit(name: str) -> QDateEdit:
    """A day, today to start with, picked from a calendar."""
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    edit.setDate(QDate.currentDate())
    edit.setMaximumWidth(150)
    return edit


def with_error_label(widget: QWidget, errors: FieldErrors, key: str) -> QWidget:
    """``widget`` with its message label under it, registered under ``key``."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(errors.register(key, ErrorLabel()))
    holder.setFocusProxy(widget)  # its label's buddy: the field (``name_from_labels``)
    return holder


class GuardedForm(QDialog):
    """A form that asks before throwing away what was typed.

    Escape, Cancel and the window's close button all end in ``reject`` (QDialog's
    closeEvent calls it and keeps the dialog open if it is still visible).
    """

    form_name = "form"

    def __init__(self, prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompter = prompter
        self._initial_state: tuple = ()

    def mark_unchanged(self) -> None:
        self._initial_state = widget_state(self)

    def showEvent(self, event: QShowEvent) -> None:
        name_from_labels(self)  # each field named by its label, for screen readers
        super().showEvent(event)

    def save_checked(self, problems: Mapping[str, str], write: Callable[[], object]) -> bool:
        """The one way the forms save: ``write`` only when the form found no problem;
        the core's own refusal (ValidationError) is shown like the form's, and any other
        reason nothing was saved (the logbook busy, the disk full) above the buttons,
        the form kept as typed. True when saved. Subclasses have ``errors``
        (FieldErrors) and ``general_error``."""
        problems = dict(problems)
        if not problems:
            try:
                write()
            except ValidationError as error:
                problems = error.problems
            except LogbookError as error:
                show_not_saved(self.errors, self.general_error, error)
                return False
        self.errors.show(problems)
        if problems:
            self.general_error.show_message("Nothing was saved: please correct what is marked.")
            return False
        self.mark_unchanged()
        return True

    def has_unsaved_changes(self) -> bool:
        return widget_state(self) != self._initial_state

    @contextmanager
    def answering(self, prompter) -> Iterator[None]:
        """Questions the form asks meanwhile go to ``prompter``: a save made on the
        user's behalf, with nobody to answer (another practitioner signing in)."""
        own, self._prompter = self._prompter, prompter
        try:
            yield
        finally:
            self._prompter = own

    def reject(self) -> None:
        if self.has_unsaved_changes() and not self._prompter.discard_changes(self, self.form_name):
            return
        super().reject()
