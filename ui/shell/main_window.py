"""The main window: the client list with search on the left, the client's page on the right.

Its parts live beside it: the actions (``actions``), the menus (``menus``), the left pane
(``client_list``), the forms and what follows them (``flows``), the backups (``backups``),
the remembered layout (``window_state``), archive and erasure (``record_actions``). The
window builds them and keeps the names callers and tests use.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError
from logger_app.i18n import translate
from logger_app.logbook import Logbook

from ..clients.client_page import ClientPage
from ..common.changes import ChangeRelay, listen, of_kind
from ..common.display import plain_label, plain_tooltip
from ..common.jobs import JobHandle
from ..common.preferences import remember_client
from ..common.prompts import Prompter
from ..identity.lock import WindowLock
from ..review.sessions_review import SessionsReview
from .about import encryption_words, show_about
from .actions import WINDOW_ACTIONS, build_actions
from .backups import STOP_BACKUP_SECONDS, WindowBackups
from .client_list import ClientList
from .flows import WindowFlows
from .help_menu import HelpActions
from .menus import build_menus
from .print_actions import PrintActions
from .record_actions import RecordActions
from .server_banner import ServerBanner
from .start_page import StartPage
from .window_state import restore_layout, save_layout

__all__ = ["STOP_BACKUP_SECONDS", "MainWindow"]


class MainWindow(QMainWindow):
    # Declared in ``actions.WINDOW_ACTIONS``, made by ``build_actions``.
    new_client_action: QAction
    new_session_action: QAction
    edit_client_action: QAction
    export_action: QAction
    find_action: QAction
    quit_action: QAction
    review_action: QAction
    follow_ups_action: QAction
    start_page_action: QAction
    course_action: QAction
    other_treatment_action: QAction
    import_csv_action: QAction
    import_bundle_action: QAction
    backup_settings_action: QAction
    safety_settings_action: QAction
    auto_lock_action: QAction
    lock_action: QAction
    connect_server_action: QAction
    about_action: QAction
    help: HelpActions  # the Help menu's (``help_menu``)

    def __init__(self, logbook: Logbook, prompter: Prompter | None = None) -> None:
        super().__init__()
        self.logbook = logbook
        self.prompter = prompter or Prompter()
        # The form currently open (window-modal, not blocking), for callers and tests.
        self.current_dialog: QDialog | None = None
        self.review_window: SessionsReview | None = None
        self.follow_ups_window: QDialog | None = None
        # Who is signed in: every change is recorded and signed under this name.
        self.current_practitioner = ""
        self.practitioner_label = plain_label(objectName="currentPractitioner")
        # For the administrator: profiles anyone could sign in as (no passphrase yet).
        self.unprotected_label = plain_label(objectName="unprotectedNote")
        self.unprotected_label.hide()
        # Where the records are (the file, or the clinic server): always in sight.
        self.location_label = plain_label(objectName="logbookLocation")
        # An encrypted logbook says so (never its key).
        self.encrypted_label = plain_label(
            translate("MainWindow", "Encrypted"), objectName="encryptedNote"
        )
        self.statusBar().addPermanentWidget(self.unprotected_label)
        self.statusBar().addPermanentWidget(self.encrypted_label)
        self.statusBar().addPermanentWidget(self.location_label)
        self.statusBar().addPermanentWidget(self.practitioner_label)
        self.server_dialog: QDialog | None = None
        self.setWindowTitle(translate("MainWindow", "Microneedling Logbook"))
        # The one change signal: views refresh themselves from what the logbook announces.
        self.changes = ChangeRelay(self)
        self.changes.watch(logbook)
        self.flows = WindowFlows(self)
        build_actions(self, WINDOW_ACTIONS, self)
        # Ctrl+L wherever the focus is (a form's own keys included: ``WindowLock``).
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._build_central()
        self.backups = WindowBackups(
            self, reopen=self._reopen_logbook, before_restore=self._close_logbook
        )
        self.backup_actions = self.backups.actions
        self.record_actions = RecordActions(self)
        self.print_actions = PrintActions(self)
        self.pages.currentChanged.connect(self.print_actions.update_enabled)
        build_menus(self)
        self._show_location()
        if logbook.read_only:
            from .read_only import show_read_only

            show_read_only(self, logbook.read_only_reason)
        restore_layout(self, self.splitter)
        self.refresh_clients()
        # A client's row shows its last session; archiving or erasing takes it away.
        listen(self.changes, self, self.reload_clients, of_kind("client", "session"))
        listen(self.changes, self, self._show_unprotected, of_kind("practitioner"))
        # Nothing shows before a practitioner signs in (or is, by the opener: a script).
        self.lock.start()

    def _build_central(self) -> None:
        self.client_list = ClientList(self.logbook)
        self.search = self.client_list.search
        self.client_model = self.client_list.model
        self.client_view = self.client_list.view
        self.client_count = self.client_list.count
        self.show_archived = self.client_list.show_archived
        self.client_view.selectionModel().selectionChanged.connect(self._client_selected)
        self.client_list.nothing_selected.connect(self._show_empty_page)

        self.client_page = ClientPage(self.logbook, self.prompter)
        self.client_page.follow(self.changes)
        self.client_page.photos_requested.connect(self.add_photos)
        self.client_page.new_session_requested.connect(self.new_session)
        self.client_page.edit_client_requested.connect(self.edit_client)
        self.client_page.export_requested.connect(self.export_client)
        self.client_page.edit_session_requested.connect(self.edit_draft)
        self.client_page.safety_form_requested.connect(self.open_safety_form)
        self.client_page.course_requested.connect(self.edit_course)
        self.client_page.other_treatment_requested.connect(self.flows.other_treatment)
        # Nobody selected: the start page (the day's sessions, follow-ups due, drafts).
        self.start_page = StartPage(self.logbook)
        self.start_page.follow(self.changes)
        self.start_page.use_actions(self.new_client_action, self.import_csv_action)
        self.start_page.open_client.connect(self.flows.open_client)
        self.start_page.open_session.connect(self.show_session)
        self.start_page.open_draft.connect(self.flows.open_draft)
        self.empty_page = self.start_page  # the name callers and tests know
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.client_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.client_list)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 1040])
        # Above everything: the banner saying the clinic server cannot be reached.
        self.server_banner = ServerBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.server_banner)
        column.addWidget(self.splitter, 1)
        self.lock = WindowLock(self, central)

    # Clients
    def selected_client_id(self) -> int | None:
        return self.client_list.selected_client_id()

    def refresh_clients(self, *_args: object, select: int | None = None) -> None:
        """Reload the list for the current search, keeping (or moving) the selection."""
        self.client_list.refresh(select=select)

    def reload_clients(self) -> None:
        """Read the list again (the logbook changed behind the list's back)."""
        self.client_list.reload()

    def focus_search(self) -> None:
        self.client_list.focus_search()

    def _show_empty_page(self, has_clients: bool) -> None:
        self.start_page.show_for(has_clients)
        self.pages.setCurrentWidget(self.start_page)
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
        remember_client(client_id)  # for the start page's recently opened clients
        self.pages.setCurrentWidget(self.client_page)
        self._update_actions()

    def _update_actions(self) -> None:
        has_client = self.pages.currentWidget() is self.client_page
        client_actions = (self.new_session_action, self.edit_client_action, self.export_action)
        for action in (*client_actions, self.course_action, self.other_treatment_action):
            action.setEnabled(has_client)
        self.record_actions.client_changed(self.client_page.client if has_client else None)

    # Forms (``flows``)
    def new_client(self) -> None:
        self.flows.new_client()

    def edit_client(self) -> None:
        self.flows.edit_client()

    def new_session(self) -> None:
        self.flows.new_session()

    def edit_draft(self, session_id: int) -> None:
        self.flows.edit_draft(session_id)

    def export_client(self) -> None:
        self.flows.export_client()

    def add_photos(
        self, files: list | None = None, session_id: int | None = None, then_sign: int | None = None
    ) -> None:
        self.flows.add_photos(files, session_id, then_sign)

    def open_review(self) -> SessionsReview:
        return self.flows.open_review()

    def open_follow_ups(self) -> QDialog:
        return self.flows.open_follow_ups()

    def edit_course(self) -> None:
        self.flows.edit_course()

    def record_other_treatment(self) -> None:
        self.flows.other_treatment(0)

    def show_session(self, client_id: int, session_id: int) -> None:
        self.flows.show_session(client_id, session_id)

    def import_csv(self) -> None:
        self.flows.import_csv()

    def import_bundle(self) -> None:
        self.flows.import_bundle()

    def open_safety_form(self, kind: str) -> None:
        self.flows.open_safety_form(kind)

    def edit_safety_settings(self) -> None:
        self.flows.edit_safety_settings()

    # Who is working (``ui.identity``)
    def show_signed_in(self) -> None:
        """Show who is signed in: the status bar, the title, the administrator's note."""
        practitioner = self.logbook.signed_in
        if practitioner is None:
            return
        self.current_practitioner = practitioner.name
        signed_in = (
            translate("MainWindow", "Signed in: {name} (administrator)")
            if practitioner.is_admin
            else translate("MainWindow", "Signed in: {name}")
        )
        self.practitioner_label.setText(signed_in.format(name=practitioner.name))
        self.practitioner_label.setToolTip(
            translate(
                "MainWindow",
                "Changes are recorded and sessions signed under this name "
                "(File → Switch practitioner…, Ctrl+L to lock)",
            )
        )
        self.setWindowTitle(
            translate("MainWindow", "Microneedling Logbook — {name}").format(name=practitioner.name)
        )
        self.auto_lock_action.setEnabled(practitioner.is_admin and not self.logbook.read_only)
        self.record_actions.access_changed()
        self.show_encryption()
        self._show_unprotected()

    def _show_unprotected(self) -> None:
        practitioner = self.logbook.signed_in
        names = (
            [p.name for p in self.logbook.unprotected_practitioners()]
            if practitioner is not None and practitioner.is_admin
            else []
        )
        count = len(names)
        self.unprotected_label.setText(
            translate("MainWindow", "1 practitioner has no passphrase")
            if count == 1
            else translate("MainWindow", "{count} practitioners have no passphrase").format(
                count=count
            )
        )
        self.unprotected_label.setToolTip(
            plain_tooltip(
                translate(
                    "MainWindow",
                    "Anyone could sign in as: {names}. They choose a passphrase at their "
                    "next sign-in.",
                ).format(names=", ".join(names))
            )
        )
        self.unprotected_label.setVisible(bool(names))

    def start_afresh(self) -> None:
        """Another practitioner signed in: no client of the last one's left on show."""
        self.client_list.clear_search()
        self.show_start_page()

    def show_start_page(self) -> None:
        """Nobody selected: the start page."""
        if self.selected_client_id() is not None:
            self.client_view.clearSelection()  # the pages follow the selection
        else:
            self._show_empty_page(self.client_model.rowCount() > 0)

    def lock_window(self) -> None:
        self.lock.lock()

    def edit_auto_lock(self) -> None:
        self.lock.edit_auto_lock()

    # Backups (``backups``)
    def edit_backup_settings(self) -> None:
        self.backups.edit_settings()

    def start_automatic_backup(self) -> JobHandle:
        """After start-up, off the GUI thread: a backup when the last is a day old."""
        return self.backups.start_automatic()

    def _automatic_backup_done(self, made: object) -> None:
        self.backups.automatic_done(made)

    def _close_logbook(self) -> None:
        """Before a restore replaces the files: nothing may hold the database open."""
        if self.current_dialog is not None:
            self.current_dialog.done(0)
            self.current_dialog = None
        for window in (self.review_window, self.follow_ups_window):
            if window is not None:
                window.close()
        self.client_page.gallery.stop_loading()
        self.start_page.stop_reading()
        self.logbook.close()

    def _reopen_logbook(self) -> None:
        """After a restore (or a refused one): open the logbook again and show it."""
        self._use_logbook(
            Logbook.open(
                self.logbook.data_dir,
                actor=self.current_practitioner or None,
                database_url=self.logbook.database_url,  # the same home, file or server
                data_key=self.logbook.data_key,  # the same key: the restored file's
            )
        )
        shown = self.client_page.client
        if shown is not None and self.client_model.row_of_id(shown.id) is None:
            self._show_empty_page(self.client_model.rowCount() > 0)

    def _use_logbook(self, logbook: Logbook) -> None:
        previous = self.logbook
        self.changes.forget(previous)
        self.logbook = logbook
        self.changes.watch(logbook)
        self.lock.logbook_changed(previous)
        self.client_page.use_logbook(logbook)
        self.start_page.use_logbook(logbook)
        self.record_actions.logbook_reopened()
        self._show_location()
        self.client_list.use_logbook(logbook)

    def _show_location(self) -> None:
        where = self.logbook.location
        self.location_label.setText(translate("MainWindow", "Logbook: {where}").format(where=where))
        self.location_label.setToolTip(where)
        self.show_encryption()

    def show_encryption(self) -> None:
        """The status bar's "Encrypted" (on the server: once a key holder signs in)."""
        self.encrypted_label.setVisible(self.logbook.encrypted)
        self.encrypted_label.setToolTip(encryption_words(self.logbook))

    # The clinic server (``ui.server``)
    def connect_to_server(self) -> None:
        from ..server.connect_dialog import ConnectServerDialog

        dialog = ConnectServerDialog(
            self.logbook.data_dir,
            self.current_practitioner or None,
            self,
            on_server=self.logbook.on_server,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(self.switch_logbook)
        dialog.use_file_requested.connect(self._use_file_logbook)
        dialog.finished.connect(lambda _result: setattr(self, "server_dialog", None))
        self.server_dialog = dialog
        dialog.open()

    def switch_logbook(self, logbook: Logbook) -> None:
        """Show ``logbook`` (another home) instead of the one open: the old one closed,
        the pages emptied; the practitioner signs in to it unless it holds their key."""
        self._close_logbook()
        self._use_logbook(logbook)
        self._show_empty_page(self.client_model.rowCount() > 0)

    def _use_file_logbook(self) -> None:
        if self.logbook.on_server:
            actor = self.current_practitioner or None
            try:
                logbook = Logbook.open(self.logbook.data_dir, actor, create=True)
            except LogbookError as error:  # encrypted (its key comes at start), unreadable
                self.prompter.error(
                    self, translate("MainWindow", "The logbook file cannot be opened"), str(error)
                )
                return
            self.switch_logbook(logbook)

    # Window
    def about(self) -> QMessageBox:
        return show_about(self, self.logbook)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock.before_close()  # at the lock screen: the open form kept as a draft
        if self.current_dialog is not None:
            # The open form decides: it asks before losing unsaved changes.
            self.current_dialog.reject()
            if self.current_dialog is not None and self.current_dialog.isVisible():
                event.ignore()
                return
        save_layout(self, self.splitter)
        self.backups.stop()
        super().closeEvent(event)
