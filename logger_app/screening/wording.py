"""The settings' accepted ranges and the words and dates the warnings are written in."""

from __future__ import annotations

import calendar
from datetime import date

from ..i18n import translate

# What the settings accept (the database checks the same ranges).
SETTING_RANGES: dict[str, tuple[int, int]] = {
    "isotretinoin_washout_months": (0, 24),
    "filler_washout_weeks": (0, 26),
    "neurotoxin_washout_weeks": (0, 26),
    "peel_washout_weeks": (0, 26),
    "laser_washout_weeks": (0, 26),
    "min_interval_same_area_weeks": (0, 26),
    "screening_valid_months": (1, 60),
}
MAX_CONSENT_VERSION_LENGTH = 50
DEPTH_TOLERANCE_MM = 1e-6  # depths are entered in 0.05 mm steps; ignore float noise


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it is shorter
    (31 Aug + 6 months = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def days_ago(days: int) -> str:
    if days == 0:
        return translate("ScreeningWording", "earlier today")
    if days == 1:
        return translate("ScreeningWording", "1 day ago")
    if days < 14:
        return translate("ScreeningWording", "{count} days ago").format(count=days)
    return translate("ScreeningWording", "{count} weeks ago").format(count=days // 7)
