"""Fixtures of the import tests."""

from __future__ import annotations

import pytest

from logger_app.logbook import Logbook
from logger_app.records import Practitioner

from ...signing import sign_in


@pytest.fixture
def importer(logbook: Logbook) -> Practitioner:
    """The signed-in practitioner who imports (and so signs) the sessions: not the one
    the files name."""
    return sign_in(logbook, "Lee Park")
