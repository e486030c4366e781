"""Another window (or program) holding the logbook's write lock past the busy timeout:
each save says so where the form shows its messages, keeps the form open with what was
typed, and saves nothing; once the lock is gone, saving again saves. Background jobs
report it as their failure, not as a traceback."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from logger_app.errors import BUSY_MESSAGE
from logger_app.import_csv import ImportOptions, auto_map, plan_import, read_csv
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    PhotoDetails,
    PractitionerDetails,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind
from tests.core.import_samples import eu_files
from tests.core.photo_files import phone_jpeg
from tests.lock_support import database_dump, shorten_busy_timeout, write_lock_held
from tests.screening_data import put_on_file
from ui.clients.client_form import ClientDialog
from ui.clients.practitioners_dialog import PractitionersDialog
from ui.common.jobs import run_job
from ui.export.export_job import export_history
from ui.import_csv.import_commit import commit_plan
from ui.photos.photo_jobs import import_photo_files
from ui.safety.safety_settings import SafetySettingsDialog
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import choose, click, type_into, wait_closed

MAYA = "Maya Okafor"


@pytest.fixture
def book(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """A client on file today with a signed session and a draft; every logbook opened
    from here on waits only briefly for the write lock."""
    shorten_busy_timeout(monkeypatch)
    with new_logbook(data_dir, MAYA) as logbook:
        logbook.add_practitioner(PractitionerDetails(MAYA, "RN", 1.5))
        sign_in(logbook, MAYA)  # the administrator, who signs
        client = logbook.add_client(ClientDetails("Anna", "Smith", date(1988, 4, 23)))
        put_on_file(logbook, client.id, on=date.today())

        def session(day: int) -> SessionDetails:
            return SessionDetails(
                client_id=client.id,
                started_at=datetime(2025, 2, day, 10, tzinfo=UTC),
                practitioner_name=MAYA,
                device=Device.PEN,
                areas=(AreaTreatment(Area.LEFT_CHEEK, 1.0, 4),),
            )

        signed = logbook.record_session(session(3), enforce_safety=False, sign=True)
        draft = logbook.record_session(session(4), enforce_safety=False)
    return {"client": client.id, "signed": signed.id, "draft": draft.id}


@pytest.fixture
def window(open_window, data_dir: Path, book):
    window = open_window(data_dir)  # signed in as the administrator, Maya
    window.client_view.selectRow(0)
    return window


def select_session(window, session_id: int) -> None:
    page = window.client_page
    page.history_view.selectRow(page.history_model.row_of_id(session_id))


def test_the_new_client_form_says_the_logbook_is_busy_and_keeps_what_was_typed(
    qtbot, window
) -> None:
    window.new_client_action.trigger()
    form = window.current_dialog
    assert isinstance(form, ClientDialog)
    qtbot.keyClicks(form.first_name, "Gil")
    qtbot.keyClicks(form.last_name, "Park")
    qtbot.keyClicks(form.allergies, "Lidocaine")
    database = window.logbook.database_path
    before = database_dump(database)
    with write_lock_held(database):
        click(qtbot, form.save_button)
        assert form.general_error.text() == BUSY_MESSAGE
        assert form.general_error.isVisible()
        assert window.current_dialog is form and form.isVisible()
        assert (form.first_name.text(), form.last_name.text()) == ("Gil", "Park")
        assert form.allergies.text() == "Lidocaine"
    assert database_dump(database) == before
    # The other window is done: Save again saves.
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    names = [entry.full_name for entry in window.logbook.list_clients()]
    assert sorted(names) == ["Anna Smith", "Gil Park"]


def test_save_and_sign_on_a_busy_logbook_keeps_the_session_form(qtbot, window) -> None:
    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    type_into(qtbot, form.practitioner, MAYA)
    click(qtbot, form.areas.add_button)
    choose(form.areas.rows[0].area, Area.FOREHEAD)
    database = window.logbook.database_path
    before = database_dump(database)
    with write_lock_held(database):
        click(qtbot, form.save_sign_button)
        assert form.general_error.text() == BUSY_MESSAGE and form.general_error.isVisible()
        assert window.current_dialog is form and form.isVisible()
        assert form.practitioner.currentText() == MAYA
        assert form.areas.rows[0].area.currentData() == Area.FOREHEAD
    assert database_dump(database) == before
    click(qtbot, form.save_sign_button)
    wait_closed(qtbot, window)
    newest = window.logbook.session(form.saved_session.id)
    assert newest.is_signed and newest.details.areas[0].area is Area.FOREHEAD


def test_an_amendment_on_a_busy_logbook_keeps_the_dialog(qtbot, window, book) -> None:
    select_session(window, book["signed"])
    bar = window.client_page.session_actions
    click(qtbot, bar.amend_button)
    dialog = bar.amend_dialog
    choose(dialog.field, "areas.left_cheek.depth_mm")
    dialog.editor().spin.setValue(1.25)
    type_into(qtbot, dialog.reason, "Depth misread from the pen dial.")
    with write_lock_held(window.logbook.database_path):
        click(qtbot, dialog.save_button)
        assert dialog.general_error.text() == BUSY_MESSAGE
        assert bar.amend_dialog is dialog and dialog.isVisible()
        assert dialog.reason.toPlainText() == "Depth misread from the pen dial."
        assert dialog.editor().value() == 1.25
    assert window.logbook.session(book["signed"]).amendments == ()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bar.amend_dialog is None, timeout=3000)
    assert window.logbook.session(book["signed"]).details.areas[0].depth_mm == 1.25


def test_the_safety_settings_and_profiles_on_a_busy_logbook_keep_what_was_entered(
    qtbot, window
) -> None:
    settings = SafetySettingsDialog(window.logbook, window)
    qtbot.addWidget(settings)
    settings.show()
    settings.spins["isotretinoin_washout_months"].setValue(9)
    profiles = PractitionersDialog(window.logbook, window.prompter, window)
    qtbot.addWidget(profiles)
    profiles.show()
    profiles.new_profile()
    type_into(qtbot, profiles.name, "Lee Park")
    with write_lock_held(window.logbook.database_path):
        click(qtbot, settings.save_button)
        click(qtbot, profiles.save_button)
    assert settings.general_error.text() == BUSY_MESSAGE and settings.isVisible()
    assert settings.spins["isotretinoin_washout_months"].value() == 9
    assert window.logbook.safety_settings().isotretinoin_washout_months == 6
    assert profiles.general_error.text() == BUSY_MESSAGE and profiles.name.text() == "Lee Park"
    assert [p.name for p in window.logbook.practitioners()] == [MAYA]
    click(qtbot, settings.save_button)
    click(qtbot, profiles.save_button)
    assert window.logbook.safety_settings().isotretinoin_washout_months == 9
    assert not settings.isVisible()  # saved and closed
    assert [p.name for p in window.logbook.practitioners()] == ["Lee Park", MAYA]
    assert not profiles.general_error.isVisible()


def test_buttons_on_a_busy_logbook_say_so_and_change_nothing(qtbot, window, book, prompter) -> None:
    select_session(window, book["draft"])
    bar = window.client_page.session_actions
    prompter.text_answer = "Anna Smith"
    database = window.logbook.database_path
    before = database_dump(database)
    with write_lock_held(database):
        click(qtbot, bar.sign_button)
        window.record_actions.archive_action.trigger()
        window.record_actions.erase_action.trigger()
    assert prompter.errors == [
        f"Not signed: {BUSY_MESSAGE}",
        f"Not archived: {BUSY_MESSAGE}",
        f"Nothing was erased: {BUSY_MESSAGE}",
    ]
    assert database_dump(database) == before
    click(qtbot, bar.sign_button)
    assert window.logbook.session(book["draft"]).is_signed


def test_background_jobs_on_a_busy_logbook_fail_with_the_busy_message(
    qtbot, data_dir: Path, book, tmp_path: Path
) -> None:
    clients, treatments = eu_files(tmp_path)
    clients_table, treatments_table = read_csv(clients), read_csv(treatments)
    mapping = auto_map(clients_table.headers, treatments_table.headers)
    options = ImportOptions(
        default_area=Area.FOREHEAD, default_depth_mm=0.5, default_device=Device.PEN
    )
    plan = plan_import(clients_table, treatments_table, mapping, options)
    photo = phone_jpeg(tmp_path / "front.jpg")
    jobs = {
        "photo import": (
            import_photo_files(
                book["draft"], [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT), {}
            ),
            None,
        ),
        "CSV import": (commit_plan(plan), MAYA),
        "export": (export_history(book["client"], "csv", tmp_path / "history.csv"), MAYA),
    }
    with Logbook.open(data_dir) as signing:  # the window's practitioner, handed to jobs
        sign_in(signing, MAYA)
        handle = signing.sign_in_handle()
    database = data_dir / "logbook.sqlite3"
    before = database_dump(database)
    failures: dict[str, list[str]] = {}
    for name, (work, actor) in jobs.items():
        failures[name] = []
        with write_lock_held(database):
            run_job(  # in this thread: its callbacks are called at once
                None,
                work,
                data_dir=data_dir,
                actor=actor,
                signed_in=handle,
                on_failure=failures[name].append,
                on_success=lambda *_, name=name: failures[name].append("finished"),
            )
    assert failures == {name: [BUSY_MESSAGE] for name in jobs}
    assert database_dump(database) == before


def test_deleting_a_photo_on_a_busy_logbook_keeps_it(
    qtbot, open_window, data_dir: Path, book, prompter, tmp_path: Path
) -> None:
    with Logbook.open(data_dir) as logbook:
        [result] = logbook.import_photos(
            book["draft"],
            [phone_jpeg(tmp_path / "front.jpg")],
            PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT),
        )
    window = open_window(data_dir)
    window.client_view.selectRow(0)
    page = window.client_page
    page.tabs.setCurrentWidget(page.gallery)
    gallery = page.gallery
    gallery.view.setCurrentIndex(gallery.proxy.index(1, 0))
    [photo] = gallery.selected_photos()
    assert photo.id == result.photo_id
    with write_lock_held(window.logbook.database_path):
        click(qtbot, gallery.delete_button)
    assert prompter.errors == [f"Not deleted: {BUSY_MESSAGE}"]
    assert window.logbook.photo_file(photo).exists() and window.logbook.photo_count() == 1
    gallery.view.setCurrentIndex(gallery.proxy.index(1, 0))
    click(qtbot, gallery.delete_button)
    assert window.logbook.photo_count() == 0


def test_a_backup_made_while_the_logbook_is_busy_says_it_was_not_noted(
    window, tmp_path: Path
) -> None:
    made = tmp_path / "automatic.zip"
    with write_lock_held(window.logbook.database_path):
        window._automatic_backup_done(made)
    assert window.statusBar().currentMessage() == f"Not noted in the audit log: {BUSY_MESSAGE}"
    window._automatic_backup_done(made)
    assert window.statusBar().currentMessage() == f"Automatic backup saved: {made}"
    assert window.logbook.audit_entries()[0].action == "backup"


def test_the_new_client_form_on_a_full_disk_says_so_and_keeps_what_was_typed(qtbot, window) -> None:
    window.new_client_action.trigger()
    form = window.current_dialog
    qtbot.keyClicks(form.first_name, "Gil")
    qtbot.keyClicks(form.last_name, "Park")
    form.medical_notes.setPlainText("Long history. " * 600)
    logbook = window.logbook
    pages = logbook._db.execute("PRAGMA page_count").fetchone()[0]
    logbook._db.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow
    click(qtbot, form.save_button)
    assert form.general_error.text().startswith(
        f"The disk holding the logbook ({logbook.data_dir}) is full: nothing of this change "
        "was saved"
    )
    assert window.current_dialog is form and form.first_name.text() == "Gil"
    assert logbook.client_count() == 1
    logbook._db.execute("PRAGMA max_page_count = 1073741823")
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    assert logbook.client_count() == 2
