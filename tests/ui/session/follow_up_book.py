"""A follow-up due: Maya's client Nia Bell, screened and consented, allergic to nickel,
with Maya's signed session five weeks ago over three areas."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from logger_app.records import AreaTreatment, ClientDetails, Numbing, ProductUse, SessionDetails
from logger_app.vocabulary import Aftercare, Area, Device, Endpoint, ProductRole
from tests.screening_data import put_on_file

from ...logbook_template import new_logbook
from ...signing import sign_in
from .signed_book import MAYA

AREAS = (Area.FOREHEAD, Area.LEFT_CHEEK, Area.RIGHT_CHEEK)


def make_follow_up_book(data_dir: Path) -> None:
    five_weeks_ago = datetime.now(UTC) - timedelta(weeks=5)
    with new_logbook(data_dir) as logbook:
        sign_in(logbook, MAYA)
        client = logbook.add_client(
            ClientDetails("Nia", "Bell", date(1990, 4, 2), allergies="nickel")
        )
        put_on_file(logbook, client.id, on=five_weeks_ago.date() - timedelta(days=1))
        logbook.record_session(
            SessionDetails(
                client.id,
                five_weeks_ago,
                MAYA,
                Device.PEN,
                tuple(AreaTreatment(area, 0.5 if area is Area.FOREHEAD else 1.0) for area in AREAS),
                cartridge="16-pin",
                numbing=Numbing("Lidocaine cream", "5 %", 30),
                products=(ProductUse("HA serum", "HA-0417", role=ProductRole.GLIDE),),
                endpoint=Endpoint.MODERATE_ERYTHEMA,
                aftercare=(Aftercare.SPF, Aftercare.NO_MAKEUP),
                acknowledged=("allergies",),
            ),
            sign=True,
        )
