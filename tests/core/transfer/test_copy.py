"""copy_logbook between the file and the server: every table equal after a round trip,
the rules still on, ids kept, sequences moved on, a non-empty target refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store import open_database
from logger_app.store.dialect import is_refusal
from logger_app.transfer import TABLES, TransferError, copy_logbook
from logger_app.transfer.tables import check_same_columns, figures, rows_of

from ...logbook_template import new_logbook
from ...server_home import server_database
from .rich_logbook import NOW, fill

pytestmark = pytest.mark.server_only


def _rows(db) -> dict[str, list[tuple]]:
    columns = check_same_columns(db, db)
    return {table: rows_of(db, table, columns[table]) for table in TABLES}


@pytest.fixture
def original(tmp_path: Path) -> Path:
    """The data folder of a filled logbook (closed)."""
    folder = tmp_path / "original"
    book = new_logbook(folder)
    try:
        fill(book, tmp_path)
    finally:
        book.close()
    return folder


def test_file_to_server_to_file_keeps_every_row(original: Path, tmp_path: Path) -> None:
    from logger_app.store.server.opening import open_server_database

    source = open_database(original)
    back_folder = tmp_path / "back"
    with server_database() as url:
        server = open_server_database(url)
        back = open_database(back_folder, create=True)
        try:
            to_server = copy_logbook(source, server)
            to_file = copy_logbook(server, back)
            columns = check_same_columns(source, back)
            assert figures(back, columns) == figures(source, columns) == to_server.figures
            assert to_file.figures == to_server.figures
            assert _rows(back) == _rows(source)  # the same values, the same types
            assert to_server.count("amendments") == 2
            assert to_server.count("photos") == 2  # the erased client's went with them
            assert to_server.count("audit_log") > 20
            for table in ("session_acknowledgements", "consents", "safety_settings",
                          "consent_texts", "clinic_details"):  # fmt: skip
                assert to_server.count(table) >= 1, table
            assert to_server.count("courses") == 2  # the erased client's went with them
            assert to_server.count("consent_texts") == 2
            assert to_server.count("clinic_details") == 1
            after = back.execute("SELECT after_signing FROM photos ORDER BY id").fetchall()
            assert [row[0] for row in after] == [0, 1]
            # Signatures, the keys that made them, and entries an erasure blanked.
            assert to_server.count("signatures") == 5  # 3 sessions left, 2 amendments
            assert to_server.count("practitioner_keys") == 1
            blanked = "SELECT count(*) FROM audit_log WHERE subject_salt IS NULL"
            assert back.execute(blanked).fetchone()[0] == source.execute(blanked).fetchone()[0] > 0
        finally:
            for db in (source, server, back):
                db.close()
        # Each copy proves itself as the original did (the photo files stayed behind).
        for folder, database_url in ((tmp_path / "on-server", url), (back_folder, None)):
            with Logbook.open(folder, create=True, database_url=database_url) as copy:
                report = copy.verify_records(check_photos=False)
                assert report.ok, report.findings
                assert report.signatures_checked == 5


def test_the_copy_on_the_server_keeps_the_rules_and_its_ids(original: Path, tmp_path: Path) -> None:
    from logger_app.store.server.opening import open_server_database

    source = open_database(original)
    signed = source.execute("SELECT id FROM sessions WHERE signed_at IS NOT NULL").fetchone()[0]
    highest_client = source.execute("SELECT max(id) FROM clients").fetchone()[0]
    erased = source.execute(
        "SELECT client_id FROM audit_log WHERE action = 'erase' AND entity = 'client'"
    ).fetchone()[0]
    with server_database() as url:
        server = open_server_database(url)
        try:
            copy_logbook(source, server)
        finally:
            server.close()
            source.close()
        with Logbook.open(tmp_path / "caches", database_url=url) as book:
            with pytest.raises(Exception) as refused:
                book._db.execute("UPDATE sessions SET notes = 'x' WHERE id = ?", [signed])
            assert is_refusal(refused.value)
            new = book.add_client(ClientDetails("New", "Client"), today=NOW.date())
            assert new.id == max(highest_client, erased) + 1
            assert book.client_count() == 3
            assert len(book.list_clients("ann")) == 1  # the server's search document is made


def test_a_target_holding_records_is_refused_and_kept(original: Path, tmp_path: Path) -> None:
    source = open_database(original)
    other = new_logbook(tmp_path / "other")
    other.add_client(ClientDetails("Kept", "Here"), today=NOW.date())
    try:
        before = _rows(other._db)
        with pytest.raises(TransferError, match="already holds records"):
            copy_logbook(source, other._db)
        assert _rows(other._db) == before
    finally:
        other.close()
        source.close()


def test_a_copy_that_differs_is_rolled_back(
    original: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logger_app.transfer.copy as copying

    real = copying.insert_rows

    def altering(db, table, columns, rows):  # one changed value in one table
        if table == "screenings":
            at = columns.index("notes")
            rows = [tuple("x" if i == at else v for i, v in enumerate(rows[0])), *rows[1:]]
        real(db, table, columns, rows)

    monkeypatch.setattr(copying, "insert_rows", altering)
    source = open_database(original)
    target = open_database(tmp_path / "target", create=True)
    try:
        with pytest.raises(TransferError, match="does not match the original in screenings"):
            copy_logbook(source, target)
        assert all(not rows for rows in _rows(target).values())
    finally:
        target.close()
        source.close()
