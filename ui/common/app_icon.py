"""The app's icon for the window and the taskbar, from the sizes rendered beside its SVG
(``resources/packaging/render_icons.py``): each size drawn for itself, sharp at 16 px."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("resources") / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"logger-app-{size}.png"))
    return icon
