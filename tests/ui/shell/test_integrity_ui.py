"""Record integrity in the window: who is working, drafts and signing, amending a signed
session (which has no edit path), the audit log, archiving and the double-confirmed
erasure of a client."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    PractitionerDetails,
    ScreeningDetails,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device
from ui.clients.practitioners_dialog import PractitionerModel, PractitionersDialog
from ui.review.audit_view import AuditView
from ui.session.amend_dialog import AmendDialog
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import choose, click, type_into, wait_closed, work_as

MAYA = "Maya Okafor"
ON_FILE = date(2025, 1, 2)


def _client_with_sessions(logbook: Logbook, first: str, last: str) -> tuple[int, int, int]:
    """A client (screened, consent on file) with a signed session and a later draft."""
    client = logbook.add_client(ClientDetails(first, last, date_of_birth=date(1988, 4, 23)))
    logbook.add_screening(ScreeningDetails(client.id, ON_FILE), today=ON_FILE)
    logbook.add_consent(ConsentDetails(client.id, "1", ON_FILE, typed_name="Signed"), today=ON_FILE)

    def session(day: date, depth: float) -> SessionDetails:
        return SessionDetails(
            client_id=client.id,
            started_at=datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
            practitioner_name=MAYA,
            device=Device.PEN,
            areas=(AreaTreatment(Area.LEFT_CHEEK, depth, 4),),
            notes="Tolerated well.",
        )

    signed = logbook.record_session(session(date(2025, 2, 3), 1.0), sign=True)
    draft = logbook.record_session(session(date(2025, 4, 7), 1.25))
    return client.id, signed.id, draft.id


@pytest.fixture
def book(data_dir: Path) -> dict[str, int]:
    with new_logbook(data_dir, MAYA) as logbook:
        logbook.add_practitioner(PractitionerDetails(MAYA, "RN", 1.5))
        sign_in(logbook, MAYA)  # the administrator, who signs
        client, signed, draft = _client_with_sessions(logbook, "Anna", "Smith")
        other, _, _ = _client_with_sessions(logbook, "Ben", "Jones")
    return {"client": client, "signed": signed, "draft": draft, "other": other}


@pytest.fixture
def window(open_window, data_dir, book):
    window = open_window(data_dir)  # signed in as the administrator, Maya
    window.show_session(book["client"], book["draft"])
    return window


def select_session(window, session_id: int) -> None:
    page = window.client_page
    page.history_view.selectRow(page.history_model.row_of_id(session_id))


# Who is working


def test_the_practitioner_model(qtmodeltester, data_dir, book):
    with Logbook.open(data_dir) as logbook:
        model = PractitionerModel()
        model.set_rows(logbook.practitioners())
    qtmodeltester.check(model, force_py=True)
    assert [model.index(0, c).data() for c in range(3)] == [MAYA, "RN", "1.5 mm"]


def test_without_sign_in_the_profiles_are_read_only(qtbot, data_dir, book, prompter):
    with Logbook.open(data_dir) as logbook:  # nobody signed in
        dialog = PractitionersDialog(logbook, prompter)
        assert dialog.model.rowCount() == 1
        assert dialog.model.index(0, 2).data() == "1.5 mm"
        # A logbook with a profile gets more from its administrator only.
        assert not dialog.new_button.isEnabled() and not dialog.save_button.isEnabled()
        assert not dialog.name.isEnabled()
        dialog.table.selectRow(0)
        assert not dialog.name.isEnabled() and not dialog.max_depth.isEnabled()
        dialog.deleteLater()


# Drafts and signing


def test_history_shows_draft_or_signed(window, book):
    history = window.client_page.history_model
    state = {history.row_record(r).id: history.index(r, 7).data() for r in range(2)}
    assert state == {book["draft"]: "Draft", book["signed"]: "Signed"}
    draft_row = history.row_of_id(book["draft"])
    assert history.index(draft_row, 7).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_a_draft_offers_edit_sign_delete(window, book):
    bar = window.client_page.session_actions
    select_session(window, book["draft"])
    assert bar.edit_button.isVisible() and bar.sign_button.isVisible()
    assert bar.delete_button.isVisible() and not bar.amend_button.isVisible()
    assert bar.state.text() == "Draft — not signed yet"
    assert "Draft — not signed yet" in window.client_page.detail_view.toPlainText()


def test_sign_from_the_window(qtbot, window, book, prompter):
    select_session(window, book["draft"])
    bar = window.client_page.session_actions
    prompter.confirm_answer = False
    click(qtbot, bar.sign_button)
    assert not window.logbook.session(book["draft"]).is_signed
    prompter.confirm_answer = True
    click(qtbot, bar.sign_button)
    assert prompter.asked == ["Sign this session?", "Sign this session?"]
    signed = window.logbook.session(book["draft"])
    assert signed.is_signed and signed.signed_by == MAYA
    # The page shows it signed, with no edit path left.
    assert bar.session.id == book["draft"] and bar.amend_button.isVisible()
    assert not bar.edit_button.isVisible() and not bar.delete_button.isVisible()
    assert f"Signed by {MAYA}" in window.client_page.detail_view.toPlainText()
    history = window.client_page.history_model
    assert history.index(history.row_of_id(book["draft"]), 7).data() == "Signed"


def test_a_signed_session_has_no_edit_path(qtbot, window, book):
    bar = window.client_page.session_actions
    select_session(window, book["signed"])
    assert bar.amend_button.isVisible()
    for button in (bar.edit_button, bar.sign_button, bar.delete_button):
        assert not button.isVisible()
    # Even asked directly, the window opens no form for it, and the form refuses it.
    window.edit_draft(book["signed"])
    assert window.current_dialog is None
    with pytest.raises(ValueError, match="amended, not edited"):
        SessionDialog(window.logbook, window.prompter, window.client_page.client,
                      session=window.logbook.session(book["signed"]))  # fmt: skip
    bar.edit_requested.emit(book["signed"])
    assert window.current_dialog is None


def test_edit_a_draft_in_the_session_form(qtbot, window, book):
    select_session(window, book["draft"])
    click(qtbot, window.client_page.session_actions.edit_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog) and "Edit draft session" in form.windowTitle()
    assert form.areas.rows[0].depth.value() == 1.25 and form.notes.toPlainText() == (
        "Tolerated well."
    )
    assert form.practitioner.currentText() == MAYA
    assert not form.has_unsaved_changes()
    type_into(qtbot, form.notes, "Tolerated well; some redness.")
    click(qtbot, form.save_sign_button)
    wait_closed(qtbot, window)
    saved = window.logbook.session(book["draft"])
    assert saved.details.notes == "Tolerated well; some redness."
    assert saved.is_signed and window.logbook.session_count() == 4


def test_delete_a_draft(qtbot, window, book, prompter):
    select_session(window, book["draft"])
    click(qtbot, window.client_page.session_actions.delete_button)
    assert prompter.asked == ["Delete this draft?"]
    assert [s.id for s in window.logbook.sessions_of(book["client"])] == [book["signed"]]
    assert window.client_page.history_model.rowCount() == 1


# Amending


def test_amend_a_signed_session(qtbot, window, book, prompter):
    select_session(window, book["signed"])
    bar = window.client_page.session_actions
    click(qtbot, bar.amend_button)
    dialog = bar.amend_dialog
    assert isinstance(dialog, AmendDialog)
    choose(dialog.field, "areas.left_cheek.depth_mm")
    assert dialog.current.text() == "1 mm"
    assert dialog.editor().value() == 1.0
    dialog.editor().spin.setValue(1.25)
    click(qtbot, dialog.save_button)  # no reason yet
    assert dialog.isVisible()
    assert "reason" in dialog.errors.label_for("reason").text()
    assert window.logbook.session(book["signed"]).amendments == ()
    type_into(qtbot, dialog.reason, "Depth misread from the pen dial.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bar.amend_dialog is None, timeout=3000)

    session = window.logbook.session(book["signed"])
    assert session.details.areas[0].depth_mm == 1.25
    [amendment] = session.amendments
    assert (amendment.amended_by, amendment.reason) == (MAYA, "Depth misread from the pen dial.")
    detail = window.client_page.detail_view.toPlainText()
    assert "Depth (Left cheek) 1 mm → 1.25 mm — reason: Depth misread from the pen dial." in (
        detail
    )
    assert f"by {MAYA}" in detail and "amended 1 time" in detail
    history = window.client_page.history_model
    assert history.index(history.row_of_id(book["signed"]), 7).data() == "Signed, amended 1×"


def test_amend_by_adding_a_later_reaction(qtbot, window, book):
    select_session(window, book["signed"])
    dialog = AmendDialog(window.logbook, window.prompter, window.logbook.session(book["signed"]),
                         window, field="reactions.new")  # fmt: skip
    qtbot.addWidget(dialog)
    editor = dialog.editor()
    choose(editor.reaction, "pih")
    type_into(qtbot, editor.note, "left cheek, at week 3")
    type_into(qtbot, dialog.reason, "Seen at the follow-up visit.")
    click(qtbot, dialog.save_button)
    reactions = window.logbook.session(book["signed"]).details.reactions
    assert [(r.reaction.value, r.observed.value, r.note) for r in reactions] == [
        ("pih", "follow_up", "left cheek, at week 3")
    ]


# The audit log


def test_audit_view_filters_and_exports(qtbot, qtmodeltester, window, book, prompter, tmp_path):
    window.logbook.amend_session(book["signed"], "notes", "Amended note.", "Typo.")
    window.record_actions.audit_action.trigger()
    view = window.record_actions.audit_window
    assert isinstance(view, AuditView) and view.isVisible()
    qtmodeltester.check(view.model, force_py=True)
    total = view.model.rowCount()
    assert total == window.logbook.audit_count() and total > 5
    assert view.model.index(0, 2).data() == "Amended"
    assert view.model.index(0, 1).data() == MAYA

    choose(view.action, "sign")
    assert {view.model.row_record(r).action for r in range(view.model.rowCount())} == {"sign"}
    assert view.model.rowCount() == 2
    view.clear_filters()
    type_into(qtbot, view.client, "jones")  # re-queried once the typing pauses
    qtbot.waitUntil(lambda: not view._debounce.isActive(), timeout=2000)
    clients = {view.model.row_record(r).client_id for r in range(view.model.rowCount())}
    assert clients == {book["other"]}
    type_into(qtbot, view.client, str(book["client"]))
    qtbot.waitUntil(lambda: not view._debounce.isActive(), timeout=2000)
    assert {view.model.index(r, 4).data() for r in range(view.model.rowCount())} == {
        str(book["client"])
    }
    view.clear_filters()
    view.use_from.setChecked(True)
    view.date_from.setDate(view.date_from.date().currentDate().addDays(1))
    assert view.model.rowCount() == 0 and not view.export_button.isEnabled()
    view.clear_filters()
    choose(view.actor, MAYA)
    shown = view.model.rowCount()

    target = tmp_path / "audit.csv"
    prompter.save_answer = target
    assert view.export_csv() == target
    with target.open(encoding="utf-8-sig", newline="") as source:
        assert len(list(csv.DictReader(source))) == shown
    newest = window.logbook.audit_entries(limit=1)[0]
    assert (newest.action, newest.actor) == ("export", MAYA)


# Archive and erasure


def test_archive_hides_the_client_from_the_list(qtbot, window, book, prompter):
    names = lambda: [window.client_model.index(r, 0).data()  # noqa: E731
                     for r in range(window.client_model.rowCount())]  # fmt: skip
    assert names() == ["Jones, Ben", "Smith, Anna"]
    assert window.record_actions.archive_action.isEnabled()
    window.record_actions.archive_action.trigger()
    assert prompter.asked == ["Archive this client?"]
    assert names() == ["Jones, Ben"]
    assert window.logbook.client(book["client"]).archived
    window.show_archived.setChecked(True)
    assert names() == ["Jones, Ben", "Smith, Anna"]
    assert window.client_model.index(1, 2).data() == "Archived"
    window.client_view.selectRow(1)
    assert window.client_page.archived_banner.isVisible()
    assert window.record_actions.unarchive_action.isEnabled()
    assert not window.record_actions.archive_action.isEnabled()
    window.record_actions.unarchive_action.trigger()
    window.show_archived.setChecked(False)
    assert names() == ["Jones, Ben", "Smith, Anna"]
    assert len(window.logbook.sessions_of(book["client"])) == 2  # nothing was deleted


def test_erasure_asks_twice_and_needs_the_typed_name(qtbot, window, book, prompter):
    actions = window.record_actions
    # First question declined: nothing more is asked, nothing erased.
    prompter.confirm_answer = False
    actions.erase_action.trigger()
    assert prompter.asked == ["Erase this client?"]
    # Confirmed, but the name typing cancelled.
    prompter.confirm_answer, prompter.text_answer = True, None
    actions.erase_action.trigger()
    assert prompter.asked[-1] == "Type the client's name to erase"
    # Confirmed, with a wrong name.
    prompter.text_answer = "Anna Smyth"
    actions.erase_action.trigger()
    assert prompter.errors == [
        "Nothing was erased: The name typed does not match Anna Smith. Nothing was erased."
    ]
    assert window.logbook.client(book["client"]).full_name == "Anna Smith"
    # Both steps right.
    prompter.text_answer = "Anna Smith"
    actions.erase_action.trigger()
    assert window.logbook.client_ids() == [book["other"]]
    listed = window.client_model
    assert [listed.index(r, 0).data() for r in range(listed.rowCount())] == ["Jones, Ben"]
    assert window.pages.currentWidget() is window.empty_page
    assert not actions.erase_action.isEnabled()
    [tombstone] = [e for e in window.logbook.audit_entries() if e.action == "erase"]
    assert tombstone.client_id == book["client"] and tombstone.actor == MAYA
    assert "Anna" not in tombstone.summary and "Smith" not in tombstone.summary


def test_work_done_off_the_gui_thread_is_recorded_for_the_practitioner(window, book, tmp_path):
    """Exports and photo imports open their own Logbook in a worker: they carry who."""
    from logger_app.records import PhotoDetails
    from logger_app.vocabulary import PhotoAngle, PhotoKind
    from ui.common.jobs import run_job
    from ui.export.export_job import export_history
    from ui.photos.photo_jobs import import_photo_files

    from ...core.photo_files import picture, save

    work_as(window, "Lee Park")
    data_dir = window.logbook.data_dir
    actor = window.logbook.actor
    run_job(
        None,
        export_history(book["client"], "json", tmp_path / "h.json"),
        data_dir=data_dir,
        actor=actor,
    )
    photo = save(picture(200, 150), tmp_path / "p.png", "PNG")
    details = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    run_job(
        None,
        import_photo_files(book["draft"], [photo], details, {}),
        data_dir=data_dir,
        actor=actor,
    )
    newest = window.logbook.audit_entries(limit=2)
    assert [(e.action, e.entity, e.actor) for e in newest] == [
        ("create", "photo", "Lee Park"),
        ("export", "client", "Lee Park"),
    ]
