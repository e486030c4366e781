"""The left pane of the main window: the search box, the client list, its count and
"Show archived". The full list is read once and again only after a change, so typing
in the search (or clearing it) filters without reading every client again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import ClientListEntry

from ..common.display import format_date
from ..common.models import RECORD_ID_ROLE, ClientListModel


class ClientList(QWidget):
    # The list was refreshed and no row is selected; True: the list has clients.
    nothing_selected = Signal(bool)

    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="clientPanel")
        self.logbook = logbook
        self._all_clients: list[ClientListEntry] | None = None
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(
            translate("ClientList", "Search name, phone or email   (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ClientList", "Search clients"))
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.open_first_match)

        self.model = ClientListModel(self)
        self.view = QTableView(objectName="clientList")
        self.view.setAccessibleName(translate("ClientList", "Clients"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths for the date columns: sizing them to their content would measure
        # thousands of rows on every keystroke of the search.
        metrics = self.view.fontMetrics()
        widest_date = format_date(date(2026, 9, 28))  # as the list writes it, in any language
        no_session = translate("ClientList", "No session yet")
        for column, widest in ((1, widest_date), (2, no_session)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.count = QLabel(objectName="clientCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 4, 10)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self.show_archived = QCheckBox(
            translate("ClientList", "Show archived"), objectName="showArchived"
        )
        self.show_archived.setToolTip(translate("ClientList", "List archived clients too (greyed)"))
        self.show_archived.toggled.connect(self.reload)
        below = QHBoxLayout()
        below.addWidget(self.count, 1)
        below.addWidget(self.show_archived)
        layout.addLayout(below)

    def use_logbook(self, logbook: Logbook) -> None:
        """The logbook was opened again (after a restore): read the list from it."""
        self.logbook = logbook
        self.reload()

    def selected_client_id(self) -> int | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.data(indexes[0], RECORD_ID_ROLE) if indexes else None

    def refresh(self, *_args: object, select: int | None = None) -> None:
        """Filter the list by the current search, keeping (or moving) the selection."""
        keep = select if select is not None else self.selected_client_id()
        everyone = self._everyone()
        matching = self.logbook.matching_client_ids(self.search.text())
        entries = everyone if matching is None else [e for e in everyone if e.id in matching]
        self.model.set_rows(entries)
        total = len(everyone)
        if self.search.text().strip():
            shown = (
                translate("ClientList", "{shown} of 1 client matches")
                if total == 1
                else translate("ClientList", "{shown} of {total} clients match")
            )
            self.count.setText(shown.format(shown=len(entries), total=total))
        else:
            self.count.setText(
                translate("ClientList", "1 client")
                if total == 1
                else translate("ClientList", "{count} clients").format(count=total)
            )
        row = self.model.row_of_id(keep) if keep is not None else None
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self.nothing_selected.emit(bool(total))

    def reload(self) -> None:
        """Read the list again (the logbook changed behind the list's back)."""
        self._all_clients = None
        self.refresh()

    def clear_search(self) -> None:
        """Empty the search without filtering: the caller refreshes with its selection."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def _everyone(self) -> list[ClientListEntry]:
        """The unfiltered list, read once and again only after a save: clearing the
        search then costs no query."""
        if self._all_clients is None:
            self._all_clients = self.logbook.list_clients(archived=self.show_archived.isChecked())
        return self._all_clients

    def open_first_match(self) -> None:
        if self.model.rowCount():
            self.view.selectRow(0)
            self.view.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
