"""Repeating rows of the session form: treated areas and observed reactions.

A few rows per session at most, so each row is plain widgets: quick to fill in with the
keyboard, and tests type into the very widgets a practitioner uses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.records import AreaTreatment, ReactionObservation
from logger_app.validation import depth_problem
from logger_app.vocabulary import (
    DEPTH_STEP_MM,
    MAX_PASSES,
    Area,
    ObservedWhen,
    Reaction,
    Severity,
    suggested_depth_mm,
)

from ..common.form_support import ErrorLabel, FieldErrors, combo_enum

# The depth box accepts more than the allowed range so that a mistyped depth is shown
# with a message instead of being silently clamped.
_DEPTH_BOX_MAX_MM = 9.95


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
        self.area = QComboBox(objectName=f"area_{index}")
        self.area.setPlaceholderText("Choose area…")
        for area in Area:
            self.area.addItem(area.label, area)
        self.area.setCurrentIndex(-1)
        self.area.setMinimumWidth(170)
        self.depth = QDoubleSpinBox(objectName=f"depth_{index}")
        self.depth.setRange(0.0, _DEPTH_BOX_MAX_MM)
        self.depth.setDecimals(2)
        self.depth.setSingleStep(DEPTH_STEP_MM)
        self.depth.setSuffix(" mm")
        self.depth.setValue(0.5)
        self.depth.setAccessibleName("Needle depth")
        self.passes = QSpinBox(objectName=f"passes_{index}")
        self.passes.setRange(0, MAX_PASSES)
        self.passes.setSpecialValueText("—")
        self.passes.setSuffix(" passes")
        self.note = QLineEdit(objectName=f"area_note_{index}")
        self.note.setPlaceholderText("Note")
        self.remove = _remove_button("Remove this area")
        self.error = ErrorLabel()
        self._depth_touched = False
        self.depth.valueChanged.connect(self._check_depth)
        self.depth.editingFinished.connect(self._mark_depth_touched)
        self.area.currentIndexChanged.connect(self._area_chosen)
        self.remove.clicked.connect(lambda: self.removed.emit(self))

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

    def _check_depth(self, value: float) -> None:
        self._depth_touched = True
        self.error.show_message(depth_problem(value))

    def set_value(self, item: AreaTreatment) -> None:
        self.area.setCurrentIndex(self.area.findData(item.area))
        self.depth.setValue(item.depth_mm)
        self._depth_touched = True
        self.passes.setValue(item.passes or 0)
        self.note.setText(item.note)

    def value(self) -> AreaTreatment | None:
        area = combo_enum(self.area, Area)
        if area is None:
            return None
        return AreaTreatment(
            area=area,
            depth_mm=round(self.depth.value(), 2),
            passes=self.passes.value() or None,
            note=self.note.text().strip(),
        )


class ReactionRow(QObject):
    """The widgets of one observed reaction; they live in the editor's grid."""

    removed = Signal(QObject)

    def __init__(self, index: int) -> None:
        super().__init__()
        self.reaction = QComboBox(objectName=f"reaction_{index}")
        self.reaction.setPlaceholderText("Choose reaction…")
        for reaction in Reaction:
            self.reaction.addItem(reaction.label, reaction)
        self.reaction.setCurrentIndex(-1)
        self.reaction.setMinimumWidth(170)
        self.severity = QComboBox(objectName=f"severity_{index}")
        for severity in Severity:
            self.severity.addItem(severity.label, severity)
        self.severity.setCurrentIndex(Severity.MILD)
        self.observed = QComboBox(objectName=f"observed_{index}")
        for when in ObservedWhen:
            self.observed.addItem(when.label, when)
        self.observed.setCurrentIndex(self.observed.findData(ObservedWhen.IMMEDIATELY_AFTER))
        self.note = QLineEdit(objectName=f"reaction_note_{index}")
        self.note.setPlaceholderText("Note")
        self.remove = _remove_button("Remove this reaction")
        self.error = ErrorLabel()
        self.reaction.currentIndexChanged.connect(lambda: self.error.show_message(None))
        self.remove.clicked.connect(lambda: self.removed.emit(self))

    def widgets(self) -> list[QWidget]:
        return [self.reaction, self.severity, self.observed, self.note, self.remove]

    def set_value(self, item: ReactionObservation) -> None:
        self.reaction.setCurrentIndex(self.reaction.findData(item.reaction))
        self.severity.setCurrentIndex(self.severity.findData(item.severity))
        self.observed.setCurrentIndex(self.observed.findData(item.observed))
        self.note.setText(item.note)

    def value(self) -> ReactionObservation | None:
        reaction = combo_enum(self.reaction, Reaction)
        if reaction is None:
            return None
        return ReactionObservation(
            reaction=reaction,
            severity=combo_enum(self.severity, Severity),
            observed=combo_enum(self.observed, ObservedWhen),
            note=self.note.text().strip(),
        )


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
        self.rows.append(row)
        self._relayout()
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
