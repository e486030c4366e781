"""What a clinic needs when a client moves: every client in the CSV (with their contact
and allergy columns), other treatments in the CSV and JSON, and days in the clinic's
time zone whichever computer exports."""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from logger_app.export import export_all, export_client
from logger_app.export.csv_export import COLUMNS, TEXT_COLUMNS, read_csv_rows
from logger_app.export.history import load_history
from logger_app.export.json_export import json_document
from logger_app.logbook import Logbook
from logger_app.records import OtherTreatmentDetails
from logger_app.vocabulary import OtherTreatmentKind

from .moved_client import (
    ADDRESS,
    CLINIC_ZONE,
    GENERAL_NOTES,
    MovedClient,
    build_moved_client,
    machine_zone,
)

pytestmark = pytest.mark.both_homes


@pytest.fixture
def moved(logbook: Logbook) -> MovedClient:
    return build_moved_client(logbook)


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(files("resources").joinpath("export-schema.json").read_text("utf-8"))


def validate(document: dict, schema: dict) -> None:
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)


def test_csv_of_every_client_lists_clients_without_sessions_and_other_treatments(
    logbook: Logbook, moved: MovedClient, tmp_path: Path
) -> None:
    out = tmp_path / "all.csv"
    with machine_zone("UTC"):
        export_all(logbook, "csv", out)
    rows = read_csv_rows(out)
    assert [(r["client_id"], r["record_type"], r["session_date"]) for r in rows] == [
        (str(moved.client_id), "other_treatment", "2025-01-05"),
        (str(moved.client_id), "session", "2025-01-12"),
        (str(moved.client_id), "other_treatment", "2025-02-01"),
        (str(moved.empty_client_id), "client", ""),
    ]
    peel, session, facial, empty = rows
    for row in (peel, session, facial):
        assert row["client_name"] == "Иван Петров"
        assert (row["phone"], row["email"], row["allergies"]) == (
            "+64 21 555 0101",
            "ivan@example.com",
            "Lidocaine",
        )
        assert (row["address"], row["general_notes"]) == (ADDRESS, GENERAL_NOTES)
    assert {k: peel[k] for k in ("other_treatment_id", "treatment_kind", "treatment_detail")} == {
        "other_treatment_id": str(moved.peel_id),
        "treatment_kind": "Chemical peel",
        "treatment_detail": "TCA 20 %",
    }
    assert (peel["practitioner"], peel["notes"], peel["products"]) == (
        "Dr Aroha Ngata",
        "Light frosting on the chin",
        "TCA peel 20 %, lot L-2291; Neutraliser",
    )
    # Another treatment has no session's cells, and a session no other treatment's.
    assert peel["session_id"] == peel["area"] == peel["session_time"] == ""
    assert session["other_treatment_id"] == session["treatment_kind"] == ""
    assert (facial["treatment_kind"], facial["products"]) == ("Facial", "")
    assert empty["client_name"] == "Zoë Ñúñez"
    assert {c: empty[c] for c in COLUMNS if c not in {"client_id", "client_name", "record_type"}}
    assert all(empty[c] == "" for c in COLUMNS[COLUMNS.index("record_type") + 1 :])


def test_one_client_without_records_still_gives_a_row(
    logbook: Logbook, moved: MovedClient, tmp_path: Path
) -> None:
    out = tmp_path / "one.csv"
    export_client(logbook, moved.empty_client_id, "csv", out)
    [row] = read_csv_rows(out)
    assert (row["client_id"], row["record_type"]) == (str(moved.empty_client_id), "client")


def test_csv_days_and_times_are_the_clinics_not_the_computers(
    logbook: Logbook, moved: MovedClient, tmp_path: Path
) -> None:
    """A session at 00:30 in Auckland is on 12 Jan there, though 11 Jan in UTC."""
    with machine_zone("UTC"):
        export_client(logbook, moved.client_id, "csv", tmp_path / "nz.csv")
    [nz] = [r for r in read_csv_rows(tmp_path / "nz.csv") if r["record_type"] == "session"]
    assert (nz["session_date"], nz["session_time"]) == ("2025-01-12", "00:30")


def test_a_blank_zone_is_the_computers(logbook: Logbook, tmp_path: Path) -> None:
    moved = build_moved_client(logbook, zone="")
    with machine_zone("UTC"):
        export_client(logbook, moved.client_id, "csv", tmp_path / "utc.csv")
        utc_document = json_document(load_history(logbook, moved.client_id))
    with machine_zone("Europe/Berlin"):
        berlin_document = json_document(load_history(logbook, moved.client_id))
    [utc] = [r for r in read_csv_rows(tmp_path / "utc.csv") if r["record_type"] == "session"]
    assert (utc["session_date"], utc["session_time"]) == ("2025-01-11", "11:30")
    assert (utc_document["time_zone"], berlin_document["time_zone"]) == ("UTC", "Europe/Berlin")


def test_new_typed_cells_are_formula_safe(logbook: Logbook, moved: MovedClient, tmp_path) -> None:
    logbook.add_other_treatment(
        OtherTreatmentDetails(
            client_id=moved.client_id,
            performed_on=date(2025, 3, 3),
            kind=OtherTreatmentKind.OTHER,
            kind_detail="=HYPERLINK(1)",
            notes="+1",
            practitioner_name="@me",
        )
    )
    export_client(logbook, moved.client_id, "csv", tmp_path / "safe.csv")
    rows = read_csv_rows(tmp_path / "safe.csv")
    raw = (tmp_path / "safe.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1)" in raw and "'+1" in raw and "'@me" in raw and "'+64 21" in raw
    assert {"treatment_detail", "phone", "allergies", "address"} <= TEXT_COLUMNS
    assert rows[-1]["treatment_detail"] == "=HYPERLINK(1)"  # read back as typed


def test_json_states_the_zone_the_address_and_other_treatments(
    logbook: Logbook, moved: MovedClient, schema
) -> None:
    document = json_document(load_history(logbook, moved.client_id))
    validate(document, schema)
    assert document["time_zone"] == CLINIC_ZONE
    assert (document["client"]["address"], document["client"]["general_notes"]) == (
        ADDRESS,
        GENERAL_NOTES,
    )
    # Times stay in UTC with their offset; the zone says how to read them.
    assert document["sessions"][0]["started_at"] == "2025-01-11T11:30:00+00:00"
    facial, peel = document["other_treatments"]  # newest first
    assert (facial["id"], facial["performed_on"], facial["kind"]) == (
        moved.facial_id,
        "2025-02-01",
        "facial",
    )
    assert {k: v for k, v in peel.items() if k not in {"created_at", "created_by"}} == {
        "id": moved.peel_id,
        "performed_on": "2025-01-05",
        "kind": "chemical_peel",
        "kind_label": "Chemical peel",
        "kind_detail": "TCA 20 %",
        "notes": "Light frosting on the chin",
        "practitioner": "Dr Aroha Ngata",
        "products": [
            {"product": "TCA peel 20 %", "lot": "L-2291"},
            {"product": "Neutraliser", "lot": ""},
        ],
        "source": "",
    }
    broken = json.loads(json.dumps(document))
    broken["other_treatments"][0]["kind"] = "massage"
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, schema)


def test_json_of_every_client_names_the_zone_once(
    logbook: Logbook, moved: MovedClient, tmp_path: Path, schema
) -> None:
    out = tmp_path / "all.json"
    export_all(logbook, "json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    validate(document, schema)
    assert document["time_zone"] == CLINIC_ZONE
    histories = {h["client"]["id"]: h for h in document["clients"]}
    assert len(histories[moved.client_id]["other_treatments"]) == 2
    assert histories[moved.empty_client_id]["other_treatments"] == []
