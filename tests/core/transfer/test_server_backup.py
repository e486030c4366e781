"""Backups of the server in the file's format: a server backup restores into a data
folder, a file backup onto a server; each recorded in the audit log; a server holding a
logbook is refused untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app.backup import verify_backup
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, ClinicDetails

from ...server_home import server_database
from ..backup_support import tree_state
from .rich_logbook import NOW, fill
from .support import (
    filled_folder,
    rows_of_folder,
    rows_of_server,
    run,
    same_but_new_audit_entries,
)

pytestmark = pytest.mark.server_only


def _photo_blobs(url: str) -> set[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        return {row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM photo_blobs")}


def test_a_server_backup_restores_into_a_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    caches, archive, restored = tmp_path / "caches", tmp_path / "server.zip", tmp_path / "restored"
    other_room = tmp_path / "other-room"  # backs up with no photo of its own
    with server_database() as url:
        with Logbook.open(caches, database_url=url) as book:
            fill(book, tmp_path / "sources")
        before = rows_of_server(url)
        assert run("backup", "--database-url", url, "--data-dir", other_room, "-o", archive) == 0
        out = capsys.readouterr().out
        assert out.startswith("Backed up the logbook on the clinic server (logbook_")
        assert "2 clients, 3 sessions, 2 photos (2 photo files)" in out
        # Recorded on the server, after the copy: the backup does not hold its own entry.
        assert same_but_new_audit_entries(before, rows_of_server(url)) == ["backup"]
    assert not (other_room / "photos").exists() and not (other_room / "cache").exists()
    checked = verify_backup(archive)
    assert (checked.photos, checked.photo_files, checked.missing_photos) == (2, 2, ())
    assert run("restore", "--data-dir", restored, archive) == 0
    assert same_but_new_audit_entries(before, rows_of_folder(restored)) == ["restore"]
    assert len(list((restored / "photos").rglob("*.jpg"))) == 2
    with Logbook.open(restored) as book:
        photos = [p for c in book.client_ids() for p in book.photos_of_client(c)]
        assert [book.photo_status(photo).value for photo in photos] == ["ok", "ok"]
        # The clinic's texts came along: every consent text version, its details.
        assert [text.version for text in book.consent_texts()] == ["2", "1"]
        assert book.clinic_details() == ClinicDetails("Skin & Co", "+44 20 7946 0000")
    assert not list(tmp_path.glob(".logbook-transfer-*"))  # the temporary logbook is gone


def test_a_file_backup_restores_onto_an_empty_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = filled_folder(tmp_path / "original", tmp_path / "sources")
    archive, caches = tmp_path / "file.zip", tmp_path / "caches"
    assert run("backup", "--data-dir", original, "-o", archive) == 0
    backed_up = rows_of_folder(original)
    backed_up["audit_log"].pop()  # the entry of the backup itself came after its copy
    capsys.readouterr()
    with server_database(empty=True) as url:
        assert run("restore", "--database-url", url, "--data-dir", caches, archive) == 0
        out = capsys.readouterr().out
        assert "Restored onto the clinic server (logbook_" in out
        assert "Every table's row count and checksum match the original" in out
        assert out.endswith("The logbook opens: 2 clients.\n")
        assert same_but_new_audit_entries(backed_up, rows_of_server(url)) == ["restore"]
        # The photo files went into the server's own store, none into the folder given.
        assert not (caches / "photos").exists()
        with Logbook.open(caches, database_url=url) as book:
            photos = [p for c in book.client_ids() for p in book.photos_of_client(c)]
            assert [book.photo_status(photo).value for photo in photos] == ["ok", "ok"]
        assert _photo_blobs(url) == {photo.sha256 for photo in photos}


def test_a_restore_onto_a_server_holding_a_logbook_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = filled_folder(tmp_path / "original", tmp_path / "sources")
    archive, caches = tmp_path / "file.zip", tmp_path / "caches"
    assert run("backup", "--data-dir", original, "-o", archive) == 0
    with server_database() as url:
        with Logbook.open(caches, database_url=url) as book:
            book.add_client(ClientDetails("Already", "There"), today=NOW.date())
        there, kept = rows_of_server(url), tree_state(caches)
        capsys.readouterr()
        assert run("restore", "--database-url", url, "--data-dir", caches, archive) == 2
        out, err = capsys.readouterr()
        assert out == "" and "already holds a logbook (1 clients, 0 sessions)" in err
        assert rows_of_server(url) == there
        assert tree_state(caches) == kept
