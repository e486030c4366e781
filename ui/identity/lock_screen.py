"""The lock screen: who the window is locked for, their passphrase to unlock it, and the
way for someone else to sign in instead. It shows no client data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from logger_app.errors import LogbookError, SignInThrottledError
from logger_app.i18n import translate
from logger_app.logbook import Logbook

from ..common.display import plain_label
from ..common.form_support import ErrorLabel
from .widgets import ThrottleNotice, busy, centred_card, passphrase_field, take_passphrase


class LockScreen(QWidget):
    """``unlocked``: the passphrase was right (the key is open again for signing);
    ``switch_requested``: another practitioner wants to sign in."""

    unlocked = Signal()
    switch_requested = Signal()

    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.logbook = logbook
        column = centred_card(self)
        column.addWidget(plain_label(translate("LockScreen", "Locked"), objectName="identityTitle"))
        self.who = plain_label(objectName="identityPrompt")
        self.who.setWordWrap(True)
        column.addWidget(self.who)
        self.passphrase = passphrase_field(
            "unlockPassphrase", translate("LockScreen", "Passphrase")
        )
        self.passphrase.returnPressed.connect(self.unlock)
        column.addWidget(self.passphrase)
        self.error = ErrorLabel()
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        self.switch_button = QPushButton(
            translate("LockScreen", "Sign in as someone else"), objectName="switchAtLock"
        )
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_requested)
        self.unlock_button = QPushButton(translate("LockScreen", "Unlock"), objectName="unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        column.addLayout(buttons)
        self.form_note = plain_label(objectName="identityHint")
        self.form_note.setWordWrap(True)
        column.addWidget(self.form_note)
        self.throttle = ThrottleNotice(self.error, self.unlock_button)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()

    def use_logbook(self, logbook: Logbook) -> None:
        self.logbook = logbook

    def show_for(self, name: str, open_form: str = "") -> None:
        """Locked for ``name``; ``open_form``: what they left open (kept for them, or
        saved as their draft if someone else signs in)."""
        self.who.setText(
            translate(
                "LockScreen", "The logbook is locked for {name}. Type your passphrase to go on."
            ).format(name=name)
        )
        self.form_note.setText(
            translate(
                "LockScreen",
                "{name} has {open_form} open: it stays as it is when they unlock. If someone "
                "else signs in, it is saved as their draft first.",
            ).format(name=name, open_form=open_form)
            if open_form
            else ""
        )
        self.form_note.setVisible(bool(open_form))
        self.passphrase.clear()
        if not self.throttle.waiting:
            self.error.show_message(None)
        self.passphrase.setFocus()

    def unlock(self) -> None:
        if self.throttle.waiting:
            return
        passphrase = take_passphrase(self.passphrase, self.error)
        if passphrase is None:
            return
        try:
            busy(
                self.unlock_button,
                translate("LockScreen", "Unlocking…"),
                lambda: self.logbook.confirm_passphrase(passphrase),
            )
        except SignInThrottledError as error:
            self.throttle.start(error)
        except LogbookError as error:  # wrong passphrase, the logbook busy or unreachable
            self.error.show_message(str(error))
            self.passphrase.setFocus()
        else:
            self.error.show_message(None)
            self.unlocked.emit()
