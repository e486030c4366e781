"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions when
the dialog opens (menus, toolbar, the window's own), so that it is never written twice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Shortcut:
    action: str  # the action's text, without its "&"
    keys: str  # the key sequences as this platform writes them
    where: str  # the menu it is in, without its "&"; "" for the window's own


def plain_text(text: str) -> str:
    """A menu text as read: "&&" is an "&", a single "&" marks the accelerator."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Each action of ``window`` that has a shortcut, once, sorted by menu and text."""
    where: dict[QAction, str] = {}

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {plain_text(action.menu().title())}")
            else:
                where.setdefault(action, path)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), plain_text(top.menu().title()))
    candidates = [*where, *window.actions(), *window.findChildren(QAction)]
    found: dict[int, Shortcut] = {}
    for action in candidates:
        keys = [key for key in action.shortcuts() if not key.isEmpty()]
        if not keys or id(action) in found or not action.text():
            continue
        found[id(action)] = Shortcut(
            plain_text(action.text()),
            ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys),
            where.get(action, ""),
        )
    return sorted(found.values(), key=lambda s: (s.where == "", s.where, s.action.casefold()))


class ShortcutsModel(QAbstractTableModel):
    """Columns: the action, its keys, the menu it is in."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(shortcuts)

    def headers(self) -> tuple[str, str, str]:
        return (
            translate("ShortcutsDialog", "Action"),
            translate("ShortcutsDialog", "Shortcut"),
            translate("ShortcutsDialog", "Menu"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.action, row.keys, row.where or translate("ShortcutsDialog", "Window"))[
                index.column()
            ]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return self.headers()[section]
        return None


class ShortcutsDialog(QDialog):
    """The table of shortcuts, sortable by any column, filtered as one types."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.model = ShortcutsModel(window_shortcuts(window), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # any column: an action, a key, a menu
        self.filter = QLineEdit(objectName="shortcutsFilter")
        self.filter.setPlaceholderText(translate("ShortcutsDialog", "Filter…"))
        self.filter.setAccessibleName(translate("ShortcutsDialog", "Filter the shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(objectName="shortcutsTable")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, in its order (for tests and a screen reader's summary)."""
        return [
            tuple(  # type: ignore[misc]
                self.proxy.index(row, column).data() for column in range(3)
            )
            for row in range(self.proxy.rowCount())
        ]
