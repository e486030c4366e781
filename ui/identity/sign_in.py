"""The sign-in screen: who is at the keyboard, proven by their passphrase.

Three pages on one card: pick a practitioner and type the passphrase; the logbook's
first profile (an empty logbook: it becomes the administrator); choose a passphrase
(a profile without one yet, or after an administrator's reset). Passphrases stay in
the fields until used, then are cleared: never logged, never remembered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import (
    LogbookError,
    MustChangePassphraseError,
    NotFoundError,
    PassphraseNotSetError,
    SignInThrottledError,
    ValidationError,
)
from logger_app.i18n import translate
from logger_app.identity.passphrases import MIN_PASSPHRASE_LENGTH, passphrase_problem
from logger_app.logbook import Logbook
from logger_app.records import Practitioner, PractitionerDetails

from ..common.display import plain_label
from ..common.form_support import ErrorLabel
from ..common.preferences import CURRENT_PRACTITIONER
from .widgets import (
    CardPages,
    ThrottleNotice,
    add_sign_in_fields,
    busy,
    passphrase_field,
    take_passphrase,
)


def rule_hint() -> str:
    """What a new passphrase must be, said under the fields that choose one."""
    return translate(
        "SignInScreen",
        "At least {count} characters: a few words you will remember are best. "
        "You type it to sign in, to unlock and to sign sessions.",
    ).format(count=MIN_PASSPHRASE_LENGTH)


def describe(practitioner: Practitioner) -> str:
    """A practitioner's line in the list: their name, and what marks them out."""
    notes = []
    if practitioner.is_admin:
        notes.append(translate("SignInScreen", "administrator"))
    if not practitioner.protected:
        notes.append(translate("SignInScreen", "no passphrase yet"))
    elif practitioner.must_change_passphrase:
        notes.append(translate("SignInScreen", "passphrase reset"))
    return practitioner.name + (f"  —  {', '.join(notes)}" if notes else "")


class SignInScreen(CardPages):
    """Emits ``signed_in`` with the practitioner once the logbook has signed them in."""

    signed_in = Signal(object)

    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="signInScreen")
        self.logbook = logbook
        self._chosen = ""  # the practitioner choosing a passphrase
        self._temporary = ""  # their administrator's temporary one, while they choose
        # One page shows at a time (hidden ones take no room: the card fits the page).
        column = self._init_pages()
        column.addWidget(
            plain_label(
                translate("SignInScreen", "Microneedling Logbook"), objectName="identityTitle"
            )
        )
        self.note = plain_label(objectName="identityNote")
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)
        self._build_pick()
        self._build_first()
        self._build_choose()
        self._focus = self.passphrase

    # Pick a practitioner, type the passphrase
    def _build_pick(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            plain_label(
                translate("SignInScreen", "Who is signing in?"), objectName="identityPrompt"
            )
        )
        self.practitioner_list, self.passphrase, self.error, self.sign_in_button = (
            add_sign_in_fields(layout, self.sign_in)
        )
        self.practitioner_list.currentItemChanged.connect(self._practitioner_changed)
        hint = plain_label(
            translate(
                "SignInScreen",
                "Forgotten your passphrase? The logbook's administrator can reset it.",
            ),
            objectName="identityHint",
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.throttle = ThrottleNotice(self.error, self.sign_in_button)
        self.pick_page = self._add_page(page)

    # The logbook's first profile
    def _build_first(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = plain_label(
            translate(
                "SignInScreen",
                "This logbook has no practitioners yet. Create the first profile: it is the "
                "logbook's administrator (profiles, safety rules, settings).",
            ),
            objectName="identityPrompt",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first_name = QLineEdit(objectName="firstName")
        self.first_credentials = QLineEdit(objectName="firstCredentials")
        self.first_credentials.setPlaceholderText(
            translate("SignInScreen", "e.g. RN, licensed aesthetician")
        )
        self.first_passphrase = passphrase_field("firstPassphrase")
        self.first_repeat = passphrase_field("firstRepeat")
        self.first_repeat.returnPressed.connect(self.create_first)
        for label, field in (
            (translate("SignInScreen", "Name"), self.first_name),
            (translate("SignInScreen", "Credentials"), self.first_credentials),
            (translate("SignInScreen", "Passphrase"), self.first_passphrase),
            (translate("SignInScreen", "Again"), self.first_repeat),
        ):
            form.addRow(label, field)
        layout.addLayout(form)
        layout.addWidget(_hint(rule_hint()))
        self.first_error = ErrorLabel()
        layout.addWidget(self.first_error)
        self.create_button = QPushButton(
            translate("SignInScreen", "Create profile and sign in"), objectName="createFirst"
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_first)
        layout.addWidget(self.create_button)
        self.first_page = self._add_page(page)

    # Choosing a passphrase: none yet, or after a reset
    def _build_choose(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choose_intro = plain_label(objectName="identityPrompt")
        self.choose_intro.setWordWrap(True)
        layout.addWidget(self.choose_intro)
        form = QFormLayout()
        self.new_passphrase = passphrase_field("newPassphrase")
        self.new_repeat = passphrase_field("newRepeat")
        self.new_repeat.returnPressed.connect(self.choose_passphrase)
        form.addRow(translate("SignInScreen", "New passphrase"), self.new_passphrase)
        form.addRow(translate("SignInScreen", "Again"), self.new_repeat)
        layout.addLayout(form)
        layout.addWidget(_hint(rule_hint()))
        self.choose_error = ErrorLabel()
        layout.addWidget(self.choose_error)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("SignInScreen", "Back"), objectName="chooseBack")
        self.back_button.clicked.connect(lambda: self.start(self._chosen))
        self.choose_button = QPushButton(
            translate("SignInScreen", "Set passphrase and sign in"), objectName="setPassphrase"
        )
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose_passphrase)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        layout.addLayout(buttons)
        self.choose_page = self._add_page(page)

    # Showing
    def use_logbook(self, logbook: Logbook) -> None:
        self.logbook = logbook

    def start(self, preselect: str = "", note: str = "") -> None:
        """The first page for this logbook: the list (``preselect`` chosen, else the
        last one to sign in here), or the first profile's form when there is none.
        ``note``: said above it (what happened to the previous practitioner's form)."""
        self._forget_secrets()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        for label in (self.error, self.first_error, self.choose_error):
            label.show_message(None)
        try:
            practitioners = self.logbook.practitioners()
        except LogbookError as error:
            self._show_page(self.pick_page, self.passphrase)
            self.error.show_message(str(error))
            return
        if not practitioners:
            self._show_page(self.first_page, self.first_name)
            return
        self.practitioner_list.clear()
        wanted = preselect or CURRENT_PRACTITIONER.get()
        for practitioner in practitioners:
            item = QListWidgetItem(describe(practitioner))
            item.setData(Qt.ItemDataRole.UserRole, practitioner)
            self.practitioner_list.addItem(item)
            if practitioner.name == wanted:
                self.practitioner_list.setCurrentItem(item)
        if self.practitioner_list.currentItem() is None:
            self.practitioner_list.setCurrentRow(0)
        self._fit_list()
        self._show_page(self.pick_page, self.passphrase)

    def _fit_list(self) -> None:
        """As tall as its names (up to eight; more scroll)."""
        names = self.practitioner_list
        rows = min(max(names.count(), 1), 8)
        row = names.sizeHintForRow(0) if names.count() else 24
        names.setFixedHeight(rows * row + 2 * names.frameWidth() + 4)

    def selected(self) -> Practitioner | None:
        item = self.practitioner_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _practitioner_changed(self) -> None:
        practitioner = self.selected()
        unprotected = practitioner is not None and not practitioner.protected
        self.passphrase.setEnabled(not unprotected)
        self.passphrase.setPlaceholderText(
            translate("SignInScreen", "No passphrase yet: choose one next")
            if unprotected
            else translate("IdentityWidgets", "Passphrase")
        )
        self.sign_in_button.setText(
            translate("SignInScreen", "Choose a passphrase…")
            if unprotected
            else translate("IdentityWidgets", "Sign in")
        )
        if not self.throttle.waiting:
            self.error.show_message(None)

    # Acting
    def sign_in(self) -> None:
        practitioner = self.selected()
        if practitioner is None or self.throttle.waiting:
            return
        if not practitioner.protected:
            return self._to_choose(practitioner.name, "")
        passphrase = take_passphrase(self.passphrase, self.error)
        if passphrase is None:
            return
        try:
            signed = busy(
                self.sign_in_button,
                translate("SignInScreen", "Signing in…"),
                lambda: self.logbook.sign_in(practitioner.name, passphrase),
            )
        except PassphraseNotSetError:
            return self._to_choose(practitioner.name, "")
        except MustChangePassphraseError:
            return self._to_choose(practitioner.name, passphrase)
        except SignInThrottledError as error:
            self.throttle.start(error)
        except NotFoundError as error:  # removed meanwhile (another workstation)
            self.start(note=str(error))
        except LogbookError as error:  # wrong passphrase, the logbook busy or unreachable
            self.error.show_message(str(error))
            self.passphrase.setFocus()
        else:
            self._done(signed)

    def _to_choose(self, name: str, temporary: str) -> None:
        self._chosen, self._temporary = name, temporary
        self.choose_intro.setText(
            translate(
                "SignInScreen",
                "An administrator reset the passphrase of {name}. Choose your own to sign in: "
                "nobody else will know it.",
            ).format(name=name)
            if temporary
            else translate(
                "SignInScreen",
                "{name} has no passphrase yet. Choose one to sign in: from now on it "
                "proves that you are at the keyboard and makes your signatures.",
            ).format(name=name)
        )
        self.choose_error.show_message(None)
        self._show_page(self.choose_page, self.new_passphrase)

    def choose_passphrase(self) -> None:
        new, repeat = self.new_passphrase.text(), self.new_repeat.text()
        problem = new_passphrase_problem(new, repeat)
        if problem:
            self.choose_error.show_message(problem)
            return
        self.new_passphrase.clear()
        self.new_repeat.clear()
        name, temporary = self._chosen, self._temporary

        def choose() -> Practitioner:
            if temporary:
                return self.logbook.change_passphrase(name, temporary, new)
            return self.logbook.set_first_passphrase(name, new)

        try:
            signed = busy(self.choose_button, translate("SignInScreen", "Signing in…"), choose)
        except ValidationError as error:
            self.choose_error.show_message(" ".join(error.problems.values()))
        except LogbookError as error:
            self.choose_error.show_message(str(error))
        else:
            self._done(signed)

    def create_first(self) -> None:
        new, repeat = self.first_passphrase.text(), self.first_repeat.text()
        problem = new_passphrase_problem(new, repeat)
        if problem:
            self.first_error.show_message(problem)
            return
        details = PractitionerDetails(self.first_name.text(), self.first_credentials.text())
        try:
            signed = busy(
                self.create_button,
                translate("SignInScreen", "Creating…"),
                lambda: self.logbook.add_practitioner(details, new),
            )
        except ValidationError as error:
            self.first_error.show_message(" ".join(error.problems.values()))
        except LogbookError as error:
            self.first_error.show_message(str(error))
        else:
            self.first_passphrase.clear()
            self.first_repeat.clear()
            self._done(signed)

    def _done(self, practitioner: Practitioner) -> None:
        self._forget_secrets()
        self.signed_in.emit(practitioner)

    def _forget_secrets(self) -> None:
        self._temporary = ""
        for field in (
            self.passphrase,
            self.new_passphrase,
            self.new_repeat,
            self.first_passphrase,
            self.first_repeat,
        ):
            field.clear()


def new_passphrase_problem(new: str, repeat: str) -> str | None:
    if new != repeat:
        return translate(
            "SignInScreen", "The two passphrases are not the same: type it again twice."
        )
    return passphrase_problem(new)


def _hint(text: str):
    label = plain_label(text, objectName="identityHint")
    label.setWordWrap(True)
    return label
