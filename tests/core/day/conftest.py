"""Fixtures of the day's tests: sessions on given days, and the computer's time zone."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest

from logger_app.logbook import Logbook
from logger_app.records import Session

FIXED_NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """``zone("Pacific/Auckland")``: this process's local time zone, until the test ends."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local time zone cannot be changed on this platform")

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def session_on(logbook: Logbook, make_session) -> Callable[..., Session]:
    """``session_on(client_id, day_or_moment, next_visit_due=..., sign=...)``: a session
    saved through the Logbook (a date: at 10:00 UTC that day)."""

    def record(
        client_id: int, when: date | datetime, *, sign: bool = False, **fields: object
    ) -> Session:
        if not isinstance(when, datetime):
            when = datetime(when.year, when.month, when.day, 10, 0, tzinfo=UTC)
        details = make_session(client_id, started_at=when, **fields)
        return logbook.record_session(details, now=FIXED_NOW, sign=sign, enforce_safety=False)

    return record
