"""A move between homes carries what issue 14 added: other treatments, the source rows
imports came from, the values mapped per source, a client's address and general notes,
the clinic's time zone and the new wash-out settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.records import (
    ClientDetails,
    ClinicDetails,
    ImportedFrom,
    OtherTreatmentDetails,
    ProductLot,
    SafetySettings,
)
from logger_app.store import open_database
from logger_app.transfer import copy_logbook
from logger_app.transfer.tables import check_same_columns, rows_of
from logger_app.vocabulary import OtherTreatmentKind as Kind

from ...logbook_template import new_logbook
from ...server_home import server_database
from ...signing import sign_in

pytestmark = pytest.mark.server_only
NEW_TABLES = ("other_treatments", "import_links", "import_value_maps")


def _fill(book: Logbook) -> None:
    sign_in(book, "Dr Jane Doe")
    source = "Old clinic app"
    ann = book.add_client(
        ClientDetails("Ann", "Smith", address="12 Rue de l'Église\n75001 Paris",
                      general_notes="Prefers mornings ✓"),
        today=date(2025, 6, 2), imported_from=ImportedFrom(source, "C-1"),
    )  # fmt: skip
    book.add_other_treatment(
        OtherTreatmentDetails(ann.id, date(2025, 5, 1), Kind.CHEMICAL_PEEL, "TCA 20 %",
                              "Frosting", "Dr Jane Doe", (ProductLot("TCA", "L-1"),)),
        ImportedFrom(source, "T-1"),
    )  # fmt: skip
    book.add_other_treatment(OtherTreatmentDetails(ann.id, date(2025, 5, 9), Kind.IPL))
    book.remember_value_mappings(source, {"skin_type": {"trocken": "dry"}})
    book.save_clinic_details(ClinicDetails("Skin & Co", "", "Pacific/Auckland"))
    book.save_safety_settings(SafetySettings(peel_washout_weeks=3, laser_washout_weeks=6))


def _rows(db, tables) -> dict[str, list[tuple]]:
    columns = check_same_columns(db, db)
    return {table: rows_of(db, table, columns[table]) for table in tables}


def test_file_to_server_to_file_keeps_the_new_tables_and_columns(tmp_path: Path) -> None:
    from logger_app.store.server.opening import open_server_database

    folder = tmp_path / "original"
    book = new_logbook(folder)
    try:
        _fill(book)
    finally:
        book.close()
    tables = (*NEW_TABLES, "clients", "clinic_details", "safety_settings")
    source = open_database(folder)
    with server_database() as url:
        server = open_server_database(url)
        back = open_database(tmp_path / "back", create=True)
        try:
            moved = copy_logbook(source, server)
            copy_logbook(server, back)
            assert [moved.count(t) for t in NEW_TABLES] == [2, 2, 1]
            assert _rows(back, tables) == _rows(source, tables)
        finally:
            for db in (source, server, back):
                db.close()
        with Logbook.open(tmp_path / "on-server", database_url=url) as copy:
            [ann] = copy.list_clients()
            assert copy.client(ann.id).details.address == "12 Rue de l'Église\n75001 Paris"
            kinds = [t.details.kind for t in copy.other_treatments_of(ann.id)]
            assert kinds == [Kind.IPL, Kind.CHEMICAL_PEEL]
            assert copy.import_links("Old clinic app", "other_treatment")["T-1"][0] == ann.id
            assert copy.value_mappings("Old clinic app") == {"skin_type": {"trocken": "dry"}}
            assert copy.clinic_details().time_zone == "Pacific/Auckland"
            assert copy.safety_settings().laser_washout_weeks == 6
