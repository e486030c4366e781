"""The wizard's last page: the all-or-nothing commit, run in the thread pool.

The job opens its own Logbook on the data folder (a SQLite connection never crosses
threads); a cancel or a failure rolls everything back. Finish is enabled only after a
successful commit, or when there was nothing to import.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from logger_app.errors import LogbookError
from logger_app.import_csv import ImportPlan, ImportSummary, commit_import
from logger_app.logbook import Logbook

from ..common.display import rich_label

if TYPE_CHECKING:
    from .import_wizard import CsvImportWizard


class CommitSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ImportSummary
    failed = Signal(str)


class CommitJob(QRunnable):
    """Runs in the pool and touches no widget."""

    def __init__(self, data_dir: Path, plan: ImportPlan, actor: str | None = None) -> None:
        super().__init__()
        self.signals = CommitSignals()
        self._data_dir = data_dir
        self._actor = actor  # who signs the imported sessions, and is audited
        self._plan = plan
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        try:
            with Logbook.open(self._data_dir, actor=self._actor) as logbook:
                summary = commit_import(
                    logbook,
                    self._plan,
                    progress=self.signals.progress.emit,
                    cancelled=lambda: self._cancelled,
                )
        except LogbookError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # reported to the user, not swallowed
            self.signals.failed.emit(f"The import stopped, nothing was imported: {error}")
        else:
            self.signals.finished.emit(summary)


class CommitPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._job: CommitJob | None = None
        self._done = False
        self._close_when_stopped = False
        self.setTitle("Import")
        self.status = rich_label(objectName="importStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.retry = QPushButton("Try again")
        self.retry.hide()
        self.retry.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.retry)
        layout.addStretch(1)

    @property
    def running(self) -> bool:
        return self._job is not None

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        plan = self._wizard.plan
        if plan is None or self._job is not None or self._done:
            return
        self.retry.hide()
        if plan.nothing_to_import:
            self._finish(ImportSummary(0, 0, plan.rows_with_problems, plan.skipped_duplicates))
            return
        job = CommitJob(self._wizard.logbook.data_dir, plan, self._wizard.logbook.actor)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finish)
        job.signals.failed.connect(self._failed)
        self._job = job
        total = plan.client_count + plan.session_count
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(f"Importing {total} records…")
        QThreadPool.globalInstance().start(job)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.status.setText(f"Importing: {done} of {total}…")

    def _finish(self, summary: ImportSummary) -> None:
        self._job = None
        self._done = True
        self.progress.hide()
        self._wizard.summary = summary
        self.status.setText(escape(summary.describe()))
        self.completeChanged.emit()
        if summary.clients_added or summary.sessions_added:
            self._wizard.imported.emit(summary)
        self._close_if_asked()

    def _failed(self, message: str) -> None:
        self._job = None
        self.progress.hide()
        self.status.setText(f"<span style='color:#b3261e'>{escape(message)}</span>")
        self.retry.setVisible(not self._close_when_stopped)
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._close_when_stopped:
            self._close_when_stopped = False
            self._wizard.done(0)

    def isComplete(self) -> bool:
        return self._done

    def may_close(self) -> bool:
        """Closing while the commit runs stops it (after asking): nothing is kept, and
        the wizard closes once the job has rolled back."""
        if self._job is None:
            return True
        if self._wizard.prompter.confirm(
            self._wizard,
            "Stop the import?",
            "The import is still running. Stop it? Nothing will be imported.",
            "Stop the import",
        ):
            self._close_when_stopped = True
            self._job.cancel()
            self.status.setText("Stopping…")
        return False
