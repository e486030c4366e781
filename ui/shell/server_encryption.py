"""Logbook → Encrypt photos on the server…: a clinic-server logbook gets its data key.

Asked first in plain words; the administrator's passphrase asked again when it was given
too long ago. The key is made on the GUI thread (one short transaction), then the photo
blobs stored before are encrypted in a job with its own Logbook on the same server,
holding the same key and acting as the same administrator. Last, the recovery key is
shown once, on the recovery sheet dialog: Close needs the tick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog

from logger_app.errors import LogbookError, PassphraseNeededError
from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook

from ..common.jobs import JobContext, JobHandle, permille, run_job
from ..session.signing import passphrase_check

if TYPE_CHECKING:
    from logger_app.logbook.unlocking import NewLogbookKeys

    from ..identity.recovery_sheet import NewRecoverySheetDialog
    from .main_window import MainWindow

CONFIRM_TITLE = translatable("ServerPhotoEncryption", "Encrypt the photos on the server?")
CONFIRM_TEXT = translatable(
    "ServerPhotoEncryption",
    "The photos kept on the clinic server will be encrypted with a key that only the "
    "practitioners' passphrases and a new recovery sheet open. The photos stored so far "
    "are encrypted now; this takes a moment for many photos.\n\n"
    "A recovery sheet is shown next, once: save it as a PDF or print it, and keep it "
    "away from this computer. Without a passphrase or that sheet, nobody can open the "
    "photos again.\n\n"
    "The server's other records are not encrypted by the app: they rely on the server's "
    "disk encryption and on TLS (see the README, “For the clinic's IT”).",
)
PASSPHRASE_TITLE = translatable("ServerPhotoEncryption", "Encrypt with your passphrase")
STOPPED_TITLE = translatable("ServerPhotoEncryption", "Some photos are not encrypted yet")


def can_encrypt_photos(logbook: Logbook) -> bool:
    """An administrator of a server logbook that has no data key yet (nobody's)."""
    signed_in = logbook.signed_in
    return (
        logbook.on_server
        and signed_in is not None
        and signed_in.is_admin
        and not logbook.read_only
        and not logbook.encrypted
        and not logbook.key_holders()
    )


def older_photos_work(context: JobContext) -> int:
    """In the worker: the blobs stored before, encrypted by the job's own Logbook."""
    assert context.logbook is not None
    return context.logbook.encrypt_older_photos(context.report)


class ServerPhotoEncryption(QObject):
    """The flow, one at a time; its dialogs kept as attributes for callers and tests."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.job: JobHandle | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.sheet_dialog: NewRecoverySheetDialog | None = None
        self._recovery_text = ""  # in memory only, until the sheet shows it
        self.encrypted_count = 0

    def start(self) -> None:
        window = self._window
        if self.job is not None or not window.prompter.confirm(
            window,
            translate("ServerPhotoEncryption", CONFIRM_TITLE),
            translate("ServerPhotoEncryption", CONFIRM_TEXT),
            translate("ServerPhotoEncryption", "Encrypt the photos"),
        ):
            return
        try:
            keys = self._start_encryption()
        except LogbookError as error:  # not an administrator, a key already, the server
            window.prompter.error(
                window,
                translate("ServerPhotoEncryption", "The photos were not encrypted"),
                str(error),
            )
            return
        if keys is None:  # the passphrase was not given: nothing changed
            return
        self._recovery_text = keys.recovery_text
        window.show_encryption()
        window.record_actions.access_changed()
        self._encrypt_older()

    def _start_encryption(self) -> NewLogbookKeys | None:
        window, logbook = self._window, self._window.logbook
        try:
            return logbook.start_encryption()
        except PassphraseNeededError:
            text = translate(
                "ServerPhotoEncryption",
                "To encrypt the photos, enter your passphrase: it holds the new key, and "
                "it was last entered more than a few minutes ago.",
            )
            if not window.prompter.ask_passphrase(
                window,
                translate("ServerPhotoEncryption", PASSPHRASE_TITLE),
                text,
                passphrase_check(logbook),
                translate("ServerPhotoEncryption", "Encrypt"),
            ):
                return None
        return logbook.start_encryption()

    def _encrypt_older(self) -> None:
        window, logbook = self._window, self._window.logbook
        dialog = QProgressDialog(
            translate("ServerPhotoEncryption", "Encrypting the photos stored so far…"),
            "",
            0,
            1000,
            window,
        )
        dialog.setWindowTitle(translate("ServerPhotoEncryption", "Encrypt photos on the server"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # each blob is its own step
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        self.job = run_job(
            "photos",
            older_photos_work,
            data_dir=logbook.data_dir,
            database_url=logbook.database_url,
            data_key=logbook.data_key,  # the job's Logbook stores and reads with it
            actor=logbook.actor,
            signed_in=logbook.sign_in_handle(),  # as the administrator
            changes=window.changes,
            parent=window,
            on_progress=lambda done, total: dialog.setValue(permille(done, total)),
            on_success=self._finished,
            on_failure=self._failed,
        )

    def _end_job(self) -> None:
        self.job = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _finished(self, count: int) -> None:
        self._end_job()
        self.encrypted_count = count
        self._window.statusBar().showMessage(
            translate(
                "ServerPhotoEncryption", "Photos on the server encrypted ({count} stored before)."
            ).format(count=count),
            8000,
        )
        self._show_sheet()

    def _failed(self, message: str) -> None:
        self._end_job()
        window = self._window
        # Each blob is encrypted in its own transaction: what is left is read as before,
        # and trying again goes on where it stopped.
        if window.prompter.confirm(
            window,
            translate("ServerPhotoEncryption", STOPPED_TITLE),
            translate(
                "ServerPhotoEncryption",
                "{message}\n\nPhotos stored from now on are encrypted; some stored before are "
                "still kept unencrypted on the server, and read as before. Try again now?",
            ).format(message=message),
            translate("ServerPhotoEncryption", "Try again"),
        ):
            self._encrypt_older()
            return
        self._show_sheet()

    def _show_sheet(self) -> None:
        from ..identity.recovery_sheet import NewRecoverySheetDialog

        window = self._window
        text, self._recovery_text = self._recovery_text, ""
        dialog = NewRecoverySheetDialog(
            text, window.logbook.location, window.prompter, window, first=True
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._sheet_closed)
        dialog.open()
        self.sheet_dialog = dialog

    def _sheet_closed(self) -> None:
        self.sheet_dialog = None
