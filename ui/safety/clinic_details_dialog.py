"""The clinic's name and phone: printed on the aftercare sheet the client takes home; and
its time zone, the one date-only records (imports) and exports are read in. Kept in the
logbook, so every workstation prints and dates the same; the administrator's."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from logger_app.clinic_time import MAX_ZONE_NAME_LENGTH, zone_names
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import ClinicDetails
from logger_app.validation_clinic import MAX_CLINIC_NAME_LENGTH, MAX_CLINIC_PHONE_LENGTH

from ..common.form_support import form_errors, save_cancel_buttons, save_or_show, with_error_label


class ClinicDetailsDialog(QDialog):
    """Edit the clinic's details; ``saved`` holds them once saved."""

    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logbook = logbook
        self.saved: ClinicDetails | None = None
        self.setWindowTitle(translate("ClinicDetailsDialog", "Clinic details"))
        self.setMinimumWidth(520)
        self.general_error, self.errors = form_errors()
        intro = QLabel(
            translate(
                "ClinicDetailsDialog",
                "Printed at the top of the aftercare sheet, so the client knows whom to call.",
            ),
            objectName="emptyHint",
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(objectName="clinic_name")
        self.name.setMaxLength(MAX_CLINIC_NAME_LENGTH)
        self.name.setAccessibleName(translate("ClinicDetailsDialog", "Clinic name"))
        self.phone = QLineEdit(objectName="clinic_phone")
        self.phone.setMaxLength(MAX_CLINIC_PHONE_LENGTH)
        self.phone.setPlaceholderText(translate("ClinicDetailsDialog", "e.g. +44 20 7946 0000"))
        self.phone.setAccessibleName(translate("ClinicDetailsDialog", "Clinic phone"))
        form = QFormLayout()
        form.addRow(
            translate("ClinicDetailsDialog", "Clinic &name"),
            with_error_label(self.name, self.errors, "name"),
        )
        form.addRow(
            translate("ClinicDetailsDialog", "Clinic &phone"),
            with_error_label(self.phone, self.errors, "phone"),
        )
        self.time_zone = time_zone_combo()
        form.addRow(
            translate("ClinicDetailsDialog", "&Time zone"),
            with_error_label(self.time_zone, self.errors, "time_zone"),
        )
        zone_hint = QLabel(
            translate(
                "ClinicDetailsDialog",
                "Dates of imported treatments and of exports are read in this zone. "
                "Leave it blank to use this computer's.",
            ),
            objectName="emptyHint",
        )
        zone_hint.setWordWrap(True)
        form.addRow("", zone_hint)
        buttons, self.save_button = save_cancel_buttons(
            self, self.save, object_name="saveClinicDetails"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        current = logbook.clinic_details()
        self.name.setText(current.name)
        self.phone.setText(current.phone)
        self.time_zone.setEditText(current.time_zone)

    def details(self) -> ClinicDetails:
        return ClinicDetails(
            self.name.text().strip(),
            self.phone.text().strip(),
            self.time_zone.currentText().strip(),
        )

    def save(self) -> None:
        def write() -> None:
            self.saved = self._logbook.save_clinic_details(self.details())

        if save_or_show(self.errors, self.general_error, write):
            self.accept()


def time_zone_combo() -> QComboBox:
    """An IANA zone name, typed (completed from every zone this computer knows, any part
    of the name: "Auckland") or picked; blank: this computer's zone."""
    combo = QComboBox(objectName="time_zone")
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    combo.setMinimumContentsLength(24)
    combo.addItems(zone_names())
    combo.setAccessibleName(translate("ClinicDetailsDialog", "Time zone"))
    line = combo.lineEdit()
    line.setMaxLength(MAX_ZONE_NAME_LENGTH + 20)  # a longer one is said, not cut
    line.setPlaceholderText(
        translate("ClinicDetailsDialog", "This computer's time zone ({zone})").format(
            zone=f"{datetime.now().astimezone():%Z}"
        )
    )
    line.setClearButtonEnabled(True)
    completer = QCompleter(zone_names(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setEditText("")
    return combo
