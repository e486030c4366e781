"""Other treatments (peels, laser, filler…): every SQL statement about them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError
from ..records import OtherTreatment, OtherTreatmentDetails, ProductLot
from ..vocabulary import OtherTreatmentKind
from .timestamps import from_db_time, to_db_date, to_db_time, utc_now

# Newest first; two on one day: the one recorded last first.
_NEWEST = "ORDER BY performed_on DESC, id DESC"


def _details_row(details: OtherTreatmentDetails) -> dict[str, Any]:
    products = [{"product": p.product.strip(), "lot": p.lot.strip()} for p in details.products]
    return {
        "client_id": details.client_id,
        "performed_on": to_db_date(details.performed_on),
        "kind": details.kind.value,
        "kind_detail": details.kind_detail.strip(),
        "notes": details.notes.strip(),
        "practitioner_name": details.practitioner_name.strip(),
        "products": json.dumps(products, ensure_ascii=False),
    }


def other_treatment_of_row(row: dict[str, Any]) -> OtherTreatment:
    details = OtherTreatmentDetails(
        client_id=row["client_id"],
        performed_on=date.fromisoformat(row["performed_on"]),
        kind=OtherTreatmentKind(row["kind"]),
        kind_detail=row["kind_detail"],
        notes=row["notes"],
        practitioner_name=row["practitioner_name"],
        products=tuple(
            ProductLot(p["product"], p.get("lot", "")) for p in json.loads(row["products"])
        ),
    )
    return OtherTreatment(
        id=row["id"],
        details=details,
        created_at=from_db_time(row["created_at"]),
        created_by=row["created_by"],
        source=row["source"],
    )


class OtherTreatmentStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, details: OtherTreatmentDetails, created_by: str, source: str = ""
    ) -> OtherTreatment:
        row = _details_row(details) | {
            "source": source,
            "created_at": to_db_time(utc_now()),
            "created_by": created_by,
        }
        with self._db.atomic():
            treatment_id = self._db["other_treatments"].insert(row).last_pk
        return self.get(treatment_id)

    def update(self, treatment_id: int, details: OtherTreatmentDetails) -> OtherTreatment:
        with self._db.atomic():
            self._db["other_treatments"].update(treatment_id, _details_row(details))
        return self.get(treatment_id)

    def delete(self, treatment_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM other_treatments WHERE id = ?", [treatment_id])

    def get(self, treatment_id: int) -> OtherTreatment:
        row = next(
            self._db.query("SELECT * FROM other_treatments WHERE id = ?", [treatment_id]), None
        )
        if row is None:
            raise NotFoundError(f"There is no other treatment with id {treatment_id}.")
        return other_treatment_of_row(row)

    def of_client(self, client_id: int) -> list[OtherTreatment]:
        """Newest first."""
        rows = self._db.query(
            f"SELECT * FROM other_treatments WHERE client_id = ? {_NEWEST}", [client_id]
        )
        return [other_treatment_of_row(row) for row in rows]

    def of_kinds_since(
        self, client_id: int, kinds: tuple[OtherTreatmentKind, ...], since: date
    ) -> list[OtherTreatment]:
        """The client's treatments of ``kinds`` on or after ``since``, newest first (what
        the wash-out rules read)."""
        if not kinds:
            return []
        marks = ", ".join("?" for _ in kinds)
        rows = self._db.query(
            f"SELECT * FROM other_treatments WHERE client_id = ? AND kind IN ({marks}) "
            f"AND performed_on >= ? {_NEWEST}",
            [client_id, *(k.value for k in kinds), to_db_date(since)],
        )
        return [other_treatment_of_row(row) for row in rows]

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM other_treatments").fetchone()[0]
