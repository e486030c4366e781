"""A plain logbook worth converting: clients (one with a name to search the bytes for),
signed sessions, photos with their thumbnails, a copy kept before an upgrade and an
automatic backup; and what must survive a conversion, read through the app."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from logger_app.backup import make_backup
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, PhotoDetails
from logger_app.store import DATABASE_FILENAME
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...screening_data import put_on_file
from ...signing import sign_in, sign_in_admin
from ..backup_support import NOW, build_logbook
from ..photo_files import picture, save

SECRET_NAME = ("Zephyrine", "Quackenbush")
ADMIN = "Dr Jane Doe"  # the first profile of ``build_logbook``'s logbook (its sessions')
COPY_NAME = "logbook-20250101T000000Z.sqlite3"


def plain_logbook(folder: Path, sources: Path, make_session: Any) -> Path:
    """A closed plain logbook in ``folder`` whose administrator is ``ADMIN``, signed in
    once with ``TEST_PASSPHRASE``."""
    with build_logbook(folder, sources, make_session, photos=2) as book:
        assert sign_in_admin(book).name == ADMIN
        sign_in(book, "Other Practitioner")  # another profile: listed, no key yet
        sign_in(book, ADMIN)
        client = book.add_client(ClientDetails(*SECRET_NAME), today=NOW.date())
        put_on_file(book, client.id)  # a screening and a drawn consent
        session = book.record_session(make_session(client.id), now=NOW)
        book.sign_session(session.id)
        photo = save(picture(seed=9), sources / "secret.jpg", "JPEG")
        book.import_photos(session.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT))
        for photo_row in book.photos_of_client(client.id):
            book.photo_thumbnail(photo_row)
    copies = folder / "backups" / "before-migration"
    copies.mkdir(parents=True)
    source, copy = sqlite3.connect(folder / DATABASE_FILENAME), sqlite3.connect(copies / COPY_NAME)
    with closing(source), closing(copy):
        source.backup(copy)
    make_backup(folder, folder / "backups" / "automatic" / "automatic-backup.zip", now=NOW)
    return folder


def content(logbook: Logbook) -> dict[str, Any]:
    """What a conversion must keep: every client, session and photo as the app reads
    them, and the audit log (oldest first)."""
    clients = [logbook.client(i) for i in logbook.client_ids()]
    return {
        "clients": clients,
        "sessions": [logbook.sessions_of(c.id) for c in clients],
        "photos": [logbook.photos_of_client(c.id) for c in clients],
        "practitioners": logbook.practitioners(),
        "audit": logbook.audit_entries()[::-1],
    }


def assert_kept(after: dict[str, Any], before: dict[str, Any]) -> None:
    """``after`` is ``before`` with, at most, audit entries added (sign-ins since)."""
    assert {k: v for k, v in after.items() if k != "audit"} == {
        k: v for k, v in before.items() if k != "audit"
    }
    assert after["audit"][: len(before["audit"])] == before["audit"]


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}  # fmt: skip
