"""The audit log's head, named wherever the records leave the logbook: every backup's
manifest, every JSON export and bundle, and the PDF (each page's footer, whole on the
last page). A copy carried elsewhere can then be checked against the logbook."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from logger_app.backup import BackupError, make_backup, verify_backup
from logger_app.backup.manifest import MANIFEST_NAME, read_manifest
from logger_app.export import export_all, export_client
from logger_app.export.bundle import bundle_head
from logger_app.logbook import Logbook
from logger_app.records import AuditHead, ClientDetails
from logger_app.transfer.server_backup import backup_server

from ...logbook_template import new_logbook
from ...server_home import fresh_logbook_database
from ..backup_support import NOW, build_logbook, edit_manifest
from ..export_data import ExportBook, build_export_book, pdf_text


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


def head_of(data_dir: Path) -> AuditHead:
    with Logbook.open(data_dir) as logbook:
        head = logbook.audit_head()
    assert head is not None
    return head


def test_a_backup_names_the_head_of_the_records_it_holds(
    data_dir: Path, tmp_path: Path, make_session
) -> None:
    build_logbook(data_dir, tmp_path / "sources", make_session).close()
    head = head_of(data_dir)
    made = make_backup(data_dir, tmp_path / "backup.zip", now=NOW)
    assert made.audit_head == head
    with zipfile.ZipFile(made.path) as archive:
        assert json.loads(archive.read(MANIFEST_NAME))["audit_head"] == head.as_text()
    assert read_manifest(made.path).audit_head == head
    assert verify_backup(made.path).audit_head == head


def test_a_backup_of_an_empty_log_names_no_head(data_dir: Path, tmp_path: Path) -> None:
    new_logbook(data_dir).close()
    made = make_backup(data_dir, tmp_path / "backup.zip", now=NOW)
    assert made.audit_head is None
    manifest = read_manifest(made.path)
    assert manifest.audit_head is None and manifest.names_audit_head


def test_a_manifest_naming_another_head_is_refused(
    data_dir: Path, tmp_path: Path, make_session
) -> None:
    build_logbook(data_dir, tmp_path / "sources", make_session).close()
    good = make_backup(data_dir, tmp_path / "backup.zip", now=NOW).path
    head = head_of(data_dir)
    forged = edit_manifest(
        good, tmp_path / "forged.zip", lambda m: m.update(audit_head=f"{head.entry_id}:{'0' * 64}")
    )
    with pytest.raises(BackupError, match="names another audit log head"):
        verify_backup(forged)
    garbled = edit_manifest(good, tmp_path / "garbled.zip", lambda m: m.update(audit_head="12"))
    with pytest.raises(BackupError, match="no valid 'audit_head'"):
        verify_backup(garbled)


def test_a_backup_made_before_the_chained_log_still_verifies(
    data_dir: Path, tmp_path: Path, make_session
) -> None:
    build_logbook(data_dir, tmp_path / "sources", make_session).close()
    good = make_backup(data_dir, tmp_path / "backup.zip", now=NOW).path
    older = edit_manifest(good, tmp_path / "older.zip", lambda m: m.pop("audit_head"))
    assert verify_backup(older).clients == 2
    assert not read_manifest(older).names_audit_head


def test_json_exports_name_the_head_before_the_export(book: ExportBook, tmp_path: Path) -> None:
    head = head_of(book.data_dir)
    with Logbook.open(book.data_dir) as logbook:
        one = export_client(logbook, book.client_id, "json", tmp_path / "one.json")
        after_one = logbook.audit_head()  # the export itself is an audit entry
        every = export_all(logbook, "json", tmp_path / "all.json")
    assert json.loads(one.read_text("utf-8"))["audit_head"] == head.as_text()
    assert after_one is not None and after_one.entry_id == head.entry_id + 1
    assert json.loads(every.read_text("utf-8"))["audit_head"] == after_one.as_text()


@pytest.mark.usefixtures("qapp")
def test_bundles_name_the_head_in_their_json_and_comment(book: ExportBook, tmp_path: Path):
    head = head_of(book.data_dir)
    with Logbook.open(book.data_dir) as logbook:
        one = export_client(logbook, book.client_id, "bundle", tmp_path / "one.zip")
        every = export_all(logbook, "bundle", tmp_path / "all.zip")
        after_one = logbook.audit_head()
    assert bundle_head(one) == head
    with zipfile.ZipFile(one) as archive:
        assert json.loads(archive.read("history.json"))["audit_head"] == head.as_text()
        assert archive.comment == f"Audit log head {head.as_text()}".encode()
    assert after_one is not None
    every_head = bundle_head(every)
    assert every_head is not None and every_head.entry_id == after_one.entry_id - 1
    with zipfile.ZipFile(every) as archive:
        documents = [n for n in archive.namelist() if n.endswith("/history.json")]
        assert len(documents) == 2
        for name in documents:
            assert json.loads(archive.read(name))["audit_head"] == every_head.as_text()


@pytest.mark.usefixtures("qapp")
def test_the_pdf_names_the_head_on_every_page_and_whole_on_the_last(
    book: ExportBook, tmp_path: Path
) -> None:
    head = head_of(book.data_dir)
    with Logbook.open(book.data_dir) as logbook:
        pdf = export_client(logbook, book.client_id, "pdf", tmp_path / "history.pdf")
    pages = [pdf_text(page.extract_text() or "") for page in PdfReader(pdf).pages]
    assert len(pages) > 1
    short = f"Audit log head {head.entry_id}:{head.sha256[:12]}"
    assert all(short in page for page in pages)
    assert f"Audit log head when this report was made: {head.as_text()}" in pages[-1]
    assert head.sha256 not in " ".join(pages[:-1])


@pytest.mark.server_only
def test_a_backup_of_the_server_names_the_servers_head(data_dir: Path, tmp_path: Path) -> None:
    with (
        fresh_logbook_database() as url,
        Logbook.open(data_dir, database_url=url) as server,
    ):
        for name in ("Ann", "Bob"):
            server.add_client(ClientDetails(name, "Smith"), today=NOW.date())
        head = server.audit_head()
        made = backup_server(url, tmp_path / "server.zip", workstation=data_dir)
    assert head is not None and made.audit_head == head
    assert read_manifest(made.path).audit_head == head
