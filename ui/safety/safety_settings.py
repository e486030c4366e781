"""The clinic's safety rules: wash-out periods, the interval between sessions, how long a
screening stays current, the consent text in use. Kept in the logbook, so every
workstation on it applies the same."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import SafetySettings
from logger_app.screening import SETTING_RANGES

from ..common.form_support import (
    form_errors,
    save_cancel_buttons,
    save_or_show,
    with_error_label,
)

MONTHS = "months"
WEEKS = "weeks"

# (setting, label, unit, what it means); the label and meaning shown through
# translate("SafetySettingsDialog", text).
_PERIODS: tuple[tuple[str, str, str, str], ...] = (
    (
        "isotretinoin_washout_months",
        translatable("SafetySettingsDialog", "Isotretinoin wash-out"),
        MONTHS,
        translatable("SafetySettingsDialog", "after the last dose (sources say 0–12 months)"),
    ),
    (
        "filler_washout_weeks",
        translatable("SafetySettingsDialog", "Filler wash-out"),
        WEEKS,
        translatable("SafetySettingsDialog", "after a dermal filler"),
    ),
    (
        "neurotoxin_washout_weeks",
        translatable("SafetySettingsDialog", "Neurotoxin wash-out"),
        WEEKS,
        translatable("SafetySettingsDialog", "after botulinum toxin"),
    ),
    (
        "peel_washout_weeks",
        translatable("SafetySettingsDialog", "Chemical peel wash-out"),
        WEEKS,
        translatable("SafetySettingsDialog", "after a peel in the history"),
    ),
    (
        "laser_washout_weeks",
        translatable("SafetySettingsDialog", "Laser and IPL wash-out"),
        WEEKS,
        translatable("SafetySettingsDialog", "after laser or IPL"),
    ),
    (
        "min_interval_same_area_weeks",
        translatable("SafetySettingsDialog", "Between sessions on an area"),
        WEEKS,
        translatable("SafetySettingsDialog", "at least, on the same area"),
    ),
    (
        "screening_valid_months",
        translatable("SafetySettingsDialog", "A screening stays current"),
        MONTHS,
        translatable("SafetySettingsDialog", "then ask the questions again"),
    ),
)


def unit_suffix(unit: str, value: int) -> str:
    """The spin box's suffix: " 1 month", " 6 months" (the value before it)."""
    if unit == MONTHS:
        word = (
            translate("SafetySettingsDialog", "month")
            if value == 1
            else translate("SafetySettingsDialog", "months")
        )
    else:
        word = (
            translate("SafetySettingsDialog", "week")
            if value == 1
            else translate("SafetySettingsDialog", "weeks")
        )
    return f" {word}"


class SafetySettingsDialog(QDialog):
    """Edit the clinic's safety settings; ``saved`` holds them once saved."""

    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logbook = logbook
        self.saved: SafetySettings | None = None
        self.setWindowTitle(translate("SafetySettingsDialog", "Safety rules"))
        self.setMinimumWidth(560)
        self.general_error, self.errors = form_errors()

        intro = QLabel(
            translate(
                "SafetySettingsDialog",
                "Sources disagree on these periods: the clinic decides. A new session shows a "
                "warning to acknowledge while a period is not over (0 turns a check off).",
            ),
            objectName="emptyHint",
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for key, label, unit, meaning in _PERIODS:
            low, high = SETTING_RANGES[key]
            spin = QSpinBox(objectName=key)
            spin.setRange(low, high)
            spin.valueChanged.connect(
                lambda value, spin=spin, unit=unit: spin.setSuffix(unit_suffix(unit, value))
            )
            meaning = translate("SafetySettingsDialog", meaning)
            spin.setToolTip(meaning)
            spin.setMinimumWidth(120)
            if low == 0:
                spin.setSpecialValueText(translate("SafetySettingsDialog", "Not checked"))
            self.spins[key] = spin
            row = QWidget()
            line = QFormLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addRow(with_error_label(spin, self.errors, key), QLabel(meaning))
            form.addRow(translate("SafetySettingsDialog", label), row)
        self.consent_version = QLineEdit(objectName="consent_version")
        self.consent_version.setPlaceholderText(translate("SafetySettingsDialog", "Any version"))
        self.consent_version.setMaximumWidth(160)
        form.addRow(
            translate("SafetySettingsDialog", "Current consent version"),
            with_error_label(self.consent_version, self.errors, "consent_version"),
        )
        consent_hint = QLabel(
            translate(
                "SafetySettingsDialog",
                "A client who signed another version is asked to sign again.",
            ),
            objectName="emptyHint",
        )
        form.addRow("", consent_hint)

        buttons, self.save_button = save_cancel_buttons(
            self, self.save, object_name="saveSafety", ctrl_s=False
        )
        self.defaults_button = QPushButton(
            translate("SafetySettingsDialog", "Restore defaults"), objectName="restoreDefaults"
        )
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(lambda: self.load(SafetySettings()))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.load(logbook.safety_settings())

    def load(self, settings: SafetySettings) -> None:
        for key, spin in self.spins.items():
            spin.setValue(getattr(settings, key))
        self.consent_version.setText(settings.consent_version)

    def settings(self) -> SafetySettings:
        values = {key: spin.value() for key, spin in self.spins.items()}
        names = {field.name for field in fields(SafetySettings)}
        assert set(values) | {"consent_version"} == names
        return SafetySettings(consent_version=self.consent_version.text().strip(), **values)

    def save(self) -> None:
        def write() -> None:
            self.saved = self._logbook.save_safety_settings(self.settings())

        if save_or_show(self.errors, self.general_error, write):
            self.accept()
