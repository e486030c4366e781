"""Fixtures of the safety tests (see ``safety_windows``)."""

from __future__ import annotations

import pytest

from .safety_windows import window_with_client


@pytest.fixture
def new_client_window(open_window, data_dir):
    """A client with nothing on file (no screening, no consent) and allergies."""
    return window_with_client(open_window, data_dir, on_file=False, allergies="nickel")


@pytest.fixture
def screened_window(open_window, data_dir):
    """A client screened, with consent signed, today: no warning applies."""
    return window_with_client(open_window, data_dir, on_file=True)
