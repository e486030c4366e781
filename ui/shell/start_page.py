"""The start page: what the main window shows while no client is selected. Where the day
starts: today's sessions, the follow-ups due, drafts waiting to be signed, the clients
opened lately on this workstation. One click (or Enter) opens a client or a draft.

It reads the logbook again after every change the window relays, and when the day turns;
while hidden it only notes that it is stale, and reads once it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import NotFoundError
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import Client, DayOverview

from ..common.changes import ChangeRelay, listen
from ..common.display import plain_label
from ..common.jobs import pool, run_job
from ..common.models import RECORD_ID_ROLE, RecordTableModel
from ..common.preferences import forget_clients, recent_client_ids
from .start_models import DayEntriesModel, FollowUpsModel, OldDraftsModel, RecentClientsModel

# How often the page checks whether the day turned (a window left open overnight).
DATE_CHECK_MS = 60_000
# The page's content is never wider than this: at 1920 the sections stay readable.
CONTENT_MAX_WIDTH = 1320


class Section(QFrame):
    """A titled table that says plainly when it has nothing to show."""

    def __init__(
        self,
        name: str,
        title: str,
        empty_text: str,
        model: RecordTableModel,
        stretch: int,
        hug: bool = True,
    ) -> None:
        super().__init__(objectName="startSection")
        self.hug = hug
        self.setAccessibleName(title)
        self.title_text = title
        self.model = model
        self.title = plain_label(title, objectName="startSectionTitle")
        self.empty_text = empty_text
        # Until the first reading arrives (off the window's thread): said, not a blank.
        self.empty = plain_label(translate("StartPage", "Reading…"), objectName="emptyHint")
        self.empty.setWordWrap(True)
        self.table = QTableView(objectName=name)
        self.table.setAccessibleName(title)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.table.hide()
        if hug:  # the frame no taller than its title, message and rows
            layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
            for label in (self.title, self.empty):
                label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def on_open(self, open_row: Callable[[int], None]) -> None:
        """``open_row(row)`` on one click, or Enter (a double click where the style
        activates on a single one would open twice: only ``activated`` then)."""
        single = self.table.style().styleHint(
            QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick
        )
        if not single:
            self.table.clicked.connect(lambda index: open_row(index.row()))
        self.table.activated.connect(lambda index: open_row(index.row()))

    def rows_changed(self) -> None:
        count = self.model.rowCount()
        self.title.setText(f"{self.title_text} ({count})" if count else self.title_text)
        self.empty.setText(self.empty_text)
        self.empty.setVisible(count == 0)
        self.table.setVisible(count > 0)
        if count:  # the keyboard starts on the first row; nothing looks chosen yet
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        if self.hug:  # as tall as its rows (then scrolled, when the window is short)
            header = self.table.horizontalHeader().sizeHint().height()
            rows = self.table.verticalHeader().length()
            self.table.setMaximumHeight(header + rows + 2 * self.table.frameWidth())


FOLLOW_UPS_SHOWN = 50


class StartPage(QWidget):
    """``open_client(client_id)``, ``open_session(client_id, session_id)`` (a signed
    session, shown on its client's page) and ``open_draft(client_id, session_id)`` (the
    draft's form) ask the window to show them."""

    open_client = Signal(int)
    open_session = Signal(int, int)
    open_draft = Signal(int, int)
    day_read = Signal()  # a reading of the day is shown

    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="startPage")
        self._logbook = logbook
        self.today: Callable[[], date] = date.today  # tests turn the day
        self.shown_day: date | None = None
        self._stale = True
        self.job_pool: str | None = "start_page"  # None: read here and now (scripts)
        self._reading = 0
        self.reads_done = 0

        self.day_label = plain_label(objectName="startDay")
        self.hint = plain_label(objectName="startHint")
        self.hint.setWordWrap(True)
        self.welcome = self._welcome()
        self.today_section = Section(
            "todaySessions",
            translate("StartPage", "Today"),
            translate("StartPage", "No session recorded today yet."),
            DayEntriesModel(self),
            1,
        )
        self.follow_ups_section = Section(
            "followUpsDue",
            translate("StartPage", "Follow-ups due"),
            translate(
                "StartPage",
                "Nobody is due: no next visit within two weeks either way, no course behind plan.",
            ),
            FollowUpsModel(self),
            1,
        )
        self.drafts_section = Section(
            "oldDrafts",
            translate("StartPage", "Drafts waiting to be signed"),
            translate("StartPage", "No draft from before today: everything older is signed."),
            OldDraftsModel(self),
            1,
        )
        self.recent_section = Section(
            "recentClients",
            translate("StartPage", "Recently opened clients"),
            translate("StartPage", "Clients you open on this computer are listed here."),
            RecentClientsModel(self),
            0,
        )
        self.today_section.on_open(self._open_today)
        self.follow_ups_section.on_open(self._open_follow_up)
        self.drafts_section.on_open(self._open_old_draft)
        self.recent_section.on_open(self._open_recent)

        # The follow-ups (the longest list) take the right; the other sections stack on
        # the left; each is as tall as its rows, the free height left below them.
        left = QVBoxLayout()
        left.setSpacing(14)
        for section in (self.today_section, self.drafts_section, self.recent_section):
            left.addWidget(section, 1)
        left.addStretch(0)  # what the sections leave (they grow first: stretch 1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self.follow_ups_section, 1)
        right.addStretch(0)
        columns.addLayout(right, 1)
        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.day_label)
        column.addWidget(self.hint)
        column.addWidget(self.welcome)
        column.addLayout(columns, 1)
        centred = QHBoxLayout(self)
        centred.setContentsMargins(20, 14, 20, 14)
        centred.addStretch(0)
        centred.addWidget(content, 1)
        centred.addStretch(0)

        self.date_timer = QTimer(self, interval=DATE_CHECK_MS)
        self.date_timer.timeout.connect(self._check_day)
        self.date_timer.start()

    def _welcome(self) -> QWidget:
        """For a logbook without clients: where to begin, one click away."""
        holder = QWidget(objectName="startWelcome")
        self.new_client_button = QPushButton(
            translate("StartPage", "New client…"), objectName="startNewClient"
        )
        self.import_button = QPushButton(
            translate("StartPage", "Import from CSV…"), objectName="startImport"
        )
        buttons = QHBoxLayout(holder)
        buttons.setContentsMargins(0, 4, 0, 8)
        buttons.addWidget(self.new_client_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        return holder

    def use_actions(self, new_client: QAction, import_csv: QAction) -> None:
        """The welcome's buttons do what the window's actions do, enabled as they are
        (a read-only logbook adds nobody)."""
        for button, action in (
            (self.new_client_button, new_client),
            (self.import_button, import_csv),
        ):
            button.clicked.connect(action.trigger)
            button.setToolTip(action.statusTip())
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)

    def follow(self, changes: ChangeRelay) -> None:
        """Read again after every change: a session, a client, a course may move a row."""
        listen(changes, self, self._changed)

    def use_logbook(self, logbook: Logbook) -> None:
        self._logbook = logbook
        self._changed()

    def show_for(self, has_clients: bool) -> None:
        """Shown now (by the window): with or without clients in the logbook."""
        self.hint.setText(
            translate(
                "StartPage", "Select a client on the left, or search by name, phone or email."
            )
            if has_clients
            else translate(
                "StartPage",
                "The logbook is empty. Add your first client with “New client” (Ctrl+N), "
                "or bring clients and their treatments over from another system's CSV files.",
            )
        )
        self.welcome.setVisible(not has_clients)
        # Shown again on every search keystroke that matches nobody: it reads the logbook
        # only when stale (a change while hidden) or when first shown (``showEvent``).
        if self.isVisible() and self._stale:
            self.refresh()

    def text(self) -> str:
        """What the page says at its top."""
        return self.hint.text()

    # Reading
    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _check_day(self) -> None:
        if self.today() != self.shown_day:
            self._changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self.shown_day != self.today():
            self.refresh()
        else:  # a client opened meanwhile is the latest of the recent ones
            self._show_recent()

    def refresh(self) -> None:
        """Read the day again, off the window's thread: on a logbook of 10,000 clients
        (or a clinic server) it takes a good tenth of a second, and the window shows and
        answers meanwhile. ``reads_done`` counts the readings shown."""
        today = self.today()
        self.shown_day = today
        self._stale = False
        locale = QLocale()
        self.day_label.setText(
            locale.toString(
                QDate(today.year, today.month, today.day),
                # The day's long form is the language's: "Montag, 30. November 2026".
                translate("StartPage", "dddd, d MMMM yyyy"),
            )
        )
        self._show_recent()
        self._reading += 1
        reading, logbook = self._reading, self._logbook
        run_job(
            self.job_pool,
            lambda context: context.logbook.day_overview(today),
            data_dir=logbook.data_dir,
            database_url=logbook.database_url,
            data_key=logbook.data_key,
            actor=logbook.actor,
            on_success=lambda overview: self._show_day(reading, today, overview),
            on_failure=lambda message: self._read_failed(reading, message),
            parent=self,
        )

    def stop_reading(self) -> None:
        """Before the logbook's files are replaced (a restore): a reading under way ends
        first, so that no connection holds the database, and its rows are not shown."""
        self._reading += 1
        self._stale = True
        if self.job_pool is not None:
            pool(self.job_pool).clear()
            pool(self.job_pool).waitForDone()

    def _show_day(self, reading: int, today: date, overview: DayOverview) -> None:
        if reading != self._reading:  # a later reading is on its way: it shows
            return
        self.today_section.model.set_rows(overview.sessions)
        # The most pressing first, and only so many: a page to start the day from, not
        # the whole list (Review → Follow-ups due… has it, however long).
        due = overview.follow_ups
        self.follow_ups_section.model.set_due(due[:FOLLOW_UPS_SHOWN], today)
        self.drafts_section.model.set_rows(overview.old_drafts)
        for section in self.sections()[:3]:
            section.rows_changed()
        if len(due) > FOLLOW_UPS_SHOWN:
            self.follow_ups_section.title.setText(
                translate(
                    "StartPage",
                    "Follow-ups due ({count}: the first {shown} here, "
                    "all in Review → Follow-ups due…)",
                ).format(count=len(due), shown=FOLLOW_UPS_SHOWN)
            )
        self.reads_done += 1
        self.day_read.emit()

    def _read_failed(self, reading: int, message: str) -> None:
        if reading == self._reading:  # the rows shown stay; the page says why they may be old
            self.hint.setText(
                translate("StartPage", "The day could not be read: {message}").format(
                    message=message
                )
            )
            self._stale = True

    def _show_recent(self) -> None:
        self.recent_section.model.set_rows(self._recent_clients())
        self.recent_section.rows_changed()

    def sections(self) -> tuple[Section, ...]:
        return (
            self.today_section,
            self.follow_ups_section,
            self.drafts_section,
            self.recent_section,
        )

    def _recent_clients(self) -> list[Client]:
        """The clients last opened here that are still listed: archived and erased ones
        leave the list for good."""
        shown, gone = [], set()
        for client_id in recent_client_ids():
            try:
                client = self._logbook.client(client_id)
            except NotFoundError:
                gone.add(client_id)
                continue
            if client.archived:
                gone.add(client_id)
            else:
                shown.append(client)
        if gone:
            forget_clients(gone)
        return shown

    # Opening
    def _open_today(self, row: int) -> None:
        entry = self.today_section.model.row_record(row)
        if entry.signed:
            self.open_session.emit(entry.client_id, entry.session_id)
        else:
            self.open_draft.emit(entry.client_id, entry.session_id)

    def _open_old_draft(self, row: int) -> None:
        entry = self.drafts_section.model.row_record(row)
        self.open_draft.emit(entry.client_id, entry.session_id)

    def _open_follow_up(self, row: int) -> None:
        self.open_client.emit(self.follow_ups_section.model.row_record(row).client_id)

    def _open_recent(self, row: int) -> None:
        index: QModelIndex = self.recent_section.model.index(row, 0)
        self.open_client.emit(self.recent_section.model.data(index, RECORD_ID_ROLE))
