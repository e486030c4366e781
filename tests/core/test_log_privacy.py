"""The app's log names records by id: a named client recorded (details, a session saved,
signed and amended, a photo, an export, a backup) leaves no name, note, phone number or
file name in any file under logs/, and the client's id is there."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.app_log import configure_logging, log_folder, stop_logging
from logger_app.backup import make_backup
from logger_app.export import export_client
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, PhotoDetails
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ..logbook_template import new_logbook
from ..screening_data import put_on_file
from ..signing import sign_in
from .photo_files import phone_jpeg

# Built, so that no source line a traceback could quote holds them.
FIRST = "".join(["Wilhel", "mina"])
LAST = "".join(["Frobi", "sher"])
PHONE = "".join(["+44 7700 ", "900461"])
EMAIL = "".join(["wfrob", "@example.org"])
NOTES = "".join(["Allergic to ", "lanolin; prefers Tuesdays"])
PHOTO_NAME = "".join(["frobisher-cheek-", "closeup"])
SECRETS = (FIRST, LAST, PHONE, "900461", EMAIL, "lanolin", "Tuesdays", PHOTO_NAME)


@pytest.fixture
def logged_book(tmp_path: Path):
    data_dir = tmp_path / "data"
    new_logbook(data_dir).close()
    configure_logging(data_dir)
    book = Logbook.open(data_dir)
    try:
        yield book
    finally:
        book.close()
        stop_logging()


def every_log_text(data_dir: Path) -> str:
    files = sorted(path for path in log_folder(data_dir).rglob("*") if path.is_file())
    assert files, "nothing was logged"
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


def test_a_named_client_leaves_only_ids_in_the_log(logged_book, make_session, tmp_path):
    book = logged_book
    sign_in(book)
    client = book.add_client(
        ClientDetails(
            first_name=FIRST, last_name=LAST, phone=PHONE, email=EMAIL,
            medical_notes=NOTES, general_notes=NOTES,
        )
    )  # fmt: skip
    put_on_file(book, client.id)
    book.update_client(client.id, ClientDetails(first_name=FIRST, last_name=LAST, phone=PHONE))
    session = book.record_session(
        make_session(client.id, started_at=datetime(2025, 5, 1, 10, tzinfo=UTC))
    )
    picture = phone_jpeg(tmp_path / f"{PHOTO_NAME}.jpg")
    [imported] = book.import_photos(
        session.id, [picture], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    )
    assert imported.photo_id is not None
    book.sign_session(session.id)
    book.amend_session(session.id, "notes", f"{NOTES}, said {FIRST}", f"{FIRST} asked")
    export_client(book, client.id, "json", tmp_path / f"{LAST}.json")
    make_backup(book.data_dir, tmp_path / f"{LAST}-backup.zip")

    text = every_log_text(book.data_dir)
    for secret in SECRETS:
        assert secret not in text
    assert str(tmp_path) not in text  # no path of the data, nor of the exports
    assert f"client create (client {client.id}," in text
    assert f"client update (client {client.id}," in text
    assert f"session sign (client {client.id}, session {session.id})" in text
    assert f"session amend (client {client.id}, session {session.id})" in text
    assert f"Client {client.id} exported as json" in text
    assert "Backup written: 1 clients, 1 sessions, 1 photos" in text
    assert "Logbook opened: file in the data folder, schema version" in text
