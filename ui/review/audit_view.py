"""The audit log in a window: every change to the logbook, who made it and when;
filtered by date, action, person and client, and exported as CSV."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError
from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import AuditEntry, AuditFilter

from ..common.changes import ChangeRelay, listen
from ..common.date_range import DateRange
from ..common.display import format_datetime, plain_label
from ..common.models import Column, RecordTableModel
from ..common.prompts import Prompter
from ..common.theme import color
from .review_parts import filter_field, place_filters, results_table, thousands, titled

SHOWN_AT_MOST = 5000
# Said through translate("AuditView", label) (action_label).
ACTION_LABELS = {
    "create": translatable("AuditView", "Created"),
    "update": translatable("AuditView", "Changed"),
    "sign": translatable("AuditView", "Signed"),
    "amend": translatable("AuditView", "Amended"),
    "delete": translatable("AuditView", "Deleted"),
    "archive": translatable("AuditView", "Archived"),
    "unarchive": translatable("AuditView", "Unarchived"),
    "erase": translatable("AuditView", "Erased"),
    "export": translatable("AuditView", "Exported"),
    "backup": translatable("AuditView", "Backed up"),
    "restore": translatable("AuditView", "Restored"),
    "repair": translatable("AuditView", "Repaired"),
    "upgrade": translatable("AuditView", "Upgraded"),
    "sign_in": translatable("AuditView", "Signed in"),
    "sign_in_failed": translatable("AuditView", "Wrong passphrase"),
    "key": translatable("AuditView", "New signing key"),
    "seal": translatable("AuditView", "Sealed at the upgrade"),
}


def action_label(action: str) -> str:
    if action in ACTION_LABELS:
        return translate("AuditView", ACTION_LABELS[action])
    return action.replace("_", " ").capitalize()


def _record(entry: AuditEntry) -> str:

    name = entry.entity.replace("_", " ")
    return f"{name} {entry.entity_id}" if entry.entity_id is not None else name


def _action_color(entry: AuditEntry) -> QColor | None:
    if entry.action in ("erase", "delete", "sign_in_failed"):
        return color("danger")
    return color("heading") if entry.action in ("sign", "amend") else None


class AuditModel(RecordTableModel[AuditEntry]):
    columns = (
        Column(
            translatable("AuditModel", "When"),
            lambda e: format_datetime(e.at),
            sort_key=lambda e: e.at,
        ),
        Column(translatable("AuditModel", "Who"), lambda e: e.actor),
        Column(
            translatable("AuditModel", "Action"),
            lambda e: action_label(e.action),
            foreground=_action_color,
        ),
        Column(translatable("AuditModel", "Record"), _record),
        Column(
            translatable("AuditModel", "Client"),
            lambda e: "" if e.client_id is None else str(e.client_id),
        ),
        Column(translatable("AuditModel", "What"), lambda e: e.summary),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = titled(self.columns, lambda title: translate("AuditModel", title))


class AuditView(QDialog):
    """A window of its own."""

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        parent: QWidget | None = None,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setWindowTitle(translate("AuditView", "Audit log"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(1240, 720)
        self._logbook = logbook
        self._prompter = prompter
        self.entries: list[AuditEntry] = []
        if changes is not None:  # every change writes an entry: the log never goes stale
            listen(changes, self, self.refresh)

        today = QDate.currentDate()
        self.dates = DateRange(self, today.addMonths(-1), today)
        self.use_from, self.date_from = self.dates.use_from, self.dates.date_from
        self.use_to, self.date_to = self.dates.use_to, self.dates.date_to
        self.action = QComboBox(objectName="auditAction")
        self.actor = QComboBox(objectName="auditActor")
        self.client = filter_field("auditClient", translate("AuditView", "Client name or id"))
        self.clear_button = QPushButton(
            translate("AuditView", "Clear filters"), objectName="clearFilters"
        )
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QGridLayout()
        self.dates.place(filters, 0, 0)
        place_filters(
            filters,
            0,
            4,
            (
                (translate("AuditView", "Action"), self.action),
                (translate("AuditView", "Who"), self.actor),
                (translate("AuditView", "Client"), self.client),
            ),
        )
        filters.addWidget(self.clear_button, 0, 10)
        filters.setColumnStretch(9, 1)

        self.model = AuditModel(self)
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        results_table(self.table, (150, 190, 110, 140, 70))
        self.summary = plain_label(objectName="auditSummary")
        self.export_button = QPushButton(
            translate("AuditView", "Export CSV…"), objectName="exportAudit"
        )
        self.export_button.setToolTip(translate("AuditView", "The entries shown, as a CSV file"))
        self.export_button.clicked.connect(self.export_csv)
        close = QPushButton(translate("AuditView", "Close"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "AuditView",
                "Every change to the logbook is listed here, and no entry can be changed or "
                "removed. Entries name clients by id only.",
            ),
            objectName="dialogIntro",
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.client.textChanged.connect(self._debounce.start)
        for combo in (self.action, self.actor):
            combo.currentIndexChanged.connect(self.refresh)
        self.dates.changed.connect(self.refresh)
        self._fill_choices()
        self.refresh()

    def _fill_choices(self) -> None:
        for combo, values, label in (
            (self.action, self._logbook.audit_actions(), action_label),
            (self.actor, self._logbook.audit_actors(), str),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("AuditView", "Any"), "")
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            since=self.dates.since(),
            before=self.dates.before(),
            action=self.action.currentData() or "",
            actor=self.actor.currentData() or "",
            client_ids=self._client_ids(self.client.text()),
        )

    def _client_ids(self, text: str) -> frozenset[int] | None:
        """An id typed (an erased client's too), or the clients whose name, phone or
        email matches; None: no client filter."""
        text = text.strip().removeprefix("#")
        if not text:
            return None
        if text.isdigit():
            return frozenset({int(text)})
        matching = self._logbook.matching_client_ids(text)
        return None if matching is None else frozenset(matching)

    def refresh(self) -> None:
        self._fill_choices()
        search = self.current_filter()
        self.entries = self._logbook.audit_entries(search, SHOWN_AT_MOST)
        self.model.set_rows(self.entries)
        total = self._logbook.audit_count(search)
        text = (
            translate("AuditView", "1 entry")
            if total == 1
            else translate("AuditView", "{count} entries").format(count=thousands(total))
        )
        if total > len(self.entries):
            text += translate(
                "AuditView", " — showing the newest {count}; narrow the filters"
            ).format(count=thousands(len(self.entries)))
        self.summary.setText(text)
        self.export_button.setEnabled(bool(self.entries))

    def clear_filters(self) -> None:
        widgets = (self.action, self.actor, self.client)
        for widget in widgets:
            widget.blockSignals(True)
        self.action.setCurrentIndex(0)
        self.actor.setCurrentIndex(0)
        self.dates.clear()
        self.client.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    def export_csv(self) -> Path | None:
        """The entries shown, as CSV; the export is itself recorded in the log."""
        path = self._save_dialog(self._default_path())
        if path is None:
            return None
        try:
            written = self._logbook.export_audit_csv(self.entries, path)
        except LogbookError as error:
            self.summary.setText(
                translate("AuditView", "Not exported: {reason}").format(reason=error)
            )
            return None
        self.refresh()
        self.summary.setText(
            self.summary.text()
            + translate("AuditView", " · exported to {path}").format(path=written)
        )
        return written

    def _default_path(self) -> Path:
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(location) if location and Path(location).is_dir() else Path.home()
        return folder / f"audit-log-{datetime.now():%Y-%m-%d}.csv"

    def _save_dialog(self, default: Path) -> Path | None:
        path = self._prompter.save_file(
            self,
            translate("AuditView", "Export the audit log"),
            default,
            translate("AuditView", "CSV files (*.csv)"),
        )
        if path is None:
            return None
        return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")
