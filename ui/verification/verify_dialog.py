"""Logbook → Verify records…: every signature, every signed record against what was
signed, the photo files of signed records and the audit log's hash chain, checked in
the background (its own connection) with progress and Cancel; then what was checked,
what fails (a list to copy), and the audit log's head to write down elsewhere.

Reads only: nothing in the logbook changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import conventions, translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import AuditHead
from logger_app.text import count_of
from logger_app.verification import Finding, VerificationReport

from ..common.jobs import JobContext, JobHandle, run_job
from ..common.models import Column, RecordTableModel

# What a finding is about, shown through translate("VerifyDialog", …).
SUBJECTS = {
    "session": translatable("VerifyDialog", "Record"),
    "audit": translatable("VerifyDialog", "Audit log"),
    "key": translatable("VerifyDialog", "Signing key"),
    "photo": translatable("VerifyDialog", "Photo"),
}
NO_HEAD = translatable("VerifyDialog", "none (the log is empty)")


def known_anchors(logbook: Logbook) -> list[tuple[str, AuditHead]]:
    """Where else the audit log's head was written down (this computer's last write,
    the backups' manifests), when this version can read them; else none."""
    try:
        from logger_app.verification.anchors import known_anchors as read_anchors
    except ImportError:
        return []
    return list(read_anchors(logbook.data_dir, logbook.location))


def verify_work(context: JobContext) -> VerificationReport:
    """In the worker: its own Logbook, reading only."""
    logbook = context.logbook
    assert logbook is not None
    return logbook.verify_records(anchors=known_anchors(logbook), progress=context.progress)


def _subject(finding: Finding) -> str:
    known = SUBJECTS.get(finding.subject)
    return translate("VerifyDialog", known) if known else finding.subject.capitalize()


def _number(value: int) -> str:
    """A whole number with the reader's thousands separator: "2,400" ("2.400")."""
    return f"{value:,}".replace(",", conventions().thousands_separator)


class FindingModel(RecordTableModel[Finding]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Made here, not in the class: the titles in the language installed by now.
        self.columns = (
            Column(translate("VerifyDialog", "What"), _subject),
            Column(
                translate("VerifyDialog", "Session"),
                lambda f: "" if f.session_id is None else str(f.session_id),
            ),
            Column(translate("VerifyDialog", "Finding"), lambda f: f.message),
        )

    def record_id(self, record: Finding) -> int:
        return record.session_id or 0


def summary_text(report: VerificationReport) -> str:
    """What was checked, in one paragraph."""
    sessions = translate("VerifyDialog", "{sessions} verified").format(
        sessions=count_of(
            report.sessions_verified,
            translate("VerifyDialog", "signed session"),
            translate("VerifyDialog", "signed sessions"),
        )
    )
    upgrade = report.sessions_sealed - report.sessions_sealed_at_import
    if upgrade:
        sessions += translate(
            "VerifyDialog", ", {count} sealed at the upgrade (signed before)"
        ).format(count=_number(upgrade))
    if report.sessions_sealed_at_import:
        sessions += translate(
            "VerifyDialog",
            ", {count} sealed at their import from another logbook ({holding} with their "
            "signatures there holding, {known} of those with keys this logbook knows)",
        ).format(
            count=_number(report.sessions_sealed_at_import),
            holding=_number(report.imported_verified),
            known=_number(report.imported_known_keys),
        )
    return translate(
        "VerifyDialog",
        "{sessions}; {signatures}, {entries}, {photos} and {heads} of the audit log checked.",
    ).format(
        sessions=sessions,
        signatures=count_of(
            report.signatures_checked,
            translate("VerifyDialog", "signature"),
            translate("VerifyDialog", "signatures"),
        ),
        entries=count_of(
            report.entries_checked,
            translate("VerifyDialog", "audit log entry"),
            translate("VerifyDialog", "audit log entries"),
        ),
        photos=count_of(
            report.photos_checked,
            translate("VerifyDialog", "photo file"),
            translate("VerifyDialog", "photo files"),
        ),
        heads=count_of(
            report.anchors_checked,
            translate("VerifyDialog", "recorded head"),
            translate("VerifyDialog", "recorded heads"),
        ),
    )


def report_text(report: VerificationReport) -> str:
    """The whole report as plain text (what Copy puts on the clipboard)."""
    head = report.head.as_text() if report.head else translate("VerifyDialog", NO_HEAD)
    lines = [
        headline(report),
        summary_text(report),
        translate("VerifyDialog", "Audit log head: {head}").format(head=head),
    ]
    lines += [f"- {finding.message}" for finding in report.findings]
    return "\n".join(lines)


def headline(report: VerificationReport) -> str:
    if report.ok:
        return translate("VerifyDialog", "All signatures and the audit log hold.")
    count = len(report.findings)
    if count == 1:
        return translate("VerifyDialog", "1 problem found: what does not hold is listed below.")
    return translate(
        "VerifyDialog", "{count} problems found: what does not hold is listed below."
    ).format(count=_number(count))


class VerifyDialog(QDialog):
    """Starts at once when shown; ``report`` holds the result once done."""

    verified = Signal(object)  # the VerificationReport

    def __init__(self, logbook: Logbook, parent: QWidget | None = None, pool="verify") -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(translate("VerifyDialog", "Verify records"))
        self.resize(760, 260)  # grows when there are findings to list
        self._logbook = logbook
        self._pool = pool
        self._job: JobHandle | None = None
        self._close_when_stopped = False
        self._started = False
        self.report: VerificationReport | None = None
        self._build()

    def _build(self) -> None:
        intro = QLabel(
            translate(
                "VerifyDialog",
                "Checks every signature, every signed record against what was signed, the "
                "photo files of signed records, and the audit log's chain of entries against "
                "the heads written down elsewhere (signatures, backups, this computer). "
                "Nothing in the logbook is changed.",
            ),
            objectName="dialogIntro",
        )
        intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.status = self._plain_label("verifyStatus")
        self.headline = self._plain_label("verifyHeadline")
        self.summary = self._plain_label("verifySummary")
        self.model = FindingModel(self)
        self.findings = QTableView(objectName="verifyFindings")
        self.findings.setModel(self.model)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.verticalHeader().hide()
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        QShortcut(QKeySequence.StandardKey.Copy, self.findings, activated=self.copy_selected)
        self.findings.hide()
        head_row = QHBoxLayout()
        self.head_label = QLabel(translate("VerifyDialog", "Audit log &head"))
        self.head = QLineEdit(objectName="auditHead")
        self.head.setReadOnly(True)  # selectable, to write down or compare elsewhere
        self.head.setToolTip(
            translate("VerifyDialog", "The newest audit entry and its chain hash (ID:SHA256)")
        )
        self.head_label.setBuddy(self.head)
        head_row.addWidget(self.head_label)
        head_row.addWidget(self.head, 1)
        self.head_hint = QLabel(
            translate(
                "VerifyDialog",
                "Written down elsewhere (on paper, in an e-mail), the head shows later that no "
                "entry up to it was removed or changed.",
            ),
            objectName="fieldHint",
        )
        self.head_hint.setWordWrap(True)

        self.copy_button = QPushButton(
            translate("VerifyDialog", "Copy report"), objectName="copyReport"
        )
        self.copy_button.setToolTip(
            translate("VerifyDialog", "The summary, the head and every finding, as text")
        )
        self.copy_button.clicked.connect(self.copy_report)
        self.again_button = QPushButton(
            translate("VerifyDialog", "Verify again"), objectName="verifyAgain"
        )
        self.again_button.clicked.connect(self.start)
        self.close_button = QPushButton(
            translate("VerifyDialog", "Cancel"), objectName="closeVerify"
        )
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        layout.addLayout(head_row)
        layout.addWidget(self.head_hint)
        layout.addStretch(0)  # takes the room while no findings are listed
        layout.addLayout(buttons)
        self._show_result(None)

    @staticmethod
    def _plain_label(name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # findings quote names
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # Running
    def start(self) -> None:
        if self._job is not None:
            return
        self.report = None
        self._show_result(None)
        self.progress.setRange(0, 0)  # busy until the first batch is reported
        self.progress.show()
        self.status.setText(translate("VerifyDialog", "Checking…"))
        self.status.show()
        self._set_running(True)
        logbook = self._logbook
        self._job = run_job(
            self._pool,
            verify_work,
            data_dir=logbook.data_dir,
            database_url=logbook.database_url,
            data_key=logbook.data_key,
            actor=logbook.actor,
            on_progress=self._progress,
            on_success=self._finished,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            parent=self,  # closed while checking: stop, report nothing
        )

    def is_running(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        if self._job is not None:  # Cancel: stop first, then close
            self._close_when_stopped = True
            self._job.cancel()
            self.status.setText(translate("VerifyDialog", "Cancelling…"))
            return
        super().reject()

    def _progress(self, done: int, total: int) -> None:
        if self._job is None:
            return
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.status.setText(
            translate("VerifyDialog", "Checking sessions: {done} of {total}…").format(
                done=_number(done), total=_number(total)
            )
            if done < total
            else translate("VerifyDialog", "Checking the audit log…")
        )

    def _finished(self, report: VerificationReport) -> None:
        self._stopped()
        self.report = report
        self._show_result(report)
        self.verified.emit(report)

    def _failed(self, message: str) -> None:
        self._stopped()
        self.status.setText(
            translate("VerifyDialog", "The check could not finish: {message}").format(
                message=message
            )
        )

    def _cancelled(self) -> None:
        self._stopped()
        self.status.setText(
            translate("VerifyDialog", "Cancelled before the end: nothing was concluded.")
        )
        if self._close_when_stopped:
            super().reject()

    def _stopped(self) -> None:
        self._job = None
        self.progress.hide()
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.again_button.setEnabled(not running)
        self.close_button.setText(
            translate("VerifyDialog", "Cancel") if running else translate("VerifyDialog", "Close")
        )

    # The result
    def _show_result(self, report: VerificationReport | None) -> None:
        done = report is not None
        for widget in (self.headline, self.summary, self.head_label, self.head, self.head_hint):
            widget.setVisible(done)
        self.copy_button.setEnabled(done)
        self.findings.setVisible(done and not report.ok)  # type: ignore[union-attr]
        self.model.set_rows(report.findings if report else [])
        if report is None:
            return
        self.status.setText("")
        self.status.setVisible(False)
        self.headline.setText(headline(report))
        self.headline.setProperty("state", "ok" if report.ok else "failed")
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)
        self.summary.setText(summary_text(report))
        self.head.setText(
            report.head.as_text() if report.head else translate("VerifyDialog", NO_HEAD)
        )
        self.head.setCursorPosition(0)
        self.findings.resizeRowsToContents()
        if not report.ok:
            self.resize(max(self.width(), 860), max(self.height(), 520))

    def copy_report(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText(report_text(self.report))

    def copy_selected(self) -> None:
        rows = sorted({index.row() for index in self.findings.selectionModel().selectedRows()})
        lines = [self.model.row_record(row).message for row in rows]
        if lines:
            QGuiApplication.clipboard().setText("\n".join(lines))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # the first time it is shown
            self._started = True
            self.start()
