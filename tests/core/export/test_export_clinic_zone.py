"""What is printed for people dates a session in the clinic's time zone: the aftercare
sheet and the recall list of a session at 00:30 in Auckland say 12 Jan on a computer in
UTC (where it is still 11 Jan)."""

from __future__ import annotations

from datetime import date

import pytest

from logger_app.clinic_time import local_zone_name
from logger_app.export.aftercare import aftercare_sheet
from logger_app.export.recall import recall_contacts
from logger_app.export.zone import export_zone
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ProductUse, SessionDetails, SessionFilter
from logger_app.vocabulary import Area, Device

from .moved_client import SESSION_AT, build_moved_client, machine_zone

pytestmark = pytest.mark.both_homes


def test_aftercare_and_recall_use_the_clinics_day(logbook: Logbook) -> None:
    moved = build_moved_client(logbook)
    session = logbook.record_session(
        SessionDetails(
            moved.client_id,
            SESSION_AT,
            "Maya Okafor",
            Device.PEN,
            (AreaTreatment(Area.NECK, 0.5),),
            products=(ProductUse("Hyaluronic serum", "HS-77"),),
        ),
        enforce_safety=False,
    )
    with machine_zone("UTC"):
        sheet = aftercare_sheet(logbook, session.id)
        [contact] = recall_contacts(logbook, SessionFilter(lot="HS-77"))
    assert sheet.treated_on == contact.session_date == date(2025, 1, 12)


def test_zone_of_the_setting_and_of_the_computer() -> None:
    assert export_zone("Pacific/Auckland").name == "Pacific/Auckland"
    with machine_zone("America/Chicago"):
        assert local_zone_name() == "America/Chicago"
        # Blank, or a name this computer's zone database lacks: the computer's own.
        assert export_zone("").name == export_zone("Mars/Olympus").name == "America/Chicago"
        # Daylight saving per date, not today's offset.
        zone = export_zone("").zone
        assert (
            SESSION_AT.astimezone(zone).utcoffset()
            != SESSION_AT.replace(month=7).astimezone(zone).utcoffset()
        )


def test_a_printed_session_leaves_the_other_treatments_to_the_history(logbook: Logbook) -> None:
    from logger_app.export.history import load_history
    from logger_app.export.print_records import session_history

    moved = build_moved_client(logbook)
    assert len(load_history(logbook, moved.client_id).other_treatments) == 2
    printed = session_history(logbook, moved.session_id)
    assert [r.session.id for r in printed.sessions] == [moved.session_id]
    assert printed.other_treatments == ()
    assert printed.zone.name == "Pacific/Auckland"
