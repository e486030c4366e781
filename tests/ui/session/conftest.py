"""The signing tests' logbook and window (see ``signed_book``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .signed_book import make_book, open_signed_in


@pytest.fixture
def signing_book(data_dir: Path) -> dict[str, int]:
    return make_book(data_dir)


@pytest.fixture
def signing_window(open_window, data_dir, signing_book):
    return open_signed_in(open_window, data_dir, signing_book)
