"""The clinic's time zone: the zone a date-only record belongs to.

Times are stored in UTC. A treatment known only by its date ("12/01/2025", from another
system) is a day in the clinic, not on whichever computer reads or exports it: it is
placed at midday in the clinic's zone, and exports write times in that zone. The zone
is a setting of the logbook (``ClinicDetails.time_zone``); blank means this computer's.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from .i18n import translate

MAX_ZONE_NAME_LENGTH = 64


def zone_named(name: str) -> tzinfo:
    """The zone of an IANA name; blank: this computer's zone (``ValueError`` for a name
    no zone database knows)."""
    name = name.strip()
    if not name:
        return local_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            translate("ClinicTime", "{name} is not a known time zone (e.g. Europe/Berlin).").format(
                name=repr(name)
            )
        ) from error


def setting_zone(setting: str) -> tuple[tzinfo, str]:
    """The zone of the clinic's setting and the name to state for it. Blank, or a name
    this computer's zone database lacks: this computer's zone (reading a logbook never
    fails on it), named by its IANA name or, without one, ``UTC+HH:MM``."""
    name = setting.strip()
    if name:
        try:
            return zone_named(name), name
        except ValueError:
            pass
    local = local_zone_name()
    if local:
        return ZoneInfo(local), local
    zone = local_zone()
    return zone, _offset_name(zone)


def _offset_name(zone: tzinfo) -> str:
    offset = datetime.now(zone).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_zone() -> tzinfo:
    """This computer's zone by its IANA name, so that each date gets its own daylight
    saving (not today's offset); a fixed offset only when no name can be found."""
    name = local_zone_name()
    if name:
        return ZoneInfo(name)
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always sets one
    return zone


def local_zone_name() -> str:
    """This computer's IANA zone name, "" when none can be found: ``TZ`` first (read
    afresh: it may change while the app runs), then the system's setting as tzlocal
    finds it on Linux, macOS and Windows."""
    for candidate in (os.environ.get("TZ", "").removeprefix(":"), _system_zone_name()):
        if _known(candidate):
            return candidate
    return ""


def _system_zone_name() -> str:
    import tzlocal  # only when asked: not on the window's start-up path

    try:
        return tzlocal.get_localzone_name() or ""
    except Exception:  # an inconsistent system setting: no name rather than no app
        return ""


def _known(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def time_zone_problem(name: str) -> str | None:
    name = name.strip()
    if not name:
        return None
    if len(name) > MAX_ZONE_NAME_LENGTH:
        return translate("ClinicTime", "Keep the time zone under {count} characters.").format(
            count=MAX_ZONE_NAME_LENGTH
        )
    try:
        zone_named(name)
    except ValueError as error:
        return str(error)
    return None


def zone_names() -> list[str]:
    """Every IANA zone name this computer knows, sorted (for a chooser)."""
    return sorted(available_timezones())


def zone_label(name: str) -> str:
    """What an export or a screen says of the zone: the name, or the computer's."""
    return name.strip() or f"this computer's time zone ({datetime.now().astimezone():%Z})"
