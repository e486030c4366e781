"""The first start in a new data folder: the first profile (the administrator) and a
new logbook, encrypted unless the user asks otherwise behind "Advanced"; then the
recovery sheet, printed or saved before going on.

The logbook is made only when the profile is created, so that nothing is left behind
the user's back; the recovery key is shown once, on this page, and forgotten after.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError, ValidationError
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import NewLogbookKeys, new_encrypted_logbook
from logger_app.records import PractitionerDetails
from logger_app.validation import validate_practitioner

from ..common.display import plain_label
from ..common.form_support import ErrorLabel
from ..common.preferences import CURRENT_PRACTITIONER
from ..common.prompts import Prompter
from .recovery_sheet import RecoverySheetPanel, wrapped
from .sign_in import new_passphrase_problem, rule_hint
from .widgets import CardPages, busy, passphrase_field


class SetupScreen(CardPages):
    """``opened``: the new logbook, its first profile signed in (sheet kept, if any)."""

    opened = Signal(object)

    def __init__(self, data_dir: Path, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="setupScreen")
        self.data_dir = Path(data_dir)
        self.prompter = prompter
        self.logbook: Logbook | None = None  # made, its first profile not yet in
        self.keys: NewLogbookKeys | None = None  # until the sheet is kept
        column = self._init_pages()
        column.addWidget(
            plain_label(
                translate("SetupScreen", "Microneedling Logbook"), objectName="identityTitle"
            )
        )
        self._build_profile()
        self._build_sheet()
        self._show_page(self.profile_page, self.name)

    # The first profile
    def _build_profile(self) -> None:
        page, layout = _page()
        layout.addWidget(
            wrapped(
                translate(
                    "SetupScreen",
                    "Welcome. Create the first profile: it is the logbook's administrator "
                    "(profiles, safety rules, settings). The logbook is encrypted: it opens "
                    "only with a practitioner's passphrase or its recovery sheet.",
                ),
                "identityPrompt",
            )
        )
        form = QFormLayout()
        self.name = QLineEdit(objectName="firstName")
        self.credentials = QLineEdit(objectName="firstCredentials")
        self.credentials.setPlaceholderText(
            translate("SetupScreen", "e.g. RN, licensed aesthetician")
        )
        self.passphrase = passphrase_field("firstPassphrase")
        self.repeat = passphrase_field("firstRepeat")
        self.repeat.returnPressed.connect(self.create)
        for label, field in (
            (translate("SetupScreen", "Name"), self.name),
            (translate("SetupScreen", "Credentials"), self.credentials),
            (translate("SetupScreen", "Passphrase"), self.passphrase),
            (translate("SetupScreen", "Again"), self.repeat),
        ):
            form.addRow(label, field)
        layout.addLayout(form)
        layout.addWidget(wrapped(rule_hint(), "identityHint"))
        self.advanced_button = QPushButton(
            translate("SetupScreen", "Advanced ▸"), objectName="setupAdvanced"
        )
        self.advanced_button.setFlat(True)
        self.advanced_button.setCheckable(True)
        self.advanced_button.toggled.connect(self._show_advanced)
        layout.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.unencrypted = QCheckBox(
            translate("SetupScreen", "Keep this logbook unencrypted (not recommended)"),
            objectName="keepUnencrypted",
        )
        self.unencrypted.setToolTip(
            translate(
                "SetupScreen",
                "The records and photos are then readable by anyone who can read this "
                "computer's files or its backups.",
            )
        )
        self.unencrypted.hide()
        layout.addWidget(self.unencrypted)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.create_button = QPushButton(
            translate("SetupScreen", "Create profile and logbook"), objectName="createFirst"
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        layout.addWidget(self.create_button)
        self.profile_page = self._add_page(page)

    # The recovery sheet
    def _build_sheet(self) -> None:
        page, layout = _page()
        layout.addWidget(
            plain_label(
                translate("SetupScreen", "Your recovery sheet"), objectName="identityPrompt"
            )
        )
        layout.addWidget(
            wrapped(
                translate(
                    "SetupScreen",
                    "If every passphrase is forgotten, this recovery key opens the logbook. "
                    "Save it as a PDF or print it now, and keep it somewhere safe, away from "
                    "this computer.",
                ),
                "identityHint",
            )
        )
        self.sheet = RecoverySheetPanel(self.prompter)
        layout.addWidget(self.sheet)
        # The panel's parts under the names the window and tests use.
        self.key_label = self.sheet.key_label
        self.save_button = self.sheet.save_button
        self.print_button = self.sheet.print_button
        self.sheet_note = self.sheet.note
        self.kept = self.sheet.kept
        self.kept.toggled.connect(lambda on: self.continue_button.setEnabled(on))
        self.continue_button = QPushButton(
            translate("SetupScreen", "Continue"), objectName="sheetContinue"
        )
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.finish)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        self.sheet_page = self._add_page(page)

    # Showing
    def _show_advanced(self, shown: bool) -> None:
        self.advanced_button.setText(
            translate("SetupScreen", "Advanced ▾")
            if shown
            else translate("SetupScreen", "Advanced ▸")
        )
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
            busy(
                self.create_button,
                translate("SetupScreen", "Creating…"),
                lambda: self._make(details, new, encrypted),
            )
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
        assert self.logbook is not None
        self.sheet.show_key(self.keys.recovery_text, self.logbook.location)
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

    def finish(self) -> None:
        if self.logbook is None or (self.keys is not None and not self.kept.isChecked()):
            return
        logbook, self.logbook, self.keys = self.logbook, None, None
        self.sheet.forget()  # the recovery key is not kept on screen
        assert logbook.signed_in is not None
        CURRENT_PRACTITIONER.set(logbook.signed_in.name)
        self.opened.emit(logbook)

    def abandon(self) -> None:
        """The window closes before the end: the new logbook (already usable with its
        first profile's passphrase) is closed."""
        self.keys = None
        self.sheet.forget()
        if self.logbook is not None:
            self.logbook.close()
            self.logbook = None


def _page() -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page, layout
