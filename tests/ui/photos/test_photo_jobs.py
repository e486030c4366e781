"""Photo work off the GUI thread: thumbnails withdraw only their own queued work, and a
photo import whose dialog is deleted stops cleanly."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from ui.photos.photo_import import PhotoImportDialog
from ui.photos.thumbnail_loader import ThumbnailLoader

from ..driving import click
from ..photo_setup import noise_photos, session_of


def test_dropping_queued_thumbnails_keeps_other_features_queued_work(qtbot, window) -> None:
    gate = threading.Event()

    def produce(key: str) -> bytes:  # a slow disk: every worker busy until the gate opens
        gate.wait(20)
        raise OSError(f"{key}.jpg is missing")

    loader = ThumbnailLoader(produce)
    for key in range(32):
        loader.request(str(key))
    window.start_automatic_backup()  # queued now, behind the thumbnails or beside them
    loader.cancel_pending()  # another client opened: its own work only is dropped
    gate.set()
    qtbot.waitUntil(
        lambda: "Automatic backup saved" in window.statusBar().currentMessage(), timeout=20_000
    )
    assert loader.pending() == 0


def test_a_photo_import_whose_dialog_is_deleted_stops_after_the_current_photo(
    qtbot, data_dir: Path, tmp_path: Path, capfd, prompter
) -> None:
    with Logbook.open(data_dir, create=True) as book:
        session = session_of(book, ClientDetails("Ines", "Cho", date(1985, 5, 5)))
    files = noise_photos(tmp_path, {str(shade): 40 + shade for shade in range(12)}, (1600, 1200))
    logbook = Logbook.open(data_dir)
    dialog = PhotoImportDialog(
        logbook, prompter, logbook.sessions_of(session.details.client_id), session.id, files
    )
    dialog.show()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=30_000)
    job = dialog._job
    assert job is not None
    with qtbot.captureExceptions() as exceptions:
        dialog.deleteLater()
        qtbot.waitUntil(job.is_done, timeout=30_000)
        for _ in range(3):
            QApplication.processEvents()  # anything the worker queued arrives now
    assert exceptions == []
    photos = logbook.photos_of_client(session.details.client_id)
    assert 1 <= len(photos) < len(files)  # it stopped, keeping what it had imported
    assert all(logbook.photo_file(photo).is_file() for photo in photos)
    assert "Traceback" not in capfd.readouterr().err
    logbook.close()
