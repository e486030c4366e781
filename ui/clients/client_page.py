"""The selected client's page: who they are, and every session they had."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from logger_app.changes import Change
from logger_app.errors import LogbookError, NotFoundError
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import Client

from ..common.changes import ChangeRelay, listen
from ..common.display import age_on, format_date, plain_label, rich_label
from ..common.models import RECORD_ID_ROLE
from ..common.prompts import Prompter
from ..common.theme import hex_color, theme_notifier
from ..photos.photo_gallery import PhotoGallery
from ..photos.photo_import import dropped_files
from ..safety.safety_strip import SafetyStrip
from ..session.session_actions import SessionActionsBar
from ..session.session_detail import SessionDetailView
from .course_line import CourseLine
from .history_columns import HistoryColumns
from .treatment_history import (
    OTHER_TREATMENT_ID_ROLE,
    ClientHistoryModel,
    OtherTreatmentView,
    merged_history,
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def client_summary_html(client: Client, today: date) -> str:
    d = client.details
    facts = []
    if d.date_of_birth:
        facts.append(
            translate("ClientPage", "{age} years (born {date})").format(
                age=age_on(d.date_of_birth, today), date=format_date(d.date_of_birth)
            )
        )
    if d.fitzpatrick:
        facts.append(translate("ClientPage", "Fitzpatrick {type}").format(type=d.fitzpatrick.name))
    if d.skin_type:
        facts.append(
            translate("ClientPage", "{skin_type} skin").format(skin_type=d.skin_type.label)
        )
    facts += [value for value in (d.phone, d.email) if value]
    lines = [" · ".join(escape(f) for f in facts)]
    if d.concerns:
        lines.append(
            escape(translate("ClientPage", "Concerns:"))
            + " "
            + escape(", ".join(c.label for c in d.concerns))
        )
    if d.allergies:
        title = escape(translate("ClientPage", "Allergies:"))
        lines.append(
            f"<span style='color:{hex_color('danger')}'><b>{title}</b> {escape(d.allergies)}</span>"
        )
    if d.medical_notes:
        lines.append(
            escape(translate("ClientPage", "Medical notes:")) + " " + escape(d.medical_notes)
        )
    # Not medical: how to reach them, preferences (each line of the text kept apart).
    if d.address:
        lines.append(
            escape(translate("ClientPage", "Address:")) + " " + escape(", ".join(_lines(d.address)))
        )
    if d.general_notes:
        lines.append(
            escape(translate("ClientPage", "Notes:"))
            + " "
            + escape(" · ".join(_lines(d.general_notes)))
        )
    return "<br>".join(line for line in lines if line)


class ClientPage(QWidget):
    new_session_requested = Signal()
    edit_client_requested = Signal()
    export_requested = Signal()
    # Files to attach as photos (empty: let the user choose them).
    photos_requested = Signal(list)
    edit_session_requested = Signal(int)  # a draft to open in the session form
    safety_form_requested = Signal(str)  # "screening" or "consent"
    course_requested = Signal()  # the client's course plan
    # Record another treatment (0), or change the one of this id.
    other_treatment_requested = Signal(int)

    def __init__(self, logbook: Logbook, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self._logbook = logbook
        self._prompter = prompter
        self.client: Client | None = None
        self.setAcceptDrops(True)

        self.name_label = plain_label(objectName="clientName")
        self.summary_label = rich_label(objectName="clientSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_session_button = QPushButton(
            translate("ClientPage", "New session"), objectName="newSession"
        )
        self.new_session_button.setToolTip(
            translate("ClientPage", "Record a session for this client (Ctrl+T)")
        )
        self.new_session_button.clicked.connect(self.new_session_requested)
        self.export_button = QPushButton(
            translate("ClientPage", "Export…"), objectName="exportClient"
        )
        self.export_button.setToolTip(
            translate("ClientPage", "This client's history as PDF, CSV, JSON or a full bundle")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.edit_button = QPushButton(
            translate("ClientPage", "Edit client"), objectName="editClient"
        )
        self.edit_button.setToolTip(translate("ClientPage", "Edit this client's details (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_client_requested)
        self.other_treatment_button = QPushButton(
            translate("ClientPage", "Other treatment…"), objectName="recordOtherTreatment"
        )
        self.other_treatment_button.setToolTip(
            translate(
                "ClientPage", "Record a peel, laser, IPL, facial, filler or neurotoxin treatment"
            )
        )
        self.other_treatment_button.clicked.connect(lambda: self.other_treatment_requested.emit(0))

        self.history_model = ClientHistoryModel(self)
        self.history_view = QTableView(objectName="history")
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setWordWrap(False)
        self.history_view.verticalHeader().hide()
        # Rows as compact as the client list's: more sessions in view on a small screen.
        rows = self.history_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.history_view.fontMetrics().height() + 10)
        self.history_view.setAccessibleName(translate("ClientPage", "Session history"))
        # Size columns from the rows in view, not from every row of a long history; by
        # importance, to the width there is (``history_columns``).
        self.history_view.horizontalHeader().setResizeContentsPrecision(0)
        self.history_columns = HistoryColumns(self.history_view)
        self.history_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.history_view.activated.connect(self._show_row)
        self.history_title = plain_label(objectName="sectionTitle")

        self.detail_view = SessionDetailView()
        self.session_actions = SessionActionsBar(logbook, prompter)
        self.session_actions.edit_requested.connect(self.edit_session_requested)
        self.session_actions.changed.connect(self._session_changed)
        self.session_actions.deleted.connect(self._session_changed)
        self.archived_banner = QLabel(
            translate(
                "ClientPage",
                "Archived: not in the client list (Client → Unarchive client lists them "
                "again). Nothing of their record was deleted.",
            ),
            objectName="archivedBanner",
        )
        self.archived_banner.setWordWrap(True)
        self.archived_banner.hide()
        self.course_line = CourseLine()
        self.course_line.requested.connect(self.course_requested)
        self.safety_strip = SafetyStrip()
        self.safety_strip.screening_requested.connect(
            lambda: self.safety_form_requested.emit("screening")
        )
        self.safety_strip.consent_requested.connect(
            lambda: self.safety_form_requested.emit("consent")
        )

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.name_label)
        heading.addWidget(self.summary_label)
        heading.addWidget(self.course_line)
        heading.addWidget(self.archived_banner)
        top.addLayout(heading, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.other_treatment_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_session_button, 0, Qt.AlignmentFlag.AlignTop)

        history_panel = QWidget()
        history_layout = QVBoxLayout(history_panel)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_view)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="historySplitter")
        self.history_splitter = splitter
        splitter.addWidget(history_panel)
        session_panel = QWidget()
        detail_layout = QVBoxLayout(session_panel)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.setSpacing(2)
        detail_layout.addWidget(self.session_actions)
        detail_layout.addWidget(self.detail_view, 1)
        # Below the list: the selected session's record, or the other treatment's.
        self.treatment_view = OtherTreatmentView()
        self.treatment_view.edit_requested.connect(self.other_treatment_requested)
        self.treatment_view.delete_requested.connect(self.delete_other_treatment)
        self.detail_stack = QStackedWidget(objectName="historyDetail")
        self.detail_stack.addWidget(session_panel)
        self.detail_stack.addWidget(self.treatment_view)
        self.session_panel = session_panel
        splitter.addWidget(self.detail_stack)
        # As much room for the record as for the list: on a 720-pixel screen both show
        # a useful part (about 7 sessions, and the record's first dozen lines).
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.gallery = PhotoGallery(logbook, prompter)
        self.gallery.add_requested.connect(lambda: self.photos_requested.emit([]))
        self.tabs = QTabWidget(objectName="clientTabs")
        self.tabs.setAccessibleName(
            translate("ClientPage", "The client's history, photos and trends")
        )
        self.tabs.addTab(splitter, translate("ClientPage", "History"))
        self.tabs.addTab(self.gallery, translate("ClientPage", "Photos"))
        self.trends_holder = QWidget()
        QVBoxLayout(self.trends_holder).setContentsMargins(0, 0, 0, 0)
        self.trends = None  # built on first view: QtCharts loads then
        self.tabs.addTab(self.trends_holder, translate("ClientPage", "Trends"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._gallery_stale = True
        self._trends_stale = True

        # The allergies' red and the safety line's amber, in the new theme's shades.
        theme_notifier().changed.connect(self._theme_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.safety_strip)
        layout.addWidget(self.tabs, 1)

    def show_client(
        self,
        client: Client,
        select_session: int | None = None,
        select_treatment: int | None = None,
    ) -> None:
        self.client = client
        self.name_label.setText(client.full_name)
        self.summary_label.setText(client_summary_html(client, date.today()))
        self.archived_banner.setVisible(client.archived)
        today = date.today()
        self.course_line.show_progress(self._logbook.course_progress(client.id, today), today)
        self.refresh_safety()
        history = merged_history(
            self._logbook.history(client.id), self._logbook.other_treatments_of(client.id)
        )
        self.history_model.set_rows(history)
        count = len(history)
        # The count goes in the tab's title: on a 720-pixel screen the line it took is a
        # row of the history. Only an empty history says more, above the table.
        self.tabs.setTabText(
            0,
            translate("ClientPage", "History ({count})").format(count=count)
            if count
            else translate("ClientPage", "History"),
        )
        self.history_title.setText(
            translate("ClientPage", "No session yet. Record the first one with “New session”.")
        )
        self.history_title.setVisible(not self.history_model.session_count())
        # The gallery loads when it is looked at: opening a client stays quick.
        self._gallery_stale = True
        self._trends_stale = True
        self._tab_changed()
        row = self.history_model.row_of_id(select_session) if select_session else None
        if select_treatment:
            row = self.history_model.row_of_treatment(select_treatment)
        if row is None and count:
            row = 0
        if row is not None:
            self.history_view.selectRow(row)
        else:
            self.detail_stack.setCurrentWidget(self.session_panel)
            self.detail_view.show_session(None)
            self.session_actions.show_session(None)

    def _theme_changed(self) -> None:
        # A page of a window whose logbook closed (switched, locked away) reads nothing.
        if self.client is not None and not self._logbook.closed:
            self.summary_label.setText(client_summary_html(self.client, date.today()))
            self.refresh_safety()

    def follow(self, changes: ChangeRelay) -> None:
        """Show the client as the logbook holds it after each change that concerns them
        (a session recorded, signed or amended, a screening, photos, their details)."""

        def concerns_shown(change: Change) -> bool:
            return self.client is not None and change.client_id == self.client.id

        listen(changes, self, self.reload, concerns_shown)

    def reload(self) -> None:
        """The shown client read again, the selected session kept."""
        if self.client is None:
            return
        try:
            client = self._logbook.client(self.client.id)
        except NotFoundError:  # erased: the window shows nobody now
            return
        indexes = self.history_view.selectionModel().selectedRows()
        selected = self.history_model.data(indexes[0], RECORD_ID_ROLE) if indexes else None
        treatment = (
            self.history_model.data(indexes[0], OTHER_TREATMENT_ID_ROLE) if indexes else None
        )
        self.show_client(client, select_session=selected, select_treatment=treatment)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show_row(indexes[0])

    def _show_row(self, index) -> None:
        treatment_id = self.history_model.data(index, OTHER_TREATMENT_ID_ROLE)
        if treatment_id is not None:
            self.treatment_view.show_treatment(self._logbook.other_treatment(treatment_id))
            self.detail_stack.setCurrentWidget(self.treatment_view)
            return
        session_id = self.history_model.data(index, RECORD_ID_ROLE)
        if session_id is not None:
            self.detail_stack.setCurrentWidget(self.session_panel)
            session = self._logbook.session(session_id)
            self.session_actions.show_session(session)  # checks its seal, for the record too
            photos = self._logbook.photos_of_session(session_id)
            self.detail_view.show_session(session, photos, self.session_actions.seal)

    def _session_changed(self, session_id: int) -> None:
        """Signed, amended or deleted from the bar: show the history as it is now."""
        if self.client is not None and not self._logbook.closed:
            self.show_client(self._logbook.client(self.client.id), select_session=session_id)

    def delete_other_treatment(self, treatment_id: int) -> None:
        """Delete an other treatment from the history, once the user confirms."""
        if self.client is None or self._logbook.closed:
            return
        treatment = self._logbook.other_treatment(treatment_id)
        when = format_date(treatment.details.performed_on)
        if not self._prompter.confirm(
            self,
            translate("ClientPage", "Delete other treatment?"),
            translate(
                "ClientPage",
                "Delete {treatment} of {date} from {name}'s history? Its wash-out no longer "
                "counts. The audit log keeps that it was deleted.",
            ).format(treatment=treatment.details.kind_text, date=when, name=self.client.full_name),
            translate("ClientPage", "Delete treatment"),
        ):
            return
        try:
            self._logbook.delete_other_treatment(treatment_id)
        except LogbookError as error:
            self._prompter.error(self, translate("ClientPage", "Not deleted"), str(error))
            return
        self.show_client(self._logbook.client(self.client.id))

    def refresh_safety(self) -> None:
        """The screening and consent line, read again (after one was recorded)."""
        if self.client is not None and not self._logbook.closed:
            self.safety_strip.show_client(self._logbook, self.client, date.today())

    def use_logbook(self, logbook: Logbook) -> None:
        """The logbook was reopened (after a restore): forget the old one's records."""
        self._logbook = logbook
        self.gallery.use_logbook(logbook)
        self.session_actions.use_logbook(logbook)
        self.client = None
        self.history_model.set_rows([])
        self._gallery_stale = self._trends_stale = True

    def refresh_gallery(self) -> None:
        if self.client is not None and not self._logbook.closed:
            self.gallery.show_client(self.client)
            self._gallery_stale = False

    def refresh_trends(self) -> None:
        if self.client is None:
            return
        if self.trends is None:
            from ..review.trends import TrendsView

            self.trends = TrendsView()
            self.trends_holder.layout().addWidget(self.trends)
            self.trends.show()  # added to a page already on screen
        self.trends.show_sessions(self._logbook.sessions_of(self.client.id))
        self._trends_stale = False

    def _tab_changed(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.gallery and self._gallery_stale:
            self.refresh_gallery()
        elif current is self.trends_holder and self._trends_stale:
            self.refresh_trends()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.client is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.photos_requested.emit(dropped_files(event))
        event.acceptProposedAction()
