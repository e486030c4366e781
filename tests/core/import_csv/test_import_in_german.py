"""The import's problems, notes and summary speak the installed language; what it
writes into the logbook (the sessions' notes, the audit log) stays English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest

from logger_app.import_csv import CsvReadError, auto_map, commit_import, plan_import, read_csv
from logger_app.import_csv.model import ImportOptions
from logger_app.logbook import Logbook
from logger_app.records import Practitioner

from ..conftest import FIXED_NOW
from ..german import speaking_catalog_german
from ..import_samples import eu_files
from .test_import_csv import DEFAULTS


@pytest.fixture
def german() -> Iterator[None]:
    with speaking_catalog_german():
        yield


def _plan(clients: Path, treatments: Path, **options):
    clients_table, treatments_table = read_csv(clients), read_csv(treatments)
    mapping = auto_map(clients_table.headers, treatments_table.headers)
    options = ImportOptions(**{"timezone": UTC, "now": FIXED_NOW, **options})
    return plan_import(clients_table, treatments_table, mapping, options, ())


def test_a_row_problem_and_the_counts_read_german(tmp_path: Path, german) -> None:
    plan = _plan(*eu_files(tmp_path))
    (problem,) = plan.problems
    assert problem.message == (
        "Keine Angaben zu Areal, Nadeltiefe, Gerät: Wählen Sie Standardwerte für Zeilen ohne "
        "diese Angaben (--default-area, --default-depth, --default-device; im Assistenten: "
        "„Wenn eine Behandlungszeile es nicht angibt“) oder überspringen Sie diese Zeile."
    )
    assert problem.describe().startswith("treatments.csv Zeile 4, ")
    assert plan.counts_line() == "3 Kunden und 3 Sitzungen hinzuzufügen; 1 Zeile mit Problemen."


def test_an_unreadable_file_is_refused_in_german(tmp_path: Path, german) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(b"First name,Last name\r\n")
    with pytest.raises(CsvReadError) as refused:
        read_csv(path)
    assert str(refused.value) == "clients.csv hat eine Kopfzeile, aber keine Datenzeilen."


def test_the_summary_reads_german_and_the_records_stay_english(
    tmp_path: Path, importer: Practitioner, logbook: Logbook, german
) -> None:
    plan = _plan(*eu_files(tmp_path), **DEFAULTS)
    summary = commit_import(logbook, plan)
    assert summary.describe() == "Importiert: 3 Kunden und 4 Sitzungen."
    (client_id, *_) = summary.client_ids
    notes = [s.details.notes for s in logbook.sessions_of(client_id)]
    assert all(note.startswith("Imported from treatments.csv (row ") for note in notes)
    summaries = [entry.summary for entry in logbook.audit_entries()]
    # Written while German was installed, kept as the logbook's record in English.
    assert "Session 1 recorded" in summaries
    assert not any("Sitzung" in s for s in summaries)
