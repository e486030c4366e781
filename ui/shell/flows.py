"""The main window's forms and what follows them: a client saved is selected and shown,
a session saved may go on to its photos (and be signed after them), an import refreshes
the list. One form is open at a time (window-modal, not blocking): the window's
``current_dialog``, for callers and tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from logger_app.errors import LogbookError, NotFoundError
from logger_app.i18n import translate
from logger_app.identity import SIGNED_MEANING

from ..clients.client_form import ClientDialog
from ..common.display import format_date, format_datetime
from ..export.export_dialog import ExportDialog
from ..photos.photo_import import PhotoImportDialog
from ..review.sessions_review import SessionsReview
from ..session.session_form import SessionDialog
from ..session.signing import signed

if TYPE_CHECKING:
    from logger_app.local_drafts import LocalDraft
    from logger_app.records import Client, Session

    from .main_window import MainWindow


class WindowFlows:
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def _open_dialog(self, dialog: QDialog, on_accept) -> None:
        self._window.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog) -> None:
        # A form may open the next one when accepted (a session, then its photos).
        if self._window.current_dialog is dialog:
            self._window.current_dialog = None

    def _client_on_page(self) -> Client | None:
        """The client whose page is on show (None: the empty page)."""
        window = self._window
        if window.pages.currentWidget() is not window.client_page:
            return None
        return window.client_page.client

    def _free_client(self) -> Client | None:
        """The client of the page when no form is open."""
        return None if self._window.current_dialog is not None else self._window.client_page.client

    # Clients
    def new_client(self) -> None:
        window = self._window
        dialog = ClientDialog(window.logbook, window.prompter, parent=window)
        self._open_dialog(dialog, lambda: self._client_saved(dialog))

    def edit_client(self) -> None:
        window = self._window
        client = self._client_on_page()
        if client is None:
            return
        dialog = ClientDialog(window.logbook, window.prompter, client=client, parent=window)
        self._open_dialog(dialog, lambda: self._client_saved(dialog))

    def _client_saved(self, dialog: ClientDialog) -> None:
        saved = dialog.saved_client
        if saved is None:
            return
        window = self._window
        window.client_list.clear_search()
        window.refresh_clients(select=saved.id)
        window.show_client(saved.id)
        window.statusBar().showMessage(
            translate("WindowFlows", "Saved {name}.").format(name=saved.full_name), 5000
        )

    # Sessions
    def new_session(self) -> None:
        window = self._window
        client = self._client_on_page()
        if client is None:
            return
        dialog = SessionDialog(window.logbook, window.prompter, client, parent=window)
        dialog.finished.connect(window.client_page.refresh_safety)  # recorded from the form
        self._open_session_form(dialog)

    def _open_session_form(self, dialog: SessionDialog) -> None:
        banner = self._window.server_banner
        dialog.server_unreachable.connect(banner.show)
        dialog.accepted.connect(banner.hide)  # saved: the server is back
        self._open_dialog(dialog, lambda: self._session_saved(dialog))

    def open_kept_session(self, draft: LocalDraft) -> SessionDialog | None:
        """The session form holding a session kept on this computer: the draft it
        rewrites if that is still a draft, else a new session of its client."""
        window = self._window
        logbook = window.logbook
        try:
            client = logbook.client(draft.details.client_id)
            session = logbook.session(draft.session_id) if draft.session_id else None
        except NotFoundError:
            return None
        if session is not None and session.is_signed:
            session = None
        window.show_client(client.id)
        dialog = SessionDialog(logbook, window.prompter, client, parent=window, session=session)
        dialog.load_kept(draft.details, draft.reasons)
        self._open_session_form(dialog)
        return dialog

    def edit_draft(self, session_id: int) -> None:
        """Open a draft in the session form. A signed session has no edit path."""
        window = self._window
        client = self._free_client()
        if client is None:
            return
        session = window.logbook.session(session_id)
        if session.is_signed or session.details.client_id != client.id:
            return
        dialog = SessionDialog(
            window.logbook, window.prompter, client, parent=window, session=session
        )
        self._open_session_form(dialog)

    def _session_saved(self, dialog: SessionDialog) -> None:
        saved = dialog.saved_session
        if saved is None:
            return
        window = self._window
        window.refresh_clients(select=saved.details.client_id)
        window.show_client(saved.details.client_id, select_session=saved.id)
        if dialog.sign_after_photos:
            message = translate(
                "WindowFlows", "Session saved: it is signed once its photos are added."
            )
        else:
            message = saved_message(saved)
        window.statusBar().showMessage(message, 8000)
        if dialog.pending_photos:
            window.current_dialog = None  # the session form is done; the import follows
            then_sign = saved.id if dialog.sign_after_photos else None
            window.add_photos(dialog.pending_photos, session_id=saved.id, then_sign=then_sign)

    # Export and photos
    def export_client(self) -> None:
        window = self._window
        client = self._free_client()
        if client is None:
            return
        dialog = ExportDialog(
            window.logbook, client, window.prompter, window, changes=window.changes
        )
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
        window = self._window
        client = self._free_client()
        if client is None:
            return
        sessions = window.logbook.sessions_of(client.id)
        if not sessions:
            window.prompter.error(
                window,
                translate("WindowFlows", "No session yet"),
                translate(
                    "WindowFlows",
                    "Photos belong to a session: record the session first, then add its photos.",
                ),
            )
            return
        dialog = PhotoImportDialog(
            window.logbook, window.prompter, sessions, session_id, files or (), window,
            window.changes,
        )  # fmt: skip
        self._open_dialog(dialog, self._photos_imported)
        if then_sign is not None:
            dialog.finished.connect(lambda: self._sign_after_import(then_sign))
        if not files:
            dialog.choose_button.setFocus()

    def _sign_after_import(self, session_id: int) -> None:
        window = self._window
        try:
            signed(
                window.logbook, window.prompter, window,
                lambda: window.logbook.sign_session(session_id), meaning=SIGNED_MEANING,
            )  # fmt: skip
        except LogbookError as error:  # the passphrase not given too: it stays a draft
            window.prompter.error(
                window,
                translate("WindowFlows", "The session was not signed"),
                translate(
                    "WindowFlows",
                    "{error}\n\nIt is kept as a draft: sign it from the client's history.",
                ).format(error=error),
            )
            return
        window.show_client(window.client_page.client.id, select_session=session_id)
        window.statusBar().showMessage(translate("WindowFlows", "Session saved and signed."), 5000)

    def _photos_imported(self) -> None:
        page = self._window.client_page
        page.refresh_gallery()
        page.tabs.setCurrentWidget(page.gallery)
        self._window.statusBar().showMessage(translate("WindowFlows", "Photos added."), 5000)

    # The sessions review
    def open_review(self) -> SessionsReview:
        """The sessions review across clients: one window, raised when already open."""
        window = self._window
        if window.review_window is None:
            review = SessionsReview(
                window.logbook, window, changes=window.changes, prompter=window.prompter
            )
            review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            review.open_session.connect(window.show_session)
            review.finished.connect(self._review_closed)
            window.review_window = review
        window.review_window.show()
        window.review_window.raise_()
        window.review_window.activateWindow()
        return window.review_window

    def _review_closed(self) -> None:
        self._window.review_window = None

    def open_follow_ups(self) -> QDialog:
        """Review → Follow-ups due: one window, raised when already open."""
        window = self._window
        if window.follow_ups_window is None:
            from ..review.follow_ups import FollowUpsWindow

            follow_ups = FollowUpsWindow(
                window.logbook, window.prompter, window, changes=window.changes
            )
            follow_ups.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            follow_ups.open_client.connect(self.open_client)
            follow_ups.finished.connect(lambda: setattr(window, "follow_ups_window", None))
            window.follow_ups_window = follow_ups
        window.follow_ups_window.show()
        window.follow_ups_window.raise_()
        window.follow_ups_window.activateWindow()
        return window.follow_ups_window

    def show_session(self, client_id: int, session_id: int) -> None:
        """Show a client's page with one session selected (from the review)."""
        window = self._window
        window.client_list.clear_search()
        window.refresh_clients(select=client_id)
        window.show_client(client_id, select_session=session_id)
        window.client_page.tabs.setCurrentIndex(0)
        window.raise_()
        window.activateWindow()

    # Courses
    def edit_course(self) -> None:
        """The shown client's course plan: the open one, or a new one."""
        window = self._window
        client = self._client_on_page() if window.current_dialog is None else None
        if client is None:
            return
        from ..clients.course_dialog import CourseDialog

        dialog = CourseDialog(window.logbook, window.prompter, client, parent=window)
        self._open_dialog(dialog, lambda: self._course_saved(dialog))

    def _course_saved(self, dialog) -> None:
        self._window.statusBar().showMessage(dialog.outcome, 5000)

    # Other treatments (peels, laser, filler…)
    def other_treatment(self, treatment_id: int = 0) -> None:
        """Record another treatment of the shown client (0), or change that one."""
        window = self._window
        client = self._client_on_page() if window.current_dialog is None else None
        if client is None:
            return
        from ..clients.other_treatment_dialog import OtherTreatmentDialog

        treatment = window.logbook.other_treatment(treatment_id) if treatment_id else None
        dialog = OtherTreatmentDialog(
            window.logbook, window.prompter, client, treatment, parent=window
        )
        self._open_dialog(dialog, lambda: self._other_treatment_saved(dialog))

    def _other_treatment_saved(self, dialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        page = self._window.client_page
        if page.client is not None and page.client.id == saved.details.client_id:
            page.show_client(page.client, select_treatment=saved.id)
        message = translate("WindowFlows", "{treatment} saved in the history.").format(
            treatment=saved.details.kind_text
        )
        self._window.statusBar().showMessage(message, 5000)

    # From the start page
    def open_client(self, client_id: int) -> None:
        """Show a client's page, selected in the list."""
        window = self._window
        window.raise_()
        window.activateWindow()
        window.client_list.clear_search()
        window.refresh_clients(select=client_id)
        window.show_client(client_id)

    def open_draft(self, client_id: int, session_id: int) -> None:
        """A draft's form over its client's page."""
        if self._window.current_dialog is not None:
            return
        self.show_session(client_id, session_id)
        self.edit_draft(session_id)

    # CSV import
    def import_csv(self) -> None:
        window = self._window
        if window.current_dialog is not None:
            return
        from ..import_csv.import_wizard import CsvImportWizard  # loaded when used, not at start-up

        wizard = CsvImportWizard(window.logbook, window.prompter, window, changes=window.changes)
        # Refresh on the import itself: Cancel may still be pressed after it.
        wizard.imported.connect(self._csv_imported)
        self._open_dialog(wizard, lambda: None)

    def _csv_imported(self, *_summary: object) -> None:
        self._window.reload_clients()  # imported by the wizard's own connection, in the background
        self._window.statusBar().showMessage(translate("WindowFlows", "Import finished."), 5000)

    # A client from another logbook
    def import_bundle(self) -> None:
        window = self._window
        if window.current_dialog is not None:
            return
        path = window.prompter.open_file(
            window,
            translate("WindowFlows", "Import client"),
            Path.home(),
            translate("WindowFlows", "Logbook bundles (*.zip);;All files (*)"),
        )
        if path is None:
            return
        from ..import_bundle.import_dialog import BundleImportDialog  # loaded when used

        dialog = BundleImportDialog(
            window.logbook, window.prompter, path, window, changes=window.changes
        )
        dialog.imported.connect(self._bundle_imported)
        self._open_dialog(dialog, lambda: None)

    def _bundle_imported(self, summary: object) -> None:
        self._window.reload_clients()  # imported by the job's own connection
        self._window.statusBar().showMessage(translate("WindowFlows", "Import finished."), 5000)

    # Clinical safety
    def open_safety_form(self, kind: str) -> None:
        """A new screening (``kind`` "screening") or consent for the shown client."""
        window = self._window
        client = self._free_client()
        if client is None:
            return
        from ..safety.consent_dialog import ConsentDialog
        from ..safety.screening_form import ScreeningDialog

        form = ScreeningDialog if kind == "screening" else ConsentDialog
        dialog = form(window.logbook, window.prompter, client, parent=window)
        self._open_dialog(dialog, window.client_page.refresh_safety)

    def edit_safety_settings(self) -> None:
        window = self._window
        if window.current_dialog is not None:
            return
        from ..safety.safety_settings import SafetySettingsDialog

        dialog = SafetySettingsDialog(window.logbook, window)
        self._open_dialog(dialog, self._safety_settings_saved)

    def _safety_settings_saved(self) -> None:
        self._window.client_page.refresh_safety()
        self._window.statusBar().showMessage(
            translate("WindowFlows", "Safety rules saved: they apply from the next session."),
            5000,
        )


def saved_message(session: Session) -> str:
    """What the status bar says once a session is saved: a draft, or what was signed,
    by whom and when (the record is read-only from then on)."""
    when = format_date(session.details.started_at.astimezone().date())
    if not session.is_signed:
        return translate(
            "WindowFlows", "Draft of the session of {day} saved: sign it when it is complete."
        ).format(day=when)
    assert session.signed_at is not None
    at = format_datetime(session.signed_at)
    return translate(
        "WindowFlows", "Session of {day} signed by {name} at {time}: it is now read-only."
    ).format(day=when, name=session.signed_by, time=at)
