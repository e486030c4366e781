"""Photo work off the GUI thread: thumbnails withdraw only their own queued work, and a
photo import whose dialog is deleted stops cleanly."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from ui.photos.photo_import import PhotoImportDialog
from ui.photos.thumbnail_loader import ThumbnailLoader

from ..driving import click


def test_dropping_queued_thumbnails_keeps_other_features_queued_work(qtbot, window) -> None:
    gate = threading.Event()

    def produce(key: str) -> Path:  # a slow disk: every worker busy until the gate opens
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
        client = book.add_client(ClientDetails("Ines", "Cho", date(1985, 5, 5)))
        session = book.record_session(
            SessionDetails(
                client.id,
                datetime(2026, 3, 3, 10, tzinfo=UTC),
                "Maya",
                Device.PEN,
                (AreaTreatment(Area.FOREHEAD, 0.5),),
            ),
            enforce_safety=False,
        )
    files = []
    for shade in range(12):
        path = tmp_path / f"photo-{shade}.jpg"
        Image.effect_noise((1600, 1200), 40 + shade).convert("RGB").save(path, "JPEG")
        files.append(path)
    logbook = Logbook.open(data_dir)
    dialog = PhotoImportDialog(logbook, prompter, logbook.sessions_of(client.id), session.id, files)
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
    photos = logbook.photos_of_client(client.id)
    assert 1 <= len(photos) < len(files)  # it stopped, keeping what it had imported
    assert all(logbook.photo_file(photo).is_file() for photo in photos)
    assert "Traceback" not in capfd.readouterr().err
    logbook.close()
