"""Passphrases from the practitioners' profiles: the administrator resets a forgotten
one (a temporary passphrase, typed twice), and a practitioner changes their own (the
old one, then the new one twice). Each message is said next to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import (
    LogbookError,
    SignInThrottledError,
    ValidationError,
    WrongPassphraseError,
)
from logger_app.i18n import translatable, translate
from logger_app.identity import MIN_PASSPHRASE_LENGTH
from logger_app.logbook import Logbook
from logger_app.records import Practitioner

from ..common.form_support import form_errors, with_error_label

# Shown through translate("PassphraseDialog", DIFFERENT).
DIFFERENT = translatable("PassphraseDialog", "The two passphrases differ: type the same one twice.")


def at_least_text() -> str:
    """The placeholder of a new passphrase."""
    return translate("PassphraseDialog", "At least {count} characters").format(
        count=MIN_PASSPHRASE_LENGTH
    )


def passphrase_field(name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(280)
    return field


class _PassphraseForm(QDialog):
    """An intro, a form of passphrase fields and the button that saves them."""

    def __init__(self, title: str, intro: str, accept: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMaximumWidth(620)
        self.intro = QLabel(intro, objectName="dialogIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # it names the practitioner
        self.intro.setWordWrap(True)
        self.general_error, self.errors = form_errors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(accept)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_field(self, label: str, field: QLineEdit, key: str) -> None:
        self.form.addRow(label, with_error_label(field, self.errors, key))

    def save(self) -> None:
        raise NotImplementedError

    def done(self, result: int) -> None:
        self._clear()  # saved or cancelled, no passphrase stays in a widget
        super().done(result)

    def _clear(self) -> None:
        for field in self.findChildren(QLineEdit):
            field.clear()


def twice_problems(
    first: QLineEdit, second: QLineEdit, key: str, repeat_key: str
) -> dict[str, str]:
    """The new passphrase typed twice: both there and the same."""
    if not first.text():
        return {key: translate("PassphraseDialog", "Type the passphrase.")}
    if first.text() != second.text():
        return {repeat_key: translate("PassphraseDialog", DIFFERENT)}
    return {}


class ResetPassphraseDialog(_PassphraseForm):
    """The administrator gives ``practitioner`` a temporary passphrase."""

    def __init__(
        self, logbook: Logbook, practitioner: Practitioner, parent: QWidget | None = None
    ) -> None:
        name = practitioner.name
        super().__init__(
            translate("PassphraseDialog", "Reset the passphrase of {name}").format(name=name),
            translate(
                "PassphraseDialog",
                "A temporary passphrase for {name}, to give them. At their next sign-in they "
                "must choose their own. They get a new signing key: every signature they "
                "made before stays valid (the logbook keeps their old key to check it).",
            ).format(name=name),
            translate("PassphraseDialog", "Reset passphrase"),
            parent,
        )
        self.setObjectName("resetPassphraseDialog")
        self._logbook = logbook
        self._practitioner = practitioner
        self.temporary = passphrase_field("temporaryPassphrase", at_least_text())
        self.repeat = passphrase_field("repeatPassphrase")
        self.add_field(
            translate("PassphraseDialog", "&Temporary passphrase"), self.temporary, "passphrase"
        )
        self.add_field(translate("PassphraseDialog", "&Repeat it"), self.repeat, "repeat")
        self.temporary.setFocus()

    def save(self) -> None:
        problems = twice_problems(self.temporary, self.repeat, "passphrase", "repeat")
        if problems:
            self.errors.show(problems)
            return
        try:
            self._logbook.reset_passphrase(self._practitioner.id, self.temporary.text())
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except LogbookError as error:  # not allowed, busy: nothing changed
            self.errors.show({})
            self.general_error.show_message(str(error))
            return
        self.accept()


class ChangePassphraseDialog(_PassphraseForm):
    """The signed-in practitioner chooses a new passphrase (their key stays the same)."""

    def __init__(self, logbook: Logbook, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PassphraseDialog", "Change my passphrase"),
            translate(
                "PassphraseDialog",
                "A new passphrase for {name}. Your signing key stays the same: your "
                "signatures stay valid, and from now on the new passphrase opens the key.",
            ).format(name=name),
            translate("PassphraseDialog", "Change passphrase"),
            parent,
        )
        self.setObjectName("changePassphraseDialog")
        self._logbook = logbook
        self._name = name
        self.old = passphrase_field(
            "oldPassphrase", translate("PassphraseDialog", "Your passphrase now")
        )
        self.new = passphrase_field("newPassphrase", at_least_text())
        self.repeat = passphrase_field("repeatPassphrase")
        self.add_field(translate("PassphraseDialog", "&Current passphrase"), self.old, "old")
        self.add_field(translate("PassphraseDialog", "&New passphrase"), self.new, "new")
        self.add_field(translate("PassphraseDialog", "&Repeat the new one"), self.repeat, "repeat")
        self.old.setFocus()

    def save(self) -> None:
        problems = (
            {}
            if self.old.text()
            else {"old": translate("PassphraseDialog", "Type your passphrase now.")}
        )
        problems |= twice_problems(self.new, self.repeat, "new", "repeat")
        if problems:
            self.errors.show(problems)
            return
        try:
            self._logbook.change_passphrase(self._name, self.old.text(), self.new.text())
        except (WrongPassphraseError, SignInThrottledError) as error:
            self.errors.show({"old": str(error)})
            self.old.clear()
            return
        except ValidationError as error:  # the core's rules of a passphrase
            self.errors.show({"new": " ".join(error.problems.values())})
            return
        except LogbookError as error:
            self.errors.show({})
            self.general_error.show_message(str(error))
            return
        self.accept()
