"""Every question the app asks the user goes through one Prompter, so tests can answer."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompter:
    """Modal questions and messages. Tests swap in an object with the same methods."""

    def confirm(self, parent: QWidget | None, title: str, text: str, accept: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        accept_button = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept_button

    def discard_changes(self, parent: QWidget | None, what: str) -> bool:
        return self.confirm(
            parent,
            "Discard changes?",
            f"The {what} has changes that are not saved. Close it and lose them?",
            "Discard changes",
        )

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def ask_text(self, parent: QWidget | None, title: str, text: str) -> str | None:
        """A line of text typed by the user (None if they cancel)."""
        typed, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Normal)
        return typed if ok else None
