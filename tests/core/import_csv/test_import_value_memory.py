"""Value mappings are remembered per source, and a remembered one the user undoes is
forgotten with the import, so that it does not come back the next time."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from logger_app.import_csv import commit_import, map_files, plan_import, read_csv
from logger_app.import_csv.model import ImportOptions
from logger_app.logbook import Logbook
from logger_app.records import Practitioner

from ..conftest import FIXED_NOW
from ..import_samples import write

CLIENTS = "first_name,last_name,skin type\nAnn,Lee,trocken\nBo,Berg,fettig\nCy,Ode,normal\n"


@pytest.mark.both_homes
def test_an_undone_mapping_is_forgotten_and_a_chosen_one_remembered(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    logbook.remember_value_mappings("Old app", {"skin_type": {"fettig": "oily", "x": "dry"}})
    clients = read_csv(write(tmp_path, "clients.csv", CLIENTS))
    options = ImportOptions(
        timezone=UTC,
        now=FIXED_NOW,
        source="Old app",
        value_maps={"skin_type": {"trocken": "dry", "x": "dry"}},
        forgotten_values={"skin_type": frozenset({"fettig"})},
        skip_problem_rows=True,  # "fettig" is not mapped any more: its row is left out
    )
    planned = plan_import(clients, None, map_files(clients, None), options)
    assert [(u.field, u.value) for u in planned.unknown_values] == [("skin_type", "fettig")]
    summary = commit_import(logbook, planned)
    assert (summary.clients_added, summary.rows_skipped) == (2, 1)
    assert logbook.value_mappings("Old app") == {"skin_type": {"trocken": "dry", "x": "dry"}}
    entry = logbook.audit_entries(limit=5)
    assert any("1 forgotten" in e.summary for e in entry)
