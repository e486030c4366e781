"""The core loop through the real widgets: add a client, record a session, find it in the
history, and find it again after the window is closed and the logbook reopened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDateTime, Qt

from logger_app.records import WarningGroup
from logger_app.vocabulary import Area, ObservedWhen, Reaction, Severity
from ui.clients.client_form import ClientDialog
from ui.common.models import RECORD_ID_ROLE
from ui.session.session_form import SessionDialog

from ..driving import choose, click, type_into, wait_closed


def add_client(qtbot, window, first: str, last: str, born: str = "") -> None:
    window.new_client_action.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, ClientDialog)
    qtbot.keyClicks(dialog.first_name, first)
    qtbot.keyClicks(dialog.last_name, last)
    if born:
        qtbot.keyClicks(dialog.date_of_birth, born)
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)


def test_add_client_record_session_and_find_it_after_restart(qtbot, open_window, data_dir):
    window = open_window(data_dir)
    assert "empty" in window.empty_page.text()

    # A client, through the form.
    window.new_client_action.trigger()
    form = window.current_dialog
    assert isinstance(form, ClientDialog)
    qtbot.keyClicks(form.first_name, "Anna")
    qtbot.keyClicks(form.last_name, "Smith")
    qtbot.keyClicks(form.date_of_birth, "1988-04-23")
    qtbot.keyClicks(form.phone, "+44 7700 900123")
    qtbot.keyClicks(form.email, "anna@example.com")
    form.fitzpatrick.setCurrentIndex(3)
    click(qtbot, form.concern_boxes[next(iter(form.concern_boxes))])
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)

    assert window.client_model.rowCount() == 1
    assert window.client_model.index(0, 0).data() == "Smith, Anna"
    assert window.client_page.name_label.text() == "Anna Smith"
    [stored] = window.logbook.list_clients()
    client = window.logbook.client(stored.id)
    assert client.details.date_of_birth == date(1988, 4, 23)
    assert client.details.fitzpatrick == 3

    # A session with two areas at different depths and two reactions.
    click(qtbot, window.client_page.new_session_button)
    assert isinstance(window.current_dialog, SessionDialog)
    session_form = window.current_dialog
    # A new client has no screening nor consent: two stops of the records, gone on past
    # with a reason each, acknowledged before the treatment fields open.
    assert list(session_form.safety.checks) == [WarningGroup.RECORDS]
    assert list(session_form.safety.reason_edits) == ["no_screening", "consent_missing"]
    assert not session_form.treatment_part.isEnabled()
    for edit in session_form.safety.reason_edits.values():
        type_into(qtbot, edit, "Screened and consented on paper; entered tomorrow.")
    for check in session_form.safety.checks.values():
        click(qtbot, check)
    assert session_form.treatment_part.isEnabled()
    type_into(qtbot, session_form.practitioner, "Maya Okafor")
    choose(session_form.device, session_form.device.itemData(0))
    type_into(qtbot, session_form.cartridge, "16-pin")
    session_form.numbing_box.setChecked(True)
    type_into(qtbot, session_form.numbing_agent, "Lidocaine cream")
    type_into(qtbot, session_form.numbing_strength, "5 %")
    type_into(qtbot, session_form.glide_product, "Hyaluronic acid serum")
    type_into(qtbot, session_form.glide_lot, "HA24-0317")

    click(qtbot, session_form.areas.add_button)
    click(qtbot, session_form.areas.add_button)
    forehead, cheek = session_form.areas.rows
    choose(forehead.area, Area.FOREHEAD)
    type_into(qtbot, forehead.depth, "0.5")
    choose(cheek.area, Area.LEFT_CHEEK)
    type_into(qtbot, cheek.depth, "1.25")
    type_into(qtbot, cheek.passes, "6")

    click(qtbot, session_form.reactions.add_button)
    click(qtbot, session_form.reactions.add_button)
    redness, swelling = session_form.reactions.rows
    choose(redness.reaction, Reaction.ERYTHEMA)
    choose(redness.severity, Severity.MILD)
    choose(swelling.reaction, Reaction.SWELLING)
    choose(swelling.severity, Severity.MODERATE)
    choose(swelling.observed, ObservedWhen.FOLLOW_UP)
    type_into(qtbot, session_form.notes, "Tolerated well.")
    click(qtbot, session_form.save_button)
    wait_closed(qtbot, window)

    # The history shows it, and the database holds it.
    history = window.client_page.history_model
    assert history.rowCount() == 1
    assert history.index(0, 1).data() == "Forehead 0.5 mm, Left cheek 1.25 mm"
    assert history.index(0, 4).data() == "Swelling (moderate)"
    assert history.index(0, 5).data() == "HA24-0317"
    detail = window.client_page.detail_view.toPlainText()
    assert "1.25 mm" in detail and "Maya Okafor" in detail and "Tolerated well." in detail
    [session] = window.logbook.sessions_of(client.id)
    assert [(a.area, a.depth_mm, a.passes) for a in session.details.areas] == [
        (Area.FOREHEAD, 0.5, None),
        (Area.LEFT_CHEEK, 1.25, 6),
    ]
    assert [(r.reaction, r.severity, r.observed) for r in session.details.reactions] == [
        (Reaction.ERYTHEMA, Severity.MILD, ObservedWhen.IMMEDIATELY_AFTER),
        (Reaction.SWELLING, Severity.MODERATE, ObservedWhen.FOLLOW_UP),
    ]
    assert session.details.numbing.agent == "Lidocaine cream"
    assert session.details.glide.lot == "HA24-0317"
    assert session.details.acknowledged == ("no_screening", "consent_missing")
    assert window.client_model.index(0, 2).data() != "No session yet"

    # Close, reopen on the same folder, search, and it is all there.
    window.close()
    window.logbook.close()
    again = open_window(data_dir)
    qtbot.keyClicks(again.search, "smi")
    assert again.client_model.rowCount() == 1
    again.client_view.selectRow(0)
    assert again.client_page.name_label.text() == "Anna Smith"
    history = again.client_page.history_model
    assert history.rowCount() == 1
    assert history.index(0, 1).data() == "Forehead 0.5 mm, Left cheek 1.25 mm"
    assert history.data(history.index(0, 0), RECORD_ID_ROLE) == session.id


def test_search_narrows_the_list_as_you_type(qtbot, window):
    for first, last in [("Anna", "Smith"), ("Ben", "Smithers"), ("Carla", "Jones")]:
        add_client(qtbot, window, first, last)
    window.search.clear()
    assert window.client_model.rowCount() == 3
    qtbot.keyClicks(window.search, "smi")
    names = [window.client_model.index(r, 0).data() for r in range(window.client_model.rowCount())]
    assert names == ["Smith, Anna", "Smithers, Ben"]
    assert window.client_count.text() == "2 of 3 clients match"
    qtbot.keyClicks(window.search, "thers")
    assert window.client_model.rowCount() == 1
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.client_page.name_label.text() == "Ben Smithers"
    window.search.clear()
    qtbot.keyClicks(window.search, "zzz")
    assert window.client_model.rowCount() == 0
    assert window.pages.currentWidget() is window.empty_page


def test_session_date_defaults_and_next_visit_follows(qtbot, window):
    add_client(qtbot, window, "Dana", "Lee", "1980-01-01")
    window.new_session_action.trigger()
    form = window.current_dialog
    now = QDateTime.currentDateTime()
    assert abs(form.started_at.dateTime().secsTo(now)) < 120
    assert form.next_visit.date() == form.started_at.date().addDays(28)
    form.started_at.setDateTime(now.addDays(-10))
    assert form.next_visit.date() == now.addDays(18).date()


def test_keyboard_shortcuts_for_the_common_actions(qtbot, open_window, data_dir, tmp_path):
    from logger_app.logbook import Logbook
    from logger_app.records import ClientDetails

    with Logbook.open(data_dir, create=True) as logbook:
        logbook.add_client(ClientDetails("Erin", "Moss"))
    window = open_window(data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.client_view.setFocus()

    qtbot.keyClick(window.client_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()

    qtbot.keyClick(window.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_dialog, ClientDialog)
    window.current_dialog.reject()  # untouched form: closes without asking
    wait_closed(qtbot, window)

    assert not window.new_session_action.isEnabled()  # no client selected yet
    window.client_view.selectRow(0)
    assert window.new_session_action.isEnabled()
    qtbot.keyClick(window.client_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_dialog, SessionDialog)
