"""A client's address and general notes (not medical) in the client form, kept, and shown
on the client page as typed: never as markup."""

from __future__ import annotations

from datetime import date

from logger_app.records import ClientDetails
from ui.clients.client_form import ClientDialog

from ...logbook_template import new_logbook
from ..driving import click, wait_closed


def test_address_and_general_notes_are_typed_kept_and_shown_literally(qtbot, open_window, data_dir):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Nia", "Bell", date(1990, 4, 2)))
    window = open_window(data_dir)
    window.flows.open_client(client.id)
    click(qtbot, window.client_page.edit_button)
    dialog = window.current_dialog
    assert isinstance(dialog, ClientDialog)
    assert "not medical" in dialog.general_notes.placeholderText()
    assert dialog.address.toPlainText() == "" and dialog.general_notes.toPlainText() == ""
    qtbot.keyClicks(dialog.address, "Flat 2")
    qtbot.keyClick(dialog.address, "\r")
    qtbot.keyClicks(dialog.address, "12 <i>High</i> St")
    qtbot.keyClicks(dialog.general_notes, "Prefers morning appointments & texts")
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)

    details = window.logbook.client(client.id).details
    assert details.address == "Flat 2\n12 <i>High</i> St"
    assert details.general_notes == "Prefers morning appointments & texts"
    assert details.medical_notes == ""  # kept apart from the medical notes
    summary = window.client_page.summary_label.text()
    assert "Address: Flat 2, 12 &lt;i&gt;High&lt;/i&gt; St" in summary
    assert "Notes: Prefers morning appointments &amp; texts" in summary
    assert "<i>High" not in summary

    # Opened again: both as saved; cleared, both gone from the page.
    click(qtbot, window.client_page.edit_button)
    dialog = window.current_dialog
    assert dialog.address.toPlainText() == "Flat 2\n12 <i>High</i> St"
    dialog.address.clear()
    dialog.general_notes.clear()
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert "Address" not in window.client_page.summary_label.text()
    assert window.logbook.client(client.id).details.general_notes == ""


def test_a_too_long_address_is_said_next_to_it(qtbot, open_window, data_dir):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Nia", "Bell"))
    window = open_window(data_dir)
    window.flows.open_client(client.id)
    click(qtbot, window.client_page.edit_button)
    dialog = window.current_dialog
    dialog.address.setPlainText("x" * 20_001)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert set(dialog.errors.shown()) == {"address"}
    assert dialog.errors.label_for("address").isVisible()
    assert window.logbook.client(client.id).details.address == ""
    dialog.mark_unchanged()
    dialog.reject()
