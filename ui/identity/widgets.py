"""Pieces the sign-in and lock screens share: the centred card they sit on, a
passphrase field, the wait after too many wrong passphrases, and running the (slow,
argon2id) passphrase check with a busy cursor."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import SignInThrottledError
from logger_app.i18n import translate

from ..common.form_support import ErrorLabel

T = TypeVar("T")
CARD_WIDTH = 460


def centred_card(page: QWidget) -> QVBoxLayout:
    """Make ``page`` a plain background with one card in its middle; the card's layout."""
    page.setObjectName(page.objectName() or "identityPage")
    card = QFrame(objectName="identityCard")
    card.setFixedWidth(CARD_WIDTH)
    grid = QGridLayout(page)
    grid.addWidget(card, 1, 1)
    grid.setRowStretch(0, 2)
    grid.setRowStretch(2, 3)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(2, 1)
    column = QVBoxLayout(card)
    column.setContentsMargins(28, 24, 28, 24)
    column.setSpacing(6)
    return column


def passphrase_field(name: str, placeholder: str = "") -> QLineEdit:
    """A field whose characters are never shown (nor offered to input-method history)."""
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(False)
    return field


def busy(button: QPushButton, working_text: str, work: Callable[[], T]) -> T:
    """Run ``work`` (a passphrase check: argon2id, a quarter of a second) with a busy
    cursor and ``button`` saying so; painted before the wait, restored after."""
    text = button.text()
    button.setText(working_text)
    button.setEnabled(False)
    button.repaint()  # shown now: the check holds the GUI thread until it is done
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QGuiApplication.restoreOverrideCursor()
        button.setText(text)
        button.setEnabled(True)


class ThrottleNotice:
    """After too many wrong passphrases: the error label counts the seconds left and
    the button stays disabled until the next try may be made."""

    clock = staticmethod(time.monotonic)  # a test moves it

    def __init__(self, label: ErrorLabel, button: QPushButton) -> None:
        self._label, self._button = label, button
        self._until = 0.0
        self.timer = QTimer(button)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    @property
    def waiting(self) -> bool:
        return self.timer.isActive()

    def start(self, error: SignInThrottledError) -> None:
        self._until = self.clock() + error.wait_seconds
        self._button.setEnabled(False)
        self._label.show_message(str(error))
        self.timer.start()

    def seconds_left(self) -> int:
        return max(0, int(self._until - self.clock() + 0.999))

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self.stop()
            self._label.show_message(translate("IdentityWidgets", "You can try again now."))
            return
        self._label.show_message(str(SignInThrottledError(left)))

    def stop(self) -> None:
        self.timer.stop()
        self._button.setEnabled(True)


class CardPages(QWidget):
    """A screen of pages shown one at a time in one centred card (sign-in, unlocking,
    first start): ``_add_page`` puts a page in the card, ``_show_page`` shows it and
    puts the focus in its field once the screen is on show."""

    def _init_pages(self) -> QVBoxLayout:
        """Call in ``__init__``: the card's layout, where pages and headings go."""
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._column = centred_card(self)
        self.pages: list[QWidget] = []
        self._focus: QWidget | None = None
        return self._column

    def _add_page(self, page: QWidget) -> QWidget:
        page.hide()
        self._column.addWidget(page)
        self.pages.append(page)
        return page

    def current_page(self) -> QWidget | None:
        return next((page for page in self.pages if not page.isHidden()), None)

    def _show_page(self, page: QWidget, focus: QWidget) -> None:
        for other in self.pages:
            other.setVisible(other is page)
        self._column.activate()
        self._focus = focus
        focus.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._column.activate()  # laid out for the page on show now, not at the next turn
        if self._focus is not None:
            self._focus.setFocus()  # the field to type in, once on screen


def add_sign_in_fields(
    layout: QVBoxLayout, sign_in: Callable[[], None]
) -> tuple[QListWidget, QLineEdit, ErrorLabel, QPushButton]:
    """The practitioner list, the passphrase (Enter signs in), its error line and the
    Sign in button, added to ``layout``: the sign-in screen's and the unlock screen's."""
    listing = QListWidget(objectName="practitionerList")
    passphrase = passphrase_field("passphrase", translate("IdentityWidgets", "Passphrase"))
    listing.itemActivated.connect(lambda _item: passphrase.setFocus())
    passphrase.returnPressed.connect(sign_in)
    error = ErrorLabel()
    button = QPushButton(translate("IdentityWidgets", "Sign in"), objectName="signIn")
    button.setDefault(True)
    button.clicked.connect(sign_in)
    for widget in (listing, passphrase, error, button):
        layout.addWidget(widget)
    return listing, passphrase, error, button


def take_passphrase(field: QLineEdit, error: ErrorLabel) -> str | None:
    """What was typed, the field emptied at once (a passphrase is not left on screen);
    None, said next to it, when nothing was."""
    passphrase = field.text()
    field.clear()
    if not passphrase:
        error.show_message(translate("IdentityWidgets", "Type your passphrase."))
        return None
    return passphrase
