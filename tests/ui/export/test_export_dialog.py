"""The export dialog through its real widgets: format, path, export off the GUI thread,
cancel, the result line."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from logger_app.demo import generate_demo
from logger_app.logbook import Logbook
from ui.app import application
from ui.export.export_dialog import ExportDialog, default_export_path

from ...core.export_data import build_export_book, pdf_text
from ...logbook_template import copy_logbook, new_logbook
from ...signing import sign_in
from ..driving import click

TIMEOUT_MS = 30_000


@pytest.fixture
def logbook(data_dir: Path, tmp_path: Path):
    build_export_book(data_dir, tmp_path / "sources")
    book = Logbook.open(data_dir)
    yield book
    book.close()


@pytest.fixture
def open_dialog(qtbot, prompter):
    application()

    def opener(logbook: Logbook, client_id: int) -> ExportDialog:
        dialog = ExportDialog(logbook, logbook.client(client_id), prompter)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


def export(qtbot, dialog: ExportDialog, fmt: str, path: Path) -> Path:
    click(qtbot, dialog.format_buttons[fmt])
    dialog.path_edit.setText(str(path))
    with qtbot.waitSignal(dialog.export_finished, timeout=TIMEOUT_MS) as finished:
        click(qtbot, dialog.export_button)
    assert finished.args == [str(path)]
    return path


def test_default_file_name_and_format(logbook: Logbook, open_dialog) -> None:
    dialog = open_dialog(logbook, 1)
    assert dialog.selected_format() == "pdf"
    path = Path(dialog.path_edit.text())
    assert path.name == f"Zoe-Angstrom-Nunez-history-{date.today().isoformat()}.pdf"
    assert path.parent.is_dir()
    dialog.set_format("csv")
    assert Path(dialog.path_edit.text()).suffix == ".csv"
    dialog.set_format("bundle")
    assert Path(dialog.path_edit.text()).suffix == ".zip"
    assert default_export_path(logbook.client(1), "json", date(2026, 11, 21)).name == (
        "Zoe-Angstrom-Nunez-history-2026-11-21.json"
    )


def test_exports_json_and_shows_where(logbook: Logbook, open_dialog, qtbot, tmp_path) -> None:
    dialog = open_dialog(logbook, 1)
    out = export(qtbot, dialog, "json", tmp_path / "history.json")
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["last_name"] == "Ångström-Núñez"
    assert dialog.status.text() == f"Saved to {out}"
    assert dialog.open_folder_button.isVisible() and dialog.open_file_button.isVisible()
    assert dialog.export_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    opened: list[str] = []
    dialog.open_url = lambda url: opened.append(url.toLocalFile())
    click(qtbot, dialog.open_file_button)
    click(qtbot, dialog.open_folder_button)
    assert opened == [str(out), str(out.parent)]


def test_pdf_is_made_in_the_worker_thread(logbook: Logbook, open_dialog, qtbot, tmp_path):
    dialog = open_dialog(logbook, 1)
    out = export(qtbot, dialog, "pdf", tmp_path / "history.pdf")
    reader = PdfReader(out)
    text = " ".join(pdf_text(page.extract_text()) for page in reader.pages)
    assert "Zoë Ångström-Núñez" in text
    assert f"Page 1 of {len(reader.pages)}" in text
    assert dialog.progress.value() == dialog.progress.maximum()


def test_bundle_from_the_dialog(logbook: Logbook, open_dialog, qtbot, tmp_path) -> None:
    from logger_app.export.bundle import verify_bundle

    dialog = open_dialog(logbook, 1)
    out = export(qtbot, dialog, "bundle", tmp_path / "bundle.zip")
    assert verify_bundle(out) == []


def test_replacing_a_file_asks_first(logbook, open_dialog, qtbot, prompter, tmp_path) -> None:
    out = tmp_path / "history.csv"
    out.write_text("keep", encoding="utf-8")
    dialog = open_dialog(logbook, 1)
    click(qtbot, dialog.format_buttons["csv"])
    dialog.path_edit.setText(str(out))
    prompter.confirm_answer = False
    click(qtbot, dialog.export_button)
    assert prompter.asked == ["Replace the file?"]
    assert not dialog.is_running()
    assert out.read_text(encoding="utf-8") == "keep"
    prompter.confirm_answer = True
    export(qtbot, dialog, "csv", out)
    assert out.read_text(encoding="utf-8-sig").startswith("client_id,")


def test_a_folder_that_does_not_exist_is_explained(logbook, open_dialog, qtbot, tmp_path):
    dialog = open_dialog(logbook, 1)
    dialog.path_edit.setText(str(tmp_path / "missing" / "h.pdf"))
    click(qtbot, dialog.export_button)
    assert not dialog.is_running()
    assert "does not exist" in dialog.status.text()


@pytest.fixture(scope="module")
def big_logbook_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """160 sessions for one client: a PDF that takes a second or so, long enough to
    cancel after its first step. Made once for the module, copied for each test."""
    folder = tmp_path_factory.mktemp("big") / "logbook-data"
    with new_logbook(folder) as book:
        sign_in(book)  # who signs the demo's sessions
        generate_demo(book, clients=1, seed=5, sessions_per_client=(40, 40))
        client_id = book.client_ids()[0]
        with book.batch():
            for session in book.sessions_of(client_id) * 3:
                # Copies of demo history, recorded as the demo records it.
                book.record_session(session.details, enforce_safety=False)
    return folder


@pytest.fixture
def big_logbook(big_logbook_folder: Path, tmp_path: Path):
    copy_logbook(big_logbook_folder, tmp_path / "big")
    book = Logbook.open(tmp_path / "big")
    yield book
    book.close()


def test_cancel_really_cancels(big_logbook: Logbook, open_dialog, qtbot, tmp_path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = open_dialog(big_logbook, big_logbook.client_ids()[0])
    dialog.path_edit.setText(str(folder / "history.pdf"))
    with qtbot.waitSignal(dialog.progress_reported, timeout=TIMEOUT_MS):
        click(qtbot, dialog.export_button)
    assert dialog.is_running() and dialog.cancel_button.text() == "Cancel"
    with qtbot.waitSignal(dialog.export_cancelled, timeout=TIMEOUT_MS):
        click(qtbot, dialog.cancel_button)
    assert dialog.status.text() == "Export cancelled; nothing was written."
    assert list(folder.iterdir()) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_closing_while_exporting_stops_first(big_logbook, open_dialog, qtbot, tmp_path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = open_dialog(big_logbook, big_logbook.client_ids()[0])
    dialog.path_edit.setText(str(folder / "history.pdf"))
    with qtbot.waitSignal(dialog.progress_reported, timeout=TIMEOUT_MS):
        click(qtbot, dialog.export_button)
    with qtbot.waitSignal(dialog.export_cancelled, timeout=TIMEOUT_MS):
        dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert list(folder.iterdir()) == []


def test_the_dialog_module_loads_no_photo_decoder_nor_pdf_code() -> None:
    """Imported by the client page at start-up: Pillow and the PDF writer load on export."""
    import subprocess
    import sys

    probe = (
        "import sys, ui.export.export_dialog; print(sorted(m for m in ('PIL', 'pillow_heif', "
        "'logger_app.export.pdf_report') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "[]"


def test_csv_formulas_are_neutralised_unless_the_box_is_ticked(
    logbook: Logbook, open_dialog, qtbot, tmp_path
) -> None:
    from datetime import UTC, datetime

    from logger_app.records import AreaTreatment, SessionDetails
    from logger_app.vocabulary import Area, Device

    logbook.record_session(
        SessionDetails(
            client_id=2,
            started_at=datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
            practitioner_name="Olu Brown RN",
            device=Device.PEN,
            areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
            notes='=HYPERLINK("http://example.com", "Results")',
        ),
        enforce_safety=False,
    )
    dialog = open_dialog(logbook, 2)
    box = dialog.keep_formulas
    assert not box.isVisible()  # only CSV has cells a spreadsheet would run
    click(qtbot, dialog.format_buttons["csv"])
    assert box.isVisible() and not box.isChecked()
    assert box.text() == (
        "Keep cells that start with = + - @ as typed (only for software that needs them)"
    )
    safe = export(qtbot, dialog, "csv", tmp_path / "safe.csv")
    click(qtbot, box)
    kept = export(qtbot, dialog, "csv", tmp_path / "kept.csv")
    notes = [
        next(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))["notes"]
        for path in (safe, kept)
    ]
    assert notes == [
        '\'=HYPERLINK("http://example.com", "Results")',
        '=HYPERLINK("http://example.com", "Results")',
    ]


def test_a_dialog_deleted_while_exporting_writes_nothing_and_reports_nothing(
    big_logbook, qtbot, prompter, tmp_path, capfd
) -> None:
    """Its window closed under it: the export stops, leaves no file, and nothing is
    delivered to the deleted dialog."""
    folder = tmp_path / "out"
    folder.mkdir()
    application()
    dialog = ExportDialog(big_logbook, big_logbook.client(big_logbook.client_ids()[0]), prompter)
    dialog.show()
    dialog.path_edit.setText(str(folder / "history.pdf"))
    with qtbot.waitSignal(dialog.progress_reported, timeout=TIMEOUT_MS):
        click(qtbot, dialog.export_button)
    job = dialog._job
    assert job is not None and not job.is_done()
    with qtbot.captureExceptions() as exceptions:
        dialog.deleteLater()
        qtbot.waitUntil(job.is_done, timeout=TIMEOUT_MS)
        for _ in range(3):
            QApplication.processEvents()  # anything the worker queued arrives now
    assert exceptions == []
    assert list(folder.iterdir()) == []
    assert "Traceback" not in capfd.readouterr().err
