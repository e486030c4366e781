"""Treatment sessions with their areas, reactions and products: saved whole or not at all."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError, StaleDraftError
from ..records import (
    AreaTreatment,
    Numbing,
    ProductUse,
    ReactionObservation,
    SafetyAcknowledgement,
    Session,
    SessionDetails,
    SessionSummary,
)
from ..vocabulary import (
    Aftercare,
    Area,
    Device,
    Endpoint,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
)
from .amendments import amendments_by_session
from .practitioners import PractitionerStore
from .timestamps import from_db_date, from_db_time, to_db_date, to_db_time, utc_now

_SESSION_COLUMNS = """
    s.id, s.client_id, s.started_at, s.duration_minutes, s.device, s.cartridge,
    s.numbing_agent, s.numbing_strength, s.numbing_minutes, s.endpoint, s.aftercare,
    s.next_visit_due, s.notes, s.created_at, s.updated_at, p.name AS practitioner_name,
    s.signed_at, s.signed_by, s.version, s.updated_by
"""
_SESSION_FROM = "FROM sessions s JOIN practitioners p ON p.id = s.practitioner_id"
# A session's parts: rewritten whole with a draft.
_PART_TABLES = (
    "session_areas",
    "session_reactions",
    "session_products",
    "session_acknowledgements",
)


def _session_row(details: SessionDetails, practitioner_id: int) -> dict[str, Any]:
    numbing = details.numbing
    return {
        "client_id": details.client_id,
        "practitioner_id": practitioner_id,
        "started_at": to_db_time(details.started_at),
        "duration_minutes": details.duration_minutes,
        "device": details.device.value,
        "cartridge": details.cartridge.strip(),
        "numbing_agent": numbing.agent.strip() if numbing else None,
        "numbing_strength": numbing.strength.strip() if numbing else "",
        "numbing_minutes": numbing.minutes if numbing else None,
        "endpoint": details.endpoint.value if details.endpoint else None,
        "aftercare": json.dumps([item.value for item in details.aftercare]),
        "next_visit_due": to_db_date(details.next_visit_due),
        "notes": details.notes.strip(),
    }


def _numbing(row: dict[str, Any]) -> Numbing | None:
    if row["numbing_agent"] is None:
        return None
    return Numbing(row["numbing_agent"], row["numbing_strength"], row["numbing_minutes"])


class SessionStore:
    def __init__(self, db: Database, practitioners: PractitionerStore) -> None:
        self._db = db
        self._practitioners = practitioners

    def record(
        self,
        details: SessionDetails,
        acknowledgements: Sequence[tuple[str, str, str]] = (),
        *,
        saved_by: str | None = None,
    ) -> Session:
        """Insert the session and all its parts in one transaction; ``acknowledgements``
        are the (code, message, reason) of the warnings acknowledged before treatment."""
        now = to_db_time(utc_now())
        with self._db.atomic():
            practitioner = self._practitioners.get_or_add(details.practitioner_name)
            row = _session_row(details, practitioner.id) | {
                "created_at": now,
                "updated_at": now,
                "updated_by": _who(saved_by),
            }
            session_id = self._db["sessions"].insert(row).last_pk
            self._insert_parts(session_id, details)
            self._insert_acknowledgements(session_id, acknowledgements, now)
        return self.get(session_id)

    def rewrite_draft(
        self,
        session_id: int,
        details: SessionDetails,
        acknowledgements: Sequence[tuple[str, str, str]] = (),
        *,
        version: int,
        saved_by: str | None = None,
    ) -> None:
        """Replace a draft's values, parts and acknowledged warnings (inside the caller's
        transaction; the triggers refuse it for a signed session), if it still is the
        ``version`` the editor read: else StaleDraftError, nothing written."""
        now = to_db_time(utc_now())
        practitioner = self._practitioners.get_or_add(details.practitioner_name)
        row = _session_row(details, practitioner.id) | {
            "updated_at": now,
            "updated_by": _who(saved_by),
        }
        assignments = ", ".join(f"{column} = ?" for column in row)
        # Compared and counted up in the one statement: of two rooms saving the same
        # version, the second waits for the first's lock, then matches no row.
        cursor = self._db.execute(
            f"UPDATE sessions SET {assignments}, version = version + 1 "
            "WHERE id = ? AND version = ?",
            [*row.values(), session_id, version],
        )
        if cursor.rowcount == 0:
            raise self.stale(session_id)
        for table in _PART_TABLES:
            self._db.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
        self._insert_parts(session_id, details)
        self._insert_acknowledgements(session_id, acknowledgements, now)

    def stale(self, session_id: int) -> StaleDraftError | NotFoundError:
        """Why a save over an older version of the draft was refused: who saved since."""
        row = self._db.execute(
            "SELECT updated_at, updated_by FROM sessions WHERE id = ?", [session_id]
        ).fetchone()
        if row is None:
            return NotFoundError(
                f"There is no session with id {session_id}: it was deleted at another "
                "workstation. Nothing was saved."
            )
        return stale_draft_error(row[0], row[1] or "")

    def _insert_parts(self, session_id: int, details: SessionDetails) -> None:
        self._db["session_areas"].insert_all(
            {
                "session_id": session_id,
                "position": position,
                "area": item.area.value,
                "depth_mm": float(item.depth_mm),
                "passes": item.passes,
                "note": item.note.strip(),
            }
            for position, item in enumerate(details.areas)
        )
        self._db["session_reactions"].insert_all(
            {
                "session_id": session_id,
                "position": position,
                "reaction": item.reaction.value,
                "severity": int(item.severity),
                "observed": item.observed.value,
                "note": item.note.strip(),
            }
            for position, item in enumerate(details.reactions)
        )
        self._db["session_products"].insert_all(
            {
                "session_id": session_id,
                "position": position,
                "role": item.role.value,
                "product": item.product.strip(),
                "lot": item.lot.strip(),
                "expiry": to_db_date(item.expiry),
            }
            for position, item in enumerate(details.products)
        )

    def _insert_acknowledgements(
        self, session_id: int, acknowledgements: Sequence[tuple[str, str, str]], now: str
    ) -> None:
        self._db["session_acknowledgements"].insert_all(
            {
                "session_id": session_id,
                "position": position,
                "code": code,
                "message": message,
                "acknowledged_at": now,
                "reason": reason,
            }
            for position, (code, message, reason) in enumerate(acknowledgements)
        )

    def get(self, session_id: int) -> Session:
        row = next(
            self._db.query(
                f"SELECT {_SESSION_COLUMNS} {_SESSION_FROM} WHERE s.id = ?", [session_id]
            ),
            None,
        )
        if row is None:
            raise NotFoundError(f"There is no session with id {session_id}.")
        return self._build_sessions([row])[0]

    def latest_for_client(self, client_id: int) -> Session | None:
        row = next(
            self._db.query(
                f"SELECT {_SESSION_COLUMNS} {_SESSION_FROM} WHERE s.client_id = ? "
                "ORDER BY s.started_at DESC, s.id DESC LIMIT 1",
                [client_id],
            ),
            None,
        )
        return self._build_sessions([row])[0] if row else None

    def batch_after(self, last_id: int, limit: int = 500) -> list[Session]:
        """Complete sessions with ids above ``last_id``, in id order, at most ``limit``:
        for walking every session (``verify``) without holding them all."""
        rows = list(
            self._db.query(
                f"SELECT {_SESSION_COLUMNS} {_SESSION_FROM} WHERE s.id > ? ORDER BY s.id LIMIT ?",
                [last_id, limit],
            )
        )
        return self._build_sessions(rows)

    def for_client(self, client_id: int) -> list[Session]:
        """Every session of a client, newest first, complete."""
        rows = list(
            self._db.query(
                f"SELECT {_SESSION_COLUMNS} {_SESSION_FROM} WHERE s.client_id = ? "
                "ORDER BY s.started_at DESC, s.id DESC",
                [client_id],
            )
        )
        return self._build_sessions(rows)

    def for_client_between(self, client_id: int, start: datetime, end: datetime) -> list[Session]:
        """The client's sessions started at or after ``start`` and before ``end``, newest
        first: the recent ones the safety rules look at."""
        rows = list(
            self._db.query(
                f"SELECT {_SESSION_COLUMNS} {_SESSION_FROM} WHERE s.client_id = ? "
                "AND s.started_at >= ? AND s.started_at < ? "
                "ORDER BY s.started_at DESC, s.id DESC",
                [client_id, to_db_time(start), to_db_time(end)],
            )
        )
        return self._build_sessions(rows)

    def history(self, client_id: int) -> list[SessionSummary]:
        return [_summarise(session) for session in self.for_client(client_id)]

    def first_started_at(self, client_id: int) -> datetime | None:
        row = self._db.execute(
            "SELECT min(started_at) FROM sessions WHERE client_id = ?", [client_id]
        ).fetchone()
        return from_db_time(row[0]) if row[0] else None

    def count(self) -> int:
        return self._db["sessions"].count

    def _build_sessions(self, rows: list[dict[str, Any]]) -> list[Session]:
        ids = [row["id"] for row in rows]
        areas = self._parts("session_areas", ids, _area)
        reactions = self._parts("session_reactions", ids, _reaction)
        products = self._parts("session_products", ids, _product)
        acknowledged = self._parts("session_acknowledgements", ids, _acknowledgement)
        amended = amendments_by_session(self._db, ids)
        return [
            Session(
                id=row["id"],
                details=SessionDetails(
                    client_id=row["client_id"],
                    started_at=from_db_time(row["started_at"]),
                    practitioner_name=row["practitioner_name"],
                    device=Device(row["device"]),
                    areas=tuple(areas[row["id"]]),
                    cartridge=row["cartridge"],
                    duration_minutes=row["duration_minutes"],
                    numbing=_numbing(row),
                    products=tuple(products[row["id"]]),
                    endpoint=Endpoint(row["endpoint"]) if row["endpoint"] else None,
                    reactions=tuple(reactions[row["id"]]),
                    aftercare=tuple(Aftercare(v) for v in json.loads(row["aftercare"])),
                    next_visit_due=from_db_date(row["next_visit_due"]),
                    notes=row["notes"],
                    acknowledged=tuple(a.code for a in acknowledged[row["id"]]),
                ),
                created_at=from_db_time(row["created_at"]),
                updated_at=from_db_time(row["updated_at"]),
                acknowledgements=tuple(acknowledged[row["id"]]),
                signed_at=from_db_time(row["signed_at"]) if row["signed_at"] else None,
                signed_by=row["signed_by"] or "",
                amendments=tuple(amended.get(row["id"], ())),
                version=row["version"],
                updated_by=row["updated_by"] or "",
            )
            for row in rows
        ]

    def _parts(self, table: str, session_ids: Iterable[int], build) -> dict[int, list]:
        grouped: dict[int, list] = defaultdict(list)
        ids = list(session_ids)
        # Chunked to stay far below SQLite's limit on bound parameters.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            placeholders = ", ".join("?" * len(chunk))
            for row in self._db.query(
                f"SELECT * FROM {table} WHERE session_id IN ({placeholders}) "
                "ORDER BY session_id, position",
                chunk,
            ):
                grouped[row["session_id"]].append(build(row))
        return grouped


def _who(name: str | None) -> str | None:
    return (name or "").strip() or None


def stale_draft_error(saved_at: str, saved_by: str) -> StaleDraftError:
    """The refusal of a save over a draft that ``saved_by`` saved at ``saved_at`` (a
    stored stamp) since it was read; the time as this workstation's clock shows it."""
    when = from_db_time(saved_at).astimezone().strftime("%H:%M")
    who = f" by {saved_by}" if saved_by else ""
    return StaleDraftError(
        f"This draft was changed at another workstation at {when}{who}: nothing was saved "
        "here, so that their change is not overwritten. Keep what you typed, open the "
        "draft again to see their version, then make your change there.",
        saved_at=saved_at,
        saved_by=saved_by,
    )


def _area(row: dict[str, Any]) -> AreaTreatment:
    return AreaTreatment(Area(row["area"]), row["depth_mm"], row["passes"], row["note"])


def _reaction(row: dict[str, Any]) -> ReactionObservation:
    return ReactionObservation(
        Reaction(row["reaction"]),
        Severity(row["severity"]),
        ObservedWhen(row["observed"]),
        row["note"],
    )


def _product(row: dict[str, Any]) -> ProductUse:
    return ProductUse(
        row["product"], row["lot"], from_db_date(row["expiry"]), ProductRole(row["role"])
    )


def _acknowledgement(row: dict[str, Any]) -> SafetyAcknowledgement:
    return SafetyAcknowledgement(
        row["code"], row["message"], from_db_time(row["acknowledged_at"]), row.get("reason") or ""
    )


def _summarise(session: Session) -> SessionSummary:
    details = session.details
    worst = max(details.reactions, key=lambda r: r.severity, default=None)
    return SessionSummary(
        id=session.id,
        started_at=details.started_at,
        practitioner_name=details.practitioner_name,
        device=details.device,
        cartridge=details.cartridge,
        areas=details.areas,
        numbing=details.numbing,
        worst_reaction=worst,
        lots=tuple(p.lot for p in details.products if p.lot),
        signed_at=session.signed_at,
        amendment_count=len(session.amendments),
    )
