"""The photo widgets on their own: loader off the GUI thread, viewer, comparison, blend."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from ui.photos.blend_view import BlendMode, BlendView
from ui.photos.photo_compare import CompareDialog
from ui.photos.photo_viewer import PhotoViewer, ViewerItem
from ui.photos.thumbnail_loader import ThumbnailLoader


def solid(path: Path, color: str, size: tuple[int, int] = (200, 100)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


@pytest.fixture
def images(tmp_path) -> dict[str, Path]:
    return {
        "red": solid(tmp_path / "red.png", "#ff0000"),
        "blue": solid(tmp_path / "blue.png", "#0000ff"),
        "tall": solid(tmp_path / "tall.png", "#00ff00", (100, 300)),
    }


def click_radio(qtbot, button) -> None:
    """Click on the round indicator, as a user does."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def loader_for(images: dict[str, Path], threads: list[str] | None = None) -> ThumbnailLoader:
    def produce(key: str) -> bytes:
        if threads is not None:
            threads.append(threading.current_thread().name)
        if key not in images:
            raise FileNotFoundError(f"{key}.jpg is missing from the photo folder")
        return images[key].read_bytes()

    return ThumbnailLoader(produce)


def test_loader_works_off_the_gui_thread_and_reports_problems(qtbot, images):
    threads: list[str] = []
    loader = loader_for(images, threads)
    with qtbot.waitSignals([loader.ready, loader.ready], timeout=5000):
        loader.request("red")
        loader.request("gone")
    assert loader.pixmap("red").size().width() == 200
    assert loader.problem("gone") == "gone.jpg is missing from the photo folder"
    assert threading.main_thread().name not in threads
    assert loader.pending() == 0
    loader.request("red")  # cached: no second job
    assert loader.pending() == 0 and len(threads) == 2


def test_viewer_steps_through_photos_with_the_keyboard_and_zooms(qtbot, images):
    items = [
        ViewerItem("red", "Front, 3 Mar 2026", "<p>Forehead 0.5 mm</p>"),
        ViewerItem("blue", "Front, 7 Apr 2026", "<p>Forehead 0.75 mm</p>"),
        ViewerItem("lost", "Left 45°", "", problem="The photo file is missing."),
    ]
    viewer = PhotoViewer(items, 0, loader_for(images), loader_for(images))
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(viewer.view.has_image)
    assert viewer.title.text() == "Front, 3 Mar 2026"
    assert "Forehead 0.5 mm" in viewer.details.toPlainText()

    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.position.text() == "2 of 3"
    qtbot.waitUntil(lambda: viewer.view.has_image() and viewer.index == 1)
    fitted = viewer.view.zoom()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.view.zoom() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_1)
    assert viewer.view.zoom() == pytest.approx(1.0)
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.view.zoom() == pytest.approx(fitted)

    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert not viewer.view.has_image()  # a clear placeholder instead of a broken image
    assert viewer.view._placeholder == "The photo file is missing."
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # already the last: stays
    assert viewer.index == 2
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.index == 1


def test_compare_side_by_side_overlay_and_split(qtbot, images):
    items = [
        ViewerItem("red", "Front, first session", "<b>3 Mar 2026</b> Cheeks 1 mm"),
        ViewerItem("blue", "Front, latest session", "<b>9 Jun 2026</b> Cheeks 1.5 mm"),
    ]
    dialog = CompareDialog(items, 0, 1, loader_for(images))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.left_view.has_image() and dialog.right_view.has_image())
    assert "Cheeks 1 mm" in dialog.left_caption.text()
    assert "Cheeks 1.5 mm" in dialog.right_caption.text()
    assert not dialog.slider.isVisible()

    click_radio(qtbot, dialog.overlay)
    assert dialog.blend.mode is BlendMode.OVERLAY and dialog.slider.isVisible()
    dialog.slider.setValue(100)
    qtbot.waitUntil(lambda: dialog.blend.grab().toImage().pixelColor(100, 100).blue() > 200)
    dialog.slider.setValue(0)
    centre = dialog.blend.image_rect().center().toPoint()
    assert dialog.blend.grab().toImage().pixelColor(centre).red() > 200

    click_radio(qtbot, dialog.split)
    dialog.slider.setValue(50)
    picture = dialog.blend.grab().toImage()
    rect = dialog.blend.image_rect()
    left = QPoint(int(rect.left() + rect.width() * 0.25), int(rect.center().y()))
    right = QPoint(int(rect.left() + rect.width() * 0.75), int(rect.center().y()))
    assert picture.pixelColor(left).red() > 200
    assert picture.pixelColor(right).blue() > 200


def test_blend_view_fits_the_base_photo_and_drags_the_split(qtbot):
    view = BlendView()
    qtbot.addWidget(view)
    view.resize(600, 600)
    tall = QImage(100, 300, QImage.Format.Format_RGB32)
    tall.fill(QColor("#00ff00"))
    view.set_images(tall, tall)
    rect = view.image_rect()
    assert rect.height() == pytest.approx(600) and rect.width() == pytest.approx(200)
    view.set_mode(BlendMode.SPLIT)
    view.show()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.left() + 50), 300))
    assert view.split == pytest.approx(0.25, abs=0.01)
