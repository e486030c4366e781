"""File → Import client…: the bundle chosen, imported off the GUI thread with its
progress, the summary; a duplicate refused until "as new clients" is ticked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from logger_app.records import ClientDetails
from tests.core.bundle_import.bundle_data import Source, build_source
from tests.core.bundle_import.rewrite import rewrite_history
from ui.import_bundle.import_dialog import BundleImportDialog


@pytest.fixture
def source(tmp_path: Path) -> Source:
    return build_source(tmp_path / "source-data", tmp_path / "work")


def _dialog(window) -> BundleImportDialog:
    dialog = window.current_dialog
    assert isinstance(dialog, BundleImportDialog)
    return dialog


def _run(qtbot, dialog: BundleImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)


def test_imports_a_client_and_shows_what_came(qtbot, window, prompter, source: Source):
    prompter.open_answer = source.bundle
    window.import_bundle_action.trigger()
    dialog = _dialog(window)
    assert dialog.file_label.text() == "zoe.zip\nOne client's bundle."
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    text = dialog.report.toPlainText()
    assert text.startswith("Imported 1 client:\n  Zoë Ångström-Núñez (client 1)")
    assert dialog.status.text() == "Imported." and dialog.report.isVisible()
    assert window.logbook.client_count() == 1
    qtbot.waitUntil(lambda: window.client_model.rowCount() == 1)
    assert not dialog.import_button.isVisible() and dialog.close_button.text() == "Close"


def test_a_duplicate_is_refused_until_imported_as_new(qtbot, window, prompter, source: Source):
    prompter.open_answer = source.all_bundle
    window.import_bundle_action.trigger()
    dialog = _dialog(window)
    assert dialog.all_clients and "2 clients" in dialog.file_label.text()
    _run(qtbot, dialog)
    assert window.logbook.client_count() == 2
    dialog.close()
    qtbot.waitUntil(lambda: window.current_dialog is None)

    prompter.open_answer = source.bundle  # the same client, in another export of theirs
    window.import_bundle_action.trigger()
    dialog = _dialog(window)
    _run(qtbot, dialog)
    assert dialog.report.toPlainText().startswith("zoe.zip: Nothing was imported:")
    assert "imported from this bundle before" in dialog.report.toPlainText()
    assert window.logbook.client_count() == 2
    assert dialog.import_button.text() == "Try again"


def test_the_same_person_from_elsewhere_is_imported_as_new_when_ticked(
    qtbot, window, prompter, source: Source, tmp_path: Path
):
    def elsewhere(document: dict) -> None:
        document["client"]["created_at"] = "2020-01-01T09:00:00+00:00"

    window.logbook.add_client(ClientDetails("Zoë", "Ångström-Núñez", date(1984, 7, 9)))
    prompter.open_answer = rewrite_history(source.bundle, tmp_path / "other.zip", elsewhere)
    window.import_bundle_action.trigger()
    dialog = _dialog(window)
    _run(qtbot, dialog)
    assert "born 1984-07-09 is already in this logbook (client 1)" in dialog.report.toPlainText()
    qtbot.mouseClick(dialog.as_new, Qt.MouseButton.LeftButton)
    assert dialog.as_new.isChecked()
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.logbook.client_count() == 2


def test_a_file_that_is_no_bundle_is_named(qtbot, window, prompter, tmp_path: Path):
    other = tmp_path / "holiday.zip"
    other.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip
    prompter.open_answer = other
    window.import_bundle_action.trigger()
    dialog = _dialog(window)
    assert dialog.status.text().startswith("holiday.zip: not a bundle made by the logbook")
    assert not dialog.import_button.isEnabled()


def test_choosing_no_file_opens_nothing(window, prompter):
    prompter.open_answer = None
    window.import_bundle_action.trigger()
    assert window.current_dialog is None
    assert prompter.file_dialogs[-1][0] == "Import client"
