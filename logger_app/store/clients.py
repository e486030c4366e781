"""Clients: rows of ``clients`` in and out, and the search behind the client list."""

from __future__ import annotations

import json
import re
from functools import partial
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError as RowNotFound

from ..errors import NotFoundError
from ..records import Client, ClientDetails, ClientListEntry
from ..vocabulary import Concern, Fitzpatrick, SkinType
from .dialect import dialect_of
from .timestamps import from_db_date, from_db_time, to_db_date, to_db_time, utc_now

_WORD = re.compile(r"\w+", re.UNICODE)


def _details_to_row(details: ClientDetails) -> dict[str, Any]:
    return {
        "first_name": details.first_name.strip(),
        "last_name": details.last_name.strip(),
        "date_of_birth": to_db_date(details.date_of_birth),
        "phone": details.phone.strip(),
        "phone_digits": "".join(c for c in details.phone if c.isdigit()),
        "email": details.email.strip(),
        "fitzpatrick": int(details.fitzpatrick) if details.fitzpatrick else None,
        "skin_type": details.skin_type.value if details.skin_type else None,
        "concerns": json.dumps([concern.value for concern in details.concerns]),
        "allergies": details.allergies.strip(),
        "medical_notes": details.medical_notes.strip(),
        "address": details.address.strip(),
        "general_notes": details.general_notes.strip(),
    }


def _row_to_client(row: dict[str, Any]) -> Client:
    details = ClientDetails(
        first_name=row["first_name"],
        last_name=row["last_name"],
        date_of_birth=from_db_date(row["date_of_birth"]),
        phone=row["phone"],
        email=row["email"],
        fitzpatrick=Fitzpatrick(row["fitzpatrick"]) if row["fitzpatrick"] else None,
        skin_type=SkinType(row["skin_type"]) if row["skin_type"] else None,
        concerns=tuple(Concern(value) for value in json.loads(row["concerns"])),
        allergies=row["allergies"],
        medical_notes=row["medical_notes"],
        address=row["address"],
        general_notes=row["general_notes"],
    )
    return Client(
        id=row["id"],
        details=details,
        created_at=from_db_time(row["created_at"]),
        updated_at=from_db_time(row["updated_at"]),
        archived=bool(row["archived"]),
    )


def search_words(text: str) -> list[str]:
    """The words typed into a search: every one must start a word of the client's row."""
    return _WORD.findall(text)


def fts_prefix_query(words: list[str]) -> str:
    """``words`` as an FTS5 query: each quoted (typed syntax is data) and a prefix."""
    return " ".join(f'"{word}"*' for word in words)


_FTS_MATCH = "SELECT rowid FROM clients_fts WHERE clients_fts MATCH :query"
_LIST_SQL = """
    SELECT c.id, c.first_name, c.last_name, c.date_of_birth, c.phone, c.last_session_at,
        c.archived
    FROM clients c
    WHERE {archived} {filter}
    ORDER BY {last_name}, {first_name}, c.id
"""


# Never the id of an erased client: their tombstone in the audit log keeps it, and it
# must not come to stand for someone else (rowids would reuse the highest id).
_NEXT_ID_SQL = """
    SELECT coalesce(max(used), 0) FROM (SELECT max(id) AS used FROM clients UNION ALL
        SELECT max(client_id) FROM audit_log WHERE action = 'erase' AND entity = 'client') ids
"""


class ClientStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, details: ClientDetails) -> Client:
        now = to_db_time(utc_now())
        row = _details_to_row(details) | {"created_at": now, "updated_at": now}
        with self._db.atomic():
            # On the server two rooms would read the same highest id: one at a time.
            serialized = dialect_of(self._db).serialized("client_id")
            if serialized:
                self._db.execute(serialized)
            row["id"] = 1 + self._db.execute(_NEXT_ID_SQL).fetchone()[0]
            client_id = self._db["clients"].insert(row).last_pk
        return self.get(client_id)

    def update(self, client_id: int, details: ClientDetails) -> Client:
        self.get(client_id)
        row = _details_to_row(details) | {"updated_at": to_db_time(utc_now())}
        with self._db.atomic():
            self._db["clients"].update(client_id, row)
        return self.get(client_id)

    def get(self, client_id: int) -> Client:
        try:
            return _row_to_client(self._db["clients"].get(client_id))
        except RowNotFound:
            raise NotFoundError(f"There is no client with id {client_id}.") from None

    def set_archived(self, client_id: int, archived: bool) -> None:
        self._db.execute(
            "UPDATE clients SET archived = ?, updated_at = ? WHERE id = ?",
            [int(archived), to_db_time(utc_now()), client_id],
        )

    def exists(self, client_id: int) -> bool:
        return bool(self._db.execute("SELECT 1 FROM clients WHERE id = ?", [client_id]).fetchone())

    def list_entries(self, search: str = "", archived: bool = False) -> list[ClientListEntry]:
        """Active clients (with ``archived``, everyone) sorted by name; with ``search``,
        those whose name, phone or email has words starting with every word typed."""
        dialect = dialect_of(self._db)
        sql = partial(
            _LIST_SQL.format,
            archived="1 = 1" if archived else "c.archived = 0",
            last_name=dialect.nocase("c.last_name"),
            first_name=dialect.nocase("c.first_name"),
        )
        words = search_words(search)
        if not words:
            cursor = self._db.execute(sql(filter=""))
        elif dialect.is_server:
            cursor = self._db.execute(
                sql(filter="AND c.search_document @@ logbook_prefix_query(:words)"),
                {"words": words},
            )
        else:
            cursor = self._db.execute(
                sql(filter=f"AND c.id IN ({_FTS_MATCH})"),
                {"query": fts_prefix_query(words)},
            )
        # Plain tuples, not dicts: this runs on every keystroke over thousands of rows.
        return [
            ClientListEntry(
                id=client_id,
                first_name=first,
                last_name=last,
                date_of_birth=from_db_date(born),
                phone=phone,
                last_session_at=from_db_time(last_session) if last_session else None,
                archived=bool(is_archived),
            )
            for client_id, first, last, born, phone, last_session, is_archived in cursor.fetchall()
        ]

    def matching_ids(self, search: str) -> set[int] | None:
        """Ids of the clients matching ``search`` (archived ones too); None when the text
        has no word to search for, i.e. everyone matches."""
        words = search_words(search)
        if not words:
            return None
        if dialect_of(self._db).is_server:
            cursor = self._db.execute(
                "SELECT id FROM clients WHERE search_document @@ logbook_prefix_query(?)", [words]
            )
        else:
            cursor = self._db.execute(_FTS_MATCH, {"query": fts_prefix_query(words)})
        return {row[0] for row in cursor}

    def count(self) -> int:
        return self._db["clients"].count

    def all_ids(self) -> list[int]:
        """Every client's id, archived ones too, in the order they were added."""
        return [row[0] for row in self._db.execute("SELECT id FROM clients ORDER BY id")]
