"""Every question the app asks the user goes through one Prompter, so tests can answer.

Texts are shown literally: they often name a client, a file or a practitioner, which
must never be read as markup."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from logger_app.i18n import translate

from .passphrase_prompt import PassphraseCheck, PassphraseDialog

if TYPE_CHECKING:
    from .printing import Paint


class Prompter:
    """Modal questions and messages. Tests swap in an object with the same methods."""

    def confirm(self, parent: QWidget | None, title: str, text: str, accept: str) -> bool:
        box = message_box(QMessageBox.Icon.Question, title, text, parent)
        accept_button = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept_button

    def discard_changes(self, parent: QWidget | None, what: str) -> bool:
        return self.confirm(
            parent,
            translate("Prompter", "Discard changes?"),
            translate(
                "Prompter", "The {what} has changes that are not saved. Close it and lose them?"
            ).format(what=what),
            translate("Prompter", "Discard changes"),
        )

    def error(
        self, parent: QWidget | None, title: str, text: str, details: str | None = None
    ) -> None:
        """``details``: technical text shown on request (the box's "Show Details…")."""
        box = message_box(QMessageBox.Icon.Critical, title, text, parent)
        if details:
            box.setDetailedText(details)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    def ask_text(self, parent: QWidget | None, title: str, text: str) -> str | None:
        """A line of text typed by the user (None if they cancel)."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        for label in dialog.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None

    def ask_password(self, parent: QWidget | None, title: str, text: str) -> str | None:
        """A password, its characters hidden as they are typed (None if they cancel)."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        for label in dialog.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None

    def ask_passphrase(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        check: PassphraseCheck,
        accept: str = "",
    ) -> bool:
        """The passphrase, hidden as typed, given to ``check`` until it is right (True)
        or the user cancels (False); what ``check`` refuses is said in the dialog.
        ``accept``: the accepting button's text ("" for OK, in the window's language)."""
        dialog = PassphraseDialog(title, text, check, accept, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]
    ) -> str | None:
        """One of ``choices`` (button texts, the first the default); None if they cancel."""
        box = message_box(QMessageBox.Icon.Warning, title, text, parent)
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
        box.addButton(QMessageBox.StandardButton.Cancel)
        if buttons:
            box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return next((c for c, b in zip(choices, buttons, strict=True) if b is clicked), None)

    def ask_int(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        value: int,
        minimum: int,
        maximum: int,
    ) -> int | None:
        """A whole number between ``minimum`` and ``maximum`` (None if they cancel)."""
        number, ok = QInputDialog.getInt(parent, title, text, value, minimum, maximum)
        return number if ok else None

    def print_preview(self, parent: QWidget | None, title: str, paint: Paint) -> bool:
        """Preview what ``paint`` draws on a printer, and print it if the user asks:
        True once printed, False if they closed the preview."""
        from .printing import preview_dialog  # QtPrintSupport loads on the first print

        dialog = preview_dialog(parent, title, paint)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # Files: ``start`` is the folder (or the suggested file) the dialog opens on, ``filters``
    # the dialog's name filters ("CSV files (*.csv);;All files (*)").
    def open_file(
        self, parent: QWidget | None, title: str, start: Path | str, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
        return Path(name) if name else None

    def open_files(
        self, parent: QWidget | None, title: str, start: Path | str, filters: str
    ) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, str(start), filters)
        return [Path(name) for name in names]

    def save_file(
        self, parent: QWidget | None, title: str, start: Path | str, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
        return Path(name) if name else None


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None
) -> QMessageBox:
    """A message box that shows ``text`` literally (a QMessageBox renders anything that
    looks like HTML)."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
