"""Render the app's icon (``resources/icons/logger-app.svg``) to every size the window,
the desktop entry and the installers use: PNGs, the Windows ``.ico`` and the macOS
``.icns``. ``python -m resources.packaging.render_icons [FOLDER]`` (default: the icons
folder beside the SVG); the rendered files are committed, a test re-renders and compares.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "icons"
SOURCE = ICONS / "logger-app.svg"
NAME = "logger-app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows these (the taskbar, Explorer's views, the installer).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS wants 512 px at 2x too; rendered for the .icns only.
ICNS_LARGEST = 1024


def png_path(folder: Path, size: int) -> Path:
    return folder / f"{NAME}-{size}.png"


def render(folder: Path = ICONS) -> list[Path]:
    """Write every rendered size into ``folder``; the files written."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(sys.argv[:1])  # kept alive while painting
    # Each size drawn from the SVG for itself, never scaled down from a larger one.
    images = {size: _render(size) for size in (*PNG_SIZES, ICNS_LARGEST)}
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for size in PNG_SIZES:
        path = png_path(folder, size)
        images[size].save(path, format="PNG", optimize=True)
        written.append(path)
    ico = folder / f"{NAME}.ico"
    largest, *others = (images[size] for size in sorted(ICO_SIZES, reverse=True))
    largest.save(
        ico, format="ICO", sizes=[(size, size) for size in ICO_SIZES], append_images=others
    )
    icns = folder / f"{NAME}.icns"
    images[ICNS_LARGEST].save(
        icns, format="ICNS", append_images=[images[size] for size in (16, 32, 64, 128, 256, 512)]
    )
    return [*written, ico, icns]


def _render(size: int) -> Image.Image:
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise ValueError(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    with Image.open(io.BytesIO(data.data())) as loaded:
        return loaded.convert("RGBA")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS
    for path in render(target):
        print(path)
