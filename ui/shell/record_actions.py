"""The main window's record-integrity actions: who is working (switch, profiles), the
audit log, verifying the records, a new recovery sheet for an encrypted logbook,
encrypting a clinic server's photos, and archiving or erasing the client on show.

Erasing asks twice: a confirmation that says what goes and that it cannot be undone,
then the client's full name typed by hand (both through the Prompter, so tests answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from logger_app.errors import LogbookError, ValidationError
from logger_app.i18n import translate
from logger_app.records import Client

from .actions import RECORD_ACTIONS, build_actions
from .server_encryption import ServerPhotoEncryption, can_encrypt_photos

if TYPE_CHECKING:
    from ..identity.recovery_sheet import NewRecoverySheetDialog
    from ..review.audit_view import AuditView
    from ..verification.verify_dialog import VerifyDialog
    from .main_window import MainWindow


class RecordActions(QObject):
    # Declared in ``actions.RECORD_ACTIONS``, made by ``build_actions``.
    switch_action: QAction
    practitioners_action: QAction
    audit_action: QAction
    verify_action: QAction
    recovery_sheet_action: QAction
    encrypt_photos_action: QAction
    archive_action: QAction
    unarchive_action: QAction
    erase_action: QAction

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.audit_window: AuditView | None = None
        self.verify_window: VerifyDialog | None = None
        self.sheet_dialog: NewRecoverySheetDialog | None = None  # the new sheet on show
        self.server_encryption = ServerPhotoEncryption(window)
        build_actions(self, RECORD_ACTIONS, window)
        self.client_changed(None)
        self.access_changed()

    def access_changed(self) -> None:
        """Enable what only an administrator may do, for who is signed in to which logbook."""
        logbook = self._window.logbook
        signed_in = logbook.signed_in
        admin = signed_in is not None and signed_in.is_admin and not logbook.read_only
        self.recovery_sheet_action.setEnabled(admin and logbook.encrypted)
        self.encrypt_photos_action.setEnabled(
            admin and self.server_encryption.job is None and can_encrypt_photos(logbook)
        )

    def client_actions(self) -> list[QAction]:
        return [self.archive_action, self.unarchive_action, self.erase_action]

    def client_changed(self, client: Client | None) -> None:
        """Enable what applies to the client on show (None: no client)."""
        self.archive_action.setEnabled(client is not None and not client.archived)
        self.unarchive_action.setEnabled(client is not None and client.archived)
        self.erase_action.setEnabled(client is not None)

    # Who is working
    def switch_practitioner(self) -> None:
        """Another practitioner signs in (the window locks first: ``WindowLock.switch``)."""
        self._window.lock.switch()

    def manage_practitioners(self) -> None:
        from ..clients.practitioners_dialog import PractitionersDialog

        window = self._window
        dialog = PractitionersDialog(
            window.logbook, window.prompter, window, current=window.current_practitioner
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    # The audit log
    def open_audit(self) -> AuditView:
        """One window, raised when already open."""
        from ..review.audit_view import AuditView

        if self.audit_window is None:
            self.audit_window = AuditView(
                self._window.logbook,
                self._window.prompter,
                self._window,
                changes=self._window.changes,
            )
            self.audit_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.audit_window.finished.connect(self._audit_closed)
        self.audit_window.refresh()
        self.audit_window.show()
        self.audit_window.raise_()
        self.audit_window.activateWindow()
        return self.audit_window

    def _audit_closed(self) -> None:
        self.audit_window = None

    def logbook_reopened(self) -> None:
        for window in (self.audit_window, self.verify_window):
            if window is not None:
                window.close()
        self.access_changed()  # another logbook: encrypted or not, the same profile or not

    # Proof
    def verify_records(self) -> VerifyDialog:
        """One window, raised when already open; it checks as it opens."""
        from ..verification.verify_dialog import VerifyDialog

        if self.verify_window is None:
            self.verify_window = VerifyDialog(self._window.logbook, self._window)
            self.verify_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.verify_window.finished.connect(self._verify_closed)
        self.verify_window.show()
        self.verify_window.raise_()
        self.verify_window.activateWindow()
        return self.verify_window

    def _verify_closed(self) -> None:
        self.verify_window = None

    # The recovery sheet
    def new_recovery_sheet(self) -> None:
        """Confirm, make a new recovery key (the old sheet opens nothing after), and show
        it once with the first start's sheet page: saved or printed before closing."""
        from ..identity.recovery_sheet import NewRecoverySheetDialog

        window = self._window
        if not window.prompter.confirm(
            window,
            translate("RecordActions", "Make a new recovery sheet?"),
            translate(
                "RecordActions",
                "A new recovery key is made and shown once, to print or save as a PDF.\n\n"
                "The current recovery sheet will open nothing after this: use this when it is "
                "lost, or may have been seen by someone else. Keep the new sheet somewhere "
                "safe, away from this computer.",
            ),
            translate("RecordActions", "Make a new sheet"),
        ):
            return
        try:
            text = window.logbook.new_recovery_key()
        except LogbookError as error:  # not an administrator, a plain logbook, the disk
            window.prompter.error(
                window, translate("RecordActions", "No new recovery sheet"), str(error)
            )
            return
        dialog = NewRecoverySheetDialog(text, window.logbook.location, window.prompter, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._sheet_closed)
        dialog.open()
        self.sheet_dialog = dialog

    def _sheet_closed(self) -> None:
        self.sheet_dialog = None

    def encrypt_server_photos(self) -> None:
        """A clinic-server logbook's photos encrypted (``server_encryption``)."""
        self.server_encryption.start()

    # Archive and erasure
    def _shown_client(self) -> Client | None:
        window = self._window
        if window.current_dialog is not None or window.pages.currentWidget() is not (
            window.client_page
        ):
            return None
        return window.client_page.client

    def archive(self) -> None:
        client = self._shown_client()
        if client is None or client.archived:
            return
        window = self._window
        if not window.prompter.confirm(
            window,
            translate("RecordActions", "Archive this client?"),
            translate(
                "RecordActions",
                "{name} will no longer be listed. Nothing is deleted: their "
                "records stay in the logbook and in exports, “Show archived clients” lists "
                "them, and they can be unarchived at any time.",
            ).format(name=client.full_name),
            translate("RecordActions", "Archive"),
        ):
            return
        try:
            window.logbook.archive_client(client.id)
        except LogbookError as error:  # busy, disk full: nothing changed
            window.prompter.error(window, translate("RecordActions", "Not archived"), str(error))
            return
        window.statusBar().showMessage(
            translate("RecordActions", "{name} archived.").format(name=client.full_name), 5000
        )

    def unarchive(self) -> None:
        client = self._shown_client()
        if client is None or not client.archived:
            return
        window = self._window
        try:
            window.logbook.unarchive_client(client.id)
        except LogbookError as error:  # busy, disk full: nothing changed
            window.prompter.error(window, translate("RecordActions", "Not unarchived"), str(error))
            return
        window.show_client(client.id)
        window.statusBar().showMessage(
            translate("RecordActions", "{name} is listed again.").format(name=client.full_name),
            5000,
        )

    def erase(self) -> None:
        client = self._shown_client()
        if client is None:
            return
        window = self._window
        sessions = len(window.logbook.history(client.id))
        photos = len(window.logbook.photos_of_client(client.id))
        if not window.prompter.confirm(
            window,
            translate("RecordActions", "Erase this client?"),
            translate(
                "RecordActions",
                "Erasing deletes {name} and every record of theirs for good: "
                "{sessions} session(s), signed ones included, their amendments, "
                "{photos} photo(s) and their files, screenings and consents.\n\n"
                "Do this only when the client asks for their data to be erased (and nothing "
                "obliges you to keep it). The audit log keeps one entry that client "
                "{id} was erased, by whom and when — not their name. Backups made "
                "before still hold the client.\n\nTo archive a client instead, nothing is "
                "deleted: use Archive client.",
            ).format(name=client.full_name, sessions=sessions, photos=photos, id=client.id),
            translate("RecordActions", "Continue…"),
        ):
            return
        typed = window.prompter.ask_text(
            window,
            translate("RecordActions", "Type the client's name to erase"),
            translate("RecordActions", "To erase {name} for good, type their full name:").format(
                name=client.full_name
            ),
        )
        if typed is None:
            return
        try:
            report = window.logbook.erase_client(client.id, typed)
        except ValidationError:
            window.prompter.error(
                window,
                translate("RecordActions", "Nothing was erased"),
                translate(
                    "RecordActions", "The name typed does not match {name}. Nothing was erased."
                ).format(name=client.full_name),
            )
            return
        except LogbookError as error:  # busy, disk full: nothing was erased
            window.prompter.error(
                window, translate("RecordActions", "Nothing was erased"), str(error)
            )
            return
        window.client_page.client = None
        window.refresh_clients()  # the list itself heard the erasure; now nobody is shown
        window.statusBar().showMessage(
            translate(
                "RecordActions", "Client erased: {sessions} session(s), {photos} photo(s) deleted."
            ).format(sessions=report.sessions, photos=report.photos),
            8000,
        )
