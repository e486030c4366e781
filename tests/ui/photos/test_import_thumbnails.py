"""The photo import list shows each file's thumbnail: a placeholder at once, the picture
once a worker has read it, a broken-file mark (and the reason) for a file that is not a
photo."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon

from ui.common.theme import color
from ui.photos.photo_import import PhotoImportDialog

from ..photo_setup import session_of
from .gallery_data import make_photo


def _middle(icon: QIcon) -> QColor:
    image = icon.pixmap(QSize(56, 56)).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_rows_get_a_thumbnail_made_off_the_gui_thread(qtbot, window, tmp_path, prompter):
    from logger_app.records import ClientDetails

    session = session_of(window.logbook, ClientDetails("Ines", "Cho"))
    good = make_photo(tmp_path / "front.jpg", 220)  # reddish: (220, 120, 100)
    broken = tmp_path / "notes.jpg"
    broken.write_text("not a photo")
    importer = PhotoImportDialog(
        window.logbook, prompter, [session], session.id, [good, broken], parent=window
    )
    qtbot.addWidget(importer)
    importer.show()
    name = importer.table.item(0, 0)
    # At once, before any worker reported: a placeholder, never an empty row.
    placeholder = name.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(placeholder, QIcon) and not placeholder.isNull()
    assert _middle(placeholder).red() < 200

    def shows_the_photo() -> bool:
        middle = _middle(importer.table.item(0, 0).icon())
        return abs(middle.red() - 220) < 12 and abs(middle.green() - 120) < 12

    qtbot.waitUntil(shows_the_photo, timeout=10_000)
    assert importer.table.iconSize() == QSize(56, 56)
    assert importer.table.rowHeight(0) >= 56

    qtbot.waitUntil(lambda: importer.table.item(1, 4).text() != "", timeout=10_000)
    assert importer.table.item(1, 0).text() == "notes.jpg"
    assert importer.table.item(1, 4).text() == (
        "Will be refused: notes.jpg: it is a text file, not a photo"
    )
    # The broken file's mark: a cross in the alarm colour, where the picture would be.
    crossed = _middle(importer.table.item(1, 0).icon())
    danger = color("danger")
    assert abs(crossed.red() - danger.red()) + abs(crossed.green() - danger.green()) < 30
