"""Export one client's history: choose a format and a file, watch it being written,
cancel it if it takes too long, then open the folder it went to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.export import FORMATS, SUFFIXES, default_file_name
from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import Client

from ..common.changes import ChangeRelay
from ..common.jobs import JobHandle, run_job
from ..common.prompts import Prompter
from .export_job import CANCEL_ERROR, export_history

# The texts of this module's tables are shown through translate("ExportDialog", …).
FORMAT_CHOICES: dict[str, tuple[str, str]] = {
    "pdf": (
        translatable("ExportDialog", "PDF report"),
        translatable(
            "ExportDialog", "To send or print: the client's details, every session, the photos."
        ),
    ),
    "csv": (
        translatable("ExportDialog", "CSV spreadsheet"),
        translatable(
            "ExportDialog", "One row per treated area, for Excel, LibreOffice or statistics."
        ),
    ),
    "json": (
        translatable("ExportDialog", "JSON"),
        translatable(
            "ExportDialog", "The complete record in an open, documented format, for other software."
        ),
    ),
    "bundle": (
        translatable("ExportDialog", "Bundle (zip)"),
        translatable("ExportDialog", "The JSON, the PDF and the original photos, with checksums."),
    ),
}
# Exports leave the logbook's protection: said always, and more strongly when the logbook
# is encrypted (the user may think whatever it writes is encrypted too).
PLAIN_COPY_NOTE = translatable(
    "ExportDialog",
    "An export is a plain copy outside the logbook: anyone who gets the file can read it, "
    "photos included. It is your deliberate copy: keep it somewhere safe and delete it "
    "when it is no longer needed.",
)
ENCRYPTED_PLAIN_COPY_NOTE = translatable(
    "ExportDialog",
    "This logbook is encrypted, but its exports are not. The PDF, CSV, JSON or bundle "
    "you save here is a plain copy outside the logbook's encryption: anyone who gets the "
    "file can read it, photos included. It is your deliberate copy: keep it somewhere "
    "safe, never where the logbook's protection is relied on, and delete it when it is "
    "no longer needed.",
)
FILE_FILTERS = {
    "pdf": translatable("ExportDialog", "PDF documents (*.pdf)"),
    "csv": translatable("ExportDialog", "CSV files (*.csv)"),
    "json": translatable("ExportDialog", "JSON files (*.json)"),
    "bundle": translatable("ExportDialog", "Zip archives (*.zip)"),
}


def default_export_path(client: Client, fmt: str, today: date | None = None) -> Path:
    """``~/Documents/Anna-Smith-history-2026-11-21.pdf`` (home if there is no Documents)."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    if not folder.is_dir():
        folder = Path.home()
    return folder / default_file_name(client.full_name, fmt, today)


class ExportDialog(QDialog):
    export_finished = Signal(str)  # the path written
    export_failed = Signal(str)
    export_cancelled = Signal()
    progress_reported = Signal(int, int)

    def __init__(
        self,
        logbook: Logbook,
        client: Client,
        prompter: Prompter,
        parent: QWidget | None = None,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(parent)
        self._changes = changes  # the export is audited: the audit log hears of it
        self._data_dir = logbook.data_dir
        self._database_url = logbook.database_url  # exported from the window's home
        self._data_key = logbook.data_key  # in memory only, for the job's own Logbook
        self._actor = logbook.actor
        self._client = client
        self._prompter = prompter
        self._job: JobHandle | None = None
        self._close_when_stopped = False
        self.written: Path | None = None
        self.setWindowTitle(
            translate("ExportDialog", "Export the history of {name}").format(name=client.full_name)
        )
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ExportDialog", "<b>Format</b>")))
        self._formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for fmt in FORMATS:
            title, explanation = FORMAT_CHOICES[fmt]
            choice = translate("ExportDialog", "{format} — {explanation}").format(
                format=translate("ExportDialog", title),
                explanation=translate("ExportDialog", explanation),
            )
            button = QRadioButton(choice, objectName=f"format_{fmt}")
            self._formats.addButton(button)
            self.format_buttons[fmt] = button
            layout.addWidget(button)
            button.toggled.connect(self._format_changed)

        # Off by default: a typed "=HYPERLINK(…)" must not become a live formula.
        self.keep_formulas = QCheckBox(
            translate(
                "ExportDialog",
                "Keep cells that start with = + - @ as typed (only for software that needs them)",
            ),
            objectName="keepFormulas",
        )
        self.keep_formulas.setToolTip(
            translate(
                "ExportDialog",
                "Otherwise such cells get a ' in front, so that spreadsheet programs show "
                "them as text instead of running them as formulas.",
            )
        )
        self.keep_formulas.setVisible(False)
        layout.addWidget(self.keep_formulas)

        self.plain_copy_note = QLabel(
            translate("ExportDialog", ENCRYPTED_PLAIN_COPY_NOTE)
            if logbook.encrypted
            else translate("ExportDialog", PLAIN_COPY_NOTE),
            objectName="plainCopyNote",
        )
        self.plain_copy_note.setTextFormat(Qt.TextFormat.PlainText)
        self.plain_copy_note.setWordWrap(True)
        # Encrypted: the plain copy leaves the protection behind, said in amber (style.qss).
        self.plain_copy_note.setProperty("warn", logbook.encrypted)
        layout.addSpacing(6)
        layout.addWidget(self.plain_copy_note)
        # CSV and JSON are read by software: their days and numbers never follow the
        # window's language (a German "0,5" would be a text to a statistics program).
        self.machine_readable_note = QLabel(
            translate(
                "ExportDialog",
                "CSV and JSON use machine-readable dates and numbers (2026-03-21, 0.5) "
                "whatever the language.",
            ),
            objectName="machineReadableNote",
        )
        self.machine_readable_note.setWordWrap(True)
        layout.addWidget(self.machine_readable_note)

        layout.addSpacing(8)
        layout.addWidget(QLabel(translate("ExportDialog", "<b>Save to</b>")))
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit(objectName="exportPath")
        self.browse_button = QPushButton(translate("ExportDialog", "Choose…"))
        self.browse_button.clicked.connect(self._browse)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        layout.addLayout(path_row)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(objectName="exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The desktop's opener (a test puts its own): the file in its viewer, the folder.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.open_file_button = QPushButton(
            translate("ExportDialog", "Open file"), objectName="openExportedFile"
        )
        self.open_file_button.clicked.connect(self.open_file)
        self.open_file_button.hide()
        self.open_folder_button = QPushButton(translate("ExportDialog", "Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        result_row = QHBoxLayout()
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.open_file_button)
        result_row.addWidget(self.open_folder_button)
        layout.addWidget(self.progress)
        layout.addLayout(result_row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(
            translate("ExportDialog", "Export"), objectName="startExport"
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(translate("ExportDialog", "Close"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self.path_edit.setText(str(default_export_path(client, "pdf")))
        self.format_buttons["pdf"].setChecked(True)

    # ------------------------------------------------------------------ choices
    def selected_format(self) -> str:
        return next(fmt for fmt, button in self.format_buttons.items() if button.isChecked())

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def _format_changed(self, checked: bool) -> None:
        if not checked:
            return
        self.keep_formulas.setVisible(self.selected_format() == "csv")
        # Keep the file name the user chose, with the new format's ending.
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() in SUFFIXES.values():
                self.path_edit.setText(str(path.with_suffix(SUFFIXES[self.selected_format()])))

    def _browse(self) -> None:
        fmt = self.selected_format()
        path = self._prompter.save_file(
            self,
            translate("ExportDialog", "Export to"),
            self.path_edit.text(),
            translate("ExportDialog", FILE_FILTERS[fmt]),
        )
        if path is not None:
            self.path_edit.setText(str(path if path.suffix else path.with_suffix(SUFFIXES[fmt])))

    # ------------------------------------------------------------------- export
    def start_export(self) -> None:
        if self._job is not None:
            return
        path = self._checked_path()
        if path is None:
            return
        fmt = self.selected_format()
        keep = fmt == "csv" and self.keep_formulas.isChecked()
        self.written = None
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.progress.show()
        self.open_file_button.hide()
        self.open_folder_button.hide()
        self._say(translate("ExportDialog", "Exporting to {file}…").format(file=path.name))
        self._set_running(True)
        self._job = run_job(
            "export",
            export_history(self._client.id, fmt, path, keep),
            data_dir=self._data_dir,
            database_url=self._database_url,
            data_key=self._data_key,
            actor=self._actor,
            cancel_error=CANCEL_ERROR,
            on_progress=self._progress,
            on_success=self._finished,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            parent=self,  # deleted with its window while exporting: stop, write nothing
            changes=self._changes,
        )

    def _checked_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            self._say(translate("ExportDialog", "Choose where to save the export."), error=True)
            return None
        path = Path(text).expanduser()
        if path.is_dir():
            self._say(
                translate("ExportDialog", "{path} is a folder: give a file name.").format(
                    path=path
                ),
                error=True,
            )
            return None
        if not path.parent.is_dir():
            self._say(
                translate("ExportDialog", "The folder {folder} does not exist.").format(
                    folder=path.parent
                ),
                error=True,
            )
            return None
        if path.exists() and not self._prompter.confirm(
            self,
            translate("ExportDialog", "Replace the file?"),
            translate("ExportDialog", "{file} already exists. Replace it?").format(file=path.name),
            translate("ExportDialog", "Replace"),
        ):
            return None
        return path

    def cancel_export(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._say(translate("ExportDialog", "Cancelling…"))

    def _cancel_or_close(self) -> None:
        if self._job is not None:
            self.cancel_export()
        elif self.written:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self._job is not None:  # closing while exporting: stop first, then close
            self._close_when_stopped = True
            self.cancel_export()
            return
        super().reject()

    def _progress(self, done: int, total: int) -> None:
        if self._job is None:
            return
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress_reported.emit(done, total)

    def _finished(self, path: str) -> None:
        self._stopped()
        self.written = Path(path)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._say(translate("ExportDialog", "Saved to {path}").format(path=path))
        self.open_file_button.show()
        self.open_folder_button.show()
        self.export_finished.emit(path)

    def _failed(self, message: str) -> None:
        self._stopped()
        self.progress.hide()
        self._say(message, error=True)
        self.export_failed.emit(message)

    def _cancelled(self) -> None:
        self._stopped()
        self.progress.hide()
        self._say(translate("ExportDialog", "Export cancelled; nothing was written."))
        self.export_cancelled.emit()
        if self._close_when_stopped:
            super().reject()

    def _stopped(self) -> None:
        self._job = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for widget in (self.export_button, self.browse_button, self.path_edit, self.keep_formulas):
            widget.setEnabled(not running)
        for button in self.format_buttons.values():
            button.setEnabled(not running)
        self.cancel_button.setText(
            translate("ExportDialog", "Cancel") if running else translate("ExportDialog", "Close")
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setProperty("error", error)  # red in style.qss
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def open_file(self) -> None:
        """The export in the desktop's viewer for it (a client folder: the folder)."""
        if self.written is not None:
            self.open_url(QUrl.fromLocalFile(str(self.written)))

    def open_folder(self) -> None:
        if self.written is not None:
            self.open_url(QUrl.fromLocalFile(str(self.written.parent)))

    def is_running(self) -> bool:
        return self._job is not None
