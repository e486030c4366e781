"""The export dialog says that CSV and JSON keep machine-readable days and numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from logger_app.logbook import Logbook
from ui.export.export_dialog import ExportDialog

from ...core.export_data import build_export_book


def test_the_dialog_says_csv_and_json_stay_machine_readable(
    qtbot, prompter, data_dir: Path, tmp_path: Path
) -> None:
    book = build_export_book(data_dir, tmp_path / "sources")
    with Logbook.open(data_dir) as logbook:
        dialog = ExportDialog(logbook, logbook.client(book.client_id), prompter)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        note = dialog.findChild(QLabel, "machineReadableNote")
        assert note.isVisible()
        assert "2026-03-21" in note.text() and "0.5" in note.text()
        assert "machine-readable" in note.text()
