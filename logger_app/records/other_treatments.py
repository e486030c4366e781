"""Treatments other than microneedling: peels, laser, IPL, facials, filler, neurotoxin.

History of the client's skin, recorded in the window or brought in by an import. They
show in the history and every export, and the wash-out rules read them; they are not
sessions (no areas, depths or device), so no safety check mistakes them for one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..vocabulary import OtherTreatmentKind


@dataclass(frozen=True)
class ProductLot:
    """A product used in another treatment, with its lot when known."""

    product: str
    lot: str = ""


@dataclass(frozen=True)
class OtherTreatmentDetails:
    """``kind_detail``: free text beside the kind ("TCA 20 %", or the name of an
    ``OTHER`` treatment). ``performed_on`` is a date in the clinic's time zone."""

    client_id: int
    performed_on: date
    kind: OtherTreatmentKind
    kind_detail: str = ""
    notes: str = ""
    practitioner_name: str = ""
    products: tuple[ProductLot, ...] = ()

    @property
    def kind_text(self) -> str:
        """ "Chemical peel (TCA 20 %)", or the free text alone for ``OTHER``."""
        detail = self.kind_detail.strip()
        if self.kind is OtherTreatmentKind.OTHER and detail:
            return detail
        return f"{self.kind.label} ({detail})" if detail else self.kind.label


@dataclass(frozen=True)
class OtherTreatment:
    id: int
    details: OtherTreatmentDetails
    created_at: datetime
    created_by: str = ""
    # Where it came from when imported ("clients.csv row 12"); "" when recorded here.
    source: str = ""


@dataclass(frozen=True)
class ImportedFrom:
    """The row of another system a record was imported from: ``source`` names the
    system or file set (remembered per source), ``source_id`` the row's own id there
    (a client number, an appointment id). Importing the same source again finds the
    record by it instead of adding it twice."""

    source: str
    source_id: str
