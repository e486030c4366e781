"""The session form and a session's record in German: labels, buttons, the day's format and
the decimal comma; what people typed (names, notes) stays exactly as typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QLabel

from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from tests.screening_data import put_on_file
from ui.common.language import install_language
from ui.session.session_detail import SessionDetailView
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ..driving import click, type_into

TYPED_NAME = "Dr. <i>Weiß</i> & Søn"


@pytest.fixture
def german(qapp):
    assert install_language(qapp, "de") == "de"
    try:
        yield
    finally:
        install_language(qapp, "en")


def test_the_session_form_reads_german(qtbot, german, data_dir, prompter):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Zoë", "Ångström-Weiß", date(1985, 5, 5)))
        put_on_file(logbook, client.id, on=date.today())
        form = SessionDialog(logbook, prompter, client)
        qtbot.addWidget(form)
        form.show()

        assert form.windowTitle() == "Neue Sitzung – Zoë Ångström-Weiß"
        assert form.save_button.text() == "Entwurf speichern"
        assert form.save_sign_button.text() == "Speichern und signieren"
        assert form.cancel_button.text() == "Abbrechen"
        assert form.fields.when_and_who.title() == "Sitzung"
        assert form.numbing_box.title() == "Betäubung angewendet"
        labels = {label.text() for label in form.findChildren(QLabel)}
        assert {"&Behandler", "&Gerät", "&Kartusche", "&Nächster Termin"} <= labels
        assert form.started_at.displayFormat() == "dd.MM.yyyy  HH:mm"

        assert form.areas.add_button.isEnabled()  # screened and consented today
        click(qtbot, form.areas.add_button)
        row = form.areas.rows[-1]
        assert row.area.placeholderText() == "Areal wählen…"
        assert row.depth.accessibleName() == "Tiefe für dieses Areal (mm)"

        type_into(qtbot, form.practitioner, TYPED_NAME)
        assert form.practitioner.currentText() == TYPED_NAME


def test_a_record_reads_german_with_typed_text_as_typed(qtbot, german, data_dir):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Zoë", "Ångström-Weiß", date(1985, 5, 5)))
        session = logbook.record_session(
            SessionDetails(
                client_id=client.id,
                started_at=datetime(2026, 3, 21, 9, 30, tzinfo=UTC),
                practitioner_name=TYPED_NAME,
                device=Device.PEN,
                areas=(AreaTreatment(Area.LEFT_CHEEK, 0.75),),
                notes="Rötung <b>leicht</b>",
            ),
            enforce_safety=False,  # the record's words are the subject, not the screening
        )
        view = SessionDetailView()
        qtbot.addWidget(view)
        view.show_session(session)
        shown = view.toPlainText()

    assert "Sitzung vom 21" in shown and "2026" in shown
    assert "Entwurf – noch nicht signiert" in shown
    assert "Behandelte Areale" in shown and "Hautreaktionen" in shown
    assert "0,75 mm" in shown
    assert TYPED_NAME in shown  # shown as typed, not as markup
    assert "Rötung <b>leicht</b>" in shown
    assert "Session of" not in shown
