"""The time zone an export writes times in: the clinic's, never the exporting computer's.

A PDF or spreadsheet made on a laptop in another country, or on a server in UTC, still
shows a session on the day it took place in the clinic. A blank setting means the
computer's zone; its IANA name is looked up where the system keeps it, so that the JSON
can state it and daylight saving is applied per date (not the offset of today).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from ..clinic_time import setting_zone


@dataclass(frozen=True)
class ExportZone:
    """``name``: what the JSON states (an IANA name, or ``UTC+HH:MM`` when this
    computer's zone has no name Python can find)."""

    zone: tzinfo
    name: str

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)


def export_zone(setting: str) -> ExportZone:
    """The zone of the clinic's setting (``ClinicDetails.time_zone``); blank, or a name
    this computer does not know: the computer's own."""
    return ExportZone(*setting_zone(setting))


def computer_zone() -> ExportZone:
    return export_zone("")
