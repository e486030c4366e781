"""The dialog of File → Import client…: the bundle chosen, whether clients already here
are imported as new ones, the import running with its progress (Cancel stops it, and
nothing is imported), then what was imported or why nothing was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.bundle_import import BundleImportSummary, client_folders
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.text import count_of

from ..common.changes import ChangeRelay
from ..common.display import plain_label
from ..common.jobs import JobHandle, permille, run_job
from ..common.prompts import Prompter
from .import_job import import_bundle_work


class BundleImportDialog(QDialog):
    imported = Signal(object)  # the BundleImportSummary, once the import is kept

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        path: Path,
        parent: QWidget | None = None,
        *,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BundleImportDialog", "Import client"))
        self.setObjectName("bundleImport")
        self.setMinimumWidth(560)
        self._logbook = logbook
        self._prompter = prompter
        self._changes = changes
        self._path = Path(path)
        self._job: JobHandle | None = None
        self._cancelling = False
        self.summary: BundleImportSummary | None = None
        folders = client_folders(self._path)
        self.all_clients = bool(folders) and folders != [""]
        what = (
            translate("BundleImportDialog", "An export of every client: {clients}.").format(
                clients=count_of(
                    len(folders),
                    translate("BundleImportDialog", "client"),
                    translate("BundleImportDialog", "clients"),
                )
            )
            if self.all_clients
            else translate("BundleImportDialog", "One client's bundle.")
        )
        self.file_label = plain_label(f"{self._path.name}\n{what}", objectName="bundleFile")
        self.file_label.setWordWrap(True)
        self.as_new = QCheckBox(
            translate("BundleImportDialog", "Import clients already in this logbook as new clients")
        )
        self.as_new.setObjectName("asNew")
        self.as_new.setToolTip(
            translate(
                "BundleImportDialog",
                "A client of the same name and birth date is refused unless this is ticked; "
                "the same client from the same export is never imported twice.",
            )
        )
        self.status = plain_label(objectName="bundleStatus")
        self.status.setWordWrap(True)
        # What was imported, or why nothing was: as long as the bundle makes it, plain
        # text (it names clients), scrolled when long.
        self.report = QPlainTextEdit(objectName="bundleReport")
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(160)
        self.report.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton = self.buttons.addButton(
            translate("BundleImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("startImport")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.as_new)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        if not folders:
            self.status.setText(
                translate(
                    "BundleImportDialog",
                    "{file}: not a bundle made by the logbook (no MANIFEST.sha256 "
                    "inside). Choose the zip that Export made.",
                ).format(file=self._path.name)
            )
            self.import_button.setEnabled(False)

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self) -> None:
        if self._job is not None:
            return
        self.report.hide()
        self.status.setText(translate("BundleImportDialog", "Checking the bundle and importing…"))
        self.progress.setValue(0)
        self.progress.show()
        self.import_button.setEnabled(False)
        self.as_new.setEnabled(False)
        logbook = self._logbook
        self._job = run_job(
            "import_bundle",
            import_bundle_work(self._path, self.all_clients, self.as_new.isChecked()),
            data_dir=logbook.data_dir,
            database_url=logbook.database_url,
            data_key=logbook.data_key,
            actor=logbook.actor,
            signed_in=logbook.sign_in_handle(),
            on_progress=self._progress,
            on_success=self._finished,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            parent=self,
            changes=self._changes,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(permille(done, total))
        self.status.setText(
            translate("BundleImportDialog", "Importing: {done} of {total} records…").format(
                done=done, total=total
            )
        )

    def _finished(self, summary: BundleImportSummary) -> None:
        self._job = None
        self.summary = summary
        self.progress.hide()
        self.status.setText(translate("BundleImportDialog", "Imported."))
        self._show_report(summary.describe())
        self.import_button.hide()
        self.close_button.setText(translate("BundleImportDialog", "Close"))
        self.imported.emit(summary)
        self._close_if_asked()

    def _failed(self, message: str) -> None:
        self._job = None
        self.progress.hide()
        self.status.setText(translate("BundleImportDialog", "Nothing was imported."))
        self._show_report(f"{self._path.name}: {message}")
        self.import_button.setEnabled(True)
        self.import_button.setText(translate("BundleImportDialog", "Try again"))
        self.as_new.setEnabled(True)
        self._close_if_asked()

    def _show_report(self, text: str) -> None:
        self.report.setPlainText(text)
        self.report.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _cancelled(self) -> None:
        self._job = None
        self.progress.hide()
        self.status.setText(
            translate("BundleImportDialog", "The import was cancelled; nothing was imported.")
        )
        self.import_button.setEnabled(True)
        self.as_new.setEnabled(True)
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._cancelling:
            self._cancelling = False
            super().reject()

    def reject(self) -> None:
        """Cancel while importing stops the import (nothing is kept) and closes once it
        has stopped; otherwise the dialog closes."""
        if self._job is None:
            super().reject()
            return
        self._cancelling = True
        self._job.cancel()
        self.status.setText(translate("BundleImportDialog", "Stopping… nothing will be imported."))
