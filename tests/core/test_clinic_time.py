"""The clinic's time zone: a setting of the logbook, the computer's zone when blank."""

from __future__ import annotations

from datetime import datetime

import pytest

from logger_app.clinic_time import local_zone, time_zone_problem, zone_named
from logger_app.logbook import Logbook
from logger_app.records import ClinicDetails

from .export.moved_client import machine_zone


def test_a_blank_setting_is_the_computers_zone_by_name_with_daylight_saving_per_date() -> None:
    with machine_zone("Pacific/Auckland"):
        zone = zone_named("")
        assert zone == local_zone()
        summer, winter = datetime(2025, 1, 12, 12), datetime(2025, 7, 12, 12)
        assert summer.replace(tzinfo=zone).utcoffset().total_seconds() == 13 * 3600
        assert winter.replace(tzinfo=zone).utcoffset().total_seconds() == 12 * 3600


def test_an_unknown_zone_is_a_clear_problem() -> None:
    assert time_zone_problem("") is None
    assert time_zone_problem("Europe/Berlin") is None
    assert "not a known time zone" in (time_zone_problem("Mars/Olympus") or "")
    with pytest.raises(ValueError, match="Mars/Olympus"):
        zone_named("Mars/Olympus")


@pytest.mark.both_homes
def test_the_clinics_zone_is_kept_in_the_logbook(logbook: Logbook) -> None:
    with machine_zone("UTC"):
        assert logbook.clinic_zone().utcoffset(datetime(2025, 1, 12)).total_seconds() == 0
        logbook.save_clinic_details(ClinicDetails("Skin Studio", "", " Pacific/Auckland "))
        assert logbook.clinic_details().time_zone == "Pacific/Auckland"
        assert str(logbook.clinic_zone()) == "Pacific/Auckland"
