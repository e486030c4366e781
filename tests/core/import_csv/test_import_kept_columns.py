"""Nothing of a treatments file is lost either: its columns without a field are kept in
each treatment's notes (unless left out), its values are translated like the clients',
and in one file of appointments they stay with the appointment, not the client."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from logger_app.import_csv import map_files, plan_import, read_csv
from logger_app.import_csv.model import ImportOptions
from logger_app.vocabulary import Area, Device

from ..conftest import FIXED_NOW
from ..import_samples import write

CLIENTS = "client_id,first_name,last_name\n1,Ann,Smith\n"
TREATMENTS = (
    "client_id,date,service,area,depth,device,Room,Price\n"
    "1,2024-03-12,Microneedling,Stirn,0.5,Dermapen,Blue room,120\n"
    "1,2024-04-12,Chemical peel,,,,Green room,90\n"
)
ONE_FILE = (
    "Customer ID,First Name,Last Name,Appointment Date,Service,Room\n"
    "17,Ann,Smith,2024-03-14,Facial,Blue room\n"
    "17,Ann,Smith,2024-04-14,Chemical peel,Green room\n"
)


def _plan(tmp_path: Path, clients: str, treatments: str | None, **options):
    clients_table = read_csv(write(tmp_path, "clients.csv", clients))
    treatments_table = (
        read_csv(write(tmp_path, "treatments.csv", treatments)) if treatments else clients_table
    )
    mapping = map_files(clients_table, treatments_table)
    mapping.dropped |= set(options.pop("dropped", ()))
    chosen = ImportOptions(timezone=UTC, now=FIXED_NOW, **options)
    return plan_import(clients_table, treatments_table, mapping, chosen)


def test_unmatched_treatment_columns_are_kept_in_each_treatments_notes(tmp_path: Path) -> None:
    planned = _plan(tmp_path, CLIENTS, TREATMENTS, value_maps={"area": {"stirn": "forehead"}})
    assert planned.problems == ()
    (session,) = planned.planned_sessions()
    assert session.details.areas[0].area is Area.FOREHEAD  # "Stirn", as mapped
    assert session.details.device is Device.PEN
    assert "Room: Blue room\nPrice: 120" in session.details.notes
    (peel,) = planned.planned_other_treatments()
    assert "Room: Green room\nPrice: 90" in peel.details.notes


def test_a_column_left_out_is_not_kept(tmp_path: Path) -> None:
    planned = _plan(
        tmp_path, CLIENTS, TREATMENTS, value_maps={"area": {"stirn": "forehead"}}, dropped={"Price"}
    )
    (session,) = planned.planned_sessions()
    assert "Room: Blue room" in session.details.notes and "Price" not in session.details.notes


def test_an_unknown_treatment_value_names_its_mapping(tmp_path: Path) -> None:
    planned = _plan(tmp_path, CLIENTS, TREATMENTS)
    messages = [p.message for p in planned.problems if p.row == 2]
    assert any("--map-value area:stirn=" in message for message in messages), messages


def test_in_one_file_the_appointments_columns_stay_with_the_appointments(tmp_path: Path) -> None:
    planned = _plan(tmp_path, ONE_FILE, None)
    (client,) = planned.planned_clients()
    assert client.details.general_notes == ""  # not "Appointment Date: …, Room: …"
    rooms = sorted(o.details.notes.split("Room: ")[1] for o in planned.planned_other_treatments())
    assert rooms == ["Blue room", "Green room"]


def test_a_microneedling_rows_products_and_lots_are_kept_on_its_session(tmp_path: Path) -> None:
    treatments = (
        "client_id,date,service,area,depth,device,product,lot\n"
        "1,2024-03-12,Microneedling,Forehead,0.5,Pen,HA serum; Lidocaine 4 %,L-17; N-9\n"
        "1,2024-04-12,Microneedling,Forehead,0.5,Pen,,L-18\n"
    )
    planned = _plan(tmp_path, CLIENTS, treatments)
    assert planned.problems == ()
    first, second = planned.planned_sessions()
    assert [(p.product, p.lot) for p in first.details.products] == [
        ("HA serum", "L-17"),
        ("Lidocaine 4 %", "N-9"),
    ]
    assert second.details.products == () and "Lot: L-18" in second.details.notes
