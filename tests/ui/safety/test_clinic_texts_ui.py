"""The clinic's details and consent text, edited by the administrator from the Logbook
menu; the consent form shows the current text to the client before they sign."""

from __future__ import annotations

from datetime import date

import pytest

from logger_app.records import ClientDetails, ClinicDetails
from ui.safety.clinic_details_dialog import ClinicDetailsDialog
from ui.safety.consent_dialog import ConsentDialog
from ui.safety.consent_text_editor import ConsentTextEditor

from ...logbook_template import new_logbook
from ...signing import sign_in_admin
from ..driving import click, type_into, wait_closed, work_as


@pytest.fixture
def client_window(open_window, data_dir):
    with new_logbook(data_dir) as logbook:
        logbook.add_client(ClientDetails("Nia", "Bell", date(1990, 4, 2)))
    window = open_window(data_dir)
    window.client_view.selectRow(0)
    return window


def _logbook_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Logbook")


def test_clinic_details_are_edited_and_checked_from_the_logbook_menu(qtbot, client_window):
    window = client_window
    assert window.print_actions.clinic_details_action in _logbook_menu(window).actions()
    window.print_actions.clinic_details_action.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, ClinicDetailsDialog)
    assert dialog.name.text() == "" and dialog.phone.text() == ""
    type_into(qtbot, dialog.name, "Glow Skin Clinic")
    type_into(qtbot, dialog.phone, "ring us")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.shown() == {"phone": "Enter a phone number: digits, spaces, + ( ) - only."}
    type_into(qtbot, dialog.phone, "+44 20 7946 0000")
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.clinic_details() == ClinicDetails("Glow Skin Clinic", "+44 20 7946 0000")
    assert window.statusBar().currentMessage() == "Clinic details saved."


def test_a_new_consent_text_then_a_new_version_beside_the_kept_one(qtbot, client_window):
    window = client_window
    menu = _logbook_menu(window)
    assert window.print_actions.consent_text_action in menu.actions()
    window.print_actions.consent_text_action.trigger()
    editor = window.current_dialog
    assert isinstance(editor, ConsentTextEditor)
    assert editor.current_label.text().startswith("No consent text yet")
    assert editor.version.text() == "1" and editor.versions.isHidden()
    qtbot.keyClicks(editor.body, "I consent to microneedling <b>of the face</b>.")
    click(qtbot, editor.save_button)
    wait_closed(qtbot, window)
    [first] = window.logbook.consent_texts()
    assert (first.version, first.body) == ("1", "I consent to microneedling <b>of the face</b>.")
    assert window.logbook.safety_settings().consent_version == "1"

    window.print_actions.consent_text_action.trigger()
    editor = window.current_dialog
    assert editor.current_label.text().startswith("In use: version 1 — saved ")
    assert editor.version.text() == "2"  # the next version, suggested
    assert editor.body.toPlainText() == first.body  # to start from
    assert editor.versions.count() == 1
    assert editor.version_text.toPlainText() == first.body  # read-only, as kept
    assert editor.version_text.isReadOnly()
    type_into(qtbot, editor.version, "1")
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "Second wording.")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "saved already" in editor.errors.shown()["version"]
    type_into(qtbot, editor.version, "2")
    click(qtbot, editor.save_button)
    wait_closed(qtbot, window)
    assert [t.version for t in window.logbook.consent_texts()] == ["2", "1"]
    assert window.logbook.consent_text("1") == first  # kept as it was


def test_closing_an_edited_text_asks_first(qtbot, client_window, prompter):
    window = client_window
    window.print_actions.consent_text_action.trigger()
    editor = window.current_dialog
    qtbot.keyClicks(editor.body, "Draft wording")
    prompter.discard_answer = False
    editor.reject()
    assert prompter.asked == ["discard consent text"] and editor.isVisible()


def test_only_the_administrator_saves_a_consent_text(qtbot, client_window):
    window = client_window
    work_as(window, "Olu Brown")  # not an administrator
    window.print_actions.consent_text_action.trigger()
    editor = window.current_dialog
    qtbot.keyClicks(editor.body, "Text.")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "administrator" in editor.general_error.text()
    assert window.logbook.consent_texts() == []


def test_the_client_reads_the_current_text_before_signing(qtbot, client_window):
    window = client_window
    sign_in_admin(window.logbook)
    body = "Risks: redness <b>and</b> swelling.\n\n" + "More about the treatment.\n" * 40
    window.logbook.save_consent_text("2025-06", body)
    click(qtbot, window.client_page.safety_strip.consent_button)
    form = window.current_dialog
    assert isinstance(form, ConsentDialog)
    view = form.text_view
    assert view is not None and view.isVisible() and view.isReadOnly()
    assert view.toPlainText() == body.strip()  # the markup shows as typed
    assert "and" in view.toPlainText() and "<b>and</b>" in view.toPlainText()
    assert view.verticalScrollBar().maximum() > 0  # long: it scrolls
    assert form.text_heading.text() == (
        "Please read the consent text (version 2025-06) before signing"
    )
    assert form.version.text() == "2025-06" and form.version.isReadOnly()
    assert form.typed_name.text() == "" and "Nia" not in form.typed_name.placeholderText()
    type_into(qtbot, form.typed_name, "Nia Bell")
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    [consent] = window.logbook.consents_of(window.client_page.client.id)
    assert consent.details.consent_version == "2025-06"


def test_with_no_text_kept_the_form_says_so_and_asks_the_version(qtbot, client_window):
    window = client_window
    click(qtbot, window.client_page.safety_strip.consent_button)
    form = window.current_dialog
    assert form.text_view is None
    assert form.text_heading.text().startswith("No consent text is kept in the logbook")
    assert not form.version.isReadOnly() and form.version.text() == "1"
