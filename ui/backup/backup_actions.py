"""Backup and restore in the window: three actions for a "Logbook" menu, and the
automatic backup made at start-up.

Wiring, by whoever owns the main window::

    actions = BackupActions(window, data_dir, prompter, reopen=..., before_restore=...)
    logbook_menu.addActions(actions.actions())
    run_job("backup", automatic_backup(data_dir), cancel_error=BackupCancelled, ...)

A restore goes: choose a file → a job checks the whole archive and extracts it beside
the data folder (the logbook stays open meanwhile; a refused archive changes nothing) →
the user confirms, told what the backup holds and where the current logbook will be kept
→ ``before_restore()`` (close every connection to the logbook) → a job moves the old
logbook aside and the restored one in → ``reopen()``. ``reopen()`` follows every
``before_restore()`` exactly once, whether the restore worked or not (when it did not,
the current logbook is back in place).

Jobs run through the job helper in the backup pool and touch only files and their own
SQLite connection (the core functions of ``logger_app.backup``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from logger_app.backup import (
    BackupCancelled,
    BackupInfo,
    PreparedRestore,
    RestoreInfo,
    backup_folder,
    make_backup,
    prepare_restore,
    verify_backup,
)
from logger_app.errors import LogbookError
from logger_app.i18n import translatable, translate
from logger_app.owner_only import make_private_folders

from ..common.jobs import JobHandle, PoolLike, permille, run_job
from ..common.preferences import BACKUP_LAST_FOLDER
from ..common.prompts import message_box
from ..shell.actions import ActionSpec, ActionTable, build_actions

# Re-exported: the wiring needs only this module.
from .backup_jobs import (
    Progress,
    automatic_backup,
    backup_keep,
    phased,
    run_auto_backup,
    set_backup_keep,
)

__all__ = [
    "BackupActions",
    "automatic_backup",
    "backup_keep",
    "run_auto_backup",
    "set_backup_keep",
]
ZIP_FILTER = translatable("BackupActions", "Logbook backups (*.zip)")


BACKUP_ACTIONS = ActionTable(
    "backup_actions",
    (
        ActionSpec(
            "back_up_action",
            translatable("ShellActions", "Back up now…"),
            None,
            "back_up",
            translatable("ShellActions", "Save the whole logbook, photos included, in a file"),
            object_name="backUpNow",
        ),
        ActionSpec(
            "restore_action",
            translatable("ShellActions", "Restore from backup…"),
            None,
            "restore",
            translatable(
                "ShellActions", "Replace the logbook with a backup (the current one is kept)"
            ),
            writes=True,
            object_name="restoreBackup",
        ),
        ActionSpec(
            "open_folder_action",
            translatable("ShellActions", "Open backup folder"),
            None,
            "open_backup_folder",
            translatable("ShellActions", "Show the automatic backups"),
            object_name="openBackups",
        ),
    ),
)


class BackupActions(QObject):
    """The "Back up now…", "Restore from backup…" and "Open backup folder" actions.

    ``before_restore()`` must close every connection to the logbook (and stop work that
    uses it); ``reopen()`` opens it again and refreshes the window. The file dialogs are
    the prompter's; ``open_url`` replaces the desktop for tests."""

    backup_finished = Signal(object)  # BackupInfo, read back and verified
    restore_finished = Signal(object)  # RestoreInfo
    failed = Signal(str)
    idle = Signal()  # the work started by an action is over, however it ended
    # Declared in ``BACKUP_ACTIONS``, made by ``build_actions``.
    back_up_action: QAction
    restore_action: QAction
    open_folder_action: QAction

    def __init__(
        self,
        window: QWidget,
        logbook_data_dir: Path,
        prompter,
        reopen: Callable[[], None],
        *,
        before_restore: Callable[[], None],
        pool: PoolLike | None = None,
        open_url: Callable[[QUrl], object] | None = None,
        server: Callable[[], str | None] = lambda: None,
        data_key: Callable[[], bytes | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.data_dir = Path(logbook_data_dir)
        # The clinic server the window's logbook is on (None: the file), asked each time:
        # the window can switch.
        self._server = server
        # The window's logbook's data key (None: plain): an encrypted logbook's backups
        # are made, checked and restored with it, encrypted as the logbook is.
        self._data_key = data_key
        self._prompter = prompter
        self._reopen = reopen
        self._before_restore = before_restore
        self._pool: PoolLike | str = pool or "backup"
        self._open_url = open_url or QDesktopServices.openUrl
        self._job: JobHandle | None = None
        self._when_done: Callable[[Any], None] = lambda result: None
        self._on_failure: Callable[[], None] | None = None
        self._dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None  # the last result shown

        build_actions(self, BACKUP_ACTIONS, window)

    def actions(self) -> list[QAction]:
        return [self.back_up_action, self.restore_action, self.open_folder_action]

    @property
    def busy(self) -> bool:
        return self._job is not None

    def stop(self, seconds: float) -> None:
        """The window is closing: cancel the running job (a backup removes what it half
        made) and give it ``seconds`` to end. It reports nothing more."""
        job = self._job
        if job is None:
            return
        job.abandon()
        job.wait(seconds)
        self._end_job()

    # Back up
    def back_up(self) -> None:
        path = self._save_dialog(self._default_backup_path())
        if path is not None:
            self.backup_to(path)

    def backup_to(self, path: Path) -> None:
        """Back up into ``path`` (replaced if it exists), then read it back to check it."""
        path, data_dir, server = Path(path), self.data_dir, self._server()
        key = self._data_key()

        def work(progress: Progress) -> BackupInfo:
            if server is None:
                make_backup(data_dir, path, phased(progress, 0.0, 0.8), data_key=key)
            else:  # the same archive, made from the server's records and photos
                from logger_app.transfer.server_backup import backup_server

                backup_server(
                    server, path, phased(progress, 0.0, 0.8), workstation=data_dir, data_key=key
                )
            return verify_backup(path, phased(progress, 0.8, 0.2), data_key=key)

        BACKUP_LAST_FOLDER.set(str(path.parent))
        self._start(
            work,
            translate("BackupActions", "Backing up the logbook…"),
            self._backed_up,
            cancellable=True,
        )

    def _backed_up(self, info: BackupInfo) -> None:
        text = translate(
            "BackupActions",
            "The logbook was backed up to\n{path}\n\n{summary}.\n\n"
            "Every file was read back and its checksum verified. Keep a copy on another "
            "disk too.",
        ).format(path=info.path, summary=info.summary())
        if info.missing_photos:
            text += "\n\n" + translate(
                "BackupActions",
                "{count} photo file(s) were missing or damaged where "
                "the logbook keeps them (the data folder or the clinic server) and are not "
                "in the backup.",
            ).format(count=len(info.missing_photos))
        self._show_result(translate("BackupActions", "Backup saved"), text)
        self.backup_finished.emit(info)

    # Restore
    def restore(self) -> None:
        path = self._open_dialog(self._restore_start_folder())
        if path is not None:
            self.restore_from(path)

    def restore_from(self, path: Path) -> None:
        """Check and extract ``path``, then ask, then replace the logbook."""
        if self._server() is not None:
            self._show_result(
                translate("BackupActions", "Restore onto the clinic server"),
                translate(
                    "BackupActions",
                    "A logbook on the clinic server is not replaced from a window: every room "
                    "works in it. To restore a backup onto the server, its IT restores it into "
                    "an empty database with\n\n{command}"
                    "\n\nand every workstation then connects to that database.",
                ).format(command="logger-app restore BACKUP.zip --database-url URL"),
            )
            return
        path, data_dir, key = Path(path), self.data_dir, self._data_key()
        self._start(
            lambda progress: prepare_restore(path, data_dir, progress, data_key=key),
            translate("BackupActions", "Checking the backup…"),
            self._confirm_restore,
            cancellable=True,
        )

    def _confirm_restore(self, prepared: PreparedRestore) -> None:
        key = self._data_key()  # taken while the logbook is open
        text = translate(
            "BackupActions", "Restore the logbook from {file}?\n\nThe backup holds {summary}."
        ).format(file=prepared.backup.path.name, summary=prepared.backup.summary())
        if prepared.replaces_existing:
            aside = (
                self.data_dir
                / "backups"
                / ("replaced-" + translate("BackupActions", "<date and time>"))
            )
            text += "\n\n" + translate(
                "BackupActions",
                "The current logbook is not deleted: it is moved, with its photos, to\n"
                "{folder}\nwhere it stays until you delete it.",
            ).format(folder=aside)
        if not self._prompter.confirm(
            self._window,
            translate("BackupActions", "Restore from backup?"),
            text,
            translate("BackupActions", "Restore"),
        ):
            prepared.discard()
            return
        try:
            self._before_restore()
        except Exception as error:
            prepared.discard()
            self._reopen_logbook()
            self._failed(
                translate(
                    "BackupActions", "The logbook could not be closed for the restore: {error}"
                ).format(error=error)
            )
            return

        def work(progress: Progress) -> RestoreInfo:
            try:
                return prepared.commit(current_key=key)
            finally:
                prepared.discard()  # nothing to do after a commit; cleans up after a failure

        self._start(
            work,
            translate("BackupActions", "Restoring…"),
            self._restored,
            cancellable=False,
            on_failure=self._reopen_logbook,
        )

    def _restored(self, info: RestoreInfo) -> None:
        self._reopen_logbook()
        text = translate(
            "BackupActions", "The logbook was restored from {file}:\n{summary}."
        ).format(file=info.backup.path.name, summary=info.backup.summary())
        if info.replaced is not None:
            text += "\n\n" + translate(
                "BackupActions", "The logbook it replaced was kept in\n{folder}"
            ).format(folder=info.replaced)
        self._show_result(translate("BackupActions", "Logbook restored"), text)
        self.restore_finished.emit(info)

    def _reopen_logbook(self) -> None:
        try:
            self._reopen()
        except LogbookError as error:
            self._prompter.error(
                self._window, translate("BackupActions", "The logbook cannot be opened"), str(error)
            )

    # Backup folder
    def open_backup_folder(self) -> None:
        folder = backup_folder(self.data_dir)
        try:
            make_private_folders(folder)
        except OSError as error:
            self._failed(
                translate(
                    "BackupActions", "The backup folder {folder} cannot be made: {error}."
                ).format(folder=folder, error=error.strerror or error)
            )
            return
        self._open_url(QUrl.fromLocalFile(str(folder)))

    # Jobs
    def _start(
        self,
        work: Callable[[Progress], object],
        label: str,
        done: Callable[[Any], None],
        *,
        cancellable: bool,
        on_failure: Callable[[], None] | None = None,
    ) -> None:
        if self._job is not None:
            return
        cancel = translate("BackupActions", "Cancel") if cancellable else ""
        dialog = QProgressDialog(label, cancel, 0, 1000, self._window)
        dialog.setWindowTitle(translate("BackupActions", "Logbook backup"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        self._dialog = dialog
        self._when_done, self._on_failure = done, on_failure
        self._set_enabled(False)
        # Bound methods of this GUI-thread object: the results arrive in the GUI thread.
        job = run_job(
            self._pool,
            lambda context: work(context.progress),
            cancel_error=BackupCancelled,
            on_progress=lambda done, total: dialog.setValue(permille(done, total)),
            on_success=self._job_finished,
            on_failure=self._job_failed,
            on_cancelled=self._job_cancelled,
        )
        if cancellable:
            dialog.canceled.connect(job.cancel)
        self._job = job

    def _job_finished(self, result: object) -> None:
        done = self._when_done
        self._end_job()
        done(result)  # may start the next job (a checked restore goes on to the swap)
        self._idle_unless_busy()

    def _job_failed(self, message: str) -> None:
        on_failure = self._on_failure
        self._end_job()
        if on_failure is not None:
            on_failure()
        self._failed(message)
        self._idle_unless_busy()

    def _job_cancelled(self) -> None:
        self._end_job()
        self._idle_unless_busy()

    def _end_job(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
        self._job = self._dialog = None
        self._set_enabled(True)

    def _idle_unless_busy(self) -> None:
        if self._job is None:
            self.idle.emit()

    def _set_enabled(self, enabled: bool) -> None:
        self.back_up_action.setEnabled(enabled)
        self.restore_action.setEnabled(enabled)

    def _failed(self, message: str) -> None:
        self._prompter.error(
            self._window, translate("BackupActions", "Backup and restore"), message
        )
        self.failed.emit(message)

    def _show_result(self, title: str, text: str) -> None:
        # Not modal-blocking: a result to read, not a question (tests read result_box).
        box = message_box(QMessageBox.Icon.Information, title, text, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.result_box = box

    # File dialogs
    def _default_backup_path(self) -> Path:
        remembered = BACKUP_LAST_FOLDER.get()
        folder = Path(remembered) if remembered and Path(remembered).is_dir() else _documents()
        return folder / f"logbook-backup-{datetime.now():%Y-%m-%d-%H%M}.zip"

    def _restore_start_folder(self) -> Path:
        automatic = backup_folder(self.data_dir)
        return automatic if automatic.is_dir() else _documents()

    def _save_dialog(self, default: Path) -> Path | None:
        path = self._prompter.save_file(
            self._window,
            translate("BackupActions", "Back up the logbook"),
            default,
            translate("BackupActions", ZIP_FILTER),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".zip":  # the dialog asked about the name without it
            path = path.with_name(path.name + ".zip")
            if path.exists() and not self._prompter.confirm(
                self._window,
                translate("BackupActions", "Replace the file?"),
                translate("BackupActions", "{path} already exists. Replace it?").format(path=path),
                translate("BackupActions", "Replace"),
            ):
                return None
        return path

    def _open_dialog(self, start: Path) -> Path | None:
        return self._prompter.open_file(
            self._window,
            translate("BackupActions", "Restore from backup"),
            start,
            translate("BackupActions", ZIP_FILTER)
            + ";;"
            + translate("BackupActions", "All files (*)"),
        )


def _documents() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()
