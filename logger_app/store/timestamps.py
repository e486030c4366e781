"""How times and dates are written in the database: ISO 8601, times in UTC with offset."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def to_db_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("refusing to store a time without a time zone")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def to_db_date(day: date | None) -> str | None:
    return day.isoformat() if day else None


def from_db_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
