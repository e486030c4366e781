"""The lock: Ctrl+L or idle minutes hide every client text of every window of the app
until the passphrase is typed again; open forms keep what was typed; another
practitioner signing in at the lock keeps the first one's session form as their draft."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from logger_app.local_drafts import local_drafts
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    PhotoDetails,
    PractitionerDetails,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind
from ui.clients.client_form import ClientDialog
from ui.photos.photo_viewer import PhotoViewer
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ...screening_data import put_on_file
from ...signing import TEST_PASSPHRASE, sign_in
from ..driving import choose, click, type_into, wait_closed
from ..photos.test_photos_ui import make_photo
from .visible import showing

MAYA, LEE = "Maya Okafor", "Lee Park"
CLIENT_WORDS = ("Anna", "Smith", "Keloid")


@pytest.fixture
def clinic(data_dir: Path, tmp_path: Path) -> Path:
    """Maya (administrator) and Lee with passphrases; Anna Smith, screened, with a
    signed session and its photo."""
    with new_logbook(data_dir) as logbook:
        logbook.add_practitioner(PractitionerDetails(MAYA, "RN"), TEST_PASSPHRASE)
        logbook.add_practitioner(PractitionerDetails(LEE, "LE"))
        client = logbook.add_client(
            ClientDetails("Anna", "Smith", date(1988, 4, 23), medical_notes="Keloid history")
        )
        put_on_file(logbook, client.id, on=date.today())
        sign_in(logbook, LEE)  # gives Lee the test passphrase
    return data_dir


@pytest.fixture
def window(open_window, clinic):
    window = open_window(clinic, MAYA)
    window.client_view.selectRow(0)
    return window


def signed_session(client_id: int) -> SessionDetails:
    return SessionDetails(
        client_id=client_id,
        started_at=datetime(2026, 2, 3, 10, tzinfo=UTC),
        practitioner_name=MAYA,
        device=Device.PEN,
        areas=(AreaTreatment(Area.LEFT_CHEEK, 0.5),),
        notes="Keloid watch",
    )


def lock_with_keys(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def unlock(qtbot, window, passphrase: str = TEST_PASSPHRASE) -> None:
    screen = window.lock.lock_screen
    type_into(qtbot, screen.passphrase, passphrase)
    click(qtbot, screen.unlock_button)


def open_session_form(qtbot, window) -> SessionDialog:
    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    return form


def test_ctrl_l_hides_every_client_text_and_unlock_brings_it_all_back(
    qtbot, window, tmp_path
) -> None:
    logbook = window.logbook
    [client] = logbook.list_clients()
    session = logbook.record_session(signed_session(client.id), enforce_safety=False, sign=True)
    photo = make_photo(tmp_path / "front.jpg", 90)
    logbook.import_photos(session.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT))
    window.show_client(client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.gallery)
    page.gallery.view.setCurrentIndex(page.gallery.proxy.index(0, 0))
    viewer = page.gallery.open_viewer()
    assert isinstance(viewer, PhotoViewer)
    review = window.open_review()
    window.edit_client()
    form = window.current_dialog
    assert isinstance(form, ClientDialog)
    type_into(qtbot, form.allergies, "Lidocaine, Keloid")
    qtbot.waitUntil(lambda: form.isVisible() and viewer.isVisible())
    assert showing(*CLIENT_WORDS)  # on show before the lock

    lock_with_keys(qtbot, window)
    assert window.lock.state.value == "locked"
    assert showing(*CLIENT_WORDS) == []
    assert not form.isVisible() and not viewer.isVisible() and not review.isVisible()
    assert window.windowTitle() == "Microneedling Logbook — Locked"
    assert f"locked for {MAYA}" in window.lock.lock_screen.who.text()

    unlock(qtbot, window, "not my passphrase")
    assert window.lock.lock_screen.error.text() == "That passphrase is not right. Try again."
    assert showing(*CLIENT_WORDS) == []
    unlock(qtbot, window)
    assert window.lock.is_open
    assert form.isVisible() and viewer.isVisible() and review.isVisible()
    assert form.allergies.text() == "Lidocaine, Keloid"  # the form kept what was typed
    assert window.current_dialog is form and showing("Anna Smith")
    form.done(0)


def test_ctrl_l_in_an_open_form_locks_too(qtbot, window) -> None:
    form = open_session_form(qtbot, window)
    form.notes.setPlainText("Typed before the lock.")
    lock_with_keys(qtbot, form.notes)  # the window is behind its form: the key still locks
    assert window.lock.state.value == "locked" and not form.isVisible()
    unlock(qtbot, window)
    assert form.isVisible() and form.notes.toPlainText() == "Typed before the lock."
    form.done(0)


def test_the_lock_follows_the_idle_minutes_the_administrator_sets(qtbot, window, prompter) -> None:
    timer = window.lock.idle_timer
    assert timer.isActive() and timer.interval() == 5 * 60_000  # the default: 5 minutes
    prompter.int_answer = 1
    window.auto_lock_action.trigger()
    assert window.logbook.auto_lock_minutes() == 1
    assert timer.isActive() and timer.interval() == 60_000
    # Any key or mouse input in the app starts the idle minutes again.
    # Qt drops a move to where the pointer already is (an earlier test may have left it
    # there), so the pointer goes to two different points: at least one is a real move.
    timer.stop()
    qtbot.mouseMove(window, QPoint(40, 40))
    qtbot.mouseMove(window, QPoint(60, 80))
    assert timer.isActive()
    timer.timeout.emit()  # a minute without input
    assert window.lock.state.value == "locked" and not timer.isActive()
    assert showing(*CLIENT_WORDS) == []
    unlock(qtbot, window)
    assert timer.isActive() and timer.interval() == 60_000


def test_only_the_administrator_sets_the_auto_lock(qtbot, open_window, clinic) -> None:
    window = open_window(clinic, LEE)
    assert not window.auto_lock_action.isEnabled()


def test_another_practitioner_at_the_lock_keeps_the_first_ones_form_as_their_draft(
    qtbot, window
) -> None:
    form = open_session_form(qtbot, window)
    click(qtbot, form.areas.add_button)
    choose(form.areas.rows[0].area, Area.FOREHEAD)
    form.notes.setPlainText("Half-way through the treatment.")
    lock_with_keys(qtbot, window)
    lock_screen = window.lock.lock_screen
    assert "an unsaved session form" in lock_screen.form_note.text()
    click(qtbot, lock_screen.switch_button)

    [client] = window.logbook.list_clients()
    [draft] = window.logbook.sessions_of(client.id)
    assert not draft.is_signed and draft.details.practitioner_name == MAYA
    assert draft.details.notes == "Half-way through the treatment."
    created = next(e for e in window.logbook.audit_entries() if e.entity == "session")
    assert created.actor == MAYA  # saved by her, before anyone else signed in
    assert window.current_dialog is None and window.logbook.signed_in is None

    screen = window.lock.sign_in_screen
    assert window.lock.stack.currentWidget() is screen
    assert screen.note.text() == f"The session form {MAYA} had open was saved as their draft."
    assert screen.selected().name == LEE  # someone else
    type_into(qtbot, screen.passphrase, TEST_PASSPHRASE)
    click(qtbot, screen.sign_in_button)
    assert window.lock.is_open and window.current_practitioner == LEE
    assert window.pages.currentWidget() is window.empty_page  # not Maya's client on show
    assert QApplication.topLevelWidgets() and not any(
        isinstance(w, SessionDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_form_that_cannot_be_saved_yet_is_kept_on_this_computer(qtbot, window) -> None:
    form = open_session_form(qtbot, window)
    form.notes.setPlainText("No area chosen yet.")  # a draft needs one: not saved
    window.record_actions.switch_action.trigger()  # File → Switch practitioner…
    [kept] = local_drafts(window.logbook.data_dir)
    assert kept.details.notes == "No area chosen yet." and kept.details.practitioner_name == MAYA
    assert "kept on this computer" in window.lock.sign_in_screen.note.text()
    [client] = window.logbook.list_clients()
    assert window.logbook.sessions_of(client.id) == []
    wait_closed(qtbot, window)


def test_the_same_logbook_reopened_keeps_the_practitioner_signed_in(qtbot, window) -> None:
    data_dir = window.logbook.data_dir
    window.switch_logbook(Logbook.open(data_dir))  # as after a restore
    assert window.lock.is_open and window.logbook.signed_in.name == MAYA


def test_closing_the_locked_window_keeps_the_open_form_as_a_draft(qtbot, window) -> None:
    form = open_session_form(qtbot, window)
    click(qtbot, form.areas.add_button)
    choose(form.areas.rows[0].area, Area.FOREHEAD)
    form.notes.setPlainText("Closed at the lock.")
    lock_with_keys(qtbot, window)
    assert window.close()  # nobody is asked: the one at the keyboard may not be Maya
    [client] = window.logbook.list_clients()
    [draft] = window.logbook.sessions_of(client.id)
    assert draft.details.notes == "Closed at the lock." and not draft.is_signed


def test_the_idle_lock_of_a_window_whose_logbook_closed_does_nothing(qtbot, window) -> None:
    """A window torn down with its logbook (a restore, a switch, the end of a test):
    its idle timer firing late neither locks nor touches the closed database."""
    window.logbook.close()
    window.lock.idle_timer.timeout.emit()
    assert window.lock.state.value == "open" and not window.lock.idle_timer.isActive()
