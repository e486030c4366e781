"""The signing tests' logbook and window (see ``signed_book``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .follow_up_book import make_follow_up_book
from .signed_book import MAYA, make_book, open_signed_in


@pytest.fixture
def signing_book(data_dir: Path) -> dict[str, int]:
    return make_book(data_dir)


@pytest.fixture
def signing_window(open_window, data_dir, signing_book):
    return open_signed_in(open_window, data_dir, signing_book)


@pytest.fixture
def follow_up_window(open_window, data_dir):
    """Maya signed in at the window; Nia Bell, screened and consented, allergic to
    nickel, with Maya's signed session five weeks ago over three areas."""
    make_follow_up_book(data_dir)
    window = open_window(data_dir, practitioner=MAYA)
    window.activateWindow()
    return window
