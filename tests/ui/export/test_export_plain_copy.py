"""The export dialog says that an export is a plain copy outside the logbook's
encryption: always, and more strongly on an encrypted logbook."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from ui.app import application
from ui.export.export_dialog import ExportDialog

from ...encrypted import new_encrypted
from ...signing import sign_in


@pytest.fixture
def show_dialog(qtbot, prompter):
    application()

    def shown(logbook: Logbook) -> str:
        client = logbook.add_client(ClientDetails(first_name="Zephyrine", last_name="Q"))
        dialog = ExportDialog(logbook, client, prompter)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        note = dialog.plain_copy_note
        assert note.isVisible()
        return " ".join(note.text().split())

    return shown


def test_a_plain_logbook_says_an_export_is_a_plain_copy(data_dir: Path, show_dialog):
    with Logbook.open(data_dir, create=True) as logbook:
        sign_in(logbook)
        text = show_dialog(logbook)
    assert "An export is a plain copy outside the logbook" in text
    assert "anyone who gets the file can read it" in text
    assert "keep it somewhere safe" in text
    assert "encrypted" not in text  # nothing said of an encryption this logbook has not


def test_an_encrypted_logbook_says_its_exports_are_not_encrypted(tmp_path: Path, show_dialog):
    logbook, _keys = new_encrypted(tmp_path / "logbook")
    try:
        assert logbook.encrypted
        text = show_dialog(logbook)
    finally:
        logbook.close()
    assert "This logbook is encrypted, but its exports are not." in text
    assert "plain copy outside the logbook's encryption" in text
    assert "anyone who gets the file can read it, photos included" in text
    assert "It is your deliberate copy" in text
