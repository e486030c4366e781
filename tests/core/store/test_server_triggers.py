"""The server's triggers keep the record's rules as SQLite's do: signed sessions, their
parts and amendments change only through the gates, the audit log only grows, photos
keep their client and their mark, clients keep their latest session time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from logger_app.store.migrations import _SIGNED_MESSAGE
from logger_app.store.server.schema_integrity import SESSION_PARTS

from .server_schema_support import (
    STAMP,
    client_row,
    insert,
    insert_sql,
    part_row,
    photo_row,
    practitioner_row,
    refusal,
    session_row,
)

pytestmark = pytest.mark.server_only


SIGNED = f"a {_SIGNED_MESSAGE}"
LATER = "2025-05-02T10:00:00+00:00"


@dataclass
class Record:
    practitioner: int
    client: int
    other_client: int
    draft: int  # a session of ``client``, not signed
    signed: int  # a session of ``client``, signed, with a row in every part table


@pytest.fixture
def record(pg: Any) -> Record:
    practitioner = insert(pg, "practitioners", practitioner_row())
    client = insert(pg, "clients", client_row())
    other_client = insert(pg, "clients", client_row(first_name="Cy"))
    draft = insert(pg, "sessions", session_row(client, practitioner))
    signed = insert(pg, "sessions", session_row(client, practitioner))
    for table in SESSION_PARTS:
        insert(pg, table, part_row(table, signed))
    pg.execute(
        "UPDATE sessions SET signed_at = %s, signed_by = 'Dr Ada' WHERE id = %s", [LATER, signed]
    )
    return Record(practitioner, client, other_client, draft, signed)


def open_gate(pg: Any, action: str, *, session: int | None = None, client: int | None = None):
    pg.execute("SELECT set_config('logbook.gate', 'open', true)")  # as the app does (m009)
    insert(pg, "integrity_gate", {"action": action, "session_id": session, "client_id": client})


def test_a_signed_session_is_changed_only_through_its_amendment(pg: Any, record: Record) -> None:
    change_notes = "UPDATE sessions SET notes = 'changed' WHERE id = ?"
    assert refusal(pg, change_notes, [record.signed]) == SIGNED
    assert refusal(pg, change_notes, [record.draft]) is None
    open_gate(pg, "amend", session=record.draft)  # another session's gate
    assert refusal(pg, change_notes, [record.signed]) == SIGNED
    open_gate(pg, "amend", session=record.signed)
    assert refusal(pg, change_notes, [record.signed]) is None
    for column, value in (
        ("device", "roller"),
        ("started_at", LATER),
        ("signed_by", "Dr Other"),
        ("client_id", record.other_client),
    ):
        sql = f"UPDATE sessions SET {column} = ? WHERE id = ?"
        assert refusal(pg, sql, [value, record.signed]) == SIGNED, column


def test_a_signed_session_is_deleted_only_with_its_client(pg: Any, record: Record) -> None:
    delete = "DELETE FROM sessions WHERE id = ?"
    message = "a signed session is never deleted (only with its client, erased)"
    assert refusal(pg, delete, [record.signed]) == message
    open_gate(pg, "amend", session=record.signed)
    assert refusal(pg, delete, [record.signed]) == message
    assert refusal(pg, delete, [record.draft]) is None
    open_gate(pg, "erase", client=record.client)
    assert refusal(pg, delete, [record.signed]) is None
    for table in SESSION_PARTS:  # gone with it
        count = pg.execute(f"SELECT count(*) FROM {table} WHERE session_id = %s", [record.signed])
        assert count.fetchone() == (0,)


@pytest.mark.parametrize("table", SESSION_PARTS)
def test_the_parts_of_a_signed_session_change_only_through_a_gate(
    pg: Any, record: Record, table: str
) -> None:
    message = f"{table} of a {_SIGNED_MESSAGE}"
    row = part_row(table, record.signed, position=1)
    change = f"UPDATE {table} SET position = 5 WHERE session_id = ?"
    delete = f"DELETE FROM {table} WHERE session_id = ?"
    variant = {"session_areas": "chin", "session_reactions": "bruising"}
    if table in variant:  # not the row the signed session already has (UNIQUE)
        key = "area" if table == "session_areas" else "reaction"
        row[key] = variant[table]
    elif table == "session_acknowledgements":
        row["code"] = "screening.keloid"
    add, params = insert_sql(table, row), list(row.values())
    assert refusal(pg, add, params) == message
    assert refusal(pg, change, [record.signed]) == message
    assert refusal(pg, delete, [record.signed]) == message
    # A draft's part may not move into the signed session either.
    draft_part = insert(pg, table, part_row(table, record.draft))
    move = f"UPDATE {table} SET session_id = ? WHERE id = ?"
    open_gate(pg, "amend", session=record.draft)
    assert refusal(pg, move, [record.signed, draft_part]) == message

    open_gate(pg, "amend", session=record.signed)
    assert refusal(pg, add, params) is None
    assert refusal(pg, change, [record.signed]) is None
    assert refusal(pg, delete, [record.signed]) is None


@pytest.mark.parametrize("table", SESSION_PARTS)
def test_erasing_the_client_opens_the_parts_of_its_signed_sessions(
    pg: Any, record: Record, table: str
) -> None:
    delete = f"DELETE FROM {table} WHERE session_id = ?"
    open_gate(pg, "erase", client=record.other_client)
    assert refusal(pg, delete, [record.signed]) == f"{table} of a {_SIGNED_MESSAGE}"
    open_gate(pg, "erase", client=record.client)
    assert refusal(pg, delete, [record.signed]) is None


def amendment(session: int) -> dict[str, Any]:
    return {
        "session_id": session,
        "field": "notes",
        "label": "Notes",
        "old_value": '""',
        "new_value": '"more"',
        "reason": "typo",
        "amended_by": "Dr Ada",
        "amended_at": LATER,
    }


def test_amendments_only_of_signed_sessions_through_the_gate(pg: Any, record: Record) -> None:
    message = "only a signed session is amended, through its amendment"
    add = (
        "INSERT INTO amendments (session_id, field, label, old_value, new_value, reason, "
        "amended_by, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    assert refusal(pg, add, list(amendment(record.signed).values())) == message
    open_gate(pg, "amend", session=record.draft)
    assert refusal(pg, add, list(amendment(record.draft).values())) == message
    open_gate(pg, "amend", session=record.signed)
    assert refusal(pg, add, list(amendment(record.signed).values())) is None


def test_an_amendment_is_never_changed_and_goes_only_with_its_client(
    pg: Any, record: Record
) -> None:
    open_gate(pg, "amend", session=record.signed)
    amended = insert(pg, "amendments", amendment(record.signed))
    change = "UPDATE amendments SET reason = 'other' WHERE id = ?"
    delete = "DELETE FROM amendments WHERE id = ?"
    assert refusal(pg, change, [amended]) == "an amendment is never changed"
    message = "an amendment is deleted only when its client is erased"
    assert refusal(pg, delete, [amended]) == message
    open_gate(pg, "erase", client=record.other_client)
    assert refusal(pg, delete, [amended]) == message
    open_gate(pg, "erase", client=record.client)
    assert refusal(pg, change, [amended]) == "an amendment is never changed"
    assert refusal(pg, delete, [amended]) is None


def test_the_audit_log_is_append_only_but_erasure_blanks_its_links(pg: Any, record: Record) -> None:
    message = "the audit log is append-only"
    entry = {
        "at": STAMP,
        "actor": "Dr Ada",
        "action": "update",
        "entity": "client",
        "entity_id": record.client,
        "client_id": record.client,
        "summary": "Bea Jones: phone changed",
        "details": '{"fields": ["phone"]}',
        "subject_salt": "5a" * 16,
        "subject_sha256": "ab" * 32,
        "entry_sha256": "cd" * 32,
    }
    entry_id = insert(pg, "audit_log", entry)
    other = {"client_id": record.other_client, "entry_sha256": "ce" * 32}
    other_id = insert(pg, "audit_log", entry | other)
    blank = (
        "UPDATE audit_log SET client_id = NULL, entity_id = NULL, subject_salt = NULL, "
        "summary = 'erased', details = '{}' WHERE id = ?"
    )
    delete = "DELETE FROM audit_log WHERE id = ?"
    assert refusal(pg, "UPDATE audit_log SET summary = 'x' WHERE id = ?", [entry_id]) == message
    assert refusal(pg, blank, [entry_id]) == message
    assert refusal(pg, delete, [entry_id]) == message
    open_gate(pg, "erase", client=record.client)
    assert refusal(pg, delete, [entry_id]) == message
    assert refusal(pg, blank, [other_id]) == message  # not the erased client's
    blank_and_rewrite = blank.replace("summary", "actor = 'someone', summary")
    assert refusal(pg, blank_and_rewrite, [entry_id]) == message
    for kept in ("client_id", "entity_id"):  # both links go
        assert refusal(pg, blank.replace(f"{kept} = NULL", f"{kept} = {kept}"), [entry_id]) == (
            message
        ), kept
    assert refusal(pg, blank, [entry_id]) is None
    again = "UPDATE audit_log SET summary = 'again' WHERE id = ?"
    assert refusal(pg, again, [entry_id]) == message


def test_a_client_is_deleted_only_by_erasing_them(pg: Any, record: Record) -> None:
    delete = "DELETE FROM clients WHERE id = ?"
    assert refusal(pg, delete, [record.other_client]) == "a client is deleted only by erasing them"
    open_gate(pg, "erase", client=record.client)
    assert refusal(pg, delete, [record.other_client]) == "a client is deleted only by erasing them"
    open_gate(pg, "erase", client=record.other_client)
    assert refusal(pg, delete, [record.other_client]) is None


def test_a_practitioner_with_signed_sessions_keeps_their_name(pg: Any, record: Record) -> None:
    rename = "UPDATE practitioners SET name = ? WHERE id = ?"
    message = "a practitioner with signed sessions keeps their name"
    assert refusal(pg, rename, ["Dr Ada Lovelace", record.practitioner]) == message
    assert refusal(pg, rename, ["Dr Ada", record.practitioner]) is None
    other = insert(pg, "practitioners", practitioner_row("Dr Bo"))
    insert(pg, "sessions", session_row(record.client, other))
    assert refusal(pg, rename, ["Dr Bo Baker", other]) is None


def test_a_photo_belongs_to_the_client_of_its_session(pg: Any, record: Record) -> None:
    message = "a photo must belong to the client of its session"
    row = photo_row(record.other_client, record.draft)
    assert refusal(pg, insert_sql("photos", row), list(row.values())) == message
    photo = insert(pg, "photos", photo_row(record.client, record.draft))
    move = "UPDATE photos SET client_id = ? WHERE id = ?"
    assert refusal(pg, move, [record.other_client, photo]) == message
    # Moving the (draft) session to another client takes its photos along.
    pg.execute(
        "UPDATE sessions SET client_id = %s WHERE id = %s", [record.other_client, record.draft]
    )
    client = pg.execute("SELECT client_id FROM photos WHERE id = %s", [photo]).fetchone()
    assert client == (record.other_client,)


def test_photos_added_after_signing_are_marked_and_kept(pg: Any, record: Record) -> None:
    message = "a photo of a signed session is marked as added after signing"
    row = photo_row(record.client, record.signed, added_by="Dr Ada")
    assert refusal(pg, insert_sql("photos", row), list(row.values())) == message
    draft_row = photo_row(record.client, record.draft, after_signing=1)
    assert refusal(pg, insert_sql("photos", draft_row), list(draft_row.values())) == message
    added = insert(pg, "photos", row | {"after_signing": 1})
    kept = "when and by whom a photo was added is never changed"
    for change in ("after_signing = 0", "added_by = 'Dr Bo'", f"imported_at = '{LATER}'"):
        assert refusal(pg, f"UPDATE photos SET {change} WHERE id = ?", [added]) == kept, change
    assert refusal(pg, "UPDATE photos SET note = 'left cheek' WHERE id = ?", [added]) is None
    delete = "DELETE FROM photos WHERE id = ?"
    assert refusal(pg, delete, [added]) == f"photos of a {_SIGNED_MESSAGE}"
    draft_photo = insert(pg, "photos", photo_row(record.client, record.draft))
    assert refusal(pg, delete, [draft_photo]) is None
    open_gate(pg, "erase", client=record.client)
    assert refusal(pg, delete, [added]) is None


def test_the_latest_session_time_is_kept_on_the_client(pg: Any, record: Record) -> None:
    client = insert(pg, "clients", client_row(first_name="Di"))
    other = insert(pg, "clients", client_row(first_name="Ed"))

    def last_sessions() -> tuple[str | None, str | None]:
        rows = dict(
            pg.execute(
                "SELECT id, last_session_at FROM clients WHERE id IN (%s, %s)", [client, other]
            ).fetchall()
        )
        return rows[client], rows[other]

    assert last_sessions() == (None, None)
    first = insert(pg, "sessions", session_row(client, record.practitioner))
    assert last_sessions() == (STAMP, None)
    second = insert(pg, "sessions", session_row(client, record.practitioner, started_at=LATER))
    assert last_sessions() == (LATER, None)
    earliest = "2025-04-01T10:00:00+00:00"
    pg.execute("UPDATE sessions SET started_at = %s WHERE id = %s", [earliest, second])
    assert last_sessions() == (STAMP, None)
    pg.execute("UPDATE sessions SET client_id = %s WHERE id = %s", [other, first])
    assert last_sessions() == (earliest, STAMP)
    pg.execute("DELETE FROM sessions WHERE id = %s", [second])
    assert last_sessions() == (None, STAMP)
