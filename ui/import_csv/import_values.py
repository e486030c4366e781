"""The preview's "Values" section: each value of the files the logbook does not know
("trocken" as a skin type), how many rows hold it, and a combo of the logbook's values
to read it as. Choosing one starts a new dry run; the choices (and the mappings the
source had remembered) are what ``ImportOptions.value_maps`` holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.import_csv import ImportPlan
from logger_app.import_csv.translation import VALUE_FIELDS, ValueMaps, value_choices

from ..common.display import format_number, plain_tooltip
from ..common.models import TitledTableModel
from .import_wizard import caption

AnyIndex = QModelIndex | QPersistentModelIndex
NOT_MAPPED = translatable("ValueModel", "(choose the logbook's value)")


@dataclass
class ValueEntry:
    field: str
    value: str  # as the file writes it
    key: str  # as ``values.normalise`` writes it: the key of the mapping
    rows: int | None  # None: a remembered mapping not met in this dry run
    first: str = ""  # "clients.csv row 4"
    chosen: str | None = None


class ValueModel(TitledTableModel):
    """One line per value: field, value in the file, rows, and the logbook value chosen
    (editable). ``mapped`` is emitted when the user chooses one."""

    FIELD, VALUE, ROWS, CHOSEN = range(4)
    TITLES = (
        translatable("ValueModel", "Field"),
        translatable("ValueModel", "Value in the file"),
        translatable("ValueModel", "Rows"),
        translatable("ValueModel", "Read as"),
    )
    mapped = Signal(str, str, object)  # field, key, logbook value or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[ValueEntry] = []

    def show(self, plan: ImportPlan, maps: ValueMaps) -> None:
        """The plan's unknown values, and every mapping in force (the ones chosen stay
        listed, with their rows as last counted, so that they can be changed)."""
        before = {(e.field, e.key): e for e in self._entries}
        entries: dict[tuple[str, str], ValueEntry] = {}
        for unknown in plan.unknown_values:
            key = (unknown.field, _key(unknown.value))
            entries[key] = ValueEntry(
                unknown.field, unknown.value, key[1], unknown.rows,
                translate("ValueModel", "{file} row {row}").format(
                    file=unknown.file, row=unknown.first_row
                ),
            )  # fmt: skip
        for field, values in maps.items():
            for source, value in values.items():
                old = before.get((field, source))
                entry = (
                    entries.get((field, source)) or old or ValueEntry(field, source, source, None)
                )
                entry.chosen = value
                entries[(field, source)] = entry
        self.beginResetModel()
        self._entries = sorted(entries.values(), key=lambda e: (e.chosen is not None, e.field))
        self.endResetModel()

    def entry(self, row: int) -> ValueEntry:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == self.CHOSEN:
            return entry.chosen
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (
                VALUE_FIELDS.get(entry.field, entry.field),
                entry.value,
                translate("ValueModel", "remembered")
                if entry.rows is None
                else format_number(entry.rows),
                _label(entry.field, entry.chosen),
            )[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.ROWS:
                text = (
                    translate("ValueModel", "First: {where}").format(where=entry.first)
                    if entry.first
                    else translate("ValueModel", "Remembered for this source")
                )
            return text if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(text)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.CHOSEN
            or not 0 <= index.row() < len(self._entries)
        ):
            return False
        entry = self._entries[index.row()]
        if entry.chosen == (value or None):
            return False
        entry.chosen = value or None
        self.dataChanged.emit(index, index)
        self.mapped.emit(entry.field, entry.key, entry.chosen)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.CHOSEN else flags


class ValueDelegate(QStyledItemDelegate):
    """A combo of the logbook's values of the row's field; a choice is saved at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        entry = model.entry(index.row()) if isinstance(model, ValueModel) else None
        combo = QComboBox(parent)
        combo.setAccessibleName(
            translate("ValueDelegate", "Read '{value}' as").format(value=entry.value)
            if entry
            else translate("ValueModel", "Read as")
        )
        combo.addItem(translate("ValueModel", NOT_MAPPED), None)
        for value, label in value_choices(entry.field) if entry else ():
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ValuesBox(QGroupBox):
    """The section, shown when the files hold values to map (or mappings are set)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ValuesBox", "Values"), parent)
        self.setObjectName("importValues")
        self.model = ValueModel(self)
        self.table = QTableView(objectName="importValueTable")
        self.table.setAccessibleName(
            translate("ValuesBox", "Values of the files and how each is read")
        )
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ValueModel.CHOSEN, ValueDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ValueModel.CHOSEN, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                translate(
                    "ValuesBox",
                    "Values of your files the logbook does not know: choose how it reads each "
                    "(“trocken” as Dry, say). The choices are remembered for this source.",
                )
            )
        )
        layout.addWidget(self.table)
        self.model.modelReset.connect(self._open_editors)
        # As tall as its lines: the problems' table below takes the rest of the page.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_plan(self, plan: ImportPlan, maps: ValueMaps) -> None:
        self.model.show(plan, maps)
        self.setVisible(self.model.rowCount() > 0)
        rows = min(self.model.rowCount(), 5)
        # Up to five lines without scrolling; the problems keep the rest of the page.
        height = self.table.horizontalHeader().height() + rows * 30 + 4
        self.table.setFixedHeight(max(height, 60))

    def combo(self, row: int) -> QComboBox:
        """The combo of a line (also a test seam)."""
        widget = self.table.indexWidget(self.model.index(row, ValueModel.CHOSEN))
        assert isinstance(widget, QComboBox)
        return widget

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, ValueModel.CHOSEN))
        for column in (ValueModel.FIELD, ValueModel.VALUE, ValueModel.ROWS):
            self.table.resizeColumnToContents(column)
        # A long value does not squeeze the combos; its tooltip has it whole.
        value_width = self.table.columnWidth(ValueModel.VALUE)
        self.table.setColumnWidth(ValueModel.VALUE, min(max(value_width, 160), 360))


def _label(field: str, value: str | None) -> str:
    if value is None:
        return translate("ValueModel", NOT_MAPPED)
    labels = dict(value_choices(field))
    return ", ".join(labels.get(part.strip(), part.strip()) for part in value.split(","))


def _key(value: str) -> str:
    from logger_app.import_csv.values import normalise

    return normalise(value)
