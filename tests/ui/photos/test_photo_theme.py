"""The gallery's placeholders and the photo backdrop take the theme's colours: a dark
window shows no light tile."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from logger_app.logbook import Logbook
from ui.common.theme import THEME, apply_theme
from ui.photos.photo_gallery_model import PROBLEM_ROLE

from .gallery_data import open_gallery


def test_a_missing_photos_placeholder_is_dark_in_the_dark_theme(qtbot, open_window, photo_logbook):
    with Logbook.open(photo_logbook) as logbook:
        [client] = logbook.list_clients()
        for photo in logbook.photos_of_client(client.id):
            logbook.photo_file(photo).unlink()
    apply_theme(QApplication.instance(), True)
    try:
        window = open_window(photo_logbook)
        gallery = open_gallery(qtbot, window)
        model = gallery.model
        qtbot.waitUntil(lambda: bool(model.index(1).data(PROBLEM_ROLE)), timeout=5000)
        tile = model.index(1).data(Qt.ItemDataRole.DecorationRole).pixmap(QSize(160, 160))
        corner = tile.toImage().pixelColor(4, 4).name()
        assert corner == THEME["alternate_base"][1]  # the dark column
    finally:
        apply_theme(QApplication.instance(), False)
