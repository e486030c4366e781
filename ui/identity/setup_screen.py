"""The first start in a new data folder: the first profile (the administrator) and a
new logbook, encrypted unless the user asks otherwise behind "Advanced"; then the
recovery sheet, printed or saved before going on.

The logbook is made only when the profile is created, so that nothing is left behind
the user's back; the recovery key is shown once, on this page, and forgotten after.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError, ValidationError
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import NewLogbookKeys, new_encrypted_logbook
from logger_app.records import PractitionerDetails
from logger_app.validation import validate_practitioner

from ..common.display import plain_label
from ..common.form_support import ErrorLabel
from ..common.preferences import CURRENT_PRACTITIONER
from ..common.prompts import Prompter
from .sign_in import RULE_HINT, new_passphrase_problem
from .widgets import CardPages, busy, passphrase_field

SHEET_WORDS = (
    "Without your passphrase or this sheet, the logbook cannot be opened by anyone, including us."
)
PDF_FILTER = "PDF (*.pdf)"


def print_sheet(parent: QWidget, keys: NewLogbookKeys, location: str) -> bool:
    """The system's print dialog, then the sheet printed (True) or not."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from logger_app.export.recovery_sheet import paint_recovery_sheet

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the recovery sheet")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_recovery_sheet(printer, keys.recovery_text, location, datetime.now())
    return True


class SetupScreen(CardPages):
    """``opened``: the new logbook, its first profile signed in (sheet kept, if any)."""

    opened = Signal(object)

    def __init__(self, data_dir: Path, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="setupScreen")
        self.data_dir = Path(data_dir)
        self.prompter = prompter
        self.logbook: Logbook | None = None  # made, its first profile not yet in
        self.keys: NewLogbookKeys | None = None  # until the sheet is kept
        self.printer = print_sheet  # a test puts its own
        column = self._init_pages()
        column.addWidget(plain_label("Microneedling Logbook", objectName="identityTitle"))
        self._build_profile()
        self._build_sheet()
        self._show_page(self.profile_page, self.name)

    # The first profile
    def _build_profile(self) -> None:
        page, layout = _page()
        layout.addWidget(
            _wrapped(
                "Welcome. Create the first profile: it is the logbook's administrator "
                "(profiles, safety rules, settings). The logbook is encrypted: it opens "
                "only with a practitioner's passphrase or its recovery sheet.",
                "identityPrompt",
            )
        )
        form = QFormLayout()
        self.name = QLineEdit(objectName="firstName")
        self.credentials = QLineEdit(objectName="firstCredentials")
        self.credentials.setPlaceholderText("e.g. RN, licensed aesthetician")
        self.passphrase = passphrase_field("firstPassphrase")
        self.repeat = passphrase_field("firstRepeat")
        self.repeat.returnPressed.connect(self.create)
        for label, field in (
            ("Name", self.name),
            ("Credentials", self.credentials),
            ("Passphrase", self.passphrase),
            ("Again", self.repeat),
        ):
            form.addRow(label, field)
        layout.addLayout(form)
        layout.addWidget(_wrapped(RULE_HINT, "identityHint"))
        self.advanced_button = QPushButton("Advanced ▸", objectName="setupAdvanced")
        self.advanced_button.setFlat(True)
        self.advanced_button.setCheckable(True)
        self.advanced_button.toggled.connect(self._show_advanced)
        layout.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.unencrypted = QCheckBox(
            "Keep this logbook unencrypted (not recommended)", objectName="keepUnencrypted"
        )
        self.unencrypted.setToolTip(
            "The records and photos are then readable by anyone who can read this "
            "computer's files or its backups."
        )
        self.unencrypted.hide()
        layout.addWidget(self.unencrypted)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.create_button = QPushButton("Create profile and logbook", objectName="createFirst")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        layout.addWidget(self.create_button)
        self.profile_page = self._add_page(page)

    # The recovery sheet
    def _build_sheet(self) -> None:
        page, layout = _page()
        layout.addWidget(plain_label("Your recovery sheet", objectName="identityPrompt"))
        layout.addWidget(
            _wrapped(
                "If every passphrase is forgotten, this recovery key opens the logbook. "
                "Save it as a PDF or print it now, and keep it somewhere safe, away from "
                "this computer.",
                "identityHint",
            )
        )
        self.key_label = plain_label(objectName="recoveryKeyShown")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.key_label.setFont(font)
        # Set apart, to be read out and copied by hand (the key itself is not markup).
        self.key_label.setStyleSheet(
            "background: #f4f6f8; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px;"
        )
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        warning = _wrapped(SHEET_WORDS, "sheetWarning")
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Save recovery sheet (PDF)…", objectName="saveSheet")
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button = QPushButton("Print…", objectName="printSheet")
        self.print_button.clicked.connect(self.print_sheet)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.sheet_note = _wrapped("", "identityHint")
        self.sheet_note.hide()  # until the sheet is saved or printed
        layout.addWidget(self.sheet_note)
        self.sheet_error = ErrorLabel()
        layout.addWidget(self.sheet_error)
        self.kept = QCheckBox("I have printed or saved the recovery sheet", objectName="sheetKept")
        self.kept.toggled.connect(lambda on: self.continue_button.setEnabled(on))
        layout.addWidget(self.kept)
        self.continue_button = QPushButton("Continue", objectName="sheetContinue")
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.finish)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        self.sheet_page = self._add_page(page)

    # Showing
    def _show_advanced(self, shown: bool) -> None:
        self.advanced_button.setText("Advanced ▾" if shown else "Advanced ▸")
        self.unencrypted.setVisible(shown)
        if not shown:
            self.unencrypted.setChecked(False)
        self._column.activate()

    @property
    def waiting_for_sheet(self) -> bool:
        """On the sheet's page and not yet ticked: leaving now loses the key."""
        return self.keys is not None and not self.kept.isChecked()

    # Acting
    def create(self) -> None:
        new, repeat = self.passphrase.text(), self.repeat.text()
        details = PractitionerDetails(self.name.text(), self.credentials.text())
        problem = new_passphrase_problem(new, repeat)
        if problem is None and (problems := validate_practitioner(details)):
            problem = " ".join(problems.values())
        if problem:
            self.error.show_message(problem)
            return
        encrypted = not self.unencrypted.isChecked()
        try:
            busy(self.create_button, "Creating…", lambda: self._make(details, new, encrypted))
        except ValidationError as error:
            self.error.show_message(" ".join(error.problems.values()))
            return
        except LogbookError as error:
            self.error.show_message(str(error))
            return
        self.passphrase.clear()
        self.repeat.clear()
        if self.keys is None:
            self.finish()
            return
        groups = self.keys.recovery_text.split("-")
        half = (len(groups) + 1) // 2
        self.key_label.setText("\n".join("-".join(part) for part in (groups[:half], groups[half:])))
        self._show_page(self.sheet_page, self.save_button)

    def _make(self, details: PractitionerDetails, passphrase: str, encrypted: bool) -> None:
        if self.logbook is None:  # made once: a refused profile is corrected, not remade
            if encrypted:
                self.keys = new_encrypted_logbook(self.data_dir)
                self.logbook = Logbook.open(self.data_dir, create=True, data_key=self.keys.data_key)
            else:
                self.logbook = Logbook.open(self.data_dir, create=True)
            self.unencrypted.setEnabled(False)
        self.logbook.add_practitioner(details, passphrase)  # the first: signed in

    def save_sheet(self) -> None:
        assert self.keys is not None and self.logbook is not None
        path = self.prompter.save_file(
            self, "Save the recovery sheet", Path.home() / "Logbook recovery sheet.pdf", PDF_FILTER
        )
        if path is None:
            return
        from logger_app.export.recovery_sheet import write_recovery_sheet

        try:
            write_recovery_sheet(
                path, self.keys.recovery_text, self.logbook.location, datetime.now()
            )
        except (LogbookError, OSError) as error:
            self.sheet_error.show_message(f"The sheet was not saved: {error}")
            return
        self.sheet_error.show_message(None)
        self.sheet_note.show()
        self.sheet_note.setText(
            f"Saved to {path}. Print it, or copy it somewhere safe away from this computer."
        )

    def print_sheet(self) -> None:
        assert self.keys is not None and self.logbook is not None
        if self.printer(self, self.keys, self.logbook.location):
            self.sheet_note.show()
            self.sheet_note.setText("Sent to the printer. Check that the sheet came out whole.")

    def finish(self) -> None:
        if self.logbook is None or (self.keys is not None and not self.kept.isChecked()):
            return
        logbook, self.logbook, self.keys = self.logbook, None, None
        self.key_label.clear()  # the recovery key is not kept on screen
        assert logbook.signed_in is not None
        CURRENT_PRACTITIONER.set(logbook.signed_in.name)
        self.opened.emit(logbook)

    def abandon(self) -> None:
        """The window closes before the end: the new logbook (already usable with its
        first profile's passphrase) is closed."""
        self.keys = None
        self.key_label.clear()
        if self.logbook is not None:
            self.logbook.close()
            self.logbook = None


def _page() -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page, layout


def _wrapped(text: str, name: str):
    label = plain_label(text, objectName=name)
    label.setWordWrap(True)
    return label
