"""The Help menu: the guide, every keyboard shortcut read from the window's actions,
About, and Report a problem… saving the log and facts without any client's details."""

from __future__ import annotations

import json
import stat
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from logger_app import __version__
from logger_app.app_log import configure_logging, stop_logging
from logger_app.records import ClientDetails
from ui.shell.shortcuts_dialog import ShortcutsModel, plain_text, window_shortcuts

from ..driving import click, type_into

NAME = ("".join(["Clemen", "tine"]), "".join(["Aldergrove", "-Pike"]))


def help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_help_menu_offers_guide_shortcuts_report_and_about(window):
    texts = [a.text() for a in help_menu(window).actions() if not a.isSeparator()]
    assert texts == ["&Guide", "&Keyboard shortcuts…", "&Report a problem…", "&About"]
    assert all(a.statusTip() for a in window.help.actions())


def test_every_shortcut_is_listed_from_the_actions_themselves(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.help.shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.shown_rows()
    assert ("New client…", native("Ctrl+N"), "File") in rows
    assert ("Lock", native("Ctrl+L"), "File") in rows
    assert ("Sessions across clients…", native("Ctrl+Shift+F"), "Review") in rows
    assert ("Keyboard shortcuts…", native("Ctrl+/"), "Help") in rows
    assert ("Audit log…", native("Ctrl+Shift+L"), "Review") in rows
    assert not any("&" in action for action, _keys, _where in rows)
    # Every action of the window that has a key is there, once: nothing written twice.
    keyed = {a.text() for a in window.findChildren(type(window.lock_action)) if a.shortcuts()}
    assert {plain_text(text) for text in keyed} == {action for action, *_ in rows}
    assert len(rows) == len({action for action, *_ in rows})


def test_the_shortcuts_filter_as_one_types_and_sort(qtbot, window):
    dialog = window.help.open_shortcuts()
    type_into(qtbot, dialog.filter, "lock")
    assert [row[0] for row in dialog.shown_rows()] == ["Lock"]
    dialog.filter.clear()
    dialog.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    actions = [row[0] for row in dialog.shown_rows()]
    assert actions == sorted(actions, key=str.casefold) and len(actions) > 10


def test_the_shortcuts_model_passes_the_model_tester(qtmodeltester, window):
    model = ShortcutsModel(window_shortcuts(window))
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Shortcut"


def test_the_guide_is_read_page_by_page(qtbot, window):
    window.help.guide_action.trigger()
    guide = window.help.guide_dialog
    qtbot.waitUntil(guide.isVisible)
    assert guide.page_title() == "The start page"
    assert guide.position.text() == "Page 1 of 5" and not guide.back_button.isEnabled()
    titles = [guide.page_title()]
    while guide.next_button.isEnabled():
        click(qtbot, guide.next_button)
        titles.append(guide.page_title())
    assert titles[-1] == "Keeping the records safe" and len(titles) == 5
    assert "Report a problem" in guide.page_text()
    click(qtbot, guide.close_button)
    assert not guide.isVisible()


def test_about_says_version_licence_folder_and_schema(qtbot, window):
    box = window.about()
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    assert f"Microneedling Logbook {__version__}" in text
    assert "Licence: Proprietary" in text
    assert f"Data folder: {window.logbook.data_dir}" in text
    assert f"Database schema version: {window.logbook.schema_version}" in text
    assert window.logbook.schema_version >= 11
    assert "kept on this computer only" in text
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_report_a_problem_saves_the_logs_and_facts_and_says_where(
    qtbot, window, prompter, tmp_path
):
    configure_logging(window.logbook.data_dir)
    try:
        client = window.logbook.add_client(ClientDetails(*NAME))
        prompter.save_answer = tmp_path / "sent" / "report"
        window.help.report_action.trigger()
    finally:
        stop_logging()
    [(title, start)] = prompter.file_dialogs
    assert title == "Save the problem report" and start.suffix == ".zip"
    saved = tmp_path / "sent" / "report.zip"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    box = window.help.result_box
    assert box is not None and str(saved) in box.text()
    with zipfile.ZipFile(saved) as archive:
        names = sorted(archive.namelist())
        facts = json.loads(archive.read("facts.json"))
        everything = b"".join(archive.read(name) for name in names).decode()
    assert names == ["facts.json", "facts.txt", "logs/logger-app.log"]
    assert facts["storage"] == "file" and facts["app_version"] == __version__
    assert f"client create (client {client.id}," in everything
    assert NAME[0] not in everything and NAME[1] not in everything
    assert not [n for n in names if n.endswith((".sqlite3", ".jpg", ".png"))]


def test_a_report_cancelled_writes_nothing(window, prompter, tmp_path):
    prompter.save_answer = None
    assert window.help.report_problem() is None
    assert window.help.result_box is None and prompter.errors == []


def test_a_report_that_cannot_be_written_is_said(window, prompter, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    prompter.save_answer = blocker / "report.zip"
    assert window.help.report_problem() is None
    [message] = prompter.errors
    assert message.startswith("Report a problem: The report could not be saved:")
