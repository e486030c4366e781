"""The recovery sheet on screen: the key shown large, saved as a PDF or printed, and
the tick that says it was kept. The first start's sheet page and Logbook → New recovery
sheet… show the same panel.

The key is shown once: it lives in the panel's label until ``forget()``, never on disk
but in the PDF the user chose to save (owner-only).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError
from logger_app.i18n import translatable, translate

from ..common.display import plain_label
from ..common.form_support import ErrorLabel
from ..common.prompts import Prompter

SHEET_WORDS = translatable(
    "RecoverySheetPanel",
    "Without your passphrase or this sheet, the logbook cannot be opened by anyone, including us.",
)
PDF_FILTER = "PDF (*.pdf)"
# (parent, the recovery key as printed, the logbook's location) -> printed
Printer = Callable[[QWidget, str, str], bool]


def print_sheet(parent: QWidget, recovery_text: str, location: str) -> bool:
    """The system's print dialog, then the sheet printed (True) or not."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from logger_app.export.recovery_sheet import paint_recovery_sheet

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("RecoverySheetPanel", "Print the recovery sheet"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_recovery_sheet(printer, recovery_text, location, datetime.now())
    return True


def wrapped(text: str, name: str) -> QLabel:
    label = plain_label(text, objectName=name)
    label.setWordWrap(True)
    return label


class RecoverySheetPanel(QWidget):
    """The key box, the warning, Save recovery sheet (PDF)… and Print…, what became of
    the sheet, and the tick "I have printed or saved the recovery sheet" (``kept``)."""

    def __init__(self, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="recoverySheetPanel")
        self.prompter = prompter
        self.printer: Printer = print_sheet  # a test puts its own
        self._text = ""
        self._location = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.key_label = plain_label(objectName="recoveryKeyShown")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.key_label.setFont(font)
        # Set apart (style.qss), to be read out and copied by hand (the key is not markup).
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        warning = wrapped(translate("RecoverySheetPanel", SHEET_WORDS), "sheetWarning")
        warning.setStyleSheet("font-weight: bold;")  # no colour: the theme's text
        layout.addWidget(warning)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(
            translate("RecoverySheetPanel", "Save recovery sheet (PDF)…"), objectName="saveSheet"
        )
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button = QPushButton(
            translate("RecoverySheetPanel", "Print…"), objectName="printSheet"
        )
        self.print_button.clicked.connect(self.print_sheet)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.note = wrapped("", "identityHint")
        self.note.hide()  # until the sheet is saved or printed
        layout.addWidget(self.note)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.kept = QCheckBox(
            translate("RecoverySheetPanel", "I have printed or saved the recovery sheet"),
            objectName="sheetKept",
        )
        layout.addWidget(self.kept)

    def show_key(self, recovery_text: str, location: str) -> None:
        """Show ``recovery_text`` in two lines of groups, for the logbook at ``location``."""
        self._text, self._location = recovery_text, location
        groups = recovery_text.split("-")
        half = (len(groups) + 1) // 2
        self.key_label.setText("\n".join("-".join(part) for part in (groups[:half], groups[half:])))

    def forget(self) -> None:
        """The key is no longer kept, nor shown."""
        self._text = ""
        self.key_label.clear()

    @property
    def waiting(self) -> bool:
        """A key shown and not yet ticked as kept: leaving now loses it."""
        return bool(self._text) and not self.kept.isChecked()

    def save_sheet(self) -> None:
        if not self._text:
            return
        path = self.prompter.save_file(
            self,
            translate("RecoverySheetPanel", "Save the recovery sheet"),
            Path.home() / translate("RecoverySheetPanel", "Logbook recovery sheet.pdf"),
            PDF_FILTER,
        )
        if path is None:
            return
        from logger_app.export.recovery_sheet import write_recovery_sheet

        try:
            write_recovery_sheet(path, self._text, self._location, datetime.now())
        except (LogbookError, OSError) as error:
            self.error.show_message(
                translate("RecoverySheetPanel", "The sheet was not saved: {error}").format(
                    error=error
                )
            )
            return
        self.error.show_message(None)
        self.note.show()
        self.note.setText(
            translate(
                "RecoverySheetPanel",
                "Saved to {path}. Print it, or copy it somewhere safe away from this computer.",
            ).format(path=path)
        )

    def print_sheet(self) -> None:
        if self._text and self.printer(self, self._text, self._location):
            self.note.show()
            self.note.setText(
                translate(
                    "RecoverySheetPanel",
                    "Sent to the printer. Check that the sheet came out whole.",
                )
            )


# What the dialog says, and asks when closed without the tick: for a sheet replacing the
# old one (Logbook → New recovery sheet…), and for a clinic server's first one.
REPLACED = (
    translatable(
        "NewRecoverySheetDialog",
        "The old recovery sheet no longer opens the logbook; this new one does. "
        "Save it as a PDF or print it now, and keep it somewhere safe, away from "
        "this computer. It is shown only now.",
    ),
    translatable(
        "NewRecoverySheetDialog",
        "The new recovery key is shown only now, and the old sheet no longer opens the "
        "logbook. Without a passphrase or this sheet, the logbook cannot be opened by "
        "anyone, including us.",
    ),
)
FIRST = (
    translatable(
        "NewRecoverySheetDialog",
        "The photos on the clinic server are encrypted now. This recovery sheet opens them "
        "when no practitioner's passphrase can. Save it as a PDF or print it now, and keep "
        "it somewhere safe, away from this computer. It is shown only now.",
    ),
    translatable(
        "NewRecoverySheetDialog",
        "The recovery key is shown only now. Without a passphrase or this sheet, the "
        "photos cannot be opened by anyone, including us.",
    ),
)


class NewRecoverySheetDialog(QDialog):
    """Logbook → New recovery sheet… (and a clinic server's first sheet, ``first``): the
    key, shown once. Close needs the tick; leaving otherwise (Esc, the title bar) asks
    first."""

    def __init__(
        self,
        recovery_text: str,
        location: str,
        prompter: Prompter,
        parent: QWidget | None,
        *,
        first: bool = False,
    ) -> None:
        super().__init__(parent, objectName="newRecoverySheet")
        self.setWindowTitle(
            translate("NewRecoverySheetDialog", "Recovery sheet")
            if first
            else translate("NewRecoverySheetDialog", "New recovery sheet")
        )
        self._words = FIRST if first else REPLACED
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self.prompter = prompter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        # The window's title names it; the words say what changed and what to do now.
        layout.addWidget(
            wrapped(translate("NewRecoverySheetDialog", self._words[0]), "identityPrompt")
        )
        self.panel = RecoverySheetPanel(prompter, self)
        self.panel.show_key(recovery_text, location)
        layout.addWidget(self.panel)
        self.close_button = QPushButton(
            translate("NewRecoverySheetDialog", "Close"), objectName="sheetClose"
        )
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        self.panel.kept.toggled.connect(self.close_button.setEnabled)
        self.panel.kept.toggled.connect(lambda on: on and self.close_button.setDefault(True))
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.finished.connect(lambda _result: self.panel.forget())

    def reject(self) -> None:
        # Esc, and the title bar's close (QDialog's closeEvent rejects): asked first.
        if self.panel.waiting and not self.prompter.confirm(
            self,
            translate("NewRecoverySheetDialog", "Close without the recovery sheet?"),
            translate("NewRecoverySheetDialog", self._words[1]),
            translate("NewRecoverySheetDialog", "Close without it"),
        ):
            return
        super().reject()
