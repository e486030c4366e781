"""The window on an encrypted logbook: its sign-in before the logbook opens, the
recovery sheet for a forgotten passphrase, the first start that makes an encrypted
logbook and shows its recovery key, and background work on it."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from logger_app.logbook.unlocking import (
    folder_is_encrypted,
    open_signed_in,
    unlock_folder_with_recovery,
)
from logger_app.records import ClientDetails, PractitionerDetails
from ui.app import open_main_window
from ui.export.export_dialog import ExportDialog
from ui.identity.start_window import StartWindow

from ...encrypted import ADMIN, new_encrypted
from ...signing import TEST_PASSPHRASE
from ..driving import click, type_into

LEE = "Lee Park"
TEMPORARY = "a temporary passphrase"
NEW = "lavender kettle morning"


@pytest.fixture
def encrypted(data_dir: Path, tmp_path: Path) -> tuple[Path, str, str]:
    """An encrypted logbook: its administrator, Lee (reset by them), a client. The
    folder, its recovery sheet's text, another logbook's."""
    logbook, keys = new_encrypted(data_dir)
    with logbook:
        logbook.add_practitioner(PractitionerDetails(LEE), TEMPORARY)
        logbook.add_client(ClientDetails("Anna", "Smith"))
    other, other_keys = new_encrypted(tmp_path / "other")
    other.close()
    return data_dir, keys.recovery_text, other_keys.recovery_text


@pytest.fixture
def start(qtbot, prompter):
    """Open the app's first window on a folder; main windows' logbooks closed after."""
    shown: list[StartWindow] = []

    def opener(folder: Path, **options) -> StartWindow:
        window = open_main_window(folder, prompter, **options)
        assert isinstance(window, StartWindow)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        shown.append(window)
        return window

    yield opener
    for window in shown:
        if window.main_window is not None:
            window.main_window.close()
            window.main_window.logbook.close()


def opened(qtbot, window: StartWindow):
    qtbot.waitUntil(lambda: window.main_window is not None and not window.isVisible())
    main = window.main_window
    qtbot.addWidget(main)
    return main


def test_the_sign_in_lists_the_key_files_profiles_and_opens_with_the_passphrase(
    qtbot, start, encrypted
) -> None:
    folder, _sheet, _other = encrypted
    window = start(folder)
    screen = window.unlock_screen
    names = screen.profile_list
    assert [names.item(row).text() for row in range(names.count())] == [LEE, ADMIN]
    names.setCurrentRow(1)
    type_into(qtbot, screen.passphrase, "not the passphrase")
    click(qtbot, screen.sign_in_button)
    assert screen.error.text() == "That passphrase is not right. Try again."
    assert screen.logbook is None and window.main_window is None
    assert screen.passphrase.text() == ""
    type_into(qtbot, screen.passphrase, TEST_PASSPHRASE)
    click(qtbot, screen.sign_in_button)
    main = opened(qtbot, window)
    assert main.lock.is_open and main.current_practitioner == ADMIN
    assert main.client_model.rowCount() == 1
    assert main.encrypted_label.isVisible() and main.encrypted_label.text() == "Encrypted"


def test_a_reset_passphrase_is_replaced_before_the_window_opens(qtbot, start, encrypted):
    folder, _sheet, _other = encrypted
    window = start(folder)
    screen = window.unlock_screen
    screen.profile_list.setCurrentRow(0)
    type_into(qtbot, screen.passphrase, TEMPORARY)
    click(qtbot, screen.sign_in_button)
    assert screen.current_page() is screen.choose_page
    assert "reset the passphrase of Lee Park" in screen.choose_intro.text()
    type_into(qtbot, screen.new_passphrase, NEW)
    type_into(qtbot, screen.new_repeat, NEW)
    click(qtbot, screen.choose_button)
    assert opened(qtbot, window).current_practitioner == LEE


def test_an_unattended_start_signs_in_or_says_why_not(qtbot, start, prompter, encrypted):
    folder, _sheet, _other = encrypted
    window = start(folder, practitioner=ADMIN, passphrase="wrong passphrase here")
    assert window.unlock_screen.selected() == ADMIN
    assert window.unlock_screen.error.text() == "That passphrase is not right. Try again."
    main = open_main_window(folder, prompter, practitioner=ADMIN, passphrase=TEST_PASSPHRASE)
    qtbot.addWidget(main)
    assert main.lock.is_open and main.logbook.encrypted
    main.logbook.close()


def test_the_recovery_sheet_opens_the_logbook_for_a_new_passphrase(qtbot, start, encrypted):
    folder, sheet, another = encrypted
    window = start(folder)
    screen = window.unlock_screen
    screen.profile_list.setCurrentRow(1)  # the administrator forgot theirs
    click(qtbot, screen.forgot_button)
    assert screen.current_page() is screen.recovery_page
    type_into(qtbot, screen.recovery_key, sheet[:-4])
    click(qtbot, screen.recovery_button)
    assert "recovery key" in screen.recovery_error.text().lower()
    type_into(qtbot, screen.recovery_key, another)
    click(qtbot, screen.recovery_button)
    assert "not the one of this logbook" in screen.recovery_error.text()
    type_into(qtbot, screen.recovery_key, sheet.lower())
    click(qtbot, screen.recovery_button)
    assert screen.current_page() is screen.choose_page
    assert screen.recovery_key.toPlainText() == ""
    choices = screen.profile_choice
    assert [choices.itemText(i) for i in range(choices.count())] == [LEE, ADMIN]
    assert choices.currentText() == ADMIN and choices.isEnabled()
    type_into(qtbot, screen.new_passphrase, NEW)
    type_into(qtbot, screen.new_repeat, "lavender kettle evening")
    click(qtbot, screen.choose_button)
    assert "not the same" in screen.choose_error.text()
    type_into(qtbot, screen.new_passphrase, NEW)
    type_into(qtbot, screen.new_repeat, NEW)
    click(qtbot, screen.choose_button)
    main = opened(qtbot, window)
    assert main.lock.is_open and main.current_practitioner == ADMIN
    main.close()
    main.logbook.close()
    window.main_window = None
    open_signed_in(folder, ADMIN, NEW).close()  # the new passphrase opens it from now on


def test_the_first_start_makes_an_encrypted_logbook_and_shows_its_recovery_key(
    qtbot, start, prompter, data_dir, tmp_path
) -> None:
    window = start(data_dir)
    setup = window.setup_screen
    assert setup.current_page() is setup.profile_page
    assert not setup.unencrypted.isVisible()  # behind "Advanced" only
    type_into(qtbot, setup.name, "Maya Okafor")
    type_into(qtbot, setup.passphrase, NEW)
    type_into(qtbot, setup.repeat, "lavender kettle evening")
    click(qtbot, setup.create_button)
    assert "not the same" in setup.error.text() and not folder_is_encrypted(data_dir)
    type_into(qtbot, setup.repeat, NEW)
    click(qtbot, setup.create_button)
    assert setup.current_page() is setup.sheet_page and folder_is_encrypted(data_dir)
    shown = setup.key_label.text()
    assert unlock_folder_with_recovery(data_dir, shown) == setup.logbook.data_key
    assert (
        "cannot be opened by anyone, including us"
        in setup.findChild(type(setup.key_label), "sheetWarning").text()
    )
    assert not setup.continue_button.isEnabled()
    prompter.confirm_answer = False  # closing now: asked, and stays
    window.close()
    assert window.isVisible() and prompter.asked[-1] == "Leave without the recovery sheet?"

    prompter.save_answer = tmp_path / "sheet.pdf"
    click(qtbot, setup.save_button)
    assert stat.S_IMODE((tmp_path / "sheet.pdf").stat().st_mode) == 0o600
    assert str(tmp_path / "sheet.pdf") in setup.sheet_note.text()
    printed = []
    setup.sheet.printer = lambda parent, text, where: printed.append(text) or True
    click(qtbot, setup.print_button)
    assert printed == [shown.replace("\n", "-")]
    click(qtbot, setup.continue_button)
    assert window.main_window is None  # not without the tick
    setup.kept.click()
    click(qtbot, setup.continue_button)
    main = opened(qtbot, window)
    assert main.lock.is_open and main.current_practitioner == "Maya Okafor"
    assert main.logbook.encrypted and setup.key_label.text() == ""


def test_the_first_start_keeps_it_unencrypted_only_when_asked(qtbot, start, data_dir) -> None:
    window = start(data_dir)
    setup = window.setup_screen
    click(qtbot, setup.advanced_button)
    assert setup.unencrypted.isVisible() and not setup.unencrypted.isChecked()
    setup.unencrypted.click()
    type_into(qtbot, setup.name, "Maya Okafor")
    type_into(qtbot, setup.passphrase, NEW)
    type_into(qtbot, setup.repeat, NEW)
    click(qtbot, setup.create_button)
    main = opened(qtbot, window)
    assert not main.logbook.encrypted and not folder_is_encrypted(data_dir)
    assert not main.encrypted_label.isVisible()


def test_an_export_job_opens_the_encrypted_logbook_with_the_windows_key(
    qtbot, prompter, encrypted, tmp_path
) -> None:
    folder, _sheet, _other = encrypted
    with open_signed_in(folder, ADMIN, TEST_PASSPHRASE) as logbook:
        [entry] = logbook.list_clients()
        dialog = ExportDialog(logbook, logbook.client(entry.id), prompter)
        qtbot.addWidget(dialog)
        dialog.show()
        click(qtbot, dialog.format_buttons["json"])
        dialog.path_edit.setText(str(tmp_path / "history.json"))
        with qtbot.waitSignal(dialog.export_finished, timeout=30_000):
            click(qtbot, dialog.export_button)
        dialog.close()
    exported = json.loads((tmp_path / "history.json").read_text(encoding="utf-8"))
    assert exported["client"]["last_name"] == "Smith"
