"""The wizard's last page: the all-or-nothing commit, run in the thread pool.

The job helper opens its own Logbook on the data folder for it (a SQLite connection
never crosses threads); a cancel or a failure rolls everything back. Finish is enabled only after a
successful commit, or when there was nothing to import.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from logger_app.i18n import translate
from logger_app.import_csv import ImportPlan, ImportSummary, commit_import

from ..common.display import rich_label
from ..common.jobs import JobContext, JobHandle, Work, run_job
from ..common.theme import tinted

if TYPE_CHECKING:
    from .import_wizard import CsvImportWizard


def commit_plan(plan: ImportPlan) -> Work:
    """The all-or-nothing commit, on the Logbook the job helper opens in the worker; a
    cancel or a failure rolls everything back. Its result: the ImportSummary."""

    def work(context: JobContext) -> ImportSummary:
        assert context.logbook is not None
        return commit_import(
            context.logbook, plan, progress=context.report, cancelled=context.cancelled
        )

    return work


class CommitPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._job: JobHandle | None = None
        self._done = False
        self._close_when_stopped = False
        self.setTitle(translate("CommitPage", "Import"))
        self.status = rich_label(objectName="importStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.retry = QPushButton(translate("CommitPage", "Try again"))
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
        self._job = run_job(
            "import_csv",
            commit_plan(plan),
            data_dir=self._wizard.logbook.data_dir,
            database_url=self._wizard.logbook.database_url,  # the window's home
            data_key=self._wizard.logbook.data_key,
            actor=self._wizard.logbook.actor,  # who signs the imported sessions, and is audited
            signed_in=self._wizard.logbook.sign_in_handle(),
            on_progress=self._progress,
            on_success=self._finish,
            on_failure=self._failed,
            parent=self,
            changes=self._wizard.changes,
        )
        total = plan.client_count + plan.session_count
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(
            translate("CommitPage", "Importing 1 record…")
            if total == 1
            else translate("CommitPage", "Importing {count} records…").format(count=total)
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.status.setText(
            translate("CommitPage", "Importing: {done} of {total}…").format(done=done, total=total)
        )

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
        self.status.setText(tinted(escape(message), "danger"))
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
            translate("CommitPage", "Stop the import?"),
            translate(
                "CommitPage", "The import is still running. Stop it? Nothing will be imported."
            ),
            translate("CommitPage", "Stop the import"),
        ):
            self._close_when_stopped = True
            self._job.cancel()
            self.status.setText(translate("CommitPage", "Stopping…"))
        return False
