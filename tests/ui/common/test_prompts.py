"""Every question goes through the Prompter, file dialogs and numbers included, so the
tests' prompter answers each one (and the real one returns what the user chose)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from tests.screening_data import put_on_file
from ui.common.prompts import Prompter
from ui.export.export_dialog import ExportDialog
from ui.import_csv.import_wizard import CsvImportWizard
from ui.photos.photo_import import PhotoImportDialog
from ui.session.session_form import SessionDialog

from ..driving import click

UI = Path(__file__).resolve().parents[3] / "ui"
STATIC_DIALOG = re.compile(r"\b(QFileDialog|QInputDialog)\.get\w+\(")


def test_no_question_is_asked_outside_the_prompter() -> None:
    callers = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "prompts.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if STATIC_DIALOG.search(line) or "QFileDialog(" in line or "QInputDialog(" in line
    ]
    assert callers == []


def with_client(data_dir: Path, open_window):
    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("Ines", "Cho", date(1985, 5, 5)))
        put_on_file(logbook, client.id, on=date.today())
    window = open_window(data_dir)
    window.client_view.selectRow(0)
    return window


def test_photos_are_chosen_through_the_prompter(
    qtbot, open_window, data_dir, prompter, tmp_path
) -> None:
    window = with_client(data_dir, open_window)
    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    front, side = tmp_path / "front.jpg", tmp_path / "side.jpg"

    prompter.open_many_answer = []  # cancelled: nothing attached
    click(qtbot, form.findChild(QPushButton, "attachPhotos"))
    assert form.pending_photos == []
    prompter.open_many_answer = [front, side]
    click(qtbot, form.findChild(QPushButton, "attachPhotos"))
    assert form.pending_photos == [front, side]
    assert [form.photo_list.item(i).text() for i in range(2)] == ["front.jpg", "side.jpg"]
    assert [title for title, _ in prompter.file_dialogs] == ["Choose photos"] * 2


def test_the_photo_import_chooses_files_through_the_prompter(
    qtbot, window, prompter, tmp_path
) -> None:
    dialog = PhotoImportDialog(window.logbook, prompter, [])
    qtbot.addWidget(dialog)
    prompter.open_many_answer = [tmp_path / "a.jpg", tmp_path / "b.jpg"]
    click(qtbot, dialog.choose_button)
    assert dialog.files == prompter.open_many_answer
    assert dialog.table.rowCount() == 2


def test_the_export_path_is_chosen_through_the_prompter(
    qtbot, open_window, data_dir, prompter, tmp_path
) -> None:
    window = with_client(data_dir, open_window)
    dialog = ExportDialog(window.logbook, window.client_page.client, prompter)
    qtbot.addWidget(dialog)
    suggested = dialog.path_edit.text()
    prompter.save_answer = None  # cancelled: the path stays
    dialog._browse()
    assert dialog.path_edit.text() == suggested
    prompter.save_answer = tmp_path / "history"  # no ending typed: the format's is added
    dialog._browse()
    assert dialog.path_edit.text() == str(tmp_path / "history.pdf")
    assert prompter.file_dialogs[0] == ("Export to", Path(suggested))


def test_the_import_files_are_chosen_through_the_prompter(
    qtbot, window, prompter, tmp_path
) -> None:
    wizard = CsvImportWizard(window.logbook, prompter)
    qtbot.addWidget(wizard)
    browse = [b for b in wizard.files_page.findChildren(QPushButton) if b.text() == "Browse…"]
    prompter.open_answer = tmp_path / "clients.csv"
    click(qtbot, browse[0])
    assert wizard.files_page.clients_edit.text() == str(tmp_path / "clients.csv")
    prompter.open_answer = None  # cancelled: the field keeps its text
    click(qtbot, browse[0])
    assert wizard.files_page.clients_edit.text() == str(tmp_path / "clients.csv")


def test_a_cancelled_number_changes_nothing(qtbot, window, prompter) -> None:
    from ui.backup.backup_jobs import backup_keep

    before = backup_keep()
    prompter.int_answer = None
    window.backup_settings_action.trigger()
    assert prompter.asked == ["Automatic backups"]
    assert backup_keep() == before


def test_the_real_prompter_returns_the_number_typed_or_none(qtbot) -> None:
    def answer(value: int | None) -> None:
        def run() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QInputDialog):
                QTimer.singleShot(10, run)
                return
            if value is None:
                box.reject()
            else:
                box.setIntValue(value)
                box.accept()

        QTimer.singleShot(0, run)

    answer(40)
    assert Prompter().ask_int(None, "Keep", "Keep the newest:", 10, 1, 365) == 40
    answer(None)
    assert Prompter().ask_int(None, "Keep", "Keep the newest:", 10, 1, 365) is None
