"""A client imported from a source before is found by their id in it, even when a
namesake (same name and birth date) was already in the logbook: the rows added later go
to them, not "skipped with a client already in the logbook"."""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path

import pytest

from logger_app.import_csv import commit_import, known_links, map_files, plan_import, read_csv
from logger_app.import_csv.model import ImportOptions
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, Practitioner
from logger_app.vocabulary import Area, Device

from ..conftest import FIXED_NOW
from ..import_samples import write

CLIENTS = "client_id,first_name,last_name,date_of_birth\n7,Ann,Smith,1980-04-03\n"
TREATMENTS = "client_id,date,service\n7,2025-03-01,Microneedling\n"


def _plan(logbook: Logbook, folder: Path, **options):
    clients = read_csv(write(folder, "clients.csv", CLIENTS))
    treatments = read_csv(write(folder, "treatments.csv", TREATMENTS))
    chosen = ImportOptions(timezone=UTC, now=FIXED_NOW, **options)
    return plan_import(
        clients,
        treatments,
        map_files(clients, treatments),
        chosen,
        logbook.list_clients(),
        known_links(logbook, clients.name),
    )


@pytest.mark.both_homes
def test_rows_added_later_go_to_the_imported_client_not_their_namesake(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    namesake = logbook.add_client(ClientDetails("Ann", "Smith", date(1980, 4, 3)))
    first = _plan(logbook, tmp_path, import_existing_duplicates=True, skip_problem_rows=True)
    imported = commit_import(logbook, first)  # the session lacks its defaults: left out
    assert (imported.clients_added, imported.sessions_added) == (1, 0)
    (ann,) = imported.client_ids
    second = _plan(
        logbook,
        tmp_path,
        default_area=Area.FOREHEAD,
        default_depth_mm=0.5,
        default_device=Device.PEN,
    )
    assert second.skipped_duplicates == 0 and second.problems == ()
    commit_import(logbook, second)
    assert [s.details.client_id for s in logbook.sessions_of(ann)] == [ann]
    assert logbook.sessions_of(namesake.id) == []
