"""Logbook → New recovery sheet…: only an administrator of an encrypted logbook; it
asks first, makes a new recovery key that opens the logbook while the old sheet opens
nothing, and shows it with the first start's sheet panel: Save writes an owner-only
PDF, Close needs the tick."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from logger_app.errors import WrongDataKeyError
from logger_app.logbook.unlocking import NewLogbookKeys, unlock_folder_with_recovery
from ui.identity.recovery_sheet import NewRecoverySheetDialog
from ui.shell.main_window import MainWindow

from ...encrypted import new_encrypted
from ..driving import click, work_as

LEE = "Lee Park"
ASKED = "Make a new recovery sheet?"


@pytest.fixture
def encrypted_window(qtbot, prompter, data_dir: Path):
    """The window on a new encrypted logbook, its administrator signed in; its keys."""
    logbook, keys = new_encrypted(data_dir)
    window = MainWindow(logbook, prompter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, keys
    window.logbook.close()


def open_sheet(qtbot, window: MainWindow) -> NewRecoverySheetDialog:
    window.record_actions.recovery_sheet_action.trigger()
    dialog = window.record_actions.sheet_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_menu_offers_it_to_the_administrator_of_an_encrypted_logbook_only(
    qtbot, open_window, encrypted_window, tmp_path: Path
) -> None:
    window, _keys = encrypted_window
    action = window.record_actions.recovery_sheet_action
    logbook_menu = next(
        menu.menu() for menu in window.menuBar().actions() if menu.text() == "&Logbook"
    )
    assert action in logbook_menu.actions() and action.text() == "New recovery sheet…"
    assert action.isEnabled()
    work_as(window, LEE)  # another practitioner signs in at the window: not theirs
    assert window.logbook.signed_in.name == LEE and not action.isEnabled()
    plain = open_window(tmp_path / "plain")  # its administrator signed in
    assert not plain.logbook.encrypted
    assert not plain.record_actions.recovery_sheet_action.isEnabled()


def test_a_new_sheet_opens_the_logbook_and_the_old_one_no_longer_does(
    qtbot, prompter, encrypted_window, data_dir: Path, tmp_path: Path
) -> None:
    window, keys = encrypted_window
    dialog = open_sheet(qtbot, window)
    assert prompter.asked == [ASKED]
    shown = dialog.panel.key_label.text()
    assert shown and shown.replace("\n", "-") != keys.recovery_text
    assert unlock_folder_with_recovery(data_dir, shown) == keys.data_key
    with pytest.raises(WrongDataKeyError):
        unlock_folder_with_recovery(data_dir, keys.recovery_text)

    prompter.save_answer = tmp_path / "new sheet.pdf"
    click(qtbot, dialog.panel.save_button)
    saved = tmp_path / "new sheet.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert str(saved) in dialog.panel.note.text()
    printed = []
    dialog.panel.printer = lambda parent, text, where: printed.append((text, where)) or True
    click(qtbot, dialog.panel.print_button)
    assert printed == [(shown.replace("\n", "-"), window.logbook.location)]

    # Close needs the tick; Esc without it asks, and refused, the dialog stays.
    assert not dialog.close_button.isEnabled()
    prompter.confirm_answer = False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and prompter.asked[-1] == "Close without the recovery sheet?"
    dialog.panel.kept.click()
    assert dialog.close_button.isEnabled()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible() and dialog.panel.key_label.text() == ""
    assert window.record_actions.sheet_dialog is None


def test_closing_without_the_tick_asks_and_leaving_forgets_the_key(
    qtbot, prompter, encrypted_window
) -> None:
    window, _keys = encrypted_window
    dialog = open_sheet(qtbot, window)
    prompter.confirm_answer = True  # "Close without it"
    dialog.close()
    assert prompter.asked == [ASKED, "Close without the recovery sheet?"]
    assert not dialog.isVisible() and dialog.panel.key_label.text() == ""


def test_declining_changes_nothing(qtbot, prompter, encrypted_window, data_dir: Path) -> None:
    window, keys = encrypted_window
    prompter.confirm_answer = False
    window.record_actions.recovery_sheet_action.trigger()
    assert prompter.asked == [ASKED] and window.record_actions.sheet_dialog is None
    assert unlock_folder_with_recovery(data_dir, keys.recovery_text) == keys.data_key


def _still_opens(data_dir: Path, keys: NewLogbookKeys) -> bool:
    return unlock_folder_with_recovery(data_dir, keys.recovery_text) == keys.data_key


def test_refusals_are_said_and_change_nothing(
    qtbot, prompter, open_window, encrypted_window, data_dir: Path, tmp_path: Path
) -> None:
    window, keys = encrypted_window
    work_as(window, LEE)
    window.record_actions.new_recovery_sheet()  # as if the action were enabled
    assert prompter.errors[-1].startswith("No new recovery sheet: Only the logbook's admin")
    assert window.record_actions.sheet_dialog is None and _still_opens(data_dir, keys)
    plain = open_window(tmp_path / "plain")
    plain.record_actions.new_recovery_sheet()
    assert prompter.errors[-1].startswith("No new recovery sheet: This logbook is not encr")
    assert plain.record_actions.sheet_dialog is None
