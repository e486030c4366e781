"""The client screens in German: the client form, the client page, the course plan and the
practitioners' profiles read German, and what the user types stays exactly as typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout

from logger_app.records import ClientDetails
from ui.clients.client_form import ClientDialog
from ui.clients.course_dialog import CourseDialog
from ui.clients.practitioners_dialog import PractitionersDialog
from ui.common.language import install_language

from ...logbook_template import new_logbook
from ..driving import click, type_into, wait_closed

TYPED = "Jo <b>O'Brien</b> & Co"  # typed key by key: ASCII


@pytest.fixture
def german() -> Iterator[None]:
    app = QApplication.instance()
    install_language(app, "de")
    try:
        yield
    finally:
        install_language(app, "en")


def label_of(dialog, field) -> str:
    """The text of the form label of the row ``field`` is in (a field with its message)."""
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            holder = item.widget() if item is not None else None
            if holder is not None and (holder is field or holder.isAncestorOf(field)):
                return form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
    raise AssertionError("no form row holds this field")


def test_the_client_form_and_page_read_german_and_a_typed_name_stays(
    german, qtbot, open_window, data_dir
):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Nia", "Bell", date(1990, 4, 2)))
    window = open_window(data_dir)
    window.flows.open_client(client.id)
    page = window.client_page
    assert page.edit_button.text() == "Kunden bearbeiten"
    assert page.new_session_button.text() == "Neue Sitzung"
    assert page.tabs.tabText(0) == "Verlauf" and page.tabs.tabText(1) == "Fotos"
    assert page.history_title.text().startswith("Noch keine Sitzung.")
    assert "Jahre (geboren am " in page.summary_label.text()
    assert page.course_line.label.text() == "Kein Behandlungsplan."

    click(qtbot, page.edit_button)
    dialog = window.current_dialog
    assert isinstance(dialog, ClientDialog)
    assert dialog.windowTitle() == "Kunden bearbeiten"
    assert dialog.save_button.text() == "Kunden speichern"
    assert label_of(dialog, dialog.first_name) == "&Vorname"
    assert label_of(dialog, dialog.date_of_birth) == "&Geburtsdatum"
    assert dialog.fitzpatrick.itemText(0) == "Nicht erfasst"
    assert "bekommt immer Sonnenbrand" in dialog.fitzpatrick.itemText(1)
    assert dialog.general_notes.placeholderText().endswith("nichts Medizinisches")

    type_into(qtbot, dialog.first_name, TYPED)
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.client(client.id).details.first_name == TYPED
    assert page.name_label.text() == f"{TYPED} Bell"
    assert page.name_label.textFormat() == Qt.TextFormat.PlainText


def test_the_course_plan_and_the_profiles_read_german(german, qtbot, open_window, data_dir):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Nia", "Bell"))
    window = open_window(data_dir)
    course = CourseDialog(window.logbook, window.prompter, client, window)
    qtbot.addWidget(course)
    assert course.windowTitle() == "Behandlungsplan – Nia Bell"
    assert course.planned_sessions.suffix() == " Sitzungen"
    assert course.end_button.text() == "Behandlungsplan beenden…"

    profiles = PractitionersDialog(window.logbook, window.prompter, window)
    qtbot.addWidget(profiles)
    assert profiles.windowTitle() == "Behandler"
    titles = [
        profiles.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(profiles.model.columnCount())
    ]
    assert titles == ["Name", "Qualifikation", "Maximale Nadeltiefe", "Rolle", "Passphrase"]
    assert profiles.close_button.text() == "Schließen"
    assert profiles.is_admin.text() == "Administrator"
