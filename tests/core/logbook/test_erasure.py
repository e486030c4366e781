"""Erasing a client (right to erasure): no row of theirs in any table, no photo file of
theirs on disk, their name nowhere in the database files, one tombstone in the audit log
— and every other client exactly as before, including a photo file they share."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.errors import NotAllowedError, ValidationError
from logger_app.logbook import Logbook
from logger_app.photos.thumbnails import thumbnail_files
from logger_app.records import (
    AuditFilter,
    Client,
    ImportStatus,
    PhotoDetails,
    PhotoFileStatus,
    ReactionObservation,
)
from logger_app.vocabulary import PhotoAngle, PhotoKind, Reaction, Severity

from ...database_rules import file_only, raw_sql, refused_by_database
from ...signing import sign_in
from ..photo_files import picture, save
from ..photos.homes import stored_hashes

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
FIRST, LAST = "Zebulon", "Quixotewright"  # words found nowhere else in a logbook file
DETAILS = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)


def _photo(logbook: Logbook, session_id: int, path: Path):
    [result] = logbook.import_photos(session_id, [path], DETAILS)
    assert result.status is ImportStatus.IMPORTED, result.reason
    return logbook.photo(result.photo_id)


@pytest.fixture
def two_clients(logbook: Logbook, add_client, make_session, tmp_path: Path):
    """The client to erase (signed and draft sessions, an amendment, photos, screening
    and consent, an export on record) and another client sharing one photo file."""
    sign_in(logbook, "Maya Okafor")  # the logbook's first profile: its administrator
    zed = add_client(FIRST, LAST, phone="+44 7700 900123", email="zq@example.org",
                     allergies="Penicillin", medical_notes="Takes warfarin")  # fmt: skip
    other = add_client("Ann", "Other")
    # (Not a test of the safety warnings: those of the allergy are not asked for.)
    signed = logbook.record_session(
        make_session(zed.id, notes=f"{FIRST} reported mild itching"),
        now=NOW, sign=True, enforce_safety=False,
    )  # fmt: skip
    later = ReactionObservation(Reaction.PIH, Severity.MILD)
    logbook.amend_session(signed.id, "reactions.new", later, "Seen later.")
    draft = logbook.record_session(
        make_session(zed.id, started_at=datetime(2025, 3, 1, 10, tzinfo=UTC)),
        now=NOW, enforce_safety=False,
    )  # fmt: skip
    others = logbook.record_session(make_session(other.id), now=NOW, sign=True)
    own = save(picture(320, 240, seed=11), tmp_path / f"{FIRST}-front.png", "PNG")
    shared = save(picture(320, 240, seed=12), tmp_path / "shared.png", "PNG")
    mine = [_photo(logbook, signed.id, own), _photo(logbook, draft.id, shared)]
    theirs = _photo(logbook, others.id, shared)
    for photo in [*mine, theirs]:
        logbook.photo_thumbnail(photo)
    from logger_app.export import export_client

    export_client(logbook, zed.id, "json", tmp_path / f"{FIRST}-{LAST}.json")
    return zed, other, mine, theirs


def _rows_of(logbook: Logbook, client_id: int, session_ids: list[int]) -> dict[str, int]:
    """Rows of every table that point at the client or one of their sessions (raw SQL)."""
    found = {}
    ids = ",".join(str(i) for i in session_ids) or "NULL"
    for table in logbook._db.table_names():
        columns = set(logbook._db[table].columns_dict)
        where = []
        if "client_id" in columns:
            where.append(f"client_id = {client_id}")
        if "session_id" in columns:
            where.append(f"session_id IN ({ids})")
        if table == "clients":
            where.append(f"id = {client_id}")
        if table == "sessions":
            where.append(f"id IN ({ids})")
        if where:
            count = logbook._db.execute(
                f"SELECT count(*) FROM {table} WHERE {' OR '.join(where)}"
            ).fetchone()[0]
            if count:
                found[table] = count
    return found


def test_erasure_leaves_no_row_no_file_and_one_tombstone(logbook: Logbook, two_clients) -> None:
    zed, other, mine, theirs = two_clients
    session_ids = [s.id for s in logbook.sessions_of(zed.id)]
    assert set(_rows_of(logbook, zed.id, session_ids)) >= {
        "clients", "sessions", "session_areas", "amendments", "photos", "screenings",
        "consents", "audit_log",
    }  # fmt: skip
    other_before = (
        logbook.client(other.id),
        logbook.sessions_of(other.id),
        logbook.photos_of_client(other.id),
        logbook.audit_entries(AuditFilter(client_ids=frozenset({other.id}))),
    )
    assert stored_hashes(logbook) == sorted([mine[0].sha256, theirs.sha256])

    report = logbook.erase_client(zed.id, f"{FIRST} {LAST}")

    assert (report.sessions, report.photos, report.photo_files, report.amendments) == (2, 2, 1, 1)
    assert report.other_rows >= 2  # the screening and the consent, at least
    # No row of the client anywhere, but the one tombstone.
    assert _rows_of(logbook, zed.id, session_ids) == {"audit_log": 1}
    [tombstone] = logbook.audit_entries(AuditFilter(client_ids=frozenset({zed.id})))
    assert tombstone.id == report.tombstone_id
    assert (tombstone.action, tombstone.entity, tombstone.entity_id) == ("erase", "client", zed.id)
    assert tombstone.actor == "Maya Okafor"
    assert logbook.audit_count(AuditFilter(action="erase")) == 1
    # Their own photo file and its thumbnails are gone from the home; the shared one stays.
    assert stored_hashes(logbook) == [theirs.sha256]
    assert {sha for sha, _ in thumbnail_files(logbook.data_dir)} == {theirs.sha256}
    # The other client is exactly as before.
    assert other_before == (
        logbook.client(other.id),
        logbook.sessions_of(other.id),
        logbook.photos_of_client(other.id),
        logbook.audit_entries(AuditFilter(client_ids=frozenset({other.id}))),
    )
    assert logbook.photo_status(theirs) is PhotoFileStatus.OK
    assert logbook.check_photos().problems_left == 0
    assert [e.full_name for e in logbook.list_clients(archived=True)] == ["Ann Other"]


# What identified the client, in lower case.
TRACES = (FIRST.lower(), LAST.lower(), "warfarin", "zq@example.org", "7700 900123")


@file_only
def test_the_name_is_nowhere_in_the_database_files(
    logbook: Logbook, two_clients, data_dir: Path
) -> None:
    zed = two_clients[0]
    logbook.erase_client(zed.id, f"{FIRST} {LAST}")
    logbook.close()
    files = [path for path in data_dir.iterdir() if path.name.startswith("logbook.sqlite3")]
    assert files
    for path in files:
        data = path.read_bytes().lower()
        for word in TRACES:
            assert word.encode() not in data, f"{word} left in {path.name}"


@pytest.mark.parametrize("home", ["server"])
def test_the_name_is_in_no_row_on_the_server(logbook: Logbook, two_clients) -> None:
    """The server's files are not ours to read: every row of every table, as text."""
    zed = two_clients[0]

    def found() -> dict[str, list[str]]:
        tables = logbook._db.table_names()
        rows = {t: raw_sql(logbook, f'SELECT lower(t::text) FROM "{t}" t') for t in tables}
        return {
            word: [table for table, texts in rows.items() if any(word in r[0] for r in texts)]
            for word in TRACES
        }

    assert all(found().values())  # the search sees them before
    logbook.erase_client(zed.id, f"{FIRST} {LAST}")
    assert found() == {word: [] for word in TRACES}


def test_earlier_entries_keep_who_and_when_but_lose_the_link(logbook: Logbook, two_clients) -> None:
    zed = two_clients[0]
    before = logbook.audit_entries(AuditFilter(client_ids=frozenset({zed.id})))
    report = logbook.erase_client(zed.id, f"{FIRST} {LAST}")
    after = {entry.id: entry for entry in logbook.audit_entries()}
    for entry in before:
        scrubbed = after[entry.id]
        assert (scrubbed.at, scrubbed.actor, scrubbed.action, scrubbed.entity) == (
            entry.at, entry.actor, entry.action, entry.entity,
        )  # fmt: skip
        assert scrubbed.client_id is None and scrubbed.entity_id is None
        assert scrubbed.details == {"erased_with": report.tombstone_id}
        assert str(zed.id) not in scrubbed.summary.replace(str(report.tombstone_id), "")
    # The export's file name (it held the client's name) is gone with the details.
    assert not any(FIRST in str(entry.details) for entry in logbook.audit_entries())
    # The tombstone names the entries it blanked: the audit chain still verifies.
    tombstone = after[report.tombstone_id]
    assert sorted(tombstone.details["scrubbed_entries"]) == sorted(e.id for e in before)
    verified = logbook.verify_records()
    assert verified.ok, verified.findings


def test_erasure_is_the_administrator_s(logbook: Logbook, two_clients) -> None:
    zed = two_clients[0]
    sign_in(logbook, "Lee Park")  # added by the administrator; not one
    entries = logbook.audit_count()
    with pytest.raises(NotAllowedError, match="administrator"):
        logbook.erase_client(zed.id, f"{FIRST} {LAST}")
    logbook.sign_out()
    with pytest.raises(NotAllowedError, match="administrator"):
        logbook.erase_client(zed.id, f"{FIRST} {LAST}")
    assert logbook.client(zed.id) == zed and logbook.audit_count() == entries


@pytest.mark.parametrize("typed", ["", "Zebulon", "Ann Other", "Zebulon Quixote"])
def test_the_full_name_must_be_typed(logbook: Logbook, two_clients, typed: str) -> None:
    zed = two_clients[0]
    entries = logbook.audit_count()
    with pytest.raises(ValidationError) as refused:
        logbook.erase_client(zed.id, typed)
    assert set(refused.value.problems) == {"confirm_name"}
    assert logbook.client(zed.id) == zed and logbook.audit_count() == entries


def test_the_name_is_matched_without_regard_to_case_or_spacing(
    logbook: Logbook, two_clients
) -> None:
    zed = two_clients[0]
    logbook.erase_client(zed.id, "  zebulon   QUIXOTEWRIGHT ")
    assert logbook.client_count() == 1


def test_the_id_of_an_erased_client_is_never_given_again(logbook: Logbook, add_client) -> None:
    first = add_client("Ann", "First")
    last: Client = add_client(FIRST, LAST)
    logbook.erase_client(last.id, last.full_name)
    newcomer = add_client("New", "Comer")
    assert newcomer.id == last.id + 1 and first.id < last.id
    assert logbook.audit_entries(AuditFilter(client_ids=frozenset({newcomer.id})))[0].action == (
        "create"
    )


def test_the_database_deletes_a_client_only_through_erasure(logbook: Logbook, two_clients) -> None:
    zed = two_clients[0]
    with refused_by_database(logbook, "erasing"), logbook._db.atomic():
        logbook._db.execute("DELETE FROM clients WHERE id = ?", [zed.id])
    with refused_by_database(logbook, "append-only"), logbook._db.atomic():
        logbook._db.execute(
            "UPDATE audit_log SET client_id = NULL, entity_id = NULL WHERE client_id = ?",
            [zed.id],
        )
    assert logbook.client(zed.id) == zed


def test_archiving_hides_without_deleting(logbook: Logbook, two_clients) -> None:
    zed, other, _, _ = two_clients
    sessions = logbook.sessions_of(zed.id)
    archived = logbook.archive_client(zed.id)
    assert archived.archived
    assert [e.id for e in logbook.list_clients()] == [other.id]
    everyone = logbook.list_clients(archived=True)
    assert {(e.id, e.archived) for e in everyone} == {(zed.id, True), (other.id, False)}
    assert logbook.sessions_of(zed.id) == sessions and zed.id in logbook.client_ids()
    assert logbook.matching_client_ids("zebulon") == {zed.id}
    assert not logbook.unarchive_client(zed.id).archived
    assert {e.id for e in logbook.list_clients()} == {zed.id, other.id}
