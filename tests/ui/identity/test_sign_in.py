"""The window starts at its sign-in screen: the first profile of an empty logbook, a
passphrase that is wrong or must wait, a profile without one yet, a reset one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, PractitionerDetails
from ui.common.preferences import CURRENT_PRACTITIONER, app_settings

from ...logbook_template import new_logbook
from ...signing import TEST_PASSPHRASE, sign_in
from ..driving import click, type_into
from .visible import visible_texts

MAYA, LEE = "Maya Okafor", "Lee Park"
NEW_PASSPHRASE = "lavender kettle morning"


@pytest.fixture
def two_profiles(data_dir: Path) -> Path:
    """Maya, the administrator with a passphrase; Lee, added without one; a client."""
    with new_logbook(data_dir) as logbook:
        logbook.add_practitioner(PractitionerDetails(MAYA, "RN"), TEST_PASSPHRASE)
        logbook.add_practitioner(PractitionerDetails(LEE, "LE"))
        logbook.add_client(ClientDetails("Anna", "Smith", medical_notes="Keloid history"))
    return data_dir


@pytest.fixture
def screen_window(open_window, two_profiles):
    """The window at its sign-in screen, nobody signed in."""
    return open_window(two_profiles, None)


def pick(screen, name: str) -> None:
    names = screen.practitioner_list
    [row] = [r for r in range(names.count()) if names.item(r).text().startswith(name)]
    names.setCurrentRow(row)


def test_an_empty_logbook_makes_its_first_profile_the_administrator(
    qtbot, open_window, data_dir
) -> None:
    window = open_window(data_dir, None)
    screen = window.lock.sign_in_screen
    assert not window.lock.is_open and screen.current_page() is screen.first_page
    assert not window.menuBar().isVisible()
    type_into(qtbot, screen.first_name, MAYA)
    type_into(qtbot, screen.first_passphrase, NEW_PASSPHRASE)
    type_into(qtbot, screen.first_repeat, "lavender kettle evening")
    click(qtbot, screen.create_button)
    assert "not the same" in screen.first_error.text()
    type_into(qtbot, screen.first_passphrase, "short")
    type_into(qtbot, screen.first_repeat, "short")
    click(qtbot, screen.create_button)
    assert "at least 10 characters" in screen.first_error.text()
    assert window.logbook.practitioners() == []
    type_into(qtbot, screen.first_passphrase, NEW_PASSPHRASE)
    type_into(qtbot, screen.first_repeat, NEW_PASSPHRASE)
    click(qtbot, screen.create_button)
    assert window.lock.is_open and window.menuBar().isVisible()
    signed = window.logbook.signed_in
    assert signed.name == MAYA and signed.is_admin and signed.protected
    assert window.practitioner_label.text() == f"Signed in: {MAYA} (administrator)"
    assert window.windowTitle() == f"Microneedling Logbook — {MAYA}"
    assert screen.first_passphrase.text() == screen.first_repeat.text() == ""


def test_a_wrong_passphrase_is_said_next_to_the_field(qtbot, screen_window) -> None:
    screen = screen_window.lock.sign_in_screen
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert screen.practitioner_list.item(1).text() == f"{MAYA}  —  administrator"
    assert screen.practitioner_list.item(0).text() == f"{LEE}  —  no passphrase yet"
    pick(screen, MAYA)
    type_into(qtbot, screen.passphrase, "not my passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.error.text() == "That passphrase is not right. Try again."
    assert screen.error.isVisible() and screen.passphrase.text() == ""
    assert not screen_window.lock.is_open and screen_window.logbook.signed_in is None
    type_into(qtbot, screen.passphrase, TEST_PASSPHRASE)
    click(qtbot, screen.sign_in_button)
    assert screen_window.lock.is_open and screen_window.current_practitioner == MAYA


def test_after_wrong_passphrases_the_next_try_waits_with_the_seconds_left(
    qtbot, screen_window, monkeypatch
) -> None:
    screen = screen_window.lock.sign_in_screen
    pick(screen, MAYA)
    for _ in range(3):
        type_into(qtbot, screen.passphrase, "not my passphrase")
        click(qtbot, screen.sign_in_button)
    assert "Wait 5 seconds before the next try" in screen.error.text()
    type_into(qtbot, screen.passphrase, TEST_PASSPHRASE)  # right, but too soon
    click(qtbot, screen.sign_in_button)
    assert screen.error.text() in (
        "Too many wrong passphrases. Try again in 5 seconds.",
        "Too many wrong passphrases. Try again in 4 seconds.",
    )
    assert not screen.sign_in_button.isEnabled() and not screen_window.lock.is_open
    # The seconds count down (the clock moved, the countdown's timer fired).
    started = screen.throttle.clock()
    monkeypatch.setattr(screen.throttle, "clock", lambda: started + 3)
    screen.throttle.timer.timeout.emit()
    assert screen.error.text().startswith("Too many wrong passphrases. Try again in ")
    assert screen.error.text().endswith((" 1 second.", " 2 seconds."))
    monkeypatch.setattr(screen.throttle, "clock", lambda: started + 6)
    screen.throttle.timer.timeout.emit()
    assert screen.error.text() == "You can try again now." and screen.sign_in_button.isEnabled()


def test_a_profile_without_a_passphrase_chooses_one_to_sign_in(qtbot, screen_window) -> None:
    screen = screen_window.lock.sign_in_screen
    pick(screen, LEE)
    assert not screen.passphrase.isEnabled()
    assert screen.sign_in_button.text() == "Choose a passphrase…"
    click(qtbot, screen.sign_in_button)
    assert screen.current_page() is screen.choose_page
    assert f"{LEE} has no passphrase yet" in screen.choose_intro.text()
    type_into(qtbot, screen.new_passphrase, NEW_PASSPHRASE)
    type_into(qtbot, screen.new_repeat, NEW_PASSPHRASE + "!")
    click(qtbot, screen.choose_button)
    assert "not the same" in screen.choose_error.text()
    type_into(qtbot, screen.new_repeat, NEW_PASSPHRASE)
    click(qtbot, screen.choose_button)
    assert screen_window.lock.is_open and screen_window.current_practitioner == LEE
    assert screen_window.practitioner_label.text() == f"Signed in: {LEE}"
    assert screen_window.logbook.practitioner(screen_window.logbook.signed_in.id).protected


def test_after_a_reset_the_practitioner_chooses_their_own(qtbot, open_window, two_profiles):
    with Logbook.open(two_profiles) as logbook:
        sign_in(logbook, MAYA)
        lee = next(p for p in logbook.practitioners() if p.name == LEE)
        logbook.reset_passphrase(lee.id, "a temporary passphrase")
    window = open_window(two_profiles, None)
    screen = window.lock.sign_in_screen
    pick(screen, LEE)
    assert screen.practitioner_list.currentItem().text() == f"{LEE}  —  passphrase reset"
    type_into(qtbot, screen.passphrase, "a temporary passphrase")
    click(qtbot, screen.sign_in_button)
    assert screen.current_page() is screen.choose_page, screen.error.text()
    assert not window.lock.is_open
    assert "An administrator reset the passphrase" in screen.choose_intro.text()
    type_into(qtbot, screen.new_passphrase, "a temporary passphrase")
    type_into(qtbot, screen.new_repeat, "a temporary passphrase")
    click(qtbot, screen.choose_button)
    assert screen.choose_error.text() == "Choose a passphrase other than the old one."
    type_into(qtbot, screen.new_passphrase, NEW_PASSPHRASE)
    type_into(qtbot, screen.new_repeat, NEW_PASSPHRASE)
    click(qtbot, screen.choose_button)
    assert window.lock.is_open and window.current_practitioner == LEE
    assert not window.logbook.signed_in.must_change_passphrase
    window.logbook.sign_out()
    assert window.logbook.sign_in(LEE, NEW_PASSPHRASE).name == LEE


def test_the_last_name_is_offered_next_time_never_the_passphrase(
    qtbot, open_window, two_profiles
) -> None:
    first = open_window(two_profiles, None)
    screen = first.lock.sign_in_screen
    pick(screen, MAYA)
    type_into(qtbot, screen.passphrase, TEST_PASSPHRASE)
    click(qtbot, screen.sign_in_button)
    assert CURRENT_PRACTITIONER.get() == MAYA
    settings = app_settings()
    stored = " ".join(str(settings.value(key)) for key in settings.allKeys())
    assert TEST_PASSPHRASE not in stored
    first.close()
    first.logbook.close()

    again = open_window(two_profiles, None)  # the next start: signing in again
    screen = again.lock.sign_in_screen
    assert not again.lock.is_open and screen.selected().name == MAYA
    assert screen.passphrase.text() == ""


def test_nothing_of_the_logbook_shows_or_acts_before_signing_in(qtbot, screen_window) -> None:
    window = screen_window
    assert window.client_model.rowCount() == 1  # loaded, not shown
    texts = visible_texts()
    assert texts and not any("Smith" in t or "Keloid" in t for t in texts)
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New client
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock
    assert window.current_dialog is None and not window.lock.is_open


def test_the_administrator_sees_who_has_no_passphrase(qtbot, open_window, two_profiles):
    window = open_window(two_profiles, MAYA)
    note = window.unprotected_label
    assert note.isVisible() and note.text() == "1 practitioner has no passphrase"
    assert LEE in note.toolTip()
    window.logbook.add_practitioner(PractitionerDetails("Sam Rivera"))
    qtbot.waitUntil(lambda: note.text() == "2 practitioners have no passphrase")
    window.close()
    window.logbook.close()
    lee = open_window(two_profiles, LEE)  # not the administrator: no note
    assert not lee.unprotected_label.isVisible()
    assert lee.practitioner_label.text() == f"Signed in: {LEE}"
