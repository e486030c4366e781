"""Exports from a workstation of a logbook on the clinic server hold the photos that
another workstation imported: read from the server, not from this data folder."""

from __future__ import annotations

import hashlib
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from logger_app.export import export_all, export_client
from logger_app.export.bundle import PROBLEMS, verify_bundle
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    PhotoDetails,
    PhotoFileStatus,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind

from ...server_home import server_database
from ..export_data import pdf_text

pytestmark = pytest.mark.server_only


@dataclass(frozen=True)
class ServerBook:
    url: str
    client_id: int
    originals: dict[str, bytes]  # sha256 -> the bytes imported


def _photo(path: Path, shade: int) -> Path:
    image = Image.new("RGB", (480, 360), (shade, 110, 90))
    ImageDraw.Draw(image).ellipse((100, 60, 380, 300), fill=(240 - shade, 40, 40))
    image.save(path, "JPEG", quality=90)
    return path


@pytest.fixture
def server_book(tmp_path: Path) -> Iterator[ServerBook]:
    """Two photos imported from the front desk's workstation (its own data folder)."""
    with server_database() as url, Logbook.open(tmp_path / "desk", database_url=url) as desk:
        client = desk.add_client(ClientDetails("Ines", "Cho"))
        session = desk.record_session(
            SessionDetails(
                client.id,
                datetime(2026, 3, 3, 10, tzinfo=UTC),
                "Maya",
                Device.PEN,
                (AreaTreatment(Area.FOREHEAD, 0.5),),
            ),
            enforce_safety=False,
        )
        files = [_photo(tmp_path / f"p{shade}.jpg", shade) for shade in (40, 200)]
        results = desk.import_photos(
            session.id, files, PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
        )
        assert [r.status for r in results] == ["imported", "imported"]
        # What was stored (the import may rewrite a file, e.g. to drop its location).
        photos = desk.photos_of_client(client.id)
        originals = {p.sha256: desk.photo_file(p).read_bytes() for p in photos}
        assert len(originals) == 2
        yield ServerBook(url, client.id, originals)


def _room(tmp_path: Path, book: ServerBook) -> Logbook:
    """Another workstation: a data folder that has never held these photos."""
    return Logbook.open(tmp_path / "room", database_url=book.url)


def test_a_pdf_from_another_workstation_embeds_the_servers_photos(server_book, tmp_path):
    with _room(tmp_path, server_book) as room:
        out = export_client(room, server_book.client_id, "pdf", tmp_path / "h.pdf")
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert len(images) == 2
    assert not (tmp_path / "room" / "photos").exists()  # nothing looked for there


def test_a_bundle_from_another_workstation_holds_the_servers_photo_files(server_book, tmp_path):
    with _room(tmp_path, server_book) as room:
        out = export_client(room, server_book.client_id, "bundle", tmp_path / "b.zip")
    with zipfile.ZipFile(out) as archive:
        assert PROBLEMS not in archive.namelist()
        for sha, data in server_book.originals.items():
            member = archive.read(f"photos/{sha}.jpg")
            assert hashlib.sha256(member).hexdigest() == sha and member == data
        pdf = tmp_path / "inside.pdf"
        pdf.write_bytes(archive.read("history.pdf"))
    assert len([i for page in PdfReader(pdf).pages for i in page.images]) == 2
    assert verify_bundle(out) == []


def test_every_clients_bundle_from_the_server_holds_the_photos(server_book, tmp_path):
    with _room(tmp_path, server_book) as room:
        out = export_all(room, "bundle", tmp_path / "all.zip")
    with zipfile.ZipFile(out) as archive:
        found = {
            name.rsplit("/", 1)[-1][: -len(".jpg")]: archive.read(name)
            for name in archive.namelist()
            if "/photos/" in name
        }
    assert found == server_book.originals


def test_a_photo_gone_from_the_server_is_said_in_both_exports(server_book, tmp_path):
    gone = sorted(server_book.originals)[0]
    with _room(tmp_path, server_book) as room:
        room._db.execute("DELETE FROM photo_blobs WHERE sha256 = ?", [gone])
        pdf = export_client(room, server_book.client_id, "pdf", tmp_path / "h.pdf")
        bundle = export_client(room, server_book.client_id, "bundle", tmp_path / "b.zip")
    text = " ".join(pdf_text(page.extract_text() or "") for page in PdfReader(pdf).pages)
    assert "its file is missing or damaged on the clinic server" in text
    assert len([i for page in PdfReader(pdf).pages for i in page.images]) == 1
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        problems = archive.read(PROBLEMS).decode("utf-8")
    assert f"photos/{gone}.jpg" not in names
    assert f"photos/{gone}.jpg: the file is missing or damaged on the clinic server" in problems


def test_a_worker_thread_reading_photos_first_connects_on_its_own(
    server_book, tmp_path, monkeypatch
):
    """The photo use cases may be called from worker threads (the gallery's): one that
    reaches the photo content before the logbook's own thread uses a connection of its
    own, never the logbook's."""
    from logger_app.store.server.connection import ServerDatabase

    connects: list[int] = []
    real_connect = ServerDatabase.connect.__func__

    def counting(cls, *args, **kwargs):
        connects.append(threading.get_ident())
        return real_connect(cls, *args, **kwargs)

    with _room(tmp_path, server_book) as room:
        [photo, _] = room.photos_of_client(server_book.client_id)
        monkeypatch.setattr(ServerDatabase, "connect", classmethod(counting))
        seen: list[object] = []
        worker = threading.Thread(target=lambda: seen.append(room.photo_status(photo)))
        worker.start()
        worker.join()
    assert seen == [PhotoFileStatus.OK]
    assert connects == [worker.ident]
