"""A treatments file links by the column named like the clients file's id column, even
where that name alone ("external_id") would make it the row's own id."""

from __future__ import annotations

from pathlib import Path

from logger_app.import_csv import TreatmentField, map_files, read_csv

from ..import_samples import write


def test_the_clients_id_header_in_the_treatments_file_is_the_link(tmp_path: Path) -> None:
    clients = read_csv(write(tmp_path, "c.csv", "external_id,Full Name\nG1,Zoë Müller\n"))
    treatments = read_csv(
        write(tmp_path, "t.csv", "legacy_id,external_id,Date\nA1,G1,2024-04-01\n")
    )
    mapping = map_files(clients, treatments)
    assert mapping.treatments[TreatmentField.CLIENT_ID] == "external_id"
    assert mapping.treatments[TreatmentField.SOURCE_ID] == "legacy_id"


def test_a_link_column_found_by_its_name_is_kept(tmp_path: Path) -> None:
    clients = read_csv(write(tmp_path, "c.csv", "id,Full Name\n1,Ann Smith\n"))
    treatments = read_csv(write(tmp_path, "t.csv", "id,client_id,Date\n9,1,2024-04-01\n"))
    mapping = map_files(clients, treatments)
    assert mapping.treatments[TreatmentField.CLIENT_ID] == "client_id"
    assert mapping.treatments.get(TreatmentField.SOURCE_ID) == "id"
