"""The time zone an export writes times in: the clinic's, never the exporting computer's.

A PDF or spreadsheet made on a laptop in another country, or on a server in UTC, still
shows a session on the day it took place in the clinic. A blank setting means the
computer's zone; its IANA name is looked up where the system keeps it, so that the JSON
can state it and daylight saving is applied per date (not the offset of today).
"""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..clinic_time import zone_named

_ZONEINFO_MARKER = "zoneinfo/"


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
    name = setting.strip()
    if name:
        try:
            return ExportZone(zone_named(name), name)
        except ValueError:
            pass
    return computer_zone()


def computer_zone() -> ExportZone:
    key = computer_zone_key()
    if key:
        return ExportZone(ZoneInfo(key), key)
    zone = zone_named("")
    return ExportZone(zone, _offset_name(zone))


def computer_zone_key() -> str:
    """This computer's IANA zone name ("" when none can be found): ``TZ``, then the
    /etc/localtime link (Linux, macOS), then /etc/timezone (Debian)."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with suppress(OSError):
        target = str(Path("/etc/localtime").resolve())
        if _ZONEINFO_MARKER in target:
            candidates.append(target.rsplit(_ZONEINFO_MARKER, 1)[1])
    with suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for candidate in candidates:
        if _known(candidate):
            return candidate
    return ""


def _known(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _offset_name(zone: tzinfo) -> str:
    offset = datetime.now(zone).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
