"""The main window: the client list with search on the left, the client's page on the right."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app import __version__
from logger_app.backup import BackupCancelled
from logger_app.errors import LogbookError
from logger_app.logbook import Logbook
from logger_app.records import ClientListEntry

from ..backup.backup_actions import BackupActions
from ..backup.backup_jobs import automatic_backup, backup_keep, set_backup_keep
from ..clients.client_form import ClientDialog
from ..clients.client_page import ClientPage
from ..common.changes import ChangeRelay, listen, of_kind
from ..common.display import plain_label
from ..common.jobs import JobHandle, run_job
from ..common.models import RECORD_ID_ROLE, ClientListModel
from ..common.preferences import CURRENT_PRACTITIONER, WINDOW_GEOMETRY, WINDOW_SPLITTER
from ..common.prompts import Prompter
from ..export.export_dialog import ExportDialog
from ..photos.photo_import import PhotoImportDialog
from ..review.sessions_review import SessionsReview
from ..session.session_form import SessionDialog
from .record_actions import RecordActions

# How long closing waits for a cancelled backup to clean up (it notices within 0.1 s).
STOP_BACKUP_SECONDS = 5.0


class MainWindow(QMainWindow):
    def __init__(self, logbook: Logbook, prompter: Prompter | None = None) -> None:
        super().__init__()
        self.logbook = logbook
        self.prompter = prompter or Prompter()
        # The form currently open (window-modal, not blocking), for callers and tests.
        self.current_dialog: QDialog | None = None
        self._all_clients: list[ClientListEntry] | None = None
        self.review_window: SessionsReview | None = None
        # Who is working: every change is recorded under this name (``set_practitioner``).
        self.current_practitioner = ""
        self._automatic_backup: JobHandle | None = None
        self.practitioner_label = plain_label(
            "No practitioner chosen", objectName="currentPractitioner"
        )
        self.statusBar().addPermanentWidget(self.practitioner_label)
        self.setWindowTitle("Microneedling Logbook")
        # The one change signal: views refresh themselves from what the logbook announces.
        self.changes = ChangeRelay(self)
        self.changes.watch(logbook)
        self._build_actions()
        self._build_central()
        self.backup_actions = BackupActions(
            self,
            logbook.data_dir,
            self.prompter,
            reopen=self._reopen_logbook,
            before_restore=self._close_logbook,
        )
        self.backup_actions.backup_finished.connect(
            lambda info: self._note_in_audit(lambda: self.logbook.record_backup(info.path, info))
        )
        self.backup_actions.restore_finished.connect(
            lambda info: self._note_in_audit(lambda: self.logbook.record_restore(info))
        )
        self.record_actions = RecordActions(self)
        self._build_menus()
        self.statusBar().showMessage(f"Logbook: {logbook.database_path}")
        if logbook.read_only:
            from .read_only import show_read_only

            show_read_only(self, logbook.read_only_reason)
        self._restore_layout()
        self.refresh_clients()
        # A client's row shows its last session; archiving or erasing takes it away.
        listen(self.changes, self, self.reload_clients, of_kind("client", "session"))

    # Building
    def _action(self, text: str, shortcut: QKeySequence | str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_client_action = self._action(
            "&New client…", QKeySequence.StandardKey.New, self.new_client, "Add a client"
        )
        self.new_session_action = self._action(
            "New &session…", "Ctrl+T", self.new_session, "Record a session for the client"
        )
        self.edit_client_action = self._action(
            "&Edit client…", "Ctrl+E", self.edit_client, "Edit the client's details"
        )
        self.export_action = self._action(
            "E&xport history…",
            "Ctrl+Shift+E",
            self.export_client,
            "The client's history as PDF, CSV, JSON or a bundle with the photos",
        )
        self.find_action = self._action(
            "&Find client",
            QKeySequence.StandardKey.Find,
            self.focus_search,
            "Search clients by name, phone or email",
        )
        self.quit_action = self._action(
            "&Quit", QKeySequence.StandardKey.Quit, self.close, "Close the logbook"
        )
        self.review_action = self._action(
            "&Sessions across clients…",
            "Ctrl+Shift+F",
            self.open_review,
            "Find past sessions of every client: by date, area, device, reaction, lot",
        )
        self.import_csv_action = QAction("&Import from CSV…", self)
        self.import_csv_action.setStatusTip(
            "Clients and treatments from another system's CSV files"
        )
        self.import_csv_action.triggered.connect(self.import_csv)
        self.backup_settings_action = QAction("Automatic backups…", self)
        self.backup_settings_action.setStatusTip("How many daily automatic backups to keep")
        self.backup_settings_action.triggered.connect(self.edit_backup_settings)
        self.safety_settings_action = QAction("Safety rules…", self)
        self.safety_settings_action.setStatusTip(
            "Wash-out periods, interval between sessions, screening and consent"
        )
        self.safety_settings_action.triggered.connect(self.edit_safety_settings)
        self.about_action = QAction("&About", self)
        self.about_action.triggered.connect(self._about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([self.new_client_action, self.new_session_action])
        file_menu.addSeparator()
        file_menu.addAction(self.import_csv_action)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.record_actions.switch_action, self.record_actions.practitioners_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        client_menu = self.menuBar().addMenu("&Client")
        client_menu.addActions([self.find_action, self.edit_client_action, self.export_action])
        client_menu.addSeparator()
        client_menu.addActions(self.record_actions.client_actions())
        logbook_menu = self.menuBar().addMenu("&Logbook")
        logbook_menu.addActions(self.backup_actions.actions())
        logbook_menu.addSeparator()
        logbook_menu.addAction(self.backup_settings_action)
        logbook_menu.addAction(self.safety_settings_action)
        review_menu = self.menuBar().addMenu("&Review")
        review_menu.addAction(self.review_action)
        review_menu.addAction(self.record_actions.audit_action)
        self.menuBar().addMenu("&Help").addAction(self.about_action)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_client_action, self.new_session_action])
        toolbar.addSeparator()
        toolbar.addAction(self.review_action)

    def _build_central(self) -> None:
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText("Search name, phone or email   (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_clients)
        self.search.returnPressed.connect(self._open_first_match)

        self.client_model = ClientListModel(self)
        self.client_view = QTableView(objectName="clientList")
        self.client_view.setModel(self.client_model)
        self.client_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.client_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.client_view.verticalHeader().hide()
        self.client_view.setShowGrid(False)
        self.client_view.setAlternatingRowColors(True)
        self.client_view.setWordWrap(False)
        header = self.client_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths for the date columns: sizing them to their content would measure
        # thousands of rows on every keystroke of the search.
        metrics = self.client_view.fontMetrics()
        for column, widest in ((1, "28 Sep 2026"), (2, "No session yet")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 24)
        self.client_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.client_view.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.client_view.selectionModel().selectionChanged.connect(self._client_selected)
        self.client_count = QLabel(objectName="clientCount")

        left = QWidget(objectName="clientPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 10)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.client_view, 1)
        self.show_archived = QCheckBox("Show archived", objectName="showArchived")
        self.show_archived.setToolTip("List archived clients too (greyed)")
        self.show_archived.toggled.connect(self.reload_clients)
        below = QHBoxLayout()
        below.addWidget(self.client_count, 1)
        below.addWidget(self.show_archived)
        left_layout.addLayout(below)

        self.client_page = ClientPage(self.logbook, self.prompter)
        self.client_page.follow(self.changes)
        self.client_page.photos_requested.connect(self.add_photos)
        self.client_page.new_session_requested.connect(self.new_session)
        self.client_page.edit_client_requested.connect(self.edit_client)
        self.client_page.export_requested.connect(self.export_client)
        self.client_page.edit_session_requested.connect(self.edit_draft)
        self.client_page.safety_form_requested.connect(self.open_safety_form)
        self.empty_page = QLabel(objectName="emptyPage")
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.client_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 1040])
        self.setCentralWidget(self.splitter)

    # Clients
    def selected_client_id(self) -> int | None:
        indexes = self.client_view.selectionModel().selectedRows()
        return self.client_model.data(indexes[0], RECORD_ID_ROLE) if indexes else None

    def refresh_clients(self, *_args: object, select: int | None = None) -> None:
        """Reload the list for the current search, keeping (or moving) the selection."""
        keep = select if select is not None else self.selected_client_id()
        everyone = self._everyone()
        matching = self.logbook.matching_client_ids(self.search.text())
        entries = everyone if matching is None else [e for e in everyone if e.id in matching]
        self.client_model.set_rows(entries)
        total = len(everyone)
        if self.search.text().strip():
            self.client_count.setText(f"{len(entries)} of {total} clients match")
        else:
            self.client_count.setText(f"{total} client{'s' if total != 1 else ''}")
        row = self.client_model.row_of_id(keep) if keep is not None else None
        if row is not None:
            self.client_view.selectRow(row)
            self.client_view.scrollTo(self.client_model.index(row, 0))
        else:
            self._show_empty_page(bool(total))

    def reload_clients(self) -> None:
        """Read the list again (the logbook changed behind the list's back)."""
        self._all_clients = None
        self.refresh_clients()

    def _everyone(self) -> list[ClientListEntry]:
        """The unfiltered list, read once and again only after a save: clearing the
        search then costs no query."""
        if self._all_clients is None:
            self._all_clients = self.logbook.list_clients(archived=self.show_archived.isChecked())
        return self._all_clients

    def _show_empty_page(self, has_clients: bool) -> None:
        self.empty_page.setText(
            "Select a client on the left, or search by name, phone or email."
            if has_clients
            else "The logbook is empty.\nAdd your first client with “New client” (Ctrl+N)."
        )
        self.pages.setCurrentWidget(self.empty_page)
        self._update_actions()

    def _client_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        client_id = self.selected_client_id()
        if client_id is None:
            self._show_empty_page(self.client_model.rowCount() > 0)
            return
        shown = self.client_page.client
        if self.pages.currentWidget() is self.client_page and shown and shown.id == client_id:
            return  # re-selected after the list was refreshed: the page is current
        self.show_client(client_id)

    def show_client(self, client_id: int, select_session: int | None = None) -> None:
        self.client_page.show_client(self.logbook.client(client_id), select_session)
        self.pages.setCurrentWidget(self.client_page)
        self._update_actions()

    def _update_actions(self) -> None:
        has_client = self.pages.currentWidget() is self.client_page
        for action in (self.new_session_action, self.edit_client_action, self.export_action):
            action.setEnabled(has_client)
        self.record_actions.client_changed(self.client_page.client if has_client else None)

    def _open_first_match(self) -> None:
        if self.client_model.rowCount():
            self.client_view.selectRow(0)
            self.client_view.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Forms
    def _open_dialog(self, dialog: QDialog, on_accept) -> None:
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog) -> None:
        # A form may open the next one when accepted (a session, then its photos).
        if self.current_dialog is dialog:
            self.current_dialog = None

    def new_client(self) -> None:
        dialog = ClientDialog(self.logbook, self.prompter, parent=self)
        self._open_dialog(dialog, lambda: self._client_saved(dialog))

    def edit_client(self) -> None:
        client = self.client_page.client
        if client is None or self.pages.currentWidget() is not self.client_page:
            return
        dialog = ClientDialog(self.logbook, self.prompter, client=client, parent=self)
        self._open_dialog(dialog, lambda: self._client_saved(dialog))

    def _client_saved(self, dialog: ClientDialog) -> None:
        saved = dialog.saved_client
        if saved is None:
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh_clients(select=saved.id)
        self.show_client(saved.id)
        self.statusBar().showMessage(f"Saved {saved.full_name}.", 5000)

    def new_session(self) -> None:
        client = self.client_page.client
        if client is None or self.pages.currentWidget() is not self.client_page:
            return
        dialog = SessionDialog(self.logbook, self.prompter, client, parent=self)
        dialog.finished.connect(self.client_page.refresh_safety)  # recorded from the form
        self._open_dialog(dialog, lambda: self._session_saved(dialog))

    def edit_draft(self, session_id: int) -> None:
        """Open a draft in the session form. A signed session has no edit path."""
        client = self.client_page.client
        if client is None or self.current_dialog is not None:
            return
        session = self.logbook.session(session_id)
        if session.is_signed or session.details.client_id != client.id:
            return
        dialog = SessionDialog(self.logbook, self.prompter, client, parent=self, session=session)
        self._open_dialog(dialog, lambda: self._session_saved(dialog))

    # Who is working
    def set_practitioner(self, name: str) -> None:
        """Work as ``name`` from now on (remembered for the next start)."""
        if not name:
            return
        self.current_practitioner = name
        self.logbook.set_actor(name)
        CURRENT_PRACTITIONER.set(name)
        self.practitioner_label.setText(f"Practitioner: {name}")
        self.practitioner_label.setToolTip(
            "Sessions are signed and changes recorded under this name (File → Switch practitioner…)"
        )
        self.setWindowTitle(f"Microneedling Logbook — {name}")

    def _session_saved(self, dialog: SessionDialog) -> None:
        saved = dialog.saved_session
        if saved is None:
            return
        self.refresh_clients(select=saved.details.client_id)
        self.show_client(saved.details.client_id, select_session=saved.id)
        self.statusBar().showMessage("Session saved.", 5000)
        if dialog.pending_photos:
            self.current_dialog = None  # the session form is done; the import follows
            then_sign = saved.id if dialog.sign_after_photos else None
            self.add_photos(dialog.pending_photos, session_id=saved.id, then_sign=then_sign)

    def export_client(self) -> None:
        client = self.client_page.client
        if client is None or self.current_dialog is not None:
            return
        dialog = ExportDialog(self.logbook, client, self.prompter, self, changes=self.changes)
        self._open_dialog(dialog, lambda: None)

    def add_photos(
        self,
        files: list | None = None,
        session_id: int | None = None,
        then_sign: int | None = None,
    ) -> None:
        """Open the photo import for the shown client (files dropped or to choose);
        ``then_sign``: a session saved with "Save and sign", signed when the import
        closes (its photos are then part of what was signed)."""
        client = self.client_page.client
        if client is None or self.current_dialog is not None:
            return
        sessions = self.logbook.sessions_of(client.id)
        if not sessions:
            self.prompter.error(
                self,
                "No session yet",
                "Photos belong to a session: record the session first, then add its photos.",
            )
            return
        dialog = PhotoImportDialog(
            self.logbook, self.prompter, sessions, session_id, files or (), self, self.changes
        )
        self._open_dialog(dialog, self._photos_imported)
        if then_sign is not None:
            dialog.finished.connect(lambda: self._sign_after_import(then_sign))
        if not files:
            dialog.choose_button.setFocus()

    def _sign_after_import(self, session_id: int) -> None:
        try:
            self.logbook.sign_session(session_id)
        except LogbookError as error:
            self.prompter.error(
                self,
                "The session was not signed",
                f"{error}\n\nIt is kept as a draft: sign it from the client's history.",
            )
            return
        self.show_client(self.client_page.client.id, select_session=session_id)
        self.statusBar().showMessage("Session saved and signed.", 5000)

    def _photos_imported(self) -> None:
        self.client_page.refresh_gallery()
        self.client_page.tabs.setCurrentWidget(self.client_page.gallery)
        self.statusBar().showMessage("Photos added.", 5000)

    def open_review(self) -> SessionsReview:
        """The sessions review across clients: one window, raised when already open."""
        if self.review_window is None:
            self.review_window = SessionsReview(self.logbook, self, changes=self.changes)
            self.review_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.review_window.open_session.connect(self.show_session)
            self.review_window.finished.connect(self._review_closed)
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.activateWindow()
        return self.review_window

    def _review_closed(self) -> None:
        self.review_window = None

    def show_session(self, client_id: int, session_id: int) -> None:
        """Show a client's page with one session selected (from the review)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh_clients(select=client_id)
        self.show_client(client_id, select_session=session_id)
        self.client_page.tabs.setCurrentIndex(0)
        self.raise_()
        self.activateWindow()

    def import_csv(self) -> None:
        if self.current_dialog is not None:
            return
        from ..import_csv.import_wizard import CsvImportWizard  # loaded when used, not at start-up

        wizard = CsvImportWizard(self.logbook, self.prompter, self, changes=self.changes)
        # Refresh on the import itself: Cancel may still be pressed after it.
        wizard.imported.connect(self._csv_imported)
        self._open_dialog(wizard, lambda: None)

    def _csv_imported(self, *_summary: object) -> None:
        self.reload_clients()  # imported by the wizard's own connection, in the background
        self.statusBar().showMessage("Import finished.", 5000)

    # Clinical safety
    def open_safety_form(self, kind: str) -> None:
        """A new screening (``kind`` "screening") or consent for the shown client."""
        client = self.client_page.client
        if client is None or self.current_dialog is not None:
            return
        from ..safety.consent_dialog import ConsentDialog
        from ..safety.screening_form import ScreeningDialog

        form = ScreeningDialog if kind == "screening" else ConsentDialog
        dialog = form(self.logbook, self.prompter, client, parent=self)
        self._open_dialog(dialog, self.client_page.refresh_safety)

    def edit_safety_settings(self) -> None:
        if self.current_dialog is not None:
            return
        from ..safety.safety_settings import SafetySettingsDialog

        dialog = SafetySettingsDialog(self.logbook, self)
        self._open_dialog(dialog, self._safety_settings_saved)

    def _safety_settings_saved(self) -> None:
        self.client_page.refresh_safety()
        self.statusBar().showMessage("Safety rules saved: they apply from the next session.", 5000)

    # Backups
    def edit_backup_settings(self) -> None:
        keep = self.prompter.ask_int(
            self,
            "Automatic backups",
            "A backup is made when the app starts and the last one is older than a day.\n"
            "Keep the newest:",
            backup_keep(),
            1,
            365,
        )
        if keep is not None:
            set_backup_keep(keep)
            self.statusBar().showMessage(f"Keeping the newest {keep} automatic backups.", 5000)

    def start_automatic_backup(self) -> JobHandle:
        """After start-up, off the GUI thread: a backup when the last is a day old."""
        self._automatic_backup = run_job(
            "backup",
            automatic_backup(self.logbook.data_dir),
            cancel_error=BackupCancelled,
            on_success=self._automatic_backup_done,
            on_failure=lambda message: self.statusBar().showMessage(
                f"Automatic backup failed: {message}", 15000
            ),
            on_cancelled=lambda: None,  # only a closing window cancels it
        )
        return self._automatic_backup

    def _stop_backups(self) -> None:
        """Closing: a backup still running is cancelled, and waited for a moment, so
        that it leaves no half-made file and never reports to a deleted window."""
        job, self._automatic_backup = self._automatic_backup, None
        if job is not None:
            job.abandon()
            job.wait(STOP_BACKUP_SECONDS)
        self.backup_actions.stop(STOP_BACKUP_SECONDS)

    def _automatic_backup_done(self, made: object) -> None:
        if made:
            self.statusBar().showMessage(f"Automatic backup saved: {made}", 8000)
            self._note_in_audit(lambda: self.logbook.record_backup(Path(str(made)), automatic=True))

    def _note_in_audit(self, record: Callable[[], object]) -> None:
        """Record a backup or restore that is done: if the logbook is busy (or the disk
        full) the files are fine, only the audit entry is missing; say so, no more."""
        try:
            record()
        except LogbookError as error:
            self.statusBar().showMessage(f"Not noted in the audit log: {error}", 15000)

    def _close_logbook(self) -> None:
        """Before a restore replaces the files: nothing may hold the database open."""
        if self.current_dialog is not None:
            self.current_dialog.done(0)
            self.current_dialog = None
        if self.review_window is not None:
            self.review_window.close()
        self.client_page.gallery.stop_loading()
        self.logbook.close()

    def _reopen_logbook(self) -> None:
        """After a restore (or a refused one): open the logbook again and show it."""
        self.changes.forget(self.logbook)
        self.logbook = Logbook.open(self.logbook.data_dir, actor=self.current_practitioner or None)
        self.changes.watch(self.logbook)
        self.client_page.use_logbook(self.logbook)
        self.record_actions.logbook_reopened()
        self.statusBar().showMessage(f"Logbook: {self.logbook.database_path}")
        self.reload_clients()
        shown = self.client_page.client
        if shown is not None and self.client_model.row_of_id(shown.id) is None:
            self._show_empty_page(self.client_model.rowCount() > 0)

    # Window
    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Microneedling Logbook",
            f"<b>Microneedling Logbook</b> {__version__}<br>"
            "Treatment records kept on this computer only.<br>"
            f"Data folder: {escape(str(self.logbook.data_dir))}",
        )

    def _restore_layout(self) -> None:
        geometry = WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        splitter = WINDOW_SPLITTER.get()
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.current_dialog is not None:
            # The open form decides: it asks before losing unsaved changes.
            self.current_dialog.reject()
            if self.current_dialog is not None and self.current_dialog.isVisible():
                event.ignore()
                return
        WINDOW_GEOMETRY.set(self.saveGeometry())
        WINDOW_SPLITTER.set(self.splitter.saveState())
        self._stop_backups()
        super().closeEvent(event)
