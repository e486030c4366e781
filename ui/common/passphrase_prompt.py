"""The passphrase asked again (to sign): a small dialog that stays open on a wrong one,
says why next to the field, and counts down while retries are slowed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate

from .form_support import ErrorLabel


@dataclass(frozen=True)
class Refusal:
    """Why a passphrase was not taken, shown under the field; ``wait_seconds``: the next
    try must wait that long (too many wrong ones in a row)."""

    message: str
    wait_seconds: int = 0


# Takes the typed passphrase; None when it is right.
PassphraseCheck = Callable[[str], Refusal | None]


def wait_text(seconds: int) -> str:
    if seconds == 1:
        return translate("PassphraseDialog", "Too many wrong passphrases. Try again in 1 second.")
    return translate(
        "PassphraseDialog", "Too many wrong passphrases. Try again in {count} seconds."
    ).format(count=seconds)


class PassphraseDialog(QDialog):
    """``check`` runs on each try (the key's derivation takes a moment: busy cursor)."""

    def __init__(
        self,
        title: str,
        text: str,
        check: PassphraseCheck,
        accept_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self._check = check
        self._left = 0
        self.intro = QLabel(text, objectName="dialogIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # it names the practitioner
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(460)  # wrapped at a width the dialog's height follows
        self.passphrase = QLineEdit(objectName="passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(translate("PassphraseDialog", "Your passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(accept_text or translate("PassphraseDialog", "OK"))
        self.accept_button.setObjectName("acceptPassphrase")
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        label = QLabel(translate("PassphraseDialog", "&Passphrase"))
        label.setBuddy(self.passphrase)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # As tall as its text, growing when a message shows under the field.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.passphrase.setFocus()

    def try_passphrase(self) -> None:
        typed = self.passphrase.text()
        if self._left:
            return
        if not typed:
            self.error.show_message(translate("PassphraseDialog", "Enter your passphrase."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            refusal = self._check(typed)
        finally:
            QApplication.restoreOverrideCursor()
        if refusal is None:
            self.passphrase.clear()  # not kept in a widget longer than needed
            self.accept()
            return
        self.passphrase.clear()
        self.passphrase.setFocus()
        if refusal.wait_seconds > 0:
            self._left = refusal.wait_seconds
            self._show_wait()
            self._timer.start()
        else:
            self.error.show_message(refusal.message)

    def _show_wait(self) -> None:
        self.accept_button.setEnabled(self._left == 0)
        self.error.show_message(
            wait_text(self._left) if self._left else translate("PassphraseDialog", "Try again now.")
        )

    def _tick(self) -> None:
        self._left = max(0, self._left - 1)
        if not self._left:
            self._timer.stop()
        self._show_wait()
