"""Other treatments through the window: recorded from the client page and the Client
menu, refused next to the field concerned with nothing saved, shown in the history with
the sessions in date order (their kind and notes, never areas or a device), changed and
deleted (after a confirmation) from the record below the list."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ImportedFrom,
    OtherTreatmentDetails,
    ProductLot,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device
from logger_app.vocabulary import OtherTreatmentKind as Kind
from tests.screening_data import put_on_file
from ui.clients.other_treatment_dialog import OtherTreatmentDialog
from ui.clients.treatment_history import (
    OTHER_TREATMENT_ID_ROLE,
    ClientHistoryModel,
    merged_history,
)
from ui.common.display import format_date
from ui.common.models import RECORD_ID_ROLE

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import choose, click, type_into, wait_closed

MAYA = "Maya Okafor"
TODAY = date.today()


@pytest.fixture
def book(data_dir: Path) -> dict[str, int]:
    """Ann (born 1990) with a session two weeks ago and a facial five weeks ago."""
    with new_logbook(data_dir) as logbook:
        sign_in(logbook, MAYA)
        ann = logbook.add_client(ClientDetails("Ann", "Lee", date(1990, 4, 2))).id
        put_on_file(logbook, ann, on=TODAY - timedelta(days=60))
        session = logbook.record_session(
            SessionDetails(
                client_id=ann,
                started_at=datetime.now().astimezone() - timedelta(weeks=2),
                practitioner_name=MAYA,
                device=Device.PEN,
                areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
            ),
            enforce_safety=False,
        ).id
        facial = logbook.add_other_treatment(
            OtherTreatmentDetails(ann, TODAY - timedelta(weeks=5), Kind.FACIAL, "Hydrafacial")
        ).id
    return {"ann": ann, "session": session, "facial": facial}


@pytest.fixture
def window(open_window, data_dir, book):
    window = open_window(data_dir, MAYA)
    window.flows.open_client(book["ann"])
    return window


def _texts(window) -> list[list[str]]:
    model = window.client_page.history_model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _open_dialog(qtbot, window) -> OtherTreatmentDialog:
    click(qtbot, window.client_page.other_treatment_button)
    dialog = window.current_dialog
    assert isinstance(dialog, OtherTreatmentDialog)
    return dialog


def test_recorded_from_the_client_page_and_shown_in_date_order(qtbot, window, book):
    dialog = _open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Record other treatment – Ann Lee"
    # Today's date, at most today (a calendar to pick from); the signed-in practitioner.
    assert dialog.performed_on.date().toPython() == TODAY
    assert dialog.performed_on.maximumDate().toPython() == TODAY
    assert dialog.performed_on.calendarPopup()
    dialog.performed_on.setDate(QDate(TODAY + timedelta(days=3)))
    assert dialog.performed_on.date().toPython() == TODAY  # no later day can be chosen
    assert dialog.practitioner.text() == MAYA
    dialog.performed_on.setDate(QDate(TODAY - timedelta(days=4)))
    choose(dialog.kind, Kind.CHEMICAL_PEEL.value)
    type_into(qtbot, dialog.kind_detail, "TCA 20 %")
    qtbot.keyClicks(dialog.notes, "Frosting level 1 <b>not bold</b>")
    click(qtbot, dialog.add_product_button)
    type_into(qtbot, dialog.product_rows[0].product, "TCA solution")
    type_into(qtbot, dialog.product_rows[0].lot, "L-42")
    click(qtbot, dialog.add_product_button)
    type_into(qtbot, dialog.product_rows[1].product, "Wrong one")
    click(qtbot, dialog.add_product_button)  # left blank: no product, not a problem
    click(qtbot, dialog.product_rows[1].remove_button)
    assert [row.product.text() for row in dialog.product_rows] == ["TCA solution", ""]
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)

    [peel, _facial] = window.logbook.other_treatments_of(book["ann"])
    assert peel.details == OtherTreatmentDetails(
        book["ann"], TODAY - timedelta(days=4), Kind.CHEMICAL_PEEL, "TCA 20 %",
        "Frosting level 1 <b>not bold</b>", MAYA, (ProductLot("TCA solution", "L-42"),),
    )  # fmt: skip
    assert window.statusBar().currentMessage() == "Chemical peel (TCA 20 %) saved in the history."
    # Newest first, the sessions among them; a treatment has no areas, device or numbing.
    rows = _texts(window)
    assert [row[0] for row in rows[::2]] == [
        format_date(TODAY - timedelta(days=4)), format_date(TODAY - timedelta(weeks=5))
    ]  # fmt: skip
    assert rows[0][1:] == [
        "Chemical peel (TCA 20 %) — Frosting level 1 <b>not bold</b>", "", "", "", "L-42", MAYA,
        "Other treatment",
    ]  # fmt: skip
    assert rows[2][1] == "Facial (Hydrafacial)" and rows[2][2] == ""
    assert rows[1][1].startswith("Forehead") and rows[1][2].startswith("Pen")
    assert window.client_page.tabs.tabText(0) == "History (3)"
    # The new treatment is selected, its record below the list (user text kept literal).
    page = window.client_page
    assert page.detail_stack.currentWidget() is page.treatment_view
    body = page.treatment_view.body.toPlainText()
    assert body.startswith(f"Chemical peel (TCA 20 %) of {format_date(TODAY - timedelta(4))}")
    assert "Frosting level 1 <b>not bold</b>" in body  # shown as typed, not as markup
    assert "TCA solution — lot L-42" in body
    font = page.history_model.index(0, 1).data(Qt.ItemDataRole.FontRole)
    assert font.italic()  # a distinct look from the sessions
    # Choosing the session shows the session's record again.
    page.history_view.selectRow(1)
    assert page.detail_stack.currentWidget() is page.session_panel
    assert page.session_actions.isVisibleTo(page)


def test_what_cannot_be_saved_is_said_next_to_it_and_nothing_is_kept(qtbot, window, book):
    dialog = _open_dialog(qtbot, window)
    choose(dialog.kind, Kind.OTHER.value)
    assert dialog.kind_detail.placeholderText() == "Name the treatment (required)"
    click(qtbot, dialog.add_product_button)
    type_into(qtbot, dialog.product_rows[0].lot, "L-7")  # a lot without its product
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.shown() == {
        "kind_detail": "Name the treatment (for example Dermaplaning).",
        "products.0.product": "Name the product (or remove the row).",
    }
    assert dialog.errors.label_for("kind_detail").isVisible()
    assert dialog.product_rows[0].product_error.isVisible()
    assert dialog.general_error.text() == "Nothing was saved: please correct what is marked."
    assert len(window.logbook.other_treatments_of(book["ann"])) == 1
    type_into(qtbot, dialog.kind_detail, "Dermaplaning")
    type_into(qtbot, dialog.product_rows[0].product, "Blade")
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    kinds = [t.details.kind_text for t in window.logbook.other_treatments_of(book["ann"])]
    assert kinds == ["Dermaplaning", "Facial (Hydrafacial)"]


def test_the_client_menu_records_one_for_the_client_shown(qtbot, open_window, data_dir, book):
    window = open_window(data_dir, MAYA)
    action = window.other_treatment_action
    client_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Client")
    assert action in client_menu.actions()
    assert action.text() == "Record &other treatment…"
    assert not action.isEnabled()  # nobody shown
    window.flows.open_client(book["ann"])
    assert action.isEnabled()
    action.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, OtherTreatmentDialog)
    choose(dialog.kind, Kind.IPL.value)
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.other_treatments_of(book["ann"])[0].details.kind is Kind.IPL


def test_changed_and_deleted_from_the_history(qtbot, window, book, prompter):
    page = window.client_page
    row = page.history_model.row_of_treatment(book["facial"])
    page.history_view.selectRow(row)
    assert page.detail_stack.currentWidget() is page.treatment_view
    click(qtbot, page.treatment_view.edit_button)
    dialog = window.current_dialog
    assert isinstance(dialog, OtherTreatmentDialog)
    assert dialog.windowTitle() == "Change other treatment – Ann Lee"
    assert dialog.kind_detail.text() == "Hydrafacial"
    assert dialog.performed_on.date().toPython() == TODAY - timedelta(weeks=5)
    qtbot.keyClicks(dialog.notes, "Skin calm")
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.other_treatment(book["facial"]).details.notes == "Skin calm"
    assert page.history_model.index(row, 1).data() == "Facial (Hydrafacial) — Skin calm"

    # Delete asks first: No keeps it, Yes deletes it.
    page.history_view.selectRow(page.history_model.row_of_treatment(book["facial"]))
    prompter.confirm_answer = False
    click(qtbot, page.treatment_view.delete_button)
    assert prompter.asked[-1] == "Delete other treatment?"
    assert window.logbook.other_treatment_count() == 1
    prompter.confirm_answer = True
    click(qtbot, page.treatment_view.delete_button)
    assert window.logbook.other_treatment_count() == 0
    assert page.history_model.rowCount() == 1  # the session is left
    assert page.history_model.row_of_treatment(book["facial"]) is None


def test_a_read_only_logbook_offers_no_change(qtbot, window, book):
    from ui.shell.read_only import show_read_only

    show_read_only(window, "on read-only media")
    page = window.client_page
    page.history_view.selectRow(page.history_model.row_of_treatment(book["facial"]))
    for button in (
        page.other_treatment_button,
        page.treatment_view.edit_button,
        page.treatment_view.delete_button,
    ):
        assert not button.isEnabled(), button.objectName()
    assert not window.other_treatment_action.isEnabled()


def test_the_history_model_over_sessions_and_treatments(qtmodeltester, window, book):
    logbook = window.logbook
    imported = logbook.add_other_treatment(
        OtherTreatmentDetails(book["ann"], TODAY - timedelta(weeks=2), Kind.LASER, "",
                              "Line one\nline two", "Dr Far", (ProductLot("Gel"),)),
        ImportedFrom("Old clinic app", "T-9"),
    )  # fmt: skip
    rows = merged_history(logbook.history(book["ann"]), logbook.other_treatments_of(book["ann"]))
    model = ClientHistoryModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    # On one day, the session (it has a time) above the treatment.
    ids = [
        (model.index(r, 0).data(RECORD_ID_ROLE), model.index(r, 0).data(OTHER_TREATMENT_ID_ROLE))
        for r in range(model.rowCount())
    ]
    assert ids == [(book["session"], None), (None, imported.id), (None, book["facial"])]
    assert model.row_of_id(book["session"]) == 0
    assert imported.id != book["session"] and model.row_of_id(imported.id) is None
    assert model.index(1, 1).data() == "Laser — Line one"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole).endswith("line two")
    assert model.index(1, 7).data() == "Imported"
    assert "Old clinic app: T-9" in model.index(1, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert model.session_count() == 1


def test_the_page_follows_a_treatment_recorded_elsewhere(qtbot, window, book):
    """Another window or workstation records one: the one change signal shows it."""
    page = window.client_page
    assert page.history_model.rowCount() == 2
    window.logbook.add_other_treatment(
        OtherTreatmentDetails(book["ann"], TODAY, Kind.NEUROTOXIN, "Forehead lines")
    )
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 3)
    assert page.history_model.index(0, 1).data() == "Neurotoxin (Forehead lines)"
    assert page.tabs.tabText(0) == "History (3)"
