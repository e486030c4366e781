"""The screening form: a client's contraindications, asked and dated.

Each question is a checkbox; the date or detail that belongs to it opens only when it
is ticked. Mistakes (a date in the future, a last dose before the client was born) are
explained next to the field, and nothing is saved until they are fixed.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from logger_app.i18n import translatable, translate
from logger_app.records import Screening, ScreeningDetails
from logger_app.validation import validate_screening

from ..common.display import format_date, rich_label
from ..common.form_support import (
    ErrorLabel,
    date_edit,
    form_errors,
    save_cancel_buttons,
    with_error_label,
)
from .client_record_form import ClientRecordForm

# The yes / no questions, in the order they are asked: (field, question, short label),
# the texts shown through translate("ScreeningDialog", text).
QUESTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "pregnant_or_breastfeeding",
        translatable("ScreeningDialog", "Pregnant or breastfeeding"),
        translatable("ScreeningDialog", "pregnant or breastfeeding"),
    ),
    (
        "anticoagulants_or_bleeding",
        translatable("ScreeningDialog", "Anticoagulants (blood thinners) or a bleeding disorder"),
        translatable("ScreeningDialog", "anticoagulants / bleeding"),
    ),
    (
        "active_skin_condition",
        translatable(
            "ScreeningDialog", "Active infection, acne, eczema, psoriasis or rosacea in the area"
        ),
        translatable("ScreeningDialog", "active skin condition"),
    ),
    (
        "keloid_history",
        translatable("ScreeningDialog", "History of keloid scarring"),
        translatable("ScreeningDialog", "keloid history"),
    ),
    (
        "herpes_history",
        translatable("ScreeningDialog", "History of herpes simplex (cold sores)"),
        translatable("ScreeningDialog", "herpes history"),
    ),
    (
        "chemo_or_malignancy",
        translatable("ScreeningDialog", "Chemotherapy or malignancy"),
        translatable("ScreeningDialog", "chemotherapy / malignancy"),
    ),
    (
        "metal_or_anaesthetic_allergy",
        translatable(
            "ScreeningDialog", "Allergy to metals (e.g. nickel) or anaesthetics (e.g. lidocaine)"
        ),
        translatable("ScreeningDialog", "metal / anaesthetic allergy"),
    ),
)
# Questions answered with a date: (field, question, label of the date, short label).
DATED: tuple[tuple[str, str, str, str], ...] = (
    (
        "isotretinoin_last_dose",
        translatable("ScreeningDialog", "Isotretinoin (Roaccutane, Accutane) taken"),
        translatable("ScreeningDialog", "Last dose"),
        translatable("ScreeningDialog", "isotretinoin"),
    ),
    (
        "filler_on",
        translatable("ScreeningDialog", "Dermal filler in or near the area"),
        translatable("ScreeningDialog", "Given on"),
        translatable("ScreeningDialog", "filler"),
    ),
    (
        "neurotoxin_on",
        translatable("ScreeningDialog", "Neurotoxin (e.g. botulinum toxin)"),
        translatable("ScreeningDialog", "Given on"),
        translatable("ScreeningDialog", "neurotoxin"),
    ),
)


def flagged(details: ScreeningDetails) -> list[str]:
    """Short labels of what the screening found: for summaries."""
    dated = [label for key, _, _, label in DATED if getattr(details, key) is not None]
    found = dated + [label for key, _, label in QUESTIONS if getattr(details, key)]
    return [translate("ScreeningDialog", label) for label in found]


class ScreeningDialog(ClientRecordForm):
    """Record a new, dated screening for ``client``. ``saved_screening`` holds it."""

    form_name = "screening"
    window_title = translatable("ClientRecordForm", "Screening")

    def _prepare(self) -> None:
        self.form_name = translate("ScreeningDialog", "screening")
        self.saved_screening: Screening | None = None
        self.setMinimumWidth(640)

    def _build(self) -> None:
        self.general_error, self.errors = form_errors()

        title = rich_label(
            translate("ScreeningDialog", "Screening of <b>{name}</b>").format(
                name=escape(self._client.full_name)
            ),
            objectName="formTitle",
        )
        previous = self._logbook.latest_screening(self._client.id)
        hint = QLabel(
            translate(
                "ScreeningDialog", "Ask each question again: the last screening was on {date}."
            ).format(date=format_date(previous.details.screened_on))
            if previous
            else translate("ScreeningDialog", "Ask each question and tick what applies today."),
            objectName="emptyHint",
        )
        hint.setWordWrap(True)

        when = QFormLayout()
        self.screened_on = date_edit("screened_on")
        when.addRow(
            translate("ScreeningDialog", "Screening &date"),
            with_error_label(self.screened_on, self.errors, "screened_on"),
        )

        box = QGroupBox(translate("ScreeningDialog", "Contraindications: tick what applies"))
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        self.checks: dict[str, QCheckBox] = {}
        self.dates: dict[str, QDateEdit] = {}
        row = 0
        for key, question, date_label, _ in DATED:
            check = QCheckBox(translate("ScreeningDialog", question), objectName=f"has_{key}")
            edit = date_edit(key)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            self.checks[key] = check
            self.dates[key] = edit
            grid.addWidget(check, row, 0)
            grid.addWidget(QLabel(translate("ScreeningDialog", date_label)), row, 1)
            grid.addWidget(edit, row, 2)
            grid.addWidget(self.errors.register(key, ErrorLabel()), row + 1, 0, 1, 3)
            row += 2
        for key, question, _ in QUESTIONS:
            check = QCheckBox(translate("ScreeningDialog", question), objectName=key)
            self.checks[key] = check
            grid.addWidget(check, row, 0, 1, 3)
            row += 1
            if key == "active_skin_condition":
                self.skin_note = QLineEdit(objectName="active_skin_condition_note")
                self.skin_note.setPlaceholderText(
                    translate("ScreeningDialog", "Which condition, where")
                )
                self.skin_note.setEnabled(False)
                check.toggled.connect(self.skin_note.setEnabled)
                grid.addWidget(
                    with_error_label(self.skin_note, self.errors, "active_skin_condition_note"),
                    row,
                    0,
                    1,
                    3,
                )
                row += 1
            elif key == "herpes_history":
                self.prophylaxis = QCheckBox(
                    translate("ScreeningDialog", "Antiviral prophylaxis prescribed or taken"),
                    objectName="antiviral_prophylaxis",
                )
                self.prophylaxis.setEnabled(False)
                check.toggled.connect(self._herpes_toggled)
                grid.addWidget(
                    with_error_label(self.prophylaxis, self.errors, "antiviral_prophylaxis"),
                    row,
                    0,
                    1,
                    3,
                )
                row += 1
        # Indent the follow-up questions under the one they belong to.
        for widget in (self.skin_note, self.prophylaxis):
            widget.parentWidget().layout().setContentsMargins(24, 0, 0, 0)

        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setPlaceholderText(
            translate("ScreeningDialog", "Medication, conditions, anything else the client said")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        notes = QFormLayout()
        notes.addRow(
            translate("ScreeningDialog", "&Notes"),
            with_error_label(self.notes, self.errors, "notes"),
        )

        buttons, self.save_button = save_cancel_buttons(
            self, self.save, translate("ScreeningDialog", "Save screening"), "saveScreening"
        )

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.general_error)
        layout.addLayout(when)
        layout.addWidget(box)
        layout.addLayout(notes)
        layout.addWidget(buttons)

    def _herpes_toggled(self, checked: bool) -> None:
        self.prophylaxis.setEnabled(checked)
        if not checked:
            self.prophylaxis.setChecked(False)

    # Reading and saving
    def details(self) -> ScreeningDetails:
        def day(key: str) -> date | None:
            return self.dates[key].date().toPython() if self.checks[key].isChecked() else None

        flags = {key: self.checks[key].isChecked() for key, _, _ in QUESTIONS}
        skin = flags["active_skin_condition"]
        return ScreeningDetails(
            client_id=self._client.id,
            screened_on=self.screened_on.date().toPython(),
            isotretinoin_last_dose=day("isotretinoin_last_dose"),
            filler_on=day("filler_on"),
            neurotoxin_on=day("neurotoxin_on"),
            active_skin_condition_note=self.skin_note.text().strip() if skin else "",
            antiviral_prophylaxis=self.prophylaxis.isChecked(),
            notes=self.notes.toPlainText().strip(),
            **flags,
        )

    def save(self) -> None:
        details = self.details()
        problems = validate_screening(details, self._client.details.date_of_birth, date.today())

        def write() -> None:
            self.saved_screening = self._logbook.add_screening(details)

        if self.save_checked(problems, write):
            self.accept()
