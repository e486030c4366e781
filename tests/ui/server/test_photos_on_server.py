"""The window's photos on a logbook on the clinic server: photos imported at another
workstation (another data folder) show in the gallery, the viewer and the comparison."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, PhotoDetails, SessionDetails
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind
from tests.server_home import server_database
from ui.photos.photo_compare import CompareDialog
from ui.photos.photo_files import MISSING_TEXT
from ui.photos.photo_gallery_model import PROBLEM_ROLE
from ui.photos.photo_viewer import PhotoViewer

from ..photos.test_photos_ui import make_photo, open_gallery

pytestmark = pytest.mark.server_only


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    """A client with two sessions and a front photo in each, imported at the desk."""
    with server_database() as url, Logbook.open(tmp_path / "desk", database_url=url) as desk:
        client = desk.add_client(ClientDetails("Ines", "Cho", date(1985, 5, 5)))
        for month, shade in ((3, 60), (6, 200)):
            session = desk.record_session(
                SessionDetails(
                    client.id,
                    datetime(2026, month, 3, 10, tzinfo=UTC),
                    "Maya",
                    Device.PEN,
                    (AreaTreatment(Area.LEFT_CHEEK, 0.5),),
                ),
                enforce_safety=False,
            )
            photo = make_photo(tmp_path / f"front-{month}.jpg", shade)
            [result] = desk.import_photos(
                session.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
            )
            assert result.status == "imported"
        yield url


def test_the_gallery_shows_photos_imported_at_another_workstation(qtbot, room_window):
    gallery = open_gallery(qtbot, room_window)
    photos = gallery.model.photos()
    assert len(photos) == 2
    for photo in photos:
        qtbot.waitUntil(lambda p=photo: gallery.grid_loader.pixmap(p.sha256) is not None)
        assert not gallery.grid_loader.pixmap(photo.sha256).isNull()
    assert not any(gallery.model.index(r).data(PROBLEM_ROLE) for r in range(4))


def test_viewer_and_comparison_show_the_servers_photos(qtbot, room_window):
    gallery = open_gallery(qtbot, room_window)
    viewer = gallery.open_viewer(gallery.proxy.index(1, 0))
    assert isinstance(viewer, PhotoViewer)
    qtbot.waitUntil(viewer.view.has_image, timeout=10_000)
    viewer.close()
    gallery.view.clearSelection()
    compare = gallery.open_compare()
    assert isinstance(compare, CompareDialog)
    qtbot.waitUntil(
        lambda: compare.left_view.has_image() and compare.right_view.has_image(),
        timeout=10_000,
    )
    compare.close()


def test_a_stored_file_is_verified_once_for_all_its_sizes(qtbot, room_window, monkeypatch):
    """On the server a status reads and hashes the whole stored file: the gallery asks
    once per photo, not for each thumbnail size."""
    asked: list[str] = []
    status = room_window.logbook.photo_status

    def counting(photo):
        asked.append(photo.sha256)
        return status(photo)

    monkeypatch.setattr(room_window.logbook, "photo_status", counting)
    gallery = open_gallery(qtbot, room_window)
    photos = gallery.model.photos()
    for photo in photos:
        qtbot.waitUntil(lambda p=photo: gallery.grid_loader.pixmap(p.sha256) is not None)
    for photo in photos:
        gallery.preview_loader.request(photo.sha256)
        qtbot.waitUntil(lambda p=photo: gallery.preview_loader.pixmap(p.sha256) is not None)
    assert sorted(asked) == sorted(p.sha256 for p in photos)


def test_a_photo_missing_on_the_server_shows_the_placeholder(qtbot, room_window):
    logbook = room_window.logbook
    [client] = logbook.list_clients()
    first, second = logbook.photos_of_client(client.id)
    logbook._db.execute("DELETE FROM photo_blobs WHERE sha256 = ?", [first.sha256])
    gallery = open_gallery(qtbot, room_window)
    qtbot.waitUntil(lambda: gallery.grid_loader.pixmap(second.sha256) is not None)
    qtbot.waitUntil(lambda: gallery.grid_loader.problem(first.sha256) is not None)
    assert gallery.grid_loader.problem(first.sha256) == MISSING_TEXT
