"""A logbook in New Zealand: a client with another treatments beside a session just
after midnight there (still the day before in UTC), and a client with no records at all."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ClinicDetails,
    OtherTreatmentDetails,
    ProductLot,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, OtherTreatmentKind

CLINIC_ZONE = "Pacific/Auckland"
# 12 Jan 2025, 00:30 in Auckland (summer, +13:00): 11 Jan, 11:30 in UTC.
SESSION_AT = datetime(2025, 1, 12, 0, 30, tzinfo=timezone(timedelta(hours=13)))
ADDRESS = "12 Ponsonby Road\nAuckland 1011"
GENERAL_NOTES = "Prefers morning appointments"
PEEL_ON = date(2025, 1, 5)
FACIAL_ON = date(2025, 2, 1)


@dataclass(frozen=True)
class MovedClient:
    client_id: int
    empty_client_id: int
    session_id: int
    peel_id: int
    facial_id: int


def build_moved_client(logbook: Logbook, zone: str = CLINIC_ZONE) -> MovedClient:
    logbook.save_clinic_details(ClinicDetails("Kōwhai Skin", "+64 9 555 0100", zone))
    client = logbook.add_client(
        ClientDetails(
            "Иван",
            "Петров",
            date_of_birth=date(1990, 4, 2),
            phone="+64 21 555 0101",
            email="ivan@example.com",
            allergies="Lidocaine",
            address=ADDRESS,
            general_notes=GENERAL_NOTES,
        ),
        today=date(2025, 6, 2),
    )
    empty = logbook.add_client(ClientDetails("Zoë", "Ñúñez"), today=date(2025, 6, 2))
    session = logbook.record_session(
        SessionDetails(
            client_id=client.id,
            started_at=SESSION_AT.astimezone(UTC),
            practitioner_name="Maya Okafor",
            device=Device.PEN,
            areas=(AreaTreatment(Area.FOREHEAD, 0.5, 2),),
        ),
        now=datetime(2025, 6, 2, 12, 0, tzinfo=UTC),
        enforce_safety=False,
    )
    peel = logbook.add_other_treatment(
        OtherTreatmentDetails(
            client_id=client.id,
            performed_on=PEEL_ON,
            kind=OtherTreatmentKind.CHEMICAL_PEEL,
            kind_detail="TCA 20 %",
            notes="Light frosting on the chin",
            practitioner_name="Dr Aroha Ngata",
            products=(ProductLot("TCA peel 20 %", "L-2291"), ProductLot("Neutraliser")),
        )
    )
    facial = logbook.add_other_treatment(
        OtherTreatmentDetails(
            client_id=client.id,
            performed_on=FACIAL_ON,
            kind=OtherTreatmentKind.FACIAL,
        )
    )
    return MovedClient(client.id, empty.id, session.id, peel.id, facial.id)


@contextmanager
def machine_zone(name: str) -> Iterator[None]:
    """This process runs as a computer in zone ``name`` (``TZ``), restored after."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
