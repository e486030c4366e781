"""Review past treatments across all clients: filter, sort, open — and recall by lot."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import SessionFilter, SessionListing
from logger_app.text import count_of
from logger_app.vocabulary import ADVERSE_REACTIONS, Area, Device, Reaction, Severity

from ..common.changes import ChangeRelay, listen, of_kind
from ..common.date_range import DateRange
from ..common.display import format_datetime, format_depth, plain_label
from ..common.form_support import combo_enum
from ..common.models import SORT_ROLE, Column, RecordTableModel
from ..common.prompts import Prompter
from ..common.theme import severity_color
from .recall_panel import RecallPanel
from .review_parts import filter_field, place_filters, results_table, thousands, titled

SHOWN_AT_MOST = 1000


def _areas(listing: SessionListing) -> str:
    return ", ".join(f"{area.label} {format_depth(depth)}" for area, depth in listing.areas)


def _worst(listing: SessionListing) -> str:
    if listing.worst_reaction is None:
        return translate("SessionsReviewModel", "None recorded")
    reaction, severity = listing.worst_reaction
    return f"{reaction.label} ({severity.label.lower()})"


def _worst_color(listing: SessionListing) -> QColor | None:
    if listing.worst_reaction is None:
        return None
    # As in the client's history and trends: one colour per severity, adverse as severe.
    reaction, severity = listing.worst_reaction
    return severity_color(Severity.SEVERE if reaction in ADVERSE_REACTIONS else severity)


class SessionsReviewModel(RecordTableModel[SessionListing]):
    columns = (
        Column(
            translatable("SessionsReviewModel", "Date"),
            lambda s: format_datetime(s.started_at),
            sort_key=lambda s: s.started_at,
        ),
        Column(
            translatable("SessionsReviewModel", "Client"),
            lambda s: s.client_name,
            sort_key=lambda s: s.client_name.lower(),
        ),
        Column(translatable("SessionsReviewModel", "Areas and depths"), _areas),
        Column(
            translatable("SessionsReviewModel", "Device"),
            lambda s: ", ".join(filter(None, (s.device.label, s.cartridge))),
        ),
        Column(
            translatable("SessionsReviewModel", "Worst reaction"),
            _worst,
            foreground=_worst_color,
            sort_key=lambda s: int(s.worst_reaction[1]) if s.worst_reaction else -1,
        ),
        Column(translatable("SessionsReviewModel", "Lots"), lambda s: s.lots),
        Column(translatable("SessionsReviewModel", "Practitioner"), lambda s: s.practitioner),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = titled(self.columns, lambda title: translate("SessionsReviewModel", title))

    def record_id(self, record: SessionListing) -> int:
        return record.session_id


def _any_combo(name: str, values) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem(translate("SessionsReview", "Any"), None)
    for value in values:
        combo.addItem(value.label, value.value)
    return combo


class SessionsReview(QDialog):
    """A window of its own, beside the main one. ``open_session(client_id, session_id)``
    asks the main window to show that record."""

    open_session = Signal(int, int)

    def __init__(
        self,
        logbook: Logbook,
        parent: QWidget | None = None,
        changes: ChangeRelay | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SessionsReview", "Sessions across clients"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(1320, 780)
        self._logbook = logbook
        if changes is not None:  # sessions recorded, signed, amended or gone with a client
            listen(changes, self, self.refresh, of_kind("session", "client"))

        today = QDate.currentDate()
        self.dates = DateRange(self, today.addYears(-1), today)
        self.use_from, self.date_from = self.dates.use_from, self.dates.date_from
        self.use_to, self.date_to = self.dates.use_to, self.dates.date_to
        self.area = _any_combo("area", Area)
        self.device = _any_combo("device", Device)
        self.reaction = _any_combo("reaction", Reaction)
        self.min_severity = QComboBox(objectName="minSeverity")
        self.min_severity.addItem(translate("SessionsReview", "Any"), None)
        for severity in (Severity.MILD, Severity.MODERATE, Severity.SEVERE):
            self.min_severity.addItem(
                translate("SessionsReview", "{severity} or worse").format(severity=severity.label),
                int(severity),
            )
        self.practitioner = QComboBox(objectName="practitioner")
        self.practitioner.addItem(translate("SessionsReview", "Any"), "")
        for practitioner in logbook.practitioners():
            self.practitioner.addItem(practitioner.name, practitioner.name)
        self.lot = filter_field("lot", translate("SessionsReview", "Exact lot, e.g. HA24-0317"))
        self.clear_button = QPushButton(
            translate("SessionsReview", "Clear filters"), objectName="clearFilters"
        )
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QGridLayout()
        self.dates.place(filters, 0, 0)
        place_filters(
            filters,
            0,
            4,
            (
                (translate("SessionsReview", "Area"), self.area),
                (translate("SessionsReview", "Device"), self.device),
                (translate("SessionsReview", "Practitioner"), self.practitioner),
            ),
        )
        for column, (label, widget) in enumerate(
            (
                (translate("SessionsReview", "Reaction"), self.reaction),
                (translate("SessionsReview", "Severity"), self.min_severity),
                (translate("SessionsReview", "Lot"), self.lot),
            )
        ):
            filters.addWidget(QLabel(label), 1, column * 2)
            filters.addWidget(widget, 1, 1 + column * 2, 1, 3 if column == 2 else 1)
        filters.addWidget(self.clear_button, 1, 9)

        self.model = SessionsReviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="sessionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        results_table(self.table, (150, 190, 330, 150, 190, 130))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(self._open)
        self.summary = plain_label(objectName="clientCount")
        open_button = QPushButton(
            translate("SessionsReview", "Open session"), objectName="openSession"
        )
        open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

        # Narrowed to a lot: who to contact, under the sessions (``recall_panel``).
        self.recall = RecallPanel(logbook, prompter or Prompter(), self)
        self.results = results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(self.table)
        results.addWidget(self.recall)
        results.setStretchFactor(0, 1)
        results.setStretchFactor(1, 1)
        results.setChildrenCollapsible(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(results, 1)
        layout.addLayout(bottom)

        # Typing a lot re-queries once the typing pauses; a pick re-queries at once.
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.lot.textChanged.connect(self._debounce.start)
        for combo in (self.area, self.device, self.reaction, self.min_severity, self.practitioner):
            combo.currentIndexChanged.connect(self.refresh)
        self.dates.changed.connect(self.refresh)
        self.refresh()

    def current_filter(self) -> SessionFilter:
        severity = self.min_severity.currentData()
        return SessionFilter(
            started_from=self.dates.since(),
            started_before=self.dates.before(),
            area=combo_enum(self.area, Area),
            device=combo_enum(self.device, Device),
            reaction=combo_enum(self.reaction, Reaction),
            min_severity=None if severity is None else Severity(severity),
            practitioner=self.practitioner.currentData() or "",
            lot=self.lot.text().strip(),
        )

    def refresh(self) -> None:
        search = self.current_filter()
        rows = self._logbook.find_sessions(search, SHOWN_AT_MOST)
        sessions, clients = self._logbook.count_sessions(search)
        self.model.set_rows(rows)
        sessions_text = count_of(
            sessions,
            translate("SessionsReview", "session"),
            translate("SessionsReview", "sessions"),
        )
        clients_text = count_of(
            clients, translate("SessionsReview", "client"), translate("SessionsReview", "clients")
        )
        text = translate("SessionsReview", "{sessions} of {clients} match").format(
            sessions=sessions_text, clients=clients_text
        )
        if sessions > len(rows):
            text += translate(
                "SessionsReview", " — showing the newest {count}; narrow the filters to see others"
            ).format(count=thousands(len(rows)))
        if search.lot and sessions:
            text += translate("SessionsReview", ". Lot {lot} went to {clients}.").format(
                lot=search.lot, clients=clients_text
            )

        self.summary.setText(text)
        self.recall.show_recall(search)
        sizes = self.results.sizes()
        if self.recall.isVisible() and sizes[1] == 0:
            # Shown again after hidden: a splitter would leave it no room at all.
            total = sum(sizes)
            self.results.setSizes([total // 2, total - total // 2])

    def clear_filters(self) -> None:
        widgets = (self.area, self.device, self.reaction, self.min_severity, self.practitioner)
        for widget in (*widgets, self.lot):
            widget.blockSignals(True)
        for combo in widgets:
            combo.setCurrentIndex(0)
        self.dates.clear()
        self.lot.clear()
        for widget in (*widgets, self.lot):
            widget.blockSignals(False)
        self.refresh()

    def _open(self, index) -> None:
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        listing = self.model.row_record(source.row())
        self.open_session.emit(listing.client_id, listing.session_id)
