"""The main window's backups: the daily automatic backup after start-up, how many to
keep, and noting each backup or restore in the audit log. Backup and restore by hand
are ``ui.backup.backup_actions``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from logger_app.backup import BackupCancelled
from logger_app.errors import LogbookError
from logger_app.i18n import translate

from ..backup.backup_actions import BackupActions
from ..backup.backup_jobs import automatic_backup, backup_keep, set_backup_keep
from ..common.jobs import JobHandle, run_job

if TYPE_CHECKING:
    from .main_window import MainWindow

# How long closing waits for a cancelled backup to clean up (it notices within 0.1 s).
STOP_BACKUP_SECONDS = 5.0


class WindowBackups:
    def __init__(
        self, window: MainWindow, reopen: Callable[[], None], before_restore: Callable[[], None]
    ) -> None:
        self._window = window
        self._automatic: JobHandle | None = None
        self.actions = BackupActions(
            window, window.logbook.data_dir, window.prompter, reopen=reopen,
            before_restore=before_restore,
            server=lambda: self._window.logbook.database_url,
            data_key=lambda: self._window.logbook.data_key,
        )  # fmt: skip
        self.actions.backup_finished.connect(
            lambda info: self.note_in_audit(
                lambda: self._window.logbook.record_backup(info.path, info)
            )
        )
        self.actions.restore_finished.connect(
            lambda info: self.note_in_audit(lambda: self._window.logbook.record_restore(info))
        )

    def _status(self, text: str, timeout: int) -> None:
        self._window.statusBar().showMessage(text, timeout)

    def edit_settings(self) -> None:
        keep = self._window.prompter.ask_int(
            self._window,
            translate("WindowBackups", "Automatic backups"),
            translate(
                "WindowBackups",
                "A backup is made when the app starts and the last one is older than a day.\n"
                "Keep the newest:",
            ),
            backup_keep(),
            1,
            365,
        )
        if keep is not None:
            set_backup_keep(keep)
            kept = (
                translate("WindowBackups", "Keeping the newest automatic backup.")
                if keep == 1
                else translate("WindowBackups", "Keeping the newest {count} automatic backups.")
            )
            self._status(kept.format(count=keep), 5000)

    def start_automatic(self) -> JobHandle:
        """After start-up, off the GUI thread: a backup when the last is a day old."""
        self._automatic = run_job(
            "backup",
            automatic_backup(self._window.logbook.data_dir, data_key=self._window.logbook.data_key),
            cancel_error=BackupCancelled,
            on_success=self.automatic_done,
            on_failure=lambda message: self._status(
                translate("WindowBackups", "Automatic backup failed: {message}").format(
                    message=message
                ),
                15000,
            ),
            on_cancelled=lambda: None,  # only a closing window cancels it
        )
        return self._automatic

    def stop(self) -> None:
        """Closing: a backup still running is cancelled, and waited for a moment, so
        that it leaves no half-made file and never reports to a deleted window."""
        job, self._automatic = self._automatic, None
        if job is not None:
            job.abandon()
            job.wait(STOP_BACKUP_SECONDS)
        self.actions.stop(STOP_BACKUP_SECONDS)

    def automatic_done(self, made: object) -> None:
        if made:
            self._status(
                translate("WindowBackups", "Automatic backup saved: {path}").format(path=made),
                8000,
            )
            self.note_in_audit(
                lambda: self._window.logbook.record_backup(Path(str(made)), automatic=True)
            )

    def note_in_audit(self, record: Callable[[], object]) -> None:
        """Record a backup or restore that is done: if the logbook is busy (or the disk
        full) the files are fine, only the audit entry is missing; say so, no more."""
        try:
            record()
        except LogbookError as error:
            self._status(
                translate("WindowBackups", "Not noted in the audit log: {error}").format(
                    error=error
                ),
                15000,
            )
