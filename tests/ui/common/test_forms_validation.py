"""Bad input in the forms: a message next to the field, nothing written, nothing lost."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    Numbing,
    ProductUse,
    SessionDetails,
)
from logger_app.vocabulary import Aftercare, Area, Device, Endpoint, Reaction
from tests.screening_data import put_on_file
from ui.clients.client_form import ClientDialog
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ..driving import choose, click, type_into, wait_closed


def row_counts(logbook: Logbook) -> dict[str, int]:
    return {
        "clients": logbook.client_count(),
        "sessions": logbook.session_count(),
        "practitioners": len(logbook.practitioners()),
    }


@pytest.fixture
def client_window(open_window, data_dir):
    """A window on a logbook with one client (born 1990, screened and consent signed
    today) selected, Maya signed in."""
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Fay", "Ng", date_of_birth=date(1990, 6, 1)))
        put_on_file(logbook, client.id, on=date.today())
    window = open_window(data_dir, "Maya Okafor")  # the first profile: the administrator
    window.client_view.selectRow(0)
    return window


def open_session_form(qtbot, window) -> SessionDialog:
    click(qtbot, window.client_page.new_session_button)
    dialog = window.current_dialog
    assert isinstance(dialog, SessionDialog)
    return dialog


def fill_valid_session(qtbot, form: SessionDialog) -> None:
    type_into(qtbot, form.practitioner, "Maya Okafor")
    click(qtbot, form.areas.add_button)
    choose(form.areas.rows[0].area, Area.FOREHEAD)


def test_client_form_shows_each_problem_next_to_its_field_and_saves_nothing(qtbot, window):
    window.new_client_action.trigger()
    form = window.current_dialog
    assert isinstance(form, ClientDialog)
    qtbot.keyClicks(form.date_of_birth, "2999-01-01")
    qtbot.keyClicks(form.email, "anna@example")
    qtbot.keyClicks(form.phone, "call me")
    click(qtbot, form.save_button)

    errors = form.errors
    assert errors.label_for("first_name").text() == "First name is required."
    assert errors.label_for("last_name").text() == "Last name is required."
    assert errors.label_for("date_of_birth").text() == "Date of birth cannot be in the future."
    assert "email address" in errors.label_for("email").text()
    assert "phone number" in errors.label_for("phone").text()
    assert all(errors.label_for(k).isVisible() for k in ("first_name", "email", "phone"))
    assert "Nothing was saved" in form.general_error.text()
    assert form.isVisible()
    assert window.logbook.client_count() == 0

    # Fixing the fields saves the client; what was typed was never lost.
    qtbot.keyClicks(form.first_name, "Gil")
    qtbot.keyClicks(form.last_name, "Park")
    form.date_of_birth.clear()
    qtbot.keyClicks(form.date_of_birth, "1975-02-28")
    form.email.clear()
    qtbot.keyClicks(form.email, "gil@example.com")
    form.phone.clear()
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    [entry] = window.logbook.list_clients()
    assert (entry.full_name, entry.date_of_birth) == ("Gil Park", date(1975, 2, 28))


def test_client_form_checks_a_field_when_it_is_left(qtbot, window):
    window.new_client_action.trigger()
    form = window.current_dialog
    qtbot.keyClicks(form.date_of_birth, "12/13/xx")
    form.date_of_birth.editingFinished.emit()
    assert "YYYY-MM-DD" in form.errors.label_for("date_of_birth").text()
    assert not form.errors.label_for("first_name").isVisible()  # untouched: not nagged


def test_editing_a_client_updates_the_page(qtbot, client_window):
    window = client_window
    click(qtbot, window.client_page.edit_button)
    form = window.current_dialog
    assert isinstance(form, ClientDialog)
    assert form.first_name.text() == "Fay"
    qtbot.keyClicks(form.allergies, "Lidocaine")
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    assert "Lidocaine" in window.client_page.summary_label.text()
    [entry] = window.logbook.list_clients()
    assert window.logbook.client(entry.id).details.allergies == "Lidocaine"


def test_session_without_areas_is_refused(qtbot, client_window):
    form = open_session_form(qtbot, client_window)
    type_into(qtbot, form.practitioner, "Maya Okafor")
    click(qtbot, form.save_button)
    assert form.errors.label_for("areas").text() == "Add at least one treated area."
    assert form.isVisible()
    assert row_counts(client_window.logbook) == {"clients": 1, "sessions": 0, "practitioners": 1}


def test_depth_outside_the_range_is_marked_at_once_and_refused(qtbot, client_window):
    form = open_session_form(qtbot, client_window)
    fill_valid_session(qtbot, form)
    row = form.areas.rows[0]
    type_into(qtbot, row.depth, "3.5")
    assert row.error.isVisible()
    assert row.error.text() == "Depth must be between 0.1 and 3.0 mm."
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert form.errors.label_for("areas.0.depth_mm") is row.error
    assert client_window.logbook.session_count() == 0

    type_into(qtbot, row.depth, "0.05")
    assert row.error.text() == "Depth must be between 0.1 and 3.0 mm."
    type_into(qtbot, row.depth, "0.75")
    assert not row.error.isVisible()
    click(qtbot, form.save_button)
    wait_closed(qtbot, client_window)
    [session] = client_window.logbook.sessions_of(form._client.id)
    assert session.details.areas[0].depth_mm == 0.75


def test_duplicate_area_and_unchosen_rows_are_refused(qtbot, client_window):
    form = open_session_form(qtbot, client_window)
    fill_valid_session(qtbot, form)
    click(qtbot, form.areas.add_button)
    choose(form.areas.rows[1].area, Area.FOREHEAD)
    click(qtbot, form.areas.add_button)  # third row left without an area
    click(qtbot, form.reactions.add_button)  # reaction row left empty
    click(qtbot, form.save_button)
    assert form.areas.rows[1].error.text() == "Forehead is already listed."
    assert form.areas.rows[2].error.text() == "Choose the area, or remove the row."
    assert form.reactions.rows[0].error.text() == "Choose the reaction, or remove the row."
    assert not form.areas.rows[0].error.isVisible()
    assert client_window.logbook.session_count() == 0

    # Removing the bad rows and choosing the reaction lets it save.
    click(qtbot, form.areas.rows[2].remove)
    click(qtbot, form.areas.rows[1].remove)
    choose(form.reactions.rows[0].reaction, Reaction.ERYTHEMA)
    click(qtbot, form.save_button)
    wait_closed(qtbot, client_window)
    assert client_window.logbook.session_count() == 1


def test_session_before_the_clients_birth_is_refused(qtbot, client_window):
    form = open_session_form(qtbot, client_window)
    fill_valid_session(qtbot, form)
    form.started_at.setDateTime(QDateTime(QDate(1989, 5, 1), QTime(10, 0)))
    click(qtbot, form.save_button)
    assert (
        form.errors.label_for("started_at").text()
        == "The session date is before the client's date of birth."
    )
    assert client_window.logbook.session_count() == 0


def test_numbing_needs_an_agent_and_a_lot_needs_its_product(qtbot, client_window):
    form = open_session_form(qtbot, client_window)
    fill_valid_session(qtbot, form)
    form.numbing_box.setChecked(True)
    type_into(qtbot, form.glide_lot, "HA24-0317")
    click(qtbot, form.save_button)
    assert "numbing agent" in form.errors.label_for("numbing.agent").text()
    assert "product" in form.errors.label_for("products.0.product").text()
    assert client_window.logbook.session_count() == 0


def test_closing_a_changed_form_asks_and_keeps_it_open_when_told(qtbot, client_window, prompter):
    form = open_session_form(qtbot, client_window)
    type_into(qtbot, form.notes, "Half-written note")
    prompter.discard_answer = False
    form.reject()
    assert prompter.asked == ["discard session"]
    assert form.isVisible()
    assert form.notes.toPlainText() == "Half-written note"

    prompter.discard_answer = True
    form.close()
    wait_closed(qtbot, client_window)
    assert prompter.asked == ["discard session", "discard session"]
    assert client_window.logbook.session_count() == 0


def test_closing_an_unchanged_form_does_not_ask(qtbot, client_window, prompter):
    form = open_session_form(qtbot, client_window)
    form.reject()
    wait_closed(qtbot, client_window)
    assert prompter.asked == []


def test_closing_the_main_window_with_a_changed_form_asks(qtbot, client_window, prompter):
    form = open_session_form(qtbot, client_window)
    type_into(qtbot, form.notes, "x")
    prompter.discard_answer = False
    client_window.close()
    assert client_window.isVisible() and form.isVisible()
    prompter.discard_answer = True
    client_window.close()
    assert not client_window.isVisible()


def test_copy_settings_from_last_session(qtbot, client_window):
    logbook = client_window.logbook
    [entry] = logbook.list_clients()
    logbook.record_session(
        SessionDetails(
            client_id=entry.id,
            started_at=datetime(2026, 3, 2, 10, 30, tzinfo=UTC),
            practitioner_name="Maya Okafor",
            device=Device.RF,
            cartridge="RF 49-pin",
            numbing=Numbing("BLT (benzocaine/lidocaine/tetracaine)", "20 %", 35),
            products=(ProductUse("PRP", "PRP-0042"),),
            areas=(AreaTreatment(Area.CHIN, 1.5, 4), AreaTreatment(Area.NECK, 0.75)),
            endpoint=Endpoint.PINPOINT_BLEEDING,
            aftercare=(Aftercare.SPF, Aftercare.NO_MAKEUP),
            # Before the screening and consent of the fixture: acknowledged then.
            acknowledged=("no_screening", "consent_missing"),
        ),
        reasons={"no_screening": "Screened on paper.", "consent_missing": "Paper consent."},
    )
    client_window.show_client(entry.id)
    form = open_session_form(qtbot, client_window)
    assert form.copy_button.isEnabled()
    assert form.practitioner.currentText() == "Maya Okafor"
    click(qtbot, form.copy_button)
    assert form.device.currentText() == "RF microneedling"
    assert form.cartridge.currentText() == "RF 49-pin"
    assert form.numbing_box.isChecked()
    assert form.numbing_minutes.value() == 35
    # The same product, from a new vial: last visit's lot is never copied (a recall
    # would then name the wrong clients); its field is marked until a lot is typed.
    assert (form.glide_product.currentText(), form.glide_lot.text()) == ("PRP", "")
    assert form.glide_lot.property("newLotNeeded") is True
    assert "New vial" in form.glide_lot.placeholderText()
    assert [(r.value().area, r.value().depth_mm, r.value().passes) for r in form.areas.rows] == [
        (Area.CHIN, 1.5, 4),
        (Area.NECK, 0.75, None),
    ]
    assert form.fields.endpoint_editor.value() is Endpoint.PINPOINT_BLEEDING
    assert set(form.fields.aftercare.value()) == {Aftercare.SPF, Aftercare.NO_MAKEUP}
    type_into(qtbot, form.glide_lot, "PRP-0057")
    assert form.glide_lot.property("newLotNeeded") is False
    click(qtbot, form.save_button)
    wait_closed(qtbot, client_window)
    latest = logbook.latest_session(entry.id)
    assert latest.details.device is Device.RF
    assert [a.area for a in latest.details.areas] == [Area.CHIN, Area.NECK]
    assert [(p.product, p.lot) for p in latest.details.products] == [("PRP", "PRP-0057")]
    assert latest.details.endpoint is Endpoint.PINPOINT_BLEEDING


def test_copy_is_disabled_for_a_first_session(qtbot, client_window):
    form = open_session_form(qtbot, client_window)
    assert not form.copy_button.isEnabled()


def test_the_signed_in_practitioner_is_offered_on_a_new_session(qtbot, client_window):
    form = open_session_form(qtbot, client_window)
    assert form.practitioner.currentText() == "Maya Okafor"
    fill_valid_session(qtbot, form)
    click(qtbot, form.save_button)
    wait_closed(qtbot, client_window)
    assert [p.name for p in client_window.logbook.practitioners()] == ["Maya Okafor"]
    again = open_session_form(qtbot, client_window)
    assert again.practitioner.currentText() == "Maya Okafor"
    assert again.practitioner.findText("Maya Okafor") >= 0  # offered in the list too
