"""What the owner of a raw logbook file can do behind the app's back, for the tests that
show ``verify`` (and the window's seal) catching it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def forge_signed_depth(
    database: Path, session_id: int | None = None, *, depth: float | None = None
) -> int:
    """Change a signed session's depth in the file at ``database``: the trigger that
    refuses it dropped, the row changed, the same trigger made again. ``session_id``:
    the first signed session by default; ``depth``: the new depth (0.25 mm more by
    default). Returns the session's id."""
    with closing(sqlite3.connect(database)) as connection:
        if session_id is None:
            (session_id,) = connection.execute(
                "SELECT min(id) FROM sessions WHERE signed_at IS NOT NULL"
            ).fetchone()
        (trigger,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'session_areas_signed_update'"
        ).fetchone()
        connection.execute("DROP TRIGGER session_areas_signed_update")
        if depth is None:
            connection.execute(
                "UPDATE session_areas SET depth_mm = depth_mm + 0.25 WHERE session_id = ?",
                [session_id],
            )
        else:
            connection.execute(
                "UPDATE session_areas SET depth_mm = ? WHERE session_id = ?", [depth, session_id]
            )
        connection.execute(trigger)
        connection.commit()
    assert session_id is not None
    return session_id
