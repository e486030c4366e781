"""Screenings and consents of a client: every SQL statement about them."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError
from ..records import Consent, ConsentDetails, Screening, ScreeningDetails
from .timestamps import from_db_date, from_db_time, to_db_date, to_db_time, utc_now

_FLAGS = (
    "pregnant_or_breastfeeding",
    "anticoagulants_or_bleeding",
    "active_skin_condition",
    "keloid_history",
    "herpes_history",
    "antiviral_prophylaxis",
    "chemo_or_malignancy",
    "metal_or_anaesthetic_allergy",
)
_DATES = ("screened_on", "isotretinoin_last_dose", "filler_on", "neurotoxin_on")
# Newest first; two on the same day: the one recorded last.
_NEWEST = "ORDER BY {day} DESC, id DESC"


def _screening_row(details: ScreeningDetails) -> dict[str, Any]:
    row: dict[str, Any] = {"client_id": details.client_id}
    row |= {key: to_db_date(getattr(details, key)) for key in _DATES}
    row |= {key: int(getattr(details, key)) for key in _FLAGS}
    row["active_skin_condition_note"] = details.active_skin_condition_note.strip()
    row["notes"] = details.notes.strip()
    return row


def _screening(row: dict[str, Any]) -> Screening:
    fields: dict[str, Any] = {key: from_db_date(row[key]) for key in _DATES}
    fields |= {key: bool(row[key]) for key in _FLAGS}
    details = ScreeningDetails(
        client_id=row["client_id"],
        active_skin_condition_note=row["active_skin_condition_note"],
        notes=row["notes"],
        **fields,
    )
    return Screening(row["id"], details, from_db_time(row["created_at"]))


def _consent(row: dict[str, Any]) -> Consent:
    details = ConsentDetails(
        client_id=row["client_id"],
        consent_version=row["consent_version"],
        signed_on=from_db_date(row["signed_on"]),
        signature_png=row["signature_png"],
        typed_name=row["typed_name"],
    )
    return Consent(row["id"], details, from_db_time(row["created_at"]))


class ScreeningStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    # Screenings
    def add_screening(self, details: ScreeningDetails) -> Screening:
        row = _screening_row(details) | {"created_at": to_db_time(utc_now())}
        with self._db.atomic():
            screening_id = self._db["screenings"].insert(row).last_pk
        return self.screening(screening_id)

    def screening(self, screening_id: int) -> Screening:
        row = next(self._db.query("SELECT * FROM screenings WHERE id = ?", [screening_id]), None)
        if row is None:
            raise NotFoundError(f"There is no screening with id {screening_id}.")
        return _screening(row)

    def screenings_of(self, client_id: int) -> list[Screening]:
        """Newest first."""
        return [
            _screening(row)
            for row in self._db.query(
                "SELECT * FROM screenings WHERE client_id = ? " + _NEWEST.format(day="screened_on"),
                [client_id],
            )
        ]

    def latest_screening(
        self, client_id: int, on_or_before: date | None = None
    ) -> Screening | None:
        row = next(
            self._db.query(
                "SELECT * FROM screenings WHERE client_id = ? AND screened_on <= ? "
                + _NEWEST.format(day="screened_on")
                + " LIMIT 1",
                [client_id, to_db_date(on_or_before or date.max)],
            ),
            None,
        )
        return _screening(row) if row else None

    # Consents
    def add_consent(self, details: ConsentDetails) -> Consent:
        row = {
            "client_id": details.client_id,
            "consent_version": details.consent_version.strip(),
            "signed_on": to_db_date(details.signed_on),
            "signature_png": details.signature_png,
            "typed_name": details.typed_name.strip(),
            "created_at": to_db_time(utc_now()),
        }
        with self._db.atomic():
            consent_id = self._db["consents"].insert(row).last_pk
        return self.consent(consent_id)

    def consent(self, consent_id: int) -> Consent:
        row = next(self._db.query("SELECT * FROM consents WHERE id = ?", [consent_id]), None)
        if row is None:
            raise NotFoundError(f"There is no consent with id {consent_id}.")
        return _consent(row)

    def consents_of(self, client_id: int) -> list[Consent]:
        """Newest first."""
        return [
            _consent(row)
            for row in self._db.query(
                "SELECT * FROM consents WHERE client_id = ? " + _NEWEST.format(day="signed_on"),
                [client_id],
            )
        ]

    def latest_consent(self, client_id: int, on_or_before: date | None = None) -> Consent | None:
        row = next(
            self._db.query(
                "SELECT * FROM consents WHERE client_id = ? AND signed_on <= ? "
                + _NEWEST.format(day="signed_on")
                + " LIMIT 1",
                [client_id, to_db_date(on_or_before or date.max)],
            ),
            None,
        )
        return _consent(row) if row else None
