"""Finding past sessions across all clients: the review and recall queries."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..records import SessionFilter, SessionListing
from ..vocabulary import Area, Device, Reaction, Severity
from .dialect import Dialect, dialect_of
from .timestamps import from_db_time, to_db_time


def _columns(dialect: Dialect) -> str:
    areas = dialect.joined("a.area || ':' || a.depth_mm", ",", order_by="a.position")
    lots = dialect.joined("pr.lot", ", ", order_by="pr.position")
    return f"""
    s.id, s.client_id, c.first_name, c.last_name, s.started_at, p.name, s.device,
    s.cartridge,
    (SELECT {areas} FROM (SELECT area, depth_mm, position FROM session_areas
             WHERE session_id = s.id ORDER BY position) a),
    (SELECT r.reaction || ':' || r.severity FROM session_reactions r
       WHERE r.session_id = s.id ORDER BY r.severity DESC, r.position LIMIT 1),
    (SELECT {lots} FROM (SELECT lot, position FROM session_products
             WHERE session_id = s.id AND lot != '' ORDER BY position) pr)
"""


_FROM = """
    FROM sessions s
    JOIN clients c ON c.id = s.client_id
    JOIN practitioners p ON p.id = s.practitioner_id
"""


def _where(search: SessionFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause and its parameters; every part uses an index or an EXISTS on one."""
    parts: list[str] = ["c.archived = 0"]
    params: dict[str, Any] = {}
    if search.started_from is not None:
        parts.append("s.started_at >= :started_from")
        params["started_from"] = to_db_time(search.started_from)
    if search.started_before is not None:
        parts.append("s.started_at < :started_before")
        params["started_before"] = to_db_time(search.started_before)
    if search.area is not None:
        parts.append("s.id IN (SELECT session_id FROM session_areas WHERE area = :area)")
        params["area"] = search.area.value
    if search.device is not None:
        parts.append("s.device = :device")
        params["device"] = search.device.value
    if search.reaction is not None or search.min_severity is not None:
        condition = "r.severity >= :min_severity"
        params["min_severity"] = int(search.min_severity or 0)
        if search.reaction is not None:
            condition += " AND r.reaction = :reaction"
            params["reaction"] = search.reaction.value
        parts.append(f"s.id IN (SELECT session_id FROM session_reactions r WHERE {condition})")
    if search.practitioner:
        parts.append("p.name = :practitioner")
        params["practitioner"] = search.practitioner
    if search.lot:
        # Exact lot, as printed on the vial: a recall must not match a similar lot.
        parts.append("s.id IN (SELECT session_id FROM session_products WHERE lot = :lot)")
        params["lot"] = search.lot.strip()
    if search.client_id is not None:
        parts.append("s.client_id = :client_id")
        params["client_id"] = search.client_id
    return " AND ".join(parts), params


def _listing(row: tuple) -> SessionListing:
    (
        session_id,
        client_id,
        first,
        last,
        started,
        practitioner,
        device,
        cartridge,
        areas,
        worst,
        lots,
    ) = row
    area_depths = tuple(
        (Area(area), float(depth))
        for area, depth in (item.split(":") for item in (areas or "").split(",") if item)
    )
    worst_reaction = None
    if worst:
        reaction, severity = worst.split(":")
        worst_reaction = (Reaction(reaction), Severity(int(severity)))
    return SessionListing(
        session_id=session_id,
        client_id=client_id,
        client_name=f"{first} {last}",
        started_at=from_db_time(started),
        practitioner=practitioner,
        device=Device(device),
        cartridge=cartridge,
        areas=area_depths,
        worst_reaction=worst_reaction,
        lots=lots or "",
    )


class SessionSearch:
    def __init__(self, db: Database) -> None:
        self._db = db

    def find(self, search: SessionFilter, limit: int) -> list[SessionListing]:
        """Matching sessions, newest first, at most ``limit``."""
        where, params = _where(search)
        # Pick the ids first: the per-session summaries are then computed for the rows
        # shown, not for every match before sorting.
        columns = _columns(dialect_of(self._db))
        cursor = self._db.execute(
            f"WITH picked AS (SELECT s.id {_FROM} WHERE {where} "
            "ORDER BY s.started_at DESC, s.id DESC LIMIT :limit) "
            f"SELECT {columns} FROM picked JOIN sessions s ON s.id = picked.id "
            "JOIN clients c ON c.id = s.client_id "
            "JOIN practitioners p ON p.id = s.practitioner_id "
            "ORDER BY s.started_at DESC, s.id DESC",
            params | {"limit": limit},
        )
        return [_listing(row) for row in cursor.fetchall()]

    def count(self, search: SessionFilter) -> tuple[int, int]:
        """How many sessions match, and of how many distinct clients."""
        where, params = _where(search)
        sessions, clients = self._db.execute(
            f"SELECT count(*), count(DISTINCT s.client_id) {_FROM} WHERE {where}", params
        ).fetchone()
        return sessions, clients

    def practitioner_names(self) -> list[str]:
        return [
            row[0]
            for row in self._db.execute(
                f"SELECT name FROM practitioners ORDER BY {dialect_of(self._db).nocase('name')}"
            )
        ]
