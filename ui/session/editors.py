"""Editors of a session's fields, shared by the session form and the amendment dialog:
one widget (or group of widgets) per field, with ``set_value`` and ``value``.

Object names are given by the caller: the two dialogs name their widgets apart."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.records import Numbing, ProductUse, ReactionObservation
from logger_app.validation import depth_problem
from logger_app.vocabulary import (
    CARTRIDGE_SUGGESTIONS,
    DEPTH_STEP_MM,
    GLIDE_SUGGESTIONS,
    MAX_NUMBING_MINUTES,
    MIN_DEPTH_MM,
    NUMBING_SUGGESTIONS,
    Aftercare,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
    suggestions,
)

from ..common.decimal_box import DecimalSpinBox
from ..common.display import date_edit_format
from ..common.form_support import ErrorLabel, FieldErrors, combo_enum, with_error_label

# The depth box accepts more than the allowed range so that a mistyped depth is shown
# with a message instead of being silently clamped.
_DEPTH_BOX_MAX_MM = 9.95


def editable_combo(name: str, suggestions: tuple[str, ...], placeholder: str) -> QComboBox:
    """Suggestions to pick from, or any text typed."""
    combo = QComboBox(objectName=name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(suggestions))
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.lineEdit().setObjectName(f"{name}_text")
    return combo


def enum_combo(name: str, members, none_label: str | None = None) -> QComboBox:
    combo = QComboBox(objectName=name)
    if none_label is not None:
        combo.addItem(none_label, None)
    for member in members:
        combo.addItem(member.label, member)
    return combo


class Editor:
    """One editor per kind of field: ``widget``, ``set_value`` and ``value``."""

    widget: QWidget

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


class ChoiceEditor(Editor):
    """One of an enum's members (or "not recorded" when ``none_label`` is given)."""

    def __init__(self, name: str, enum_type, none_label: str | None = None) -> None:
        self.widget = self.combo = enum_combo(name, enum_type, none_label)
        self._type = enum_type

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def value(self) -> Any:
        return combo_enum(self.combo, self._type)


class CountEditor(Editor):
    """A whole number, 0 shown as ``none_text`` and read as None."""

    def __init__(
        self, name: str, maximum: int, suffix: str, step: int = 1, none_text: str | None = None
    ) -> None:
        self.widget = self.spin = QSpinBox(objectName=name)
        self.spin.setRange(0, maximum)
        self.spin.setSingleStep(step)
        self.spin.setSuffix(suffix)
        self.spin.setSpecialValueText(none_text or translate("CountEditor", "Not recorded"))

    def set_value(self, value: Any) -> None:
        self.spin.setValue(value or 0)

    def value(self) -> int | None:
        return self.spin.value() or None


class TextEditor(Editor):
    """One line of text, read without the spaces around it."""

    def __init__(self, name: str, placeholder: str = "") -> None:
        self.widget = self.edit = QLineEdit(objectName=name)
        self.edit.setPlaceholderText(placeholder)

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")

    def value(self) -> str:
        return self.edit.text().strip()


class SuggestionsEditor(Editor):
    """Text picked from suggestions or typed (``editable_combo``)."""

    def __init__(self, name: str, suggestions: tuple[str, ...], placeholder: str) -> None:
        self.widget = self.combo = editable_combo(name, suggestions, placeholder)

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentText(value or "")

    def value(self) -> str:
        return self.combo.currentText().strip()


def cartridge_editor(name: str) -> SuggestionsEditor:
    return SuggestionsEditor(
        name, suggestions(CARTRIDGE_SUGGESTIONS), translate("SessionEditors", "e.g. 16-pin")
    )


def lot_editor(name: str) -> TextEditor:
    return TextEditor(name, translate("SessionEditors", "Lot number from the vial"))


class DepthEditor(Editor):
    """Needle depth in mm. A depth out of range is shown in ``error`` as it is typed (not
    clamped); without ``error`` the editor shows it under the box."""

    def __init__(self, name: str, error: ErrorLabel | None = None) -> None:
        self.spin = DecimalSpinBox(objectName=name)
        self.spin.setRange(0.0, _DEPTH_BOX_MAX_MM)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(DEPTH_STEP_MM)
        self.spin.setSuffix(" mm")
        self.spin.setAccessibleName(translate("DepthEditor", "Needle depth"))
        if error is None:
            self.widget = QWidget()
            column = QVBoxLayout(self.widget)
            column.setContentsMargins(0, 0, 0, 0)
            error = ErrorLabel()
            column.addWidget(self.spin)
            column.addWidget(error)
        else:
            self.widget = self.spin
        self.error = error
        self.spin.valueChanged.connect(lambda depth: self.error.show_message(depth_problem(depth)))

    def set_value(self, value: Any) -> None:
        self.spin.setValue(value or MIN_DEPTH_MM)

    def value(self) -> float:
        return round(self.spin.value(), 2)


class NotesEditor(Editor):
    def __init__(self, name: str, placeholder: str = "") -> None:
        self.widget = self.edit = QPlainTextEdit(objectName=name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def value(self) -> str:
        return self.edit.toPlainText()


class NextVisitEditor(Editor):
    """A "Due" box and the day; None when not due. A None value unticks the box and
    keeps the day shown, for when it is ticked again."""

    def __init__(self, due_name: str, date_name: str) -> None:
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.due = QCheckBox(translate("NextVisitEditor", "Due"), objectName=due_name)
        self.due.setChecked(True)
        self.edit = QDateEdit(objectName=date_name)
        self.edit.setAccessibleName(translate("NextVisitEditor", "Next visit due on"))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_edit_format())
        self.due.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.due)
        row.addWidget(self.edit, 1)

    def set_day(self, day: date) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def set_value(self, value: Any) -> None:
        self.due.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.set_day(value)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.due.isChecked() else None


class AftercareEditor(Editor):
    """A box per piece of aftercare advice, two columns, in ``container``."""

    def __init__(self, container: QWidget, prefix: str) -> None:
        self.widget = container
        self.grid = QGridLayout(container)
        self.boxes: dict[Aftercare, QCheckBox] = {}
        for index, item in enumerate(Aftercare):
            self.boxes[item] = QCheckBox(item.label, objectName=f"{prefix}{item.value}")
            self.grid.addWidget(self.boxes[item], index // 2, index % 2)

    def set_value(self, value: Any) -> None:
        for item, box in self.boxes.items():
            box.setChecked(item in (value or ()))

    def value(self) -> tuple[Aftercare, ...]:
        return tuple(item for item, box in self.boxes.items() if box.isChecked())


class NumbingEditor(Editor):
    """A group that is ticked when numbing was applied: agent, strength, minutes on the
    skin. With ``errors``, each field has its error line under it. A None value unticks
    the group and keeps what is typed, for when it is ticked again."""

    def __init__(self, names: tuple[str, str, str, str], errors: FieldErrors | None = None) -> None:
        box_name, agent_name, strength_name, minutes_name = names
        self.widget = self.box = QGroupBox(
            translate("NumbingEditor", "Numbing applied"), objectName=box_name
        )
        self.box.setCheckable(True)
        self.box.setChecked(False)
        form = QFormLayout(self.box)
        self.agent = editable_combo(
            agent_name, suggestions(NUMBING_SUGGESTIONS), translate("NumbingEditor", "Agent")
        )
        self.strength = QLineEdit(objectName=strength_name)
        self.strength.setPlaceholderText(translate("NumbingEditor", "e.g. 5 %"))
        self.minutes = QSpinBox(objectName=minutes_name)
        self.minutes.setRange(0, MAX_NUMBING_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(translate("NumbingEditor", " min on skin"))
        for label, widget, key in (
            (translate("NumbingEditor", "&Agent"), self.agent, "numbing.agent"),
            (translate("NumbingEditor", "Strength"), self.strength, "numbing.strength"),
            (translate("NumbingEditor", "Time"), self.minutes, "numbing.minutes"),
        ):
            form.addRow(label, widget if errors is None else with_error_label(widget, errors, key))

    def set_value(self, value: Any) -> None:
        self.box.setChecked(value is not None)
        if value is not None:
            self.agent.setCurrentText(value.agent)
            self.strength.setText(value.strength)
            self.minutes.setValue(value.minutes or 0)

    def value(self) -> Numbing | None:
        if not self.box.isChecked():
            return None
        return Numbing(
            self.agent.currentText().strip(), self.strength.text().strip(), self.minutes.value()
        )


NEW_LOT_PROMPT = translatable("GlideEditor", "New vial: type its lot number")


class GlideEditor(Editor):
    """A "Glide / serum" group: the product used and its lot, each with its error line;
    the value is the products it makes (none when both are empty)."""

    def __init__(self, names: tuple[str, str], errors: FieldErrors) -> None:
        product_name, lot_name = names
        self.widget = QGroupBox(translate("GlideEditor", "Glide / serum"))
        form = QFormLayout(self.widget)
        self.product = editable_combo(
            product_name, suggestions(GLIDE_SUGGESTIONS), translate("GlideEditor", "Product")
        )
        self.lot = lot_editor(lot_name).edit
        form.addRow(
            translate("GlideEditor", "Pr&oduct"),
            with_error_label(self.product, errors, "products.0.product"),
        )
        form.addRow(
            translate("GlideEditor", "&Lot"), with_error_label(self.lot, errors, "products.0.lot")
        )
        self.lot.textEdited.connect(self._lot_given)

    def set_value(self, value: Any) -> None:
        self.product.setCurrentText(value.product if value else "")
        self.lot.setText(value.lot if value else "")

    def ask_new_lot(self) -> None:
        """The same product as last time, from a new vial: its lot left empty, the field
        marked until one is typed (last visit's lot copied is a recall risk)."""
        self.lot.clear()
        if not self.product.currentText().strip():
            return
        self.lot.setPlaceholderText(translate("GlideEditor", NEW_LOT_PROMPT))
        self.lot.setProperty("newLotNeeded", True)
        colour = self.lot.palette().color(QPalette.ColorRole.Highlight).name()
        self.lot.setStyleSheet(f"QLineEdit {{ border: 2px solid {colour}; }}")

    def _lot_given(self) -> None:
        if not self.lot.property("newLotNeeded"):
            return
        self.lot.setProperty("newLotNeeded", False)
        self.lot.setStyleSheet("")
        self.lot.setPlaceholderText("")

    def value(self) -> tuple[ProductUse, ...]:
        product, lot = self.product.currentText().strip(), self.lot.text().strip()
        if not (product or lot):
            return ()
        return (ProductUse(product=product, lot=lot, role=ProductRole.GLIDE),)


class ReactionEditor(Editor):
    """A reaction with its severity (mild at first), when it was seen (``observed`` at
    first) and a note. With ``prompt`` no reaction is chosen at first and the prompt is
    shown; without, the first reaction is. With ``labelled`` the four widgets are laid out
    with labels in ``widget``; otherwise the caller places ``parts``."""

    def __init__(
        self,
        names: tuple[str, str, str, str],
        observed: ObservedWhen,
        prompt: str | None = None,
        labelled: bool = False,
    ) -> None:
        reaction_name, severity_name, observed_name, note_name = names
        self._observed = observed
        self._prompt = prompt
        self.reaction = enum_combo(reaction_name, Reaction)
        if prompt is not None:
            self.reaction.setPlaceholderText(prompt)
        self.severity_editor = ChoiceEditor(severity_name, Severity)
        self.severity = self.severity_editor.combo
        self.observed = enum_combo(observed_name, ObservedWhen)
        # Unlabelled, in a row of a grid, the note says what it is itself.
        self.note_editor = TextEditor(
            note_name, "" if labelled else translate("ReactionEditor", "Note")
        )
        self.note = self.note_editor.edit
        self.parts: list[QWidget] = [self.reaction, self.severity, self.observed, self.note]
        self.widget = QWidget()
        if labelled:
            form = QFormLayout(self.widget)
            form.setContentsMargins(0, 0, 0, 0)
            labels = (
                translate("ReactionEditor", "Reaction"),
                translate("ReactionEditor", "Severity"),
                translate("ReactionEditor", "Observed"),
                translate("ReactionEditor", "Note"),
            )

            for label, part in zip(labels, self.parts, strict=True):
                form.addRow(label, part)
        else:
            self.reaction.setMinimumWidth(170)
        self.set_value(None)

    def set_value(self, value: Any) -> None:
        """Fill with ``value``, or with the defaults when None."""
        if value is None:
            self.reaction.setCurrentIndex(-1 if self._prompt is not None else 0)
            self.severity_editor.set_value(Severity.MILD)
            self.observed.setCurrentIndex(self.observed.findData(self._observed))
            self.note.clear()
            return
        self.reaction.setCurrentIndex(self.reaction.findData(value.reaction))
        self.severity_editor.set_value(value.severity)
        self.observed.setCurrentIndex(self.observed.findData(value.observed))
        self.note_editor.set_value(value.note)

    def value(self) -> ReactionObservation | None:
        """None while no reaction is chosen."""
        reaction = combo_enum(self.reaction, Reaction)
        if reaction is None and self._prompt is not None:
            return None
        return ReactionObservation(
            reaction,
            self.severity_editor.value(),
            combo_enum(self.observed, ObservedWhen),
            self.note_editor.value(),
        )
