"""Why a logbook does not open reads in the installed language; the command line, which
installs no translator, keeps the English."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from logger_app.errors import NoLogbookError, NotALogbookError
from logger_app.logbook import Logbook
from logger_app.store import DATABASE_FILENAME

from ..german import speaking_catalog_german


def test_a_missing_logbook_is_refused_in_german(tmp_path: Path) -> None:
    missing = tmp_path / "typo"
    with speaking_catalog_german(), pytest.raises(NoLogbookError) as refused:
        Logbook.open(missing)
    message = str(refused.value)
    assert message.startswith(f"In {missing} gibt es kein Logbuch: Der Ordner existiert nicht.")
    assert "Prüfen Sie den mit --data-dir" in message
    with pytest.raises(NoLogbookError, match="There is no logbook in"):
        Logbook.open(missing)  # English again once German is gone


def test_another_programs_database_is_refused_in_german(data_dir: Path) -> None:
    data_dir.mkdir()
    with sqlite3.connect(data_dir / DATABASE_FILENAME) as other:
        other.execute("CREATE TABLE invoices (id INTEGER)")
    other.close()
    with speaking_catalog_german(), pytest.raises(NotALogbookError) as refused:
        Logbook.open(data_dir)
    assert "ist eine SQLite-Datenbank eines anderen Programms, kein Logbuch" in str(refused.value)
