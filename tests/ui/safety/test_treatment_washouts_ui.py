"""The wash-outs after a chemical peel and after laser or IPL in the safety settings, a
recorded peel stopping the next session in the session form, and the clinic's time zone
in the clinic details (completed from the zones this computer knows)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from logger_app.records import ClinicDetails, OtherTreatmentDetails, SafetySettings
from logger_app.vocabulary import OtherTreatmentKind
from ui.safety.clinic_details_dialog import ClinicDetailsDialog
from ui.safety.safety_settings import SafetySettingsDialog

from ..driving import click, type_into, wait_closed
from .safety_windows import open_session_form


def test_the_peel_and_laser_washouts_are_set_in_the_safety_rules(qtbot, screened_window):
    window = screened_window
    window.safety_settings_action.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, SafetySettingsDialog)
    peel, laser = dialog.spins["peel_washout_weeks"], dialog.spins["laser_washout_weeks"]
    assert (peel.value(), laser.value()) == (2, 4)
    assert peel.suffix() == " weeks" and "peel" in peel.toolTip()
    type_into(qtbot, peel, "3")
    laser.setFocus()
    laser.selectAll()
    qtbot.keyClick(laser, Qt.Key.Key_Delete)
    qtbot.keyClicks(laser, "0")
    assert laser.text() == "Not checked"
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.safety_settings() == SafetySettings(
        peel_washout_weeks=3, laser_washout_weeks=0
    )


def test_a_recent_peel_stops_the_next_session_until_its_washout_ends(qtbot, screened_window):
    window = screened_window
    client = window.client_page.client
    peeled = date.today() - timedelta(days=5)
    for kind in (OtherTreatmentKind.CHEMICAL_PEEL, OtherTreatmentKind.FACIAL):
        window.logbook.add_other_treatment(OtherTreatmentDetails(client.id, peeled, kind))
    form = open_session_form(qtbot, window)
    [stop] = [w for w in form.safety.warnings if w.code.startswith("washout.")]
    assert stop.code == "washout.peel" and stop.message.startswith("Chemical peel on ")
    form.mark_unchanged()
    form.reject()
    wait_closed(qtbot, window)
    window.logbook.save_safety_settings(SafetySettings(peel_washout_weeks=0))
    form = open_session_form(qtbot, window)
    assert not [w for w in form.safety.warnings if w.code.startswith("washout.")]
    form.mark_unchanged()
    form.reject()


# The completer's popup grabs the keyboard: the offscreen platform cannot, real ones can.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_clinic_time_zone_is_chosen_and_checked(qtbot, screened_window):
    window = screened_window
    window.print_actions.clinic_details_action.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, ClinicDetailsDialog)
    zone = dialog.time_zone
    assert zone.currentText() == ""
    assert zone.lineEdit().placeholderText().startswith("This computer's time zone")
    # Completed from any part of the name, whatever its case.
    zone.setFocus()
    qtbot.keyClicks(zone.lineEdit(), "aucKland")
    completer = zone.completer()
    assert completer.completionCount() >= 1
    assert completer.currentCompletion() == "Pacific/Auckland"
    type_into(qtbot, zone, "Mars/Olympus_Mons")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "not a known time zone" in dialog.errors.shown()["time_zone"]
    assert dialog.errors.label_for("time_zone").isVisible()
    assert window.logbook.clinic_details().time_zone == ""
    type_into(qtbot, zone, "Pacific/Auckland")
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.clinic_details() == ClinicDetails("", "", "Pacific/Auckland")
    assert window.logbook.clinic_zone().key == "Pacific/Auckland"

    # Opened again it shows the zone; cleared, the computer's zone is used again.
    window.print_actions.clinic_details_action.trigger()
    dialog = window.current_dialog
    assert dialog.time_zone.currentText() == "Pacific/Auckland"
    dialog.time_zone.lineEdit().clear()
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.clinic_details().time_zone == ""
