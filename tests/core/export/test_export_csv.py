"""The CSV export: one row per session-area, readable by spreadsheets, read back exactly."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from logger_app.export import export_all, export_client
from logger_app.export.csv_export import COLUMNS, number, read_csv_rows
from logger_app.logbook import Logbook
from logger_app.vocabulary import Area

from ..export_data import AWKWARD_NOTE, NAME, SESSIONS, ExportBook, build_export_book


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


@pytest.fixture
def exported(book: ExportBook, tmp_path: Path) -> Path:
    out = tmp_path / "history.csv"
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, "csv", out)
    return out


def test_rows_read_back_equal_the_sessions_areas(book: ExportBook, exported: Path) -> None:
    rows = read_csv_rows(exported)
    expected = [
        (day.isoformat(), area.label, depth, passes)
        for day, areas in SESSIONS
        for area, depth, passes in areas
    ]
    assert len(rows) == sum(len(areas) for _, areas in SESSIONS) == 6
    assert [
        (
            r["session_date"],
            r["area"],
            float(r["depth_mm"]),
            int(r["passes"]) if r["passes"] else None,
        )
        for r in rows
    ] == expected
    assert [r["depth_mm"] for r in rows] == ["0.25", "1.25", "2.5", "1.5", "0.5", "0.35"]
    assert {Area(a.value).label for a in Area} >= {r["area"] for r in rows}
    assert [int(r["session_id"]) for r in rows] == [
        book.session_ids[0], book.session_ids[0],
        book.session_ids[1], book.session_ids[1], book.session_ids[1],
        book.session_ids[2],
    ]  # fmt: skip


def test_header_and_shared_session_cells(exported: Path) -> None:
    with exported.open(encoding="utf-8-sig", newline="") as source:
        header = next(csv.reader(source))
    assert tuple(header) == COLUMNS
    rows = read_csv_rows(exported)
    first, second = rows[0], rows[2]
    assert first["client_name"] == " ".join(NAME)
    assert first["date_of_birth"] == "1984-07-09"
    assert first["practitioner"] == "Olu Brown RN"
    assert second["practitioner"] == "Dr Inès Mbeki"
    assert second["device"] == "RF microneedling"
    assert first["numbing_agent"] == "Lidocaine cream"
    assert (first["numbing_strength"], first["numbing_minutes"]) == ("5 %", "30")
    assert rows[5]["numbing_agent"] == rows[5]["numbing_minutes"] == ""
    assert (first["glide_product"], first["glide_lot"]) == ("Hyaluronic acid serum", "HA-0")
    assert first["endpoint"] == "Uniform pinpoint bleeding"
    assert (first["worst_reaction"], first["worst_severity"]) == ("Erythema", "2")
    assert (rows[5]["worst_reaction"], rows[5]["worst_severity"]) == ("Swelling", "3")
    assert first["reactions"] == "Erythema (moderate); Swelling (mild)"
    assert first["aftercare"] == "SPF 30+ daily; No makeup 12–24 h"
    assert first["next_visit_due"] == "2025-07-01"
    assert first["session_time"][2] == ":" and len(first["session_time"]) == 5
    assert [r["photo_count"] for r in rows] == ["2", "2", "0", "0", "0", "1"]
    assert second["notes"] == AWKWARD_NOTE  # quotes, semicolon, comma and line break


def test_encoding_is_utf8_with_bom_and_crlf_rows(exported: Path) -> None:
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Ångström-Núñez".encode() in data
    assert data.count(b"\r\n") == 1 + 6  # header and rows; the note's own break is \n
    assert b"second line" in data


def test_numbers_ignore_the_locale() -> None:
    assert [number(v) for v in (1.25, 0.5, 2.0, 3, None, 0.1 + 0.2)] == [
        "1.25", "0.5", "2", "3", "", "0.3",
    ]  # fmt: skip


def test_every_client_in_one_file(book: ExportBook, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    with Logbook.open(book.data_dir) as logbook:
        export_all(logbook, "csv", out)
    rows = read_csv_rows(out)
    assert len(rows) == 6 + 2
    assert [r["client_name"] for r in rows[6:]] == ["Chloé O'Brien"] * 2
    assert out.read_bytes().count(b"client_id,client_name") == 1
