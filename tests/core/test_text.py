"""Depths and dates read the same in every message, report and window."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from logger_app.amendments import FieldKind, describe_json
from logger_app.text import age_on, date_text, datetime_text, depth_text, range_text


@pytest.mark.parametrize(
    ("depth", "text"),
    [(0.75, "0.75 mm"), (1.0, "1 mm"), (0.5, "0.5 mm"), (2.25, "2.25 mm"), (0.3000001, "0.3 mm")],
)
def test_depth_text_drops_trailing_zeros(depth: float, text: str) -> None:
    assert depth_text(depth) == text


def test_range_text_names_the_unit_once() -> None:
    assert range_text(0.25, 0.5) == "0.25–0.5 mm"
    assert range_text(1.0, 1.5) == "1–1.5 mm"


def test_date_text_is_day_month_year_without_padding() -> None:
    assert date_text(date(2026, 3, 3)) == "3 Mar 2026"
    assert date_text(date(2025, 12, 31)) == "31 Dec 2025"
    assert date_text(None) == ""


def test_datetime_text_is_in_local_time() -> None:
    moment = datetime(2026, 3, 3, 9, 42, tzinfo=UTC)
    local = moment.astimezone()
    assert datetime_text(moment) == f"{date_text(local.date())}, {local:%H:%M}"
    assert datetime_text(None) == ""
    assert datetime_text(moment, lambda d: d.isoformat()).startswith(local.date().isoformat())


def test_age_counts_whole_years() -> None:
    assert age_on(date(1988, 4, 23), date(2026, 4, 22)) == 37
    assert age_on(date(1988, 4, 23), date(2026, 4, 23)) == 38


def test_amendment_values_read_like_the_rest_of_the_app() -> None:
    assert describe_json(FieldKind.DEPTH, 1.25) == depth_text(1.25) == "1.25 mm"
    assert describe_json(FieldKind.DATE, "2026-03-03") == date_text(date(2026, 3, 3))
