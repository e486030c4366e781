"""The app's icon: every committed rendering is what the SVG renders to today, at its size,
and the window and taskbar use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QSize

from resources.packaging import render_icons
from resources.packaging.render_icons import ICO_SIZES, ICONS, PNG_SIZES, png_path
from ui.app import application
from ui.common.app_icon import ICON_SIZES


def rgba(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("RGBA")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("icons")
    render_icons.render(folder)
    return folder


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_committed_png_is_the_svg_rendered_at_its_size(rendered, size):
    committed, fresh = rgba(png_path(ICONS, size)), rgba(png_path(rendered, size))
    assert committed.size == fresh.size == (size, size)
    # Not blank: opaque in the middle, transparent in the corner, more than one colour.
    assert committed.getpixel((size // 2, size // 2))[3] == 255
    assert committed.getpixel((0, 0))[3] == 0
    assert len(committed.getcolors(size * size)) > 8
    # The same drawing (antialiasing may differ by a shade between Qt versions).
    difference = ImageStat.Stat(ImageChops.difference(committed, fresh)).mean
    assert max(difference) < 2.0, "re-render: python -m resources.packaging.render_icons"


def test_the_windows_icon_holds_every_windows_size():
    with Image.open(ICONS / "logger-app.ico") as ico:
        assert sorted(ico.info["sizes"]) == [(size, size) for size in ICO_SIZES]
        for size in ICO_SIZES:
            ico.size = (size, size)
            shown = ico.convert("RGBA")
            assert shown.size == (size, size)
            assert shown.getpixel((size // 2, size // 2))[3] == 255
            # Each size is the one rendered for it, not the largest scaled down.
            assert (
                max(ImageStat.Stat(ImageChops.difference(shown, rgba(png_path(ICONS, size)))).mean)
                < 1
            )


def test_the_macos_icon_holds_the_large_sizes():
    with Image.open(ICONS / "logger-app.icns") as icns:
        # Sizes as (points, points, scale): 16 and 32 at 2x, 128 to 512 at 1x and 2x.
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 2)} <= set(
            icns.info["sizes"]
        )
        largest = icns.convert("RGBA")  # opened at its largest: 512 at 2x
    assert largest.size == (1024, 1024) and largest.getpixel((512, 512))[3] == 255
    assert largest.getpixel((0, 0))[3] == 0


def test_the_window_and_taskbar_icon_is_the_apps_in_every_size(qapp):
    icon = application().windowIcon()
    assert not icon.isNull()
    assert set(icon.availableSizes()) == {QSize(size, size) for size in ICON_SIZES}
    assert set(ICON_SIZES) == set(PNG_SIZES)
    small = icon.pixmap(QSize(16, 16)).toImage()
    assert small.width() == 16 and small.pixelColor(8, 8).alpha() == 255
    assert application().desktopFileName() == "logger-app"
