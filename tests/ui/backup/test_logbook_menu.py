"""The Logbook menu in the main window: restore swaps the logbook under the window,
the automatic backup runs after start-up, and its setting is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from logger_app.backup import backup_folder, make_backup
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from ui.backup.backup_jobs import backup_keep


def names(window) -> list[str]:
    return [window.client_model.index(r, 0).data() for r in range(window.client_model.rowCount())]


def test_restore_from_the_menu_reopens_the_window_on_the_restored_logbook(
    qtbot, open_window, data_dir, tmp_path, prompter
):
    with Logbook.open(data_dir, create=True) as logbook:
        logbook.add_client(ClientDetails("Ann", "Before"))
    archive = tmp_path / "before.zip"
    make_backup(data_dir, archive)

    window = open_window(data_dir)
    window.logbook.add_client(ClientDetails("Ben", "Later"))
    window.reload_clients()
    window.client_view.selectRow(1)
    assert names(window) == ["Before, Ann", "Later, Ben"]

    prompter.confirm_answer = True
    actions = window.backup_actions
    with qtbot.waitSignal(actions.restore_finished, timeout=20_000) as done:
        actions.restore_from(archive)
    assert names(window) == ["Before, Ann"]
    assert window.pages.currentWidget() is window.empty_page  # Ben's page is gone
    # The window works on the reopened logbook, and the replaced one was kept aside.
    window.logbook.add_client(ClientDetails("Cy", "After"))
    assert window.logbook.client_count() == 2
    kept = done.args[0].replaced
    with Logbook.open(kept) as old:
        assert sorted(e.full_name for e in old.list_clients()) == ["Ann Before", "Ben Later"]


def test_automatic_backup_after_start(qtbot, window):
    job = window.start_automatic_backup()
    with qtbot.waitSignal(job.succeeded, timeout=20_000) as done:
        pass
    made = done.args[0]
    assert made is not None and made.parent == backup_folder(window.logbook.data_dir)
    assert "Automatic backup saved" in window.statusBar().currentMessage()


def test_backup_setting_is_kept(qtbot, window, prompter):
    prompter.int_answer = 12
    window.backup_settings_action.trigger()
    assert backup_keep() == 12


def test_export_opens_from_the_client_page(qtbot, open_window, data_dir):
    from ui.export.export_dialog import ExportDialog

    with Logbook.open(data_dir, create=True) as logbook:
        logbook.add_client(ClientDetails("Ann", "Before"))
    window = open_window(data_dir)
    assert not window.export_action.isEnabled()
    window.client_view.selectRow(0)
    assert window.export_action.isEnabled()
    qtbot.mouseClick(window.client_page.export_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_dialog, ExportDialog)
