"""Import what clinics really have: other treatments, rows remembered by their source id
(the skip trap), appointments linked by name, clients and appointments in one file,
dates in the clinic's time zone."""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from logger_app.import_csv import (
    ImportPlan,
    PlannedOtherTreatment,
    commit_import,
    known_links,
    map_files,
    plan_import,
    read_csv,
)
from logger_app.import_csv.model import ImportOptions
from logger_app.logbook import Logbook
from logger_app.records import Practitioner, ProductLot
from logger_app.vocabulary import Area, Device, OtherTreatmentKind

from ...signing import sign_in, sign_in_admin
from ..conftest import FIXED_NOW
from ..import_samples import write
from .link_samples import (
    CLINIC_TREATMENTS,
    ONE_FILE_BY_NAME,
    ONE_FILE_WITH_IDS,
    clinic_files,
    many_clients,
    named_files,
)

DEFAULTS = {
    "default_area": Area.FOREHEAD,
    "default_depth_mm": 0.5,
    "default_device": Device.PEN,
}


def plan(
    clients: Path,
    treatments: Path | None,
    logbook: Logbook | None = None,
    one_file: bool = False,
    **options,
) -> ImportPlan:
    clients_table = read_csv(clients)
    treatments_table = clients_table if one_file else read_csv(treatments) if treatments else None
    mapping = map_files(clients_table, treatments_table)
    chosen = ImportOptions(**{"timezone": UTC, "now": FIXED_NOW, **options})
    return plan_import(
        clients_table,
        treatments_table,
        mapping,
        chosen,
        logbook.list_clients() if logbook else (),
        known_links(logbook, chosen.source or clients_table.name) if logbook else None,
    )


def others_of(planned: ImportPlan) -> list[PlannedOtherTreatment]:
    found = list(planned.planned_other_treatments())
    assert len(found) == planned.other_treatment_count
    return found


def problems_of(planned: ImportPlan) -> list[tuple[int, str]]:
    return [(p.row, p.message) for p in planned.problems]


# Other treatments
def test_rows_that_are_not_microneedling_become_other_treatments_by_their_service(
    tmp_path: Path,
) -> None:
    planned = plan(*clinic_files(tmp_path), **DEFAULTS)
    assert planned.problems == ()
    assert (planned.client_count, planned.session_count, planned.other_treatment_count) == (
        3,
        1,
        7,
    )
    kinds = {o.row: (o.details.kind, o.details.kind_detail) for o in others_of(planned)}
    assert kinds == {
        3: (OtherTreatmentKind.CHEMICAL_PEEL, "Chemical Peel TCA 20%"),
        4: (OtherTreatmentKind.FACIAL, "Gesichtsbehandlung"),
        5: (OtherTreatmentKind.NEUROTOXIN, "Botox Stirn"),
        6: (OtherTreatmentKind.OTHER, "Hot stone massage"),
        7: (OtherTreatmentKind.FILLER, "Hyaluron Lippen"),
        8: (OtherTreatmentKind.IPL, "IPL Rosacea"),
        9: (OtherTreatmentKind.CHEMICAL_PEEL, "Fruchtsäurepeeling"),
    }
    (session,) = planned.planned_sessions()
    assert (session.row, session.details.areas[0].depth_mm) == (2, 0.5)
    assert planned.counts_line().startswith(
        "3 clients, 1 session and 7 other treatments to add; 0 rows with problems"
    )
    assert "treatments.csv is linked to clients.csv by 'client_id'." in planned.notes
    assert (
        "Rows of treatments.csv that are not microneedling (by their service) become other "
        "treatments, with no area, depth or device: Chemical peel: 2; Facial: 1; Filler: 1; "
        "IPL: 1; Neurotoxin: 1; Other: 1."
    ) in planned.notes


def test_other_treatments_need_no_microneedling_defaults(tmp_path: Path) -> None:
    planned = plan(*clinic_files(tmp_path))  # no defaults: only the needling row lacks them
    assert [row for row, _ in problems_of(planned)] == [2]
    assert planned.other_treatment_count == 7


def test_a_service_saying_microneedling_stays_a_session_with_the_defaults(tmp_path: Path) -> None:
    treatments = (
        "client_id,date,service\n"
        "1,2024-03-12,Mikroneedling Gesicht\n"
        "2,2024-03-13,Collagen induction therapy\n"
        "3,2024-03-14,Dermapen + serum\n"
    )
    planned = plan(*clinic_files(tmp_path, treatments), **DEFAULTS)
    assert (planned.session_count, planned.other_treatment_count) == (3, 0)
    assert all(s.defaulted[1:4] == ("area", "depth", "device") for s in planned.planned_sessions())


def test_a_mapped_service_value_overrides_the_keywords(tmp_path: Path) -> None:
    treatments = "client_id,date,service\n1,2024-03-12,Glow Special\n2,2024-03-13,Spa Deluxe\n"
    maps = {"treatment_kind": {"glow special": "chemical_peel", "spa deluxe": "microneedling"}}
    planned = plan(*clinic_files(tmp_path, treatments), value_maps=maps, **DEFAULTS)
    (other,) = others_of(planned)
    assert (other.details.kind, other.details.kind_text) == (
        OtherTreatmentKind.CHEMICAL_PEEL,
        "Chemical peel (Glow Special)",
    )
    assert [s.row for s in planned.planned_sessions()] == [3]


def test_a_future_other_treatment_is_a_booking_problem(tmp_path: Path) -> None:
    treatments = "client_id,date,service\n1,2031-01-01,Facial\n"
    planned = plan(*clinic_files(tmp_path, treatments))
    assert problems_of(planned) == [
        (
            2,
            "01 Jan 2031 is in the future: a booking, not a treatment that took place. Skip it "
            '(--skip-problem-rows; in the wizard: "Skip the rows with problems").',
        )
    ]


@pytest.mark.both_homes
def test_the_commit_saves_other_treatments_with_products_lots_and_source(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    planned = plan(*clinic_files(tmp_path), logbook, **DEFAULTS)
    summary = commit_import(logbook, planned)
    assert (summary.clients_added, summary.sessions_added, summary.other_treatments_added) == (
        3,
        1,
        7,
    )
    assert summary.describe() == "Imported 3 clients, 1 session and 7 other treatments."
    zoe, jose, _renee = (logbook.client(i) for i in summary.client_ids)
    botox, facial = logbook.other_treatments_of(jose.id)  # newest first
    assert botox.details.performed_on == date(2024, 5, 2)
    assert botox.details.products == (ProductLot("Bocouture", "B123"), ProductLot("Saline", "S7"))
    assert botox.details.practitioner_name == "Dr Lee"
    assert botox.details.notes == "Imported from treatments.csv (row 5).\n\n20 units"
    assert botox.source == "clients.csv: T4"
    assert facial.details.kind is OtherTreatmentKind.FACIAL
    assert logbook.session_count() == 1  # the needling row only: no invented sessions
    assert [o.details.kind for o in logbook.other_treatments_of(zoe.id)] == [
        OtherTreatmentKind.CHEMICAL_PEEL,
        OtherTreatmentKind.CHEMICAL_PEEL,
    ]
    assert set(logbook.import_links("clients.csv", "client")) == {"1", "2", "3"}
    assert set(logbook.import_links("clients.csv", "session")) == {"T1"}
    assert len(logbook.import_links("clients.csv", "other_treatment")) == 7


@pytest.mark.both_homes
def test_the_value_maps_used_are_remembered_for_the_source(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    treatments = "client_id,date,service\n1,2024-03-12,Glow Special\n"
    maps = {"treatment_kind": {"glow special": "chemical_peel"}}
    planned = plan(
        *clinic_files(tmp_path, treatments), logbook, value_maps=maps, source="OldClinic"
    )
    commit_import(logbook, planned)
    assert logbook.value_mappings("OldClinic") == maps
    assert set(logbook.import_links("OldClinic", "client")) == {"1", "2", "3"}


# The skip trap
@pytest.mark.both_homes
def test_skipped_rows_are_added_later_to_the_same_clients_and_nothing_twice(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    files = many_clients(tmp_path)
    first = plan(*files, logbook, skip_problem_rows=True)
    assert (first.client_count, first.session_count, first.other_treatment_count) == (100, 0, 100)
    assert first.rows_with_problems == 100
    commit_import(logbook, first)
    assert (logbook.client_count(), logbook.session_count()) == (100, 0)
    ids = {c.id for c in logbook.list_clients()}

    second = plan(*files, logbook, **DEFAULTS)
    assert not second.blocked and second.problems == ()  # linked, not "already there"
    assert (second.client_count, second.session_count, second.other_treatment_count) == (0, 100, 0)
    assert (second.linked_clients, second.already_imported, second.skipped_duplicates) == (
        100,
        100,
        0,
    )
    assert second.counts_line() == (
        "0 clients and 100 sessions to add; 0 rows with problems; 100 clients and "
        "100 treatment rows already imported."
    )
    summary = commit_import(logbook, second)
    assert (summary.clients_added, summary.sessions_added) == (0, 100)
    assert "100 clients had been imported before" in summary.describe()
    assert {c.id for c in logbook.list_clients()} == ids
    assert all(len(logbook.sessions_of(i)) == 1 for i in ids)
    assert all(len(logbook.other_treatments_of(i)) == 1 for i in ids)

    third = plan(*files, logbook, **DEFAULTS)
    assert third.nothing_to_import and third.already_imported == 200
    summary = commit_import(logbook, third)
    assert (summary.clients_added, summary.sessions_added, summary.already_imported) == (0, 0, 200)
    assert (logbook.client_count(), logbook.session_count(), logbook.other_treatment_count()) == (
        100,
        100,
        100,
    )


def test_a_client_erased_since_is_imported_again(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    files = clinic_files(tmp_path)
    commit_import(logbook, plan(*files, logbook, **DEFAULTS))
    zoe = next(c for c in logbook.list_clients() if c.last_name == "Müller")
    sign_in_admin(logbook)
    logbook.erase_client(zoe.id, zoe.full_name)
    again = plan(*files, logbook, **DEFAULTS)
    assert (again.client_count, again.linked_clients, again.session_count) == (1, 2, 1)
    assert again.other_treatment_count == 2  # hers: her links went with her
    sign_in(logbook, "Lee Park")
    summary = commit_import(logbook, again)
    assert logbook.client(summary.client_ids[0]).details.last_name == "Müller"


def test_a_repeated_appointment_id_is_remembered_with_its_count(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    treatments = (
        "booking id,client_id,date,service\n"
        "B1,1,2024-03-12,Facial\nB1,1,2024-03-12,Massage\nB2,2,2024-03-13,Facial\n"
    )
    commit_import(logbook, plan(*clinic_files(tmp_path, treatments), logbook))
    assert set(logbook.import_links("clients.csv", "other_treatment")) == {"B1", "B1#2", "B2"}


def test_rows_without_an_id_are_remembered_by_their_content(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    treatments = "client_id,date,service\n1,2024-03-12,Facial\n2,2024-03-13,Facial\n"
    files = clinic_files(tmp_path, treatments)
    commit_import(logbook, plan(*files, logbook))
    assert set(logbook.import_links("clients.csv", "other_treatment")) == {
        "row:1|2024-03-12||Facial",
        "row:2|2024-03-13||Facial",
    }
    # A row added to the file since: only it is new.
    write(tmp_path, "treatments.csv", treatments + "1,2024-04-12,Facial\n")
    again = plan(*files, logbook)
    assert (again.other_treatment_count, again.already_imported) == (1, 2)


# Appointments linked by name
def test_appointments_link_by_name_and_birth_date(tmp_path: Path) -> None:
    planned = plan(*named_files(tmp_path), **DEFAULTS)
    assert any("linked to the clients by name and date of birth" in n for n in planned.notes)
    assert problems_of(planned) == [
        (
            4,
            "'Ann Smith' could be the client of kunden.csv row 3 and row 4: add the "
            "clients' birth dates or ids to both files to tell them apart, or skip this row.",
        ),
        (5, "There is no client named 'Bea Nobody' in kunden.csv."),
    ]
    assert all(p.blocking for p in planned.problems)
    linked = {o.row: o.client_key for o in planned.planned_other_treatments()}
    assert linked == {3: "row 4"}  # the Ann Smith born 30.06.1992
    # Zoë Müller's needling, by a name written without accents and in other case:
    assert [s.client_key for s in planned.planned_sessions()] == ["row 2"]


# Clients and appointments in one file
@pytest.mark.both_homes
def test_one_file_of_appointments_gives_each_client_once_with_all_their_rows(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    path = write(tmp_path, "bookings.csv", ONE_FILE_WITH_IDS)
    planned = plan(path, None, logbook, one_file=True, **DEFAULTS)
    assert planned.one_file and planned.problems == ()
    assert (planned.client_count, planned.session_count, planned.other_treatment_count) == (
        3,
        2,
        3,
    )
    assert any("holds the clients and their appointments" in n for n in planned.notes)
    summary = commit_import(logbook, planned)
    ann, mary, zoe = (logbook.client(i) for i in summary.client_ids)
    assert (ann.details.medical_notes, ann.details.email) == ("", "ann@example.com")
    assert [o.details.kind for o in logbook.other_treatments_of(ann.id)] == [
        OtherTreatmentKind.CHEMICAL_PEEL
    ]
    assert logbook.other_treatments_of(ann.id)[0].details.notes.endswith("\n\nsecond")
    assert len(logbook.sessions_of(mary.id)) == 1
    assert logbook.other_treatments_of(zoe.id)[0].details.practitioner_name == "Lee"


def test_one_file_without_ids_tells_clients_apart_by_name_and_birth_date(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "visits.csv", ONE_FILE_BY_NAME)
    planned = plan(path, None, one_file=True)
    assert planned.problems == ()
    assert (planned.client_count, planned.other_treatment_count) == (2, 3)
    keys = [o.client_key for o in planned.planned_other_treatments()]
    assert keys == ["row 2", "row 3", "row 2"]


# The clinic's time zone
@pytest.mark.both_homes
def test_a_date_only_row_keeps_its_day_in_the_clinics_zone(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    zone = ZoneInfo("Pacific/Auckland")
    treatments = (
        "client_id,date,service,depth\n1,2024-01-15,Microneedling,0.5\n1,2024-01-16,Facial,\n"
    )
    planned = plan(*clinic_files(tmp_path, treatments), logbook, timezone=zone, **DEFAULTS)
    summary = commit_import(logbook, planned)
    (session,) = logbook.sessions_of(summary.client_ids[0])
    assert session.details.started_at.astimezone(zone).date() == date(2024, 1, 15)
    assert session.details.started_at.astimezone(UTC).date() == date(2024, 1, 14)  # stored UTC
    (facial,) = logbook.other_treatments_of(summary.client_ids[0])
    assert facial.details.performed_on == date(2024, 1, 16)


def test_clinic_samples_have_no_row_left_unplanned(tmp_path: Path) -> None:
    planned = plan(*clinic_files(tmp_path), **DEFAULTS)
    rows = len(CLINIC_TREATMENTS.strip().splitlines()) - 1
    assert planned.session_count + planned.other_treatment_count == rows
