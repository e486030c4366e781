"""Printing from the window, previewed through the Prompter (drawn to PDF files here):
the selected session (Ctrl+P), the client's aftercare sheet (from the record's Print
button and the history's context menu), the history report; each print audited."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ClinicDetails,
    PractitionerDetails,
    SessionDetails,
)
from logger_app.vocabulary import Aftercare, Area, Device
from tests.screening_data import put_on_file

from ...logbook_template import new_logbook
from ...signing import sign_in_admin


def _text(path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.fixture
def printing_window(open_window, data_dir):
    with new_logbook(data_dir) as logbook:
        logbook.add_practitioner(PractitionerDetails("Dr Jane Doe"))
        sign_in_admin(logbook)
        logbook.save_clinic_details(ClinicDetails("Glow <b>Skin</b>", "+44 20 7946 0000"))
        client = logbook.add_client(ClientDetails("Nia", "Bell", date(1990, 4, 2)))
        put_on_file(logbook, client.id)
        for day, depth, aftercare, due in (
            (3, 1.25, (Aftercare.NO_HEAT_EXERCISE,), None),  # 5 weeks apart
            (38, 0.75, (Aftercare.SPF, Aftercare.SOOTHING), date(2025, 5, 5)),
        ):
            logbook.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=datetime(2025, 3, 1, 11, tzinfo=UTC) + timedelta(days=day),
                    practitioner_name="Dr Jane Doe",
                    device=Device.PEN,
                    areas=(AreaTreatment(Area.LEFT_CHEEK, depth),),
                    aftercare=aftercare,
                    next_visit_due=due,
                )
            )
    window = open_window(data_dir)
    window.client_view.selectRow(0)
    return window


def test_nothing_to_print_without_a_client(qtbot, open_window, data_dir):
    window = open_window(data_dir)
    actions = window.print_actions
    for action in (
        actions.print_session_action,
        actions.print_aftercare_action,
        actions.print_history_action,
    ):
        assert not action.isEnabled()


def test_ctrl_p_prints_the_selected_session(qtbot, printing_window, prompter):
    window = printing_window
    assert window.print_actions.print_session_action.isEnabled()
    before = window.logbook.audit_count()
    window.client_page.history_view.setFocus()
    qtbot.keyClick(
        window.client_page.history_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    [(title, pdf)] = prompter.printed
    assert title == "Session record"
    text = " ".join(_text(pdf))
    assert "8 Apr 2025" in text and "0.75 mm" in text and "Session 1 of 1" in text
    assert "1.25 mm" not in text  # the other session is not printed
    entry = window.logbook.audit_entries(limit=1)[0]
    assert window.logbook.audit_count() == before + 1
    assert (entry.action, entry.details["printed"]) == ("print", "session")
    assert window.statusBar().currentMessage() == "Session record sent to the printer."


def test_the_records_print_button_offers_the_record_and_the_aftercare_sheet(
    qtbot, printing_window, prompter
):
    window = printing_window
    button = window.client_page.session_actions.print_button
    assert button.isVisible()
    assert button.menu().actions() == window.print_actions.session_actions()
    window.print_actions.print_aftercare_action.trigger()  # what its menu item does
    [(title, pdf)] = prompter.printed
    assert title == "Aftercare sheet"
    [page] = _text(pdf)  # one page
    assert "Glow <b>Skin</b>" in page  # typed by the clinic: shown as typed
    assert "+44 20 7946 0000" in page and "Nia Bell" in page
    assert "sunscreen of SPF 30 or higher" in page and "soothing serum" in page
    assert "5 May 2025" in page
    assert "mm" not in page and "saunas" not in page  # no depth; not advised that day


# A popup menu grabs the keyboard; the offscreen platform of the tests cannot.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_aftercare_sheet_of_another_session_from_the_context_menu(
    qtbot, printing_window, prompter
):
    window = printing_window
    view = window.client_page.history_view
    second = view.visualRect(window.client_page.history_model.index(1, 0)).center()
    # A right press: the click, and the context menu event the platform sends with it.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=second)
    asked = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, second, view.viewport().mapToGlobal(second)
    )
    QApplication.sendEvent(view.viewport(), asked)
    menu = window.print_actions.context_menu
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    assert view.currentIndex().row() == 1  # the row under the pointer is the one printed
    action = window.print_actions.print_aftercare_action
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: len(prompter.printed) == 1)
    [page] = _text(prompter.printed[0][1])
    assert "saunas" in page  # the 4 March session's advice
    assert "to be arranged" in page  # no next visit set that day
    assert QApplication.activePopupWidget() is None


def test_the_history_report_printed_from_the_file_menu(qtbot, printing_window, prompter):
    window = printing_window
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert window.print_actions.print_history_action in file_menu.actions()
    window.print_actions.print_history_action.trigger()
    [(title, pdf)] = prompter.printed
    text = " ".join(_text(pdf))
    assert title == "History report"
    assert "Session 1 of 2" in text and "Session 2 of 2" in text
    assert window.logbook.audit_entries(limit=1)[0].details["printed"] == "history"


def test_a_preview_closed_unprinted_is_not_recorded(qtbot, printing_window, prompter):
    window = printing_window
    prompter.print_answer = False
    before = window.logbook.audit_count()
    window.print_actions.print_aftercare_action.trigger()
    assert len(prompter.printed) == 1
    assert window.logbook.audit_count() == before


def test_the_real_preview_dialog_draws_the_sheet(qtbot, printing_window):
    """The preview the Prompter shows: the core's drawing on the preview's printer."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from logger_app.export.aftercare import aftercare_html, aftercare_sheet
    from logger_app.export.printing import print_html
    from ui.common.printing import preview_dialog

    window = printing_window
    session = window.client_page.session_actions.session
    html = aftercare_html(aftercare_sheet(window.logbook, session.id))
    drawn: list[int] = []
    dialog = preview_dialog(
        window, "Aftercare sheet", lambda p: drawn.append(print_html(html, p, one_page=True))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: drawn == [1])
    assert dialog.findChild(QPrintPreviewWidget).pageCount() == 1
    assert dialog.windowTitle() == "Print preview — Aftercare sheet"
    dialog.reject()
