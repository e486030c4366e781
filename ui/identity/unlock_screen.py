"""Signing in to an encrypted logbook, before it is open: the profiles its key file
names, the passphrase that opens both the logbook and the practitioner's key (one slow
derivation), and the recovery sheet when the passphrase is forgotten.

Three pages on one card: pick a profile and type the passphrase; type the recovery
key; choose a new passphrase (after the recovery sheet, or an administrator's reset).
Secrets stay in the fields until used, then are cleared: never logged, never kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.crypto.data_key import RecoveryKeyFormatError
from logger_app.errors import (
    LogbookError,
    MustChangePassphraseError,
    PassphraseNotSetError,
    SignInThrottledError,
    ValidationError,
)
from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import open_with_recovery, profiles_in_key_file, unlock_folder

from ..common.display import plain_label
from ..common.form_support import ErrorLabel
from ..common.preferences import CURRENT_PRACTITIONER
from .sign_in import new_passphrase_problem, rule_hint
from .widgets import (
    CardPages,
    ThrottleNotice,
    add_sign_in_fields,
    busy,
    passphrase_field,
    take_passphrase,
)

FORGOT = translatable("UnlockScreen", "Forgot your passphrase? Use the recovery sheet…")


class UnlockScreen(CardPages):
    """``opened``: the logbook, open with its key and the practitioner signed in."""

    opened = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="unlockScreen")
        self.data_dir = Path(data_dir)
        self.logbook: Logbook | None = None  # open, waiting for a new passphrase
        self._temporary = ""  # an administrator's temporary passphrase, while replaced
        column = self._init_pages()
        column.addWidget(
            plain_label(
                translate("UnlockScreen", "Microneedling Logbook"), objectName="identityTitle"
            )
        )
        self._build_pick()
        self._build_recovery()
        self._build_choose()
        self._focus = self.passphrase

    # Pick a profile, type the passphrase
    def _build_pick(self) -> None:
        page, layout = _page()
        layout.addWidget(
            _wrapped(
                translate("UnlockScreen", "This logbook is encrypted. Who is signing in?"),
                "identityPrompt",
            )
        )
        self.profile_list, self.passphrase, self.error, self.sign_in_button = add_sign_in_fields(
            layout, self.sign_in
        )
        self.forgot_button = QPushButton(
            translate("UnlockScreen", FORGOT), objectName="forgotPassphrase"
        )
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.show_recovery)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.throttle = ThrottleNotice(self.error, self.sign_in_button)
        self.pick_page = self._add_page(page)

    # The recovery sheet's key
    def _build_recovery(self) -> None:
        page, layout = _page()
        layout.addWidget(
            _wrapped(
                translate(
                    "UnlockScreen",
                    "Type the recovery key printed on this logbook's recovery sheet. Spaces, "
                    "dashes and capitals do not matter. Then choose a new passphrase.",
                ),
                "identityPrompt",
            )
        )
        # Two lines, as on the sheet: the whole key in sight while it is checked.
        self.recovery_key = QPlainTextEdit(objectName="recoveryKey")
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_key.setTabChangesFocus(True)
        self.recovery_key.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.recovery_key.setFont(font)
        lines = self.recovery_key.fontMetrics().lineSpacing() * 2
        self.recovery_key.setFixedHeight(lines + 2 * self.recovery_key.frameWidth() + 12)
        layout.addWidget(self.recovery_key)
        self.recovery_error = ErrorLabel()
        layout.addWidget(self.recovery_error)
        buttons = QHBoxLayout()
        back = QPushButton(translate("UnlockScreen", "Back"), objectName="recoveryBack")
        back.clicked.connect(lambda: self.start())
        self.recovery_button = QPushButton(
            translate("UnlockScreen", "Open the logbook"), objectName="openWithRecovery"
        )
        self.recovery_button.setDefault(True)
        self.recovery_button.clicked.connect(self.open_with_recovery)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        layout.addLayout(buttons)
        self.recovery_page = self._add_page(page)

    # A new passphrase: after the recovery sheet, or an administrator's reset
    def _build_choose(self) -> None:
        page, layout = _page()
        self.choose_intro = _wrapped("", "identityPrompt")
        layout.addWidget(self.choose_intro)
        form = QFormLayout()
        self.profile_choice = QComboBox(objectName="recoveredProfile")
        self.new_passphrase = passphrase_field("newPassphrase")
        self.new_repeat = passphrase_field("newRepeat")
        self.new_repeat.returnPressed.connect(self.choose_passphrase)
        form.addRow(translate("UnlockScreen", "Profile"), self.profile_choice)
        form.addRow(translate("UnlockScreen", "New passphrase"), self.new_passphrase)
        form.addRow(translate("UnlockScreen", "Again"), self.new_repeat)
        layout.addLayout(form)
        layout.addWidget(_wrapped(rule_hint(), "identityHint"))
        self.choose_error = ErrorLabel()
        layout.addWidget(self.choose_error)
        self.choose_button = QPushButton(
            translate("UnlockScreen", "Set passphrase and sign in"), objectName="setPassphrase"
        )
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose_passphrase)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignRight)
        self.choose_page = self._add_page(page)

    # Showing
    def start(self, preselect: str = "") -> None:
        """The profiles of the key file (``preselect`` chosen, else the last one to
        sign in here); the logbook stays closed until a passphrase opens it."""
        self._close_logbook()
        for label in (self.error, self.recovery_error, self.choose_error):
            label.show_message(None)
        self.profile_list.clear()
        try:
            profiles = profiles_in_key_file(self.data_dir)
        except LogbookError as error:
            profiles = []
            self.error.show_message(str(error))
        wanted = (preselect or CURRENT_PRACTITIONER.get()).strip().casefold()
        for _id, name in profiles:
            item = QListWidgetItem(name)
            self.profile_list.addItem(item)
            if name.casefold() == wanted:
                self.profile_list.setCurrentItem(item)
        if self.profile_list.currentItem() is None and profiles:
            self.profile_list.setCurrentRow(0)
        if not profiles and not self.error.text():
            self.error.show_message(
                translate(
                    "UnlockScreen",
                    "No profile holds a key to this logbook yet: open it with its recovery sheet.",
                )
            )
        rows = min(max(len(profiles), 1), 8)
        row = self.profile_list.sizeHintForRow(0) if profiles else 24
        self.profile_list.setFixedHeight(rows * row + 2 * self.profile_list.frameWidth() + 4)
        self._show_page(self.pick_page, self.passphrase)

    def selected(self) -> str:
        item = self.profile_list.currentItem()
        return "" if item is None else item.text()

    def show_recovery(self) -> None:
        self.recovery_error.show_message(None)
        self._show_page(self.recovery_page, self.recovery_key)

    # Acting
    def sign_in(self) -> None:
        name = self.selected()
        if not name or self.throttle.waiting:
            return
        passphrase = take_passphrase(self.passphrase, self.error)
        if passphrase is None:
            return
        try:
            busy(
                self.sign_in_button,
                translate("UnlockScreen", "Signing in…"),
                lambda: self._open_and_sign_in(name, passphrase),
            )
        except PassphraseNotSetError:
            self._to_choose(name, "", recovered=False)
        except MustChangePassphraseError:
            self._to_choose(name, passphrase, recovered=False)
        except SignInThrottledError as error:
            self._close_logbook()
            self.throttle.start(error)
        except LogbookError as error:  # no key for them, a wrong passphrase, unreadable
            self._close_logbook()
            self.error.show_message(str(error))
            self.passphrase.setFocus()
        else:
            self._done()

    def _open_and_sign_in(self, name: str, passphrase: str) -> None:
        unlocked = unlock_folder(self.data_dir, name, passphrase)  # the slow derivation
        self.logbook = Logbook.open(self.data_dir, data_key=unlocked.data_key)
        self.logbook.sign_in(name, passphrase, opened=unlocked.opened)

    def open_with_recovery(self) -> None:
        text = self.recovery_key.toPlainText()
        if not text.strip():
            self.recovery_error.show_message(
                translate("UnlockScreen", "Type the recovery key from the sheet.")
            )
            return
        try:
            logbook = busy(
                self.recovery_button,
                translate("UnlockScreen", "Opening…"),
                lambda: open_with_recovery(self.data_dir, text),
            )
        except (RecoveryKeyFormatError, LogbookError) as error:
            self.recovery_error.show_message(str(error))
            self.recovery_key.setFocus()
            return
        self.recovery_key.clear()
        self._close_logbook()
        self.logbook = logbook
        self._to_choose(self.selected(), "", recovered=True)

    def _to_choose(self, name: str, temporary: str, *, recovered: bool) -> None:
        self._temporary = temporary
        self.profile_choice.clear()
        if recovered:
            assert self.logbook is not None
            names = [p.name for p in self.logbook.practitioners()]
            self.profile_choice.addItems(names)
            if name in names:
                self.profile_choice.setCurrentText(name)
            self.choose_intro.setText(
                translate(
                    "UnlockScreen",
                    "The recovery sheet opened the logbook. Choose a new passphrase for your "
                    "profile: the forgotten one will no longer open it.",
                )
            )
        else:
            self.profile_choice.addItem(name)
            self.choose_intro.setText(
                translate(
                    "UnlockScreen",
                    "An administrator reset the passphrase of {name}. Choose your own to sign "
                    "in: nobody else will know it.",
                ).format(name=name)
                if temporary
                else translate(
                    "UnlockScreen", "{name} has no passphrase yet. Choose one to sign in."
                ).format(name=name)
            )
        self.profile_choice.setEnabled(recovered)
        self.choose_error.show_message(None)
        self._show_page(self.choose_page, self.new_passphrase)

    def choose_passphrase(self) -> None:
        logbook = self.logbook
        if logbook is None:
            return
        new, repeat = self.new_passphrase.text(), self.new_repeat.text()
        problem = new_passphrase_problem(new, repeat)
        if problem:
            self.choose_error.show_message(problem)
            return
        self.new_passphrase.clear()
        self.new_repeat.clear()
        name, temporary = self.profile_choice.currentText(), self._temporary

        def choose() -> object:
            if logbook.opened_by_recovery:
                return logbook.recover_passphrase(name, new)
            if temporary:
                return logbook.change_passphrase(name, temporary, new)
            return logbook.set_first_passphrase(name, new)

        try:
            busy(self.choose_button, translate("UnlockScreen", "Signing in…"), choose)
        except ValidationError as error:
            self.choose_error.show_message(" ".join(error.problems.values()))
        except LogbookError as error:
            self.choose_error.show_message(str(error))
        else:
            self._done()

    def _done(self) -> None:
        logbook, self.logbook = self.logbook, None
        self._temporary = ""
        assert logbook is not None and logbook.signed_in is not None
        CURRENT_PRACTITIONER.set(logbook.signed_in.name)
        self.opened.emit(logbook)

    def _close_logbook(self) -> None:
        """Back to the start: an opened logbook not handed on is closed, secrets go."""
        self._temporary = ""
        for field in (self.passphrase, self.recovery_key, self.new_passphrase, self.new_repeat):
            field.clear()
        if self.logbook is not None:
            self.logbook.close()
            self.logbook = None

    def abandon(self) -> None:
        """The window closes before anyone signed in."""
        self._close_logbook()


def _page() -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page, layout


def _wrapped(text: str, name: str):
    label = plain_label(text, objectName=name)
    label.setWordWrap(True)
    return label
