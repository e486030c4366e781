"""The clinic server lost mid-session: the save says so in a banner at the top of the
window, the form stays open with what was typed, and may be kept on this computer; at
the next start the window offers it, to save once the server is back."""

from __future__ import annotations

from datetime import UTC, date, datetime

from logger_app.errors import ServerUnreachableError
from logger_app.local_drafts import local_drafts
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from ui.app import open_main_window
from ui.session.session_form import SessionDialog
from ui.shell.server_banner import UNREACHABLE

from ...screening_data import put_on_file
from ...signing import TEST_PASSPHRASE
from ..driving import click, wait_closed

MAYA = "Maya Okafor"


def _client_with_draft(logbook):
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


def _server_gone(*_args, **_kwargs):
    raise ServerUnreachableError("The clinic server (logbook on db:5432) cannot be reached.")


def test_a_lost_server_shows_the_banner_and_the_form_can_be_kept_here(
    qtbot, window, data_dir, monkeypatch
) -> None:
    client, draft = _client_with_draft(window.logbook)
    window.show_client(client.id, select_session=draft.id)
    window.edit_draft(draft.id)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    assert not window.server_banner.isVisible()
    form.notes.setPlainText("Typed while the server was gone.")
    monkeypatch.setattr(window.logbook, "update_draft_session", _server_gone)

    click(qtbot, form.save_button)

    assert window.server_banner.isVisible()
    assert window.server_banner.label.text() == UNREACHABLE
    assert form.isVisible() and form.notes.toPlainText() == "Typed while the server was gone."
    assert "cannot be reached" in form.general_error.text()
    assert form.keep_local_button.isVisible()

    click(qtbot, form.keep_local_button)
    wait_closed(qtbot, window)
    [kept] = local_drafts(data_dir)
    assert kept.session_id == draft.id
    assert kept.details.notes == "Typed while the server was gone."
    assert window.logbook.session(draft.id).details.notes == "First notes."


def test_a_kept_session_is_offered_at_the_next_start_and_goes_once_saved(
    qtbot, open_window, prompter, data_dir, monkeypatch
) -> None:
    window = open_window(data_dir)
    client, draft = _client_with_draft(window.logbook)
    window.show_client(client.id, select_session=draft.id)
    window.edit_draft(draft.id)
    form = window.current_dialog
    form.notes.setPlainText("Kept here.")
    monkeypatch.setattr(window.logbook, "update_draft_session", _server_gone)
    click(qtbot, form.save_button)
    click(qtbot, form.keep_local_button)
    wait_closed(qtbot, window)
    who = window.current_practitioner
    window.close()
    window.logbook.close()

    again = open_main_window(data_dir, prompter, practitioner=who, passphrase=TEST_PASSPHRASE)
    qtbot.addWidget(again)
    try:
        assert "Sessions kept on this computer" in prompter.asked
        offered = again.current_dialog
        assert isinstance(offered, SessionDialog)
        assert offered.notes.toPlainText() == "Kept here."
        click(qtbot, offered.save_button)
        wait_closed(qtbot, again)
        assert again.logbook.session(draft.id).details.notes == "Kept here."
        assert local_drafts(data_dir) == []
    finally:
        again.logbook.close()


def test_a_lost_server_in_any_action_shows_the_banner_not_a_traceback(
    qtbot, window, monkeypatch
) -> None:
    import sys

    from ui.shell.server_banner import show_when_server_lost

    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: reported.append(error))
    restore = show_when_server_lost(window)
    try:
        # A slot raising, as Qt reports it: through sys.excepthook.
        error = ServerUnreachableError("The clinic server (logbook on db:5432) cannot be reached.")
        sys.excepthook(type(error), error, None)
        assert window.server_banner.isVisible()
        assert "cannot be reached" in window.statusBar().currentMessage()
        assert reported == []  # not passed on as an unexpected error
        other = RuntimeError("something else")
        sys.excepthook(type(other), other, None)
        assert reported == [other]
    finally:
        restore()
    # The next change committed: the server is back, the banner goes.
    window.logbook.add_client(ClientDetails("Back", "Again"))
    qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=2000)


def test_a_kept_session_keeps_the_reasons_typed_for_its_stops(
    qtbot, window, data_dir, monkeypatch
) -> None:
    # No screening and no consent on file: two stops, each gone on with a typed reason.
    client = window.logbook.add_client(ClientDetails("Bea", "Stone"))
    window.show_client(client.id)
    window.new_session()
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    edits = form.safety.reason_edits
    assert set(edits) == {"no_screening", "consent_missing"}
    for code, edit in edits.items():
        qtbot.keyClicks(edit, f"Paper form for {code}")
    monkeypatch.setattr(window.logbook, "record_session", _server_gone)
    click(qtbot, form.save_button)
    click(qtbot, form.keep_local_button)
    wait_closed(qtbot, window)

    [kept] = local_drafts(data_dir)
    reopened = window.flows.open_kept_session(kept)
    assert reopened is not None
    assert {code: edit.text() for code, edit in reopened.safety.reason_edits.items()} == {
        "no_screening": "Paper form for no_screening",
        "consent_missing": "Paper form for consent_missing",
    }
    reopened.mark_unchanged()
    reopened.reject()
