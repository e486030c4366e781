"""Two rooms and one draft, through the real widgets: the session form saves over the
version it read; a save made since in another room is refused, said on the form, and
the form stays open with what was typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from ui.session.session_form import SessionDialog

from ...screening_data import put_on_file
from ..driving import click

MAYA = "Maya Okafor"
JANE = "Dr Jane Doe"


def _draft(logbook: Logbook):
    client = logbook.add_client(ClientDetails("Anna", "Smith", date_of_birth=date(1988, 4, 23)))
    put_on_file(logbook, client.id)
    draft = logbook.record_session(
        SessionDetails(
            client_id=client.id,
            started_at=datetime(2025, 4, 7, 10, tzinfo=UTC),
            practitioner_name=MAYA,
            device=Device.PEN,
            areas=(AreaTreatment(Area.LEFT_CHEEK, 1.0, 4),),
            notes="First notes.",
        )
    )
    return client, draft


def test_a_draft_saved_meanwhile_in_another_room_is_not_overwritten(
    qtbot, prompter, window, data_dir
) -> None:
    client, draft = _draft(window.logbook)
    form = SessionDialog(window.logbook, prompter, client, window, session=draft)
    qtbot.addWidget(form)
    form.show()
    form.notes.setPlainText("Maya's notes.")
    with Logbook.open(data_dir, JANE) as other_room:
        theirs = other_room.update_draft_session(
            draft.id, replace(draft.details, notes="Jane's notes."), version=draft.version
        )

    click(qtbot, form.save_button)

    when = theirs.updated_at.astimezone().strftime("%H:%M")
    assert form.general_error.isVisible()
    assert form.general_error.text().startswith(
        f"This draft was changed at another workstation at {when} by {JANE}: "
    )
    assert form.isVisible() and form.saved_session is None
    assert form.notes.toPlainText() == "Maya's notes."  # nothing typed is lost
    kept = window.logbook.session(draft.id)
    assert (kept.details.notes, kept.version) == ("Jane's notes.", 2)


def test_the_form_saves_over_the_version_it_read(qtbot, prompter, window) -> None:
    client, draft = _draft(window.logbook)
    form = SessionDialog(window.logbook, prompter, client, window, session=draft)
    qtbot.addWidget(form)
    form.notes.setPlainText("Second notes.")
    click(qtbot, form.save_button)
    assert form.saved_session is not None
    assert (form.saved_session.details.notes, form.saved_session.version) == ("Second notes.", 2)
