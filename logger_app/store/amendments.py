"""Amendments of signed sessions, and the SQL that applies them.

Every statement that changes a signed session runs inside ``integrity_gate(db, "amend",
session_id=…)`` (opened by ``SigningStore.amend``): the triggers of schema step m006
refuse the same statements anywhere else.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from ..amendments import amendment_texts
from ..records import Amendment
from .timestamps import from_db_time


def amendment_row(row: dict[str, Any]) -> Amendment:
    old_value, new_value = json.loads(row["old_value"]), json.loads(row["new_value"])
    old_text, new_text = amendment_texts(row["field"], old_value, new_value)
    return Amendment(
        id=row["id"],
        session_id=row["session_id"],
        field=row["field"],
        label=row["label"],
        old_value=old_value,
        new_value=new_value,
        old_text=old_text,
        new_text=new_text,
        reason=row["reason"],
        amended_by=row["amended_by"],
        amended_at=from_db_time(row["amended_at"]),
    )


def amendments_by_session(db: Database, session_ids: Iterable[int]) -> dict[int, list[Amendment]]:
    """The amendments of these sessions, oldest first, by session id."""
    grouped: dict[int, list[Amendment]] = defaultdict(list)
    ids = list(session_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        placeholders = ", ".join("?" * len(chunk))
        for row in db.query(
            f"SELECT * FROM amendments WHERE session_id IN ({placeholders}) "
            "ORDER BY session_id, id",
            chunk,
        ):
            grouped[row["session_id"]].append(amendment_row(row))
    return grouped
