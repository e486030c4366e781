"""Printing, with a preview: the selected session's record, the client's aftercare
sheet, the client's history report; and the clinic's details and consent text, which
what is printed and signed shows (the administrator's).

The core draws each document (``logger_app.export``) on the printer the preview gives;
the preview goes through the Prompter. Each print made is one audit entry (by ids).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from logger_app.errors import LogbookError
from logger_app.i18n import translatable, translate
from logger_app.records import Client

from .actions import ActionSpec, ActionTable, build_actions

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from .main_window import MainWindow

Key = QKeySequence.StandardKey

PRINT_ACTIONS = ActionTable(
    "print_actions",
    (
        ActionSpec(
            "print_session_action",
            translatable("ShellActions", "&Print session…"),
            Key.Print,
            "print_session",
            translatable("ShellActions", "The selected session's record, previewed, then printed"),
            object_name="printSession",
        ),
        ActionSpec(
            "print_aftercare_action",
            translatable("ShellActions", "Print &aftercare sheet…"),
            "Ctrl+Shift+P",
            "print_aftercare",
            translatable(
                "ShellActions",
                "One page for the client: the aftercare of the selected session in plain "
                "words, the "
                "clinic's phone, the next visit",
            ),
            object_name="printAftercare",
        ),
        ActionSpec(
            "print_history_action",
            translatable("ShellActions", "Print &history report…"),
            None,
            "print_history",
            translatable("ShellActions", "The client's whole history, as in the PDF report"),
            object_name="printHistory",
        ),
        ActionSpec(
            "clinic_details_action",
            translatable("ShellActions", "Clinic &details…"),
            None,
            "edit_clinic_details",
            translatable(
                "ShellActions",
                "The clinic's name and phone for the aftercare sheet, its time zone "
                "(the administrator's)",
            ),
            writes=True,
            object_name="clinicDetails",
        ),
        ActionSpec(
            "consent_text_action",
            translatable("ShellActions", "&Consent text…"),
            None,
            "edit_consent_text",
            translatable(
                "ShellActions",
                "The text clients read before they sign consent; every version is kept "
                "(the administrator's)",
            ),
            writes=True,
            object_name="consentText",
        ),
    ),
)


class PrintActions(QObject):
    # Declared in ``PRINT_ACTIONS``, made by ``build_actions``.
    print_session_action: QAction
    print_aftercare_action: QAction
    print_history_action: QAction
    clinic_details_action: QAction
    consent_text_action: QAction

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        build_actions(self, PRINT_ACTIONS, window)
        page = window.client_page
        view = page.history_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._history_menu)
        view.selectionModel().selectionChanged.connect(self.update_enabled)
        page.session_actions.print_button.setMenu(self._session_menu(page.session_actions))
        self.context_menu: QMenu | None = None
        self.update_enabled()

    def session_actions(self) -> list[QAction]:
        return [self.print_session_action, self.print_aftercare_action]

    def _session_menu(self, parent) -> QMenu:
        menu = QMenu(parent)
        menu.setObjectName("printMenu")
        menu.addActions(self.session_actions())
        return menu

    # What is on show
    def _client(self) -> Client | None:
        window = self._window
        if window.current_dialog is not None or window.pages.currentWidget() is not (
            window.client_page
        ):
            return None
        return window.client_page.client

    def _session_id(self) -> int | None:
        if self._client() is None:
            return None
        session = self._window.client_page.session_actions.session
        return session.id if session is not None else None

    def update_enabled(self, *_args: object) -> None:
        has_session = self._session_id() is not None
        self.print_session_action.setEnabled(has_session)
        self.print_aftercare_action.setEnabled(has_session)
        self.print_history_action.setEnabled(self._client() is not None)

    def _history_menu(self, position: QPoint) -> None:
        """The history's context menu: print the session under the pointer."""
        view = self._window.client_page.history_view
        index = view.indexAt(position)
        if not index.isValid():
            return
        view.selectRow(index.row())
        self.update_enabled()
        menu = QMenu(view)
        menu.setObjectName("historyMenu")
        menu.addActions([*self.session_actions(), self.print_history_action])
        self.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(position))

    # Printing
    def _preview(self, title: str, paint, printed: tuple[str, int, int | None]) -> None:
        """Preview, then record the print if it was made; what went wrong, said after."""
        window = self._window
        problems: list[str] = []

        def draw(printer: QPrinter) -> None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                paint(printer)
            except LogbookError as error:
                problems.append(str(error))
            finally:
                QGuiApplication.restoreOverrideCursor()

        from logger_app.export.print_records import record_printed

        done = window.prompter.print_preview(window, title, draw)
        if problems:
            window.prompter.error(window, translate("PrintActions", "Not printed"), problems[-1])
            return
        if done:
            what, client_id, session_id = printed
            try:
                record_printed(window.logbook, what, client_id, session_id)
            except LogbookError as error:  # printed; the note of it could not be kept
                window.prompter.error(
                    window, translate("PrintActions", "Printed, not recorded"), str(error)
                )
                return
            window.statusBar().showMessage(
                translate("PrintActions", "{document} sent to the printer.").format(document=title),
                5000,
            )

    def print_session(self) -> None:
        from logger_app.export.pdf_report import print_report
        from logger_app.export.print_records import session_history

        session_id, client = self._session_id(), self._client()
        if session_id is None or client is None:
            return
        logbook = self._window.logbook
        history = session_history(logbook, session_id)
        self._preview(
            translate("PrintActions", "Session record"),
            lambda printer: print_report(history, printer, photos=logbook),
            ("session", client.id, session_id),
        )

    def print_aftercare(self) -> None:
        from logger_app.export.aftercare import aftercare_html, aftercare_sheet
        from logger_app.export.printing import print_html

        session_id, client = self._session_id(), self._client()
        if session_id is None or client is None:
            return
        html = aftercare_html(aftercare_sheet(self._window.logbook, session_id))
        self._preview(
            translate("PrintActions", "Aftercare sheet"),
            lambda printer: print_html(html, printer, one_page=True),
            ("aftercare", client.id, session_id),
        )

    def print_history(self) -> None:
        from logger_app.export import load_history
        from logger_app.export.pdf_report import print_report

        client = self._client()
        if client is None:
            return
        logbook = self._window.logbook
        history = load_history(logbook, client.id)
        self._preview(
            translate("PrintActions", "History report"),
            lambda printer: print_report(history, printer, photos=logbook),
            ("history", client.id, None),
        )

    # The clinic's texts
    def edit_clinic_details(self) -> None:
        from ..safety.clinic_details_dialog import ClinicDetailsDialog

        self._open(
            ClinicDetailsDialog(self._window.logbook, self._window),
            translate("PrintActions", "Clinic details saved."),
        )

    def edit_consent_text(self) -> None:
        from ..safety.consent_text_editor import ConsentTextEditor

        window = self._window
        self._open(
            ConsentTextEditor(window.logbook, window.prompter, window),
            translate(
                "PrintActions",
                "Consent text saved: clients are asked to sign this version from now on.",
            ),
        )

    def _open(self, dialog, saved: str) -> None:
        """One form at a time, as the window's others (``current_dialog``)."""
        window = self._window
        if window.current_dialog is not None:
            dialog.deleteLater()
            return
        window.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: window.statusBar().showMessage(saved, 5000))
        dialog.accepted.connect(window.client_page.refresh_safety)
        dialog.finished.connect(lambda: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog) -> None:
        if self._window.current_dialog is dialog:
            self._window.current_dialog = None
        self.update_enabled()
