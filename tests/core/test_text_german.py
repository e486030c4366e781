"""Numbers and days written in German conventions once the window installs them (no Qt
here: the core writes through ``logger_app.i18n.conventions``), English otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from logger_app import i18n
from logger_app.text import count_of, date_text, depth_text, number_text, range_text


@pytest.fixture
def german_conventions() -> Iterator[None]:
    i18n.install_conventions(i18n.GERMAN)
    try:
        yield
    finally:
        i18n.install_conventions(None)


@pytest.mark.parametrize(
    ("value", "text"), [(0.5, "0,5"), (0.75, "0,75"), (1.0, "1"), (2.25, "2,25"), (0.05, "0,05")]
)
def test_german_numbers_have_the_decimal_comma(german_conventions, value: float, text: str) -> None:
    assert number_text(value) == text


def test_german_depths_ranges_dates_and_counts(german_conventions) -> None:
    assert depth_text(0.5) == "0,5 mm"
    assert range_text(0.25, 1.5) == "0,25–1,5 mm"
    assert date_text(date(2026, 3, 21)) == "21.03.2026"
    assert date_text(date(2026, 3, 3)) == "03.03.2026"
    assert count_of(2400, "Kunde", "Kunden") == "2.400 Kunden"


def test_english_is_back_after_german() -> None:
    i18n.install_conventions(i18n.GERMAN)
    i18n.install_conventions(None)
    assert depth_text(0.5) == "0.5 mm"
    assert date_text(date(2026, 3, 21)) == "21 Mar 2026"
    assert count_of(2400, "client") == "2,400 clients"
