"""Imported history feeds the safety checks as what it is: a massage ten days ago names
no treated area, while a peel or filler starts its wash-out."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.import_csv import commit_import, known_links, map_files, plan_import, read_csv
from logger_app.import_csv.model import ImportOptions
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, Practitioner, SessionDetails
from logger_app.vocabulary import Area, Device

from ..conftest import FIXED_NOW
from ..import_samples import write

CLIENTS = "client_id,first_name,last_name,date_of_birth\n1,Ann,Smith,1980-04-03\n"
TREATMENTS = (
    "client_id,date,service\n"
    "1,2025-05-23,Hot stone massage\n"  # ten days before FIXED_NOW
    "1,2025-05-26,Chemical peel\n"
    "1,2025-05-20,Juvederm filler\n"
)


@pytest.mark.both_homes
def test_imported_other_treatments_warn_by_their_kind_never_of_an_invented_area(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    clients = read_csv(write(tmp_path, "clients.csv", CLIENTS))
    treatments = read_csv(write(tmp_path, "treatments.csv", TREATMENTS))
    options = ImportOptions(timezone=UTC, now=FIXED_NOW)
    planned = plan_import(
        clients,
        treatments,
        map_files(clients, treatments),
        options,
        logbook.list_clients(),
        known_links(logbook, clients.name),
    )
    assert (planned.session_count, planned.other_treatment_count) == (0, 3)
    summary = commit_import(logbook, planned)
    (client_id,) = summary.client_ids
    session = SessionDetails(
        client_id=client_id,
        started_at=datetime(2025, 6, 2, 10, 0, tzinfo=UTC),
        practitioner_name="Lee Park",
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
    )
    codes = {w.code for w in logbook.warnings_for_new_session(client_id, FIXED_NOW, session)}
    assert not {code for code in codes if code.startswith("interval.")}  # no "forehead …"
    assert {"washout.peel", "washout.filler"} <= codes
