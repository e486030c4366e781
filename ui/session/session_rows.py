"""Repeating rows of the session form: treated areas and observed reactions.

A few rows per session at most, so each row is plain widgets: quick to fill in with the
keyboard, and tests type into the very widgets a practitioner uses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate
from logger_app.records import AreaTreatment, ReactionObservation
from logger_app.vocabulary import MAX_PASSES, Area, ObservedWhen, Reaction, suggested_depth_mm

from ..common.form_support import ErrorLabel, FieldErrors, combo_enum
from .editors import CountEditor, DepthEditor, ReactionEditor, TextEditor, enum_combo


def _remove_button(tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setText("✕")
    button.setToolTip(tooltip)
    button.setAutoRaise(True)
    return button


class AreaRow(QObject):
    """The widgets of one treated area; they live in the editor's grid."""

    removed = Signal(QObject)

    def __init__(self, index: int) -> None:
        super().__init__()
        self.area = enum_combo(f"area_{index}", Area)
        self.area.setPlaceholderText(translate("AreaRow", "Choose area…"))
        self.area.setCurrentIndex(-1)
        self.area.setMinimumWidth(170)
        self.error = ErrorLabel()
        self.depth_editor = DepthEditor(f"depth_{index}", self.error)
        self.depth = self.depth_editor.spin
        self.depth.setValue(0.5)
        self.passes_editor = CountEditor(
            f"passes_{index}", MAX_PASSES, translate("AreaRow", " passes"), none_text="—"
        )
        self.passes = self.passes_editor.spin
        self.note_editor = TextEditor(f"area_note_{index}", translate("AreaRow", "Note"))
        self.note = self.note_editor.edit
        self.remove = _remove_button(translate("AreaRow", "Remove this area"))
        self._depth_touched = False
        self.depth.valueChanged.connect(self._check_depth)
        self.depth.editingFinished.connect(self._mark_depth_touched)
        self.area.currentIndexChanged.connect(self._area_chosen)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self._name_parts()

    def widgets(self) -> list[QWidget]:
        return [self.area, self.depth, self.passes, self.note, self.remove]

    def _mark_depth_touched(self) -> None:
        self._depth_touched = True

    def _area_chosen(self) -> None:
        area = combo_enum(self.area, Area)
        # Until the depth is set by hand, follow the chosen area's conservative depth.
        if area is not None and not self._depth_touched:
            self.depth.blockSignals(True)
            self.depth.setValue(suggested_depth_mm(area))
            self.depth.blockSignals(False)
        self.error.show_message(None)
        self._name_parts()

    def _name_parts(self) -> None:
        """Each box says which area it is for, to a screen reader ("Depth for Left
        cheek (mm)"); before an area is chosen, "this area"."""
        area = combo_enum(self.area, Area)
        which = area.label if area is not None else translate("AreaRow", "this area")
        self.area.setAccessibleName(translate("AreaRow", "Area treated"))
        self.depth.setAccessibleName(
            translate("AreaRow", "Depth for {area} (mm)").format(area=which)
        )
        self.passes.setAccessibleName(translate("AreaRow", "Passes for {area}").format(area=which))
        self.note.setAccessibleName(translate("AreaRow", "Note for {area}").format(area=which))
        remove = translate("AreaRow", "Remove {area}").format(area=which)
        self.remove.setAccessibleName(remove)
        self.remove.setToolTip(remove)

    def _check_depth(self) -> None:
        self._depth_touched = True  # the depth editor shows what is wrong with it

    def set_value(self, item: AreaTreatment) -> None:
        self.area.setCurrentIndex(self.area.findData(item.area))
        self.depth.setValue(item.depth_mm)
        self._depth_touched = True
        self.passes_editor.set_value(item.passes)
        self.note_editor.set_value(item.note)

    def value(self) -> AreaTreatment | None:
        area = combo_enum(self.area, Area)
        if area is None:
            return None
        return AreaTreatment(
            area=area,
            depth_mm=self.depth_editor.value(),
            passes=self.passes_editor.value(),
            note=self.note_editor.value(),
        )


class ReactionRow(QObject):
    """The widgets of one observed reaction; they live in the editor's grid."""

    removed = Signal(QObject)

    def __init__(self, index: int) -> None:
        super().__init__()
        names = (f"reaction_{index}", f"severity_{index}", f"observed_{index}")
        self.editor = ReactionEditor(
            (*names, f"reaction_note_{index}"),
            ObservedWhen.IMMEDIATELY_AFTER,
            translate("ReactionRow", "Choose reaction…"),
        )
        self.reaction, self.severity = self.editor.reaction, self.editor.severity
        self.observed, self.note = self.editor.observed, self.editor.note
        self.remove = _remove_button(translate("ReactionRow", "Remove this reaction"))
        self.error = ErrorLabel()
        self.reaction.currentIndexChanged.connect(lambda: self.error.show_message(None))
        self.reaction.currentIndexChanged.connect(self._name_parts)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self._name_parts()

    def _name_parts(self) -> None:
        """Each box says which reaction it is for, to a screen reader."""
        reaction = combo_enum(self.reaction, Reaction)
        which = (
            reaction.label if reaction is not None else translate("ReactionRow", "this reaction")
        )
        self.reaction.setAccessibleName(translate("ReactionRow", "Reaction observed"))
        self.severity.setAccessibleName(
            translate("ReactionRow", "Severity of {reaction}").format(reaction=which)
        )
        self.observed.setAccessibleName(
            translate("ReactionRow", "When {reaction} was seen").format(reaction=which)
        )
        self.note.setAccessibleName(
            translate("ReactionRow", "Note on {reaction}").format(reaction=which)
        )
        remove = translate("ReactionRow", "Remove {reaction}").format(reaction=which)
        self.remove.setAccessibleName(remove)
        self.remove.setToolTip(remove)

    def widgets(self) -> list[QWidget]:
        return [self.reaction, self.severity, self.observed, self.note, self.remove]

    def set_value(self, item: ReactionObservation) -> None:
        self.editor.set_value(item)

    def value(self) -> ReactionObservation | None:
        return self.editor.value()


class RowsEditor(QWidget):
    """A grid of rows with a header and an "Add" button; rows report their errors under
    the keys ``"<key>.<row index>"``."""

    changed = Signal()

    def __init__(
        self,
        key: str,
        headers: list[str],
        make_row: Callable[[int], AreaRow | ReactionRow],
        add_label: str,
        errors: FieldErrors,
        empty_text: str,
    ) -> None:
        super().__init__()
        self._key = key
        self._make_row = make_row
        self._errors = errors
        self._created = 0
        self.rows: list[AreaRow | ReactionRow] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._headers = [QLabel(text, objectName="columnHeader") for text in headers]
        self._empty = QLabel(empty_text, objectName="emptyHint")
        self.error = errors.register(key, ErrorLabel())
        self.add_button = QPushButton(add_label, objectName=f"add_{key}")
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self._empty)
        layout.addWidget(self.error)
        button_row = QHBoxLayout()
        button_row.addWidget(self.add_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        self._relayout()

    def add_row(self) -> AreaRow | ReactionRow:
        row = self._make_row(self._created)
        row.setParent(self)
        self._created += 1
        row.removed.connect(self._remove_row)
        # What the row is (its area) changes what applies: the form re-checks.
        row.widgets()[0].currentIndexChanged.connect(self.changed)
        self.rows.append(row)
        self._relayout()
        for widget in row.widgets():  # shown now (the layout would only on the next turn),
            widget.setVisible(self.isVisible())  # so that the focus can go to the new row
        row.widgets()[0].setFocus()
        self.error.show_message(None)
        self.changed.emit()
        return row

    def clear(self) -> None:
        for row in list(self.rows):
            self._remove_row(row)

    def _remove_row(self, row: QObject) -> None:
        self.rows.remove(row)
        for widget in [*row.widgets(), row.error]:
            widget.setParent(None)
            widget.deleteLater()
        row.deleteLater()
        self._relayout()
        self.changed.emit()

    def _relayout(self) -> None:
        while self._grid.count():
            self._grid.takeAt(0)
        self._errors.unregister_prefix(self._key)
        self._errors.register(self._key, self.error)
        for column, header in enumerate(self._headers):
            self._grid.addWidget(header, 0, column)
            header.setVisible(bool(self.rows))
        for index, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, 1 + index * 2, column)
            self._grid.addWidget(row.error, 2 + index * 2, 0, 1, len(self._headers))
            self._errors.register(f"{self._key}.{index}", row.error)
        self._grid.setColumnStretch(3, 1)
        self._empty.setVisible(not self.rows)
