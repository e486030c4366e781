"""The client form: add a new client or edit one, with messages next to each field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import Client, ClientDetails
from logger_app.validation import validate_client
from logger_app.vocabulary import Concern, Fitzpatrick, SkinType

from ..common.display import parse_date_text
from ..common.form_support import ErrorLabel, FieldErrors, GuardedForm, combo_enum, with_error_label
from ..common.prompts import Prompter

# Shown through translate("ClientDialog", hint).
FITZPATRICK_HINTS = {
    Fitzpatrick.I: translatable("ClientDialog", "very fair, always burns"),
    Fitzpatrick.II: translatable("ClientDialog", "fair, usually burns"),
    Fitzpatrick.III: translatable("ClientDialog", "medium, sometimes burns"),
    Fitzpatrick.IV: translatable("ClientDialog", "olive, rarely burns"),
    Fitzpatrick.V: translatable("ClientDialog", "brown, very rarely burns"),
    Fitzpatrick.VI: translatable("ClientDialog", "dark brown to black, never burns"),
}


class ClientDialog(GuardedForm):
    """Add (``client=None``) or edit a client. ``saved_client`` holds the result."""

    form_name = "client form"

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        client: Client | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompter, parent)
        self._logbook = logbook
        self._client = client
        self.saved_client: Client | None = None
        self.form_name = translate("ClientDialog", "client form")
        self.setWindowTitle(
            translate("ClientDialog", "Edit client")
            if client
            else translate("ClientDialog", "New client")
        )
        self.setMinimumWidth(620)
        self._build()
        if client:
            self._load(client.details)
        self.mark_unchanged()

    # Building
    def _build(self) -> None:
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.first_name = self._line("first_name", translate("ClientDialog", "Required"))
        self.last_name = self._line("last_name", translate("ClientDialog", "Required"))
        self.date_of_birth = self._line("date_of_birth", translate("ClientDialog", "YYYY-MM-DD"))
        self.phone = self._line("phone", translate("ClientDialog", "+44 20 7946 0000"))
        self.email = self._line("email", translate("ClientDialog", "name@example.com"))
        self.address = self._text(
            "address", translate("ClientDialog", "Street, town, postcode"), 66
        )
        for label, widget, key in (
            (translate("ClientDialog", "&First name"), self.first_name, "first_name"),
            (translate("ClientDialog", "&Last name"), self.last_name, "last_name"),
            (translate("ClientDialog", "Date of &birth"), self.date_of_birth, "date_of_birth"),
            (translate("ClientDialog", "&Phone"), self.phone, "phone"),
            (translate("ClientDialog", "&Email"), self.email, "email"),
            (translate("ClientDialog", "A&ddress"), self.address, "address"),
        ):
            form.addRow(label, self._with_error(widget, key))

        self.fitzpatrick = QComboBox(objectName="fitzpatrick")
        self.fitzpatrick.addItem(translate("ClientDialog", "Not recorded"), None)
        for kind in Fitzpatrick:
            hint = translate("ClientDialog", FITZPATRICK_HINTS[kind])
            self.fitzpatrick.addItem(f"{kind.label} – {hint}", kind)
        form.addRow(translate("ClientDialog", "Fit&zpatrick type"), self.fitzpatrick)

        self.skin_type = QComboBox(objectName="skin_type")
        self.skin_type.addItem(translate("ClientDialog", "Not recorded"), None)
        for kind in SkinType:
            self.skin_type.addItem(kind.label, kind)
        form.addRow(translate("ClientDialog", "S&kin type"), self.skin_type)

        concerns_box = QGroupBox(translate("ClientDialog", "Concerns"))
        grid = QGridLayout(concerns_box)
        self.concern_boxes: dict[Concern, QCheckBox] = {}
        for index, concern in enumerate(Concern):
            box = QCheckBox(concern.label, objectName=f"concern_{concern.value}")
            self.concern_boxes[concern] = box
            grid.addWidget(box, index // 3, index % 3)

        self.allergies = self._line(
            "allergies", translate("ClientDialog", "e.g. lidocaine, nickel, latex")
        )
        self.medical_notes = QPlainTextEdit(objectName="medical_notes")
        self.medical_notes.setPlaceholderText(
            translate("ClientDialog", "Conditions, medication, anything relevant")
        )
        self.medical_notes.setTabChangesFocus(True)
        self.medical_notes.setFixedHeight(80)
        # Apart from the medical notes: "Prefers morning appointments" is not medical.
        self.general_notes = self._text(
            "general_notes",
            translate("ClientDialog", "Preferences, how to reach them — not medical"),
            52,
        )
        health = QFormLayout()
        health.addRow(
            translate("ClientDialog", "&Allergies"), self._with_error(self.allergies, "allergies")
        )
        health.addRow(
            translate("ClientDialog", "&Medical notes"),
            self._with_error(self.medical_notes, "medical_notes"),
        )
        health.addRow(
            translate("ClientDialog", "&General notes"),
            self._with_error(self.general_notes, "general_notes"),
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("ClientDialog", "Save client"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(concerns_box)
        layout.addLayout(health)
        layout.addWidget(buttons)

        for line in (self.date_of_birth, self.email, self.phone):
            line.editingFinished.connect(self._check_touched)
        for line in (self.first_name, self.last_name, self.date_of_birth, self.email, self.phone):
            line.textEdited.connect(self._clear_message_of_edited)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(objectName=name)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        return line

    def _text(self, name: str, placeholder: str, height: int) -> QPlainTextEdit:
        """A small multi-line field; Tab moves on (a form is filled with the keyboard)."""
        text = QPlainTextEdit(objectName=name)
        text.setPlaceholderText(placeholder)
        text.setTabChangesFocus(True)
        text.setFixedHeight(height)
        return text

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        return with_error_label(widget, self.errors, key)

    def _load(self, details: ClientDetails) -> None:
        self.first_name.setText(details.first_name)
        self.last_name.setText(details.last_name)
        self.date_of_birth.setText(
            details.date_of_birth.isoformat() if details.date_of_birth else ""
        )
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        self.fitzpatrick.setCurrentIndex(max(0, self.fitzpatrick.findData(details.fitzpatrick)))
        self.skin_type.setCurrentIndex(max(0, self.skin_type.findData(details.skin_type)))
        for concern, box in self.concern_boxes.items():
            box.setChecked(concern in details.concerns)
        self.allergies.setText(details.allergies)
        self.medical_notes.setPlainText(details.medical_notes)
        self.address.setPlainText(details.address)
        self.general_notes.setPlainText(details.general_notes)

    # Reading and checking
    def _collect(self) -> tuple[ClientDetails | None, dict[str, str]]:
        problems: dict[str, str] = {}
        try:
            born = parse_date_text(self.date_of_birth.text())
        except ValueError as error:
            born = None
            problems["date_of_birth"] = str(error)
        details = ClientDetails(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            date_of_birth=born,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            fitzpatrick=combo_enum(self.fitzpatrick, Fitzpatrick),
            skin_type=combo_enum(self.skin_type, SkinType),
            concerns=tuple(c for c, box in self.concern_boxes.items() if box.isChecked()),
            allergies=self.allergies.text().strip(),
            medical_notes=self.medical_notes.toPlainText().strip(),
            address=self.address.toPlainText().strip(),
            general_notes=self.general_notes.toPlainText().strip(),
        )
        problems = validate_client(details, date.today()) | problems
        return details, problems

    def _check_touched(self) -> None:
        """Check a field as soon as the user leaves it, but only fields already typed in."""
        _, problems = self._collect()
        touched = {
            key: message
            for key, message in problems.items()
            if (line := self.findChild(QLineEdit, key)) is not None and line.text().strip()
        }
        self.errors.show(touched)

    def _clear_message_of_edited(self) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            self.errors.label_for(sender.objectName()).show_message(None)

    # Saving and closing
    def save(self) -> None:
        details, problems = self._collect()

        def write() -> None:
            if self._client:
                self.saved_client = self._logbook.update_client(self._client.id, details)
            else:
                self.saved_client = self._logbook.add_client(details)

        if self.save_checked(problems, write):
            self.accept()
        else:
            self._focus_first_problem(self.errors.shown())

    def _focus_first_problem(self, problems: dict[str, str]) -> None:
        for key in problems:
            widget = self.findChild(QWidget, key)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
