"""Photos made in the test and a client's gallery opened, for the photo UI tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from logger_app.records import AreaTreatment, SessionDetails
from logger_app.vocabulary import Area, Device


def make_photo(path: Path, shade: int, size=(640, 480)) -> Path:
    image = Image.new("RGB", size, (shade, 120, 100))
    ImageDraw.Draw(image).rectangle((0, 0, size[0], 40), fill=(20, 20, 20))  # the top
    image.save(path, "JPEG", quality=90)
    return path


def session_in(client_id: int, month: int) -> SessionDetails:
    """A left-cheek session on the 3rd of ``month`` 2026 (depth 0.5 + month / 10)."""
    return SessionDetails(
        client_id=client_id,
        started_at=datetime(2026, month, 3, 10, tzinfo=UTC),
        practitioner_name="Maya Okafor",
        device=Device.PEN,
        areas=(AreaTreatment(Area.LEFT_CHEEK, 0.5 + month / 10),),
    )


def open_gallery(qtbot, window):
    window.client_view.selectRow(0)
    page = window.client_page
    page.tabs.setCurrentWidget(page.gallery)
    return page.gallery
