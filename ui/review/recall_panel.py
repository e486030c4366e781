"""Recall by lot, under the sessions review: once a lot is typed, every client it went
to with their phone and email, to export as CSV (for a mail merge or the phone list)
or to print. Both are audited by the core: the lot and how many clients, never who."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from logger_app.errors import LogbookError
from logger_app.export.output import name_slug
from logger_app.export.recall import (
    RecallContact,
    client_count,
    contacts_html,
    export_contacts_csv,
    recall_contacts,
    record_contacts_printed,
)
from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import SessionFilter

from ..common.display import format_date, plain_label
from ..common.models import Column, RecordTableModel
from ..common.prompts import Prompter
from .review_parts import results_table, titled


class RecallContactsModel(RecordTableModel[RecallContact]):
    columns = (
        Column(
            translatable("RecallContactsModel", "Client"),
            lambda c: c.client_name,
            sort_key=lambda c: c.client_name.lower(),
        ),
        Column(translatable("RecallContactsModel", "Phone"), lambda c: c.phone or "—"),
        Column(translatable("RecallContactsModel", "Email"), lambda c: c.email or "—"),
        Column(
            translatable("RecallContactsModel", "Session"),
            lambda c: format_date(c.session_date),
            sort_key=lambda c: c.session_date,
        ),
        Column(translatable("RecallContactsModel", "Product"), lambda c: c.product),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = titled(self.columns, lambda title: translate("RecallContactsModel", title))

    def record_id(self, record: RecallContact) -> int:
        return record.session_id


class RecallPanel(QWidget):
    """Hidden until the review is narrowed to a lot (``show_recall``)."""

    def __init__(self, logbook: Logbook, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recallPanel")
        self._logbook = logbook
        self._prompter = prompter
        self.lot = ""
        self.contacts: list[RecallContact] = []
        self.title = plain_label(objectName="sectionTitle")
        self.result = plain_label(objectName="emptyHint")
        self.result.setWordWrap(True)
        self.model = RecallContactsModel(self)
        self.table = QTableView(objectName="recallContacts")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("RecallPanel", "Clients to contact about the lot"))
        results_table(self.table, (230, 170, 260, 130))
        self.export_button = QPushButton(
            translate("RecallPanel", "Export contacts (CSV)…"), objectName="exportContacts"
        )
        self.export_button.setToolTip(
            translate(
                "RecallPanel",
                "Client id, name, phone, email, session date, product and lot, for a mail merge "
                "or a phone list",
            )
        )
        self.export_button.clicked.connect(self.export_csv)
        self.print_button = QPushButton(
            translate("RecallPanel", "Print…"), objectName="printContacts"
        )
        self.print_button.setToolTip(
            translate("RecallPanel", "The contact list on paper, previewed first")
        )
        self.print_button.clicked.connect(self.print_list)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self.hide()

    def show_recall(self, search: SessionFilter) -> None:
        """The contacts of ``search``'s lot (hidden when it names none, or nobody got it)."""
        self.lot = search.lot.strip()
        self.contacts = recall_contacts(self._logbook, search) if self.lot else []
        self.model.set_rows(self.contacts)
        count = client_count(self.contacts)
        self.title.setText(
            (
                translate("RecallPanel", "Recall: lot {lot} — 1 client to contact")
                if count == 1
                else translate("RecallPanel", "Recall: lot {lot} — {count} clients to contact")
            ).format(lot=self.lot, count=count)
        )
        self.result.setText("")
        self.setVisible(bool(self.contacts))

    def _default_path(self) -> Path:
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(location) if location and Path(location).is_dir() else Path.home()
        lot = name_slug(self.lot, lower=False) or "lot"
        return folder / f"recall-{lot}-{datetime.now():%Y-%m-%d}.csv"

    def export_csv(self) -> Path | None:
        if not self.contacts:
            return None
        path = self._prompter.save_file(
            self,
            translate("RecallPanel", "Export recall contacts"),
            self._default_path(),
            translate("RecallPanel", "CSV files (*.csv)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            written = export_contacts_csv(self._logbook, self.lot, self.contacts, path)
        except LogbookError as error:
            self._prompter.error(
                self, translate("RecallPanel", "Contacts not exported"), str(error)
            )
            return None
        self.result.setText(
            translate("RecallPanel", "Contacts exported to {path}").format(path=written)
        )
        return written

    def print_list(self) -> bool:
        if not self.contacts:
            return False
        from logger_app.export.printing import print_html

        html = contacts_html(self.lot, self.contacts, date.today())
        problems: list[str] = []

        def paint(printer) -> None:
            try:
                print_html(html, printer)
            except LogbookError as error:
                problems.append(str(error))

        printed = self._prompter.print_preview(
            self, translate("RecallPanel", "Recall contacts, lot {lot}").format(lot=self.lot), paint
        )
        if problems:
            self._prompter.error(self, translate("RecallPanel", "Not printed"), problems[-1])
            return False
        if printed:
            record_contacts_printed(self._logbook, self.lot, self.contacts)
            self.result.setText(translate("RecallPanel", "Contact list sent to the printer."))

        return printed
