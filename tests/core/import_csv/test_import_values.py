"""Nothing dropped, nothing mangled: encodings, id headers, unmatched columns, values
mapped from the source's words, "none" allergies. Each test writes its own files in the
layouts clinics bring: UTF-8, Windows-1252 with semicolons and German headers, Excel's
"Unicode text" (UTF-16, tabs) and Google Sheets (UTF-8, commas, CRLF)."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from logger_app.import_csv import (
    ClientField,
    ImportOptions,
    ImportPlan,
    auto_map,
    commit_import,
    plan_import,
    read_csv,
)
from logger_app.import_csv.model import MAX_UNKNOWN_PER_FIELD, UnknownValue
from logger_app.import_csv.rows import Row, RowSource
from logger_app.import_csv.translation import parse_map_value, value_choices
from logger_app.import_csv.values import parse_areas, parse_device
from logger_app.logbook import Logbook
from logger_app.records import Practitioner
from logger_app.vocabulary import Area, Device, Fitzpatrick, SkinType

from ..conftest import FIXED_NOW
from ..import_samples import write

GERMAN = (
    "Kunden-Nr.;Vorname;Nachname;Geburtsdatum;Telefon;E-Mail;Allergien;Hauttyp;"
    "Adresse;Schlagwörter;Vorlieben;Geplante Behandlung\r\n"
    "K-1;Jürgen;Groß;03.04.1980;0171 2345678;jg@example.de;keine;trocken;"
    "Hauptstraße 5, 10115 Berlin;Ekzem, Rosazea;Termine morgens;Peeling\r\n"
    "K-2;Änne;Weiß;24.12.1975;;aw@example.de;Latex;Trocken;;;;\r\n"
    "K-3;Sören;Kühn;01.02.1990;;;;fettig;;;;Laser\r\n"
)


def plan_of(clients: Path, mapping_edit=None, **options) -> ImportPlan:
    table = read_csv(clients)
    mapping = auto_map(table.headers)
    if mapping_edit:
        mapping_edit(mapping)
    return plan_import(
        table, None, mapping, ImportOptions(**{"timezone": UTC, "now": FIXED_NOW, **options})
    )


def planned(plan: ImportPlan) -> dict[str, object]:
    return {p.key: p.details for p in plan.planned_clients()}


# Encodings
def test_a_utf8_file_with_one_bad_byte_stays_utf8_and_names_the_row(tmp_path: Path) -> None:
    text = (
        "id,first name,last name,notes\n1,Jürgen,Groß,Straße\n2,Zoë,Núñez,\n3,Renée,Dubois,ok\n"
    ).encode()
    bad = text.replace("Renée".encode(), b"Ren\xe9e")  # one row typed on a Windows PC
    (tmp_path / "c.csv").write_bytes(bad)
    table = read_csv(tmp_path / "c.csv")
    assert table.encoding == "utf-8"
    assert "UTF-8 except for 1 byte in 1 row" in " ".join(table.notes)
    plan = plan_of(tmp_path / "c.csv")
    assert [(p.row, p.column, p.blocking) for p in plan.problems] == [(4, "first name", True)]
    assert plan.problems[0].message.startswith("byte 0xE9 is not UTF-8 (in 'Ren\ufffde')")
    assert "skip the row" in plan.problems[0].message
    assert plan.client_count == 2 and plan.rows_with_problems == 1
    names = {(d.first_name, d.last_name) for d in planned(plan).values()}
    assert names == {("Jürgen", "Groß"), ("Zoë", "Núñez")}  # no "JÃ¼rgen"
    assert "\ufffd" in table.sample[2][1][1]  # the preview shows it, never a lone surrogate


def test_a_file_with_more_bad_bytes_than_utf8_is_windows_1252(tmp_path: Path) -> None:
    text = "id;Vorname;Nachname\n1;Jürgen;Groß\n2;Änne;Weiß\n3;José;Müller\n"
    data = text.encode("cp1252")
    (tmp_path / "c.csv").write_bytes(data + "4;Zoë;Ö\n".encode())  # one UTF-8 sequence pair
    table = read_csv(tmp_path / "c.csv")
    assert table.encoding == "cp1252"
    assert table.sample[0][1][1] == "Jürgen"


# Layouts
def test_cp1252_semicolons_dotted_dates_german_headers(tmp_path: Path) -> None:
    clients = write(tmp_path, "kunden.csv", GERMAN, "cp1252")
    table = read_csv(clients)
    mapping = auto_map(table.headers)
    assert mapping.clients == {
        ClientField.CLIENT_ID: "Kunden-Nr.",
        ClientField.FIRST_NAME: "Vorname",
        ClientField.LAST_NAME: "Nachname",
        ClientField.DATE_OF_BIRTH: "Geburtsdatum",
        ClientField.PHONE: "Telefon",
        ClientField.EMAIL: "E-Mail",
        ClientField.ALLERGIES: "Allergien",
        ClientField.SKIN_TYPE: "Hauttyp",
        ClientField.ADDRESS: "Adresse",
        ClientField.TAGS: "Schlagwörter",
        ClientField.GENERAL_NOTES: "Vorlieben",
    }
    plan = plan_of(clients)
    # German skin types block their rows, and say how to map them.
    unknown = {p.row: p.message for p in plan.problems if p.blocking}
    assert unknown[2] == (
        "'trocken' is not a skin type the logbook knows (normal, dry, oily, combination, "
        "sensitive): map it with --map-value skin_type:trocken=VALUE, or under Values in "
        "the wizard."
    )
    assert plan.unknown_values == (
        UnknownValue("skin_type", "trocken", 2, 2, "kunden.csv"),
        UnknownValue("skin_type", "fettig", 1, 4, "kunden.csv"),
    )
    assert "Geplante Behandlung" in " ".join(plan.notes)  # listed as kept
    # Mapped: every client imports, and nothing of the file is lost.
    plan = plan_of(clients, value_maps={"skin_type": {"trocken": "dry", "fettig": "oily"}})
    assert not plan.blocked and plan.unknown_values == ()
    first = planned(plan)["K-1"]
    assert first.skin_type is SkinType.DRY and first.first_name == "Jürgen"
    assert first.date_of_birth.isoformat() == "1980-04-03"
    assert first.allergies == ""
    assert first.address == "Hauptstraße 5, 10115 Berlin"
    assert first.medical_notes == "Tags: Ekzem, Rosazea"
    assert first.general_notes == "Termine morgens\nGeplante Behandlung: Peeling"
    assert planned(plan)["K-2"].general_notes == ""  # empty cells left out
    notes = [(p.row, p.message, p.blocking) for p in plan.problems]
    assert notes == [(2, "'keine' read as no known allergy.", False)]


def test_excel_unicode_text_utf16_tabs(tmp_path: Path) -> None:
    text = (
        "legacy_id\tFirst Name\tLast Name\tSkin Type\tFitzpatrick\tTags\tReferred by\r\n"
        "L7\tAiko\tTanaka\tDry\tIII\tEczema;Rosacea\tInstagram\r\n"
        "L8\tOlu\tAdeyemi\tnormal\tVI\t\t\r\n"
    )
    clients = write(tmp_path, "clients.txt", text, "utf-16")
    plan = plan_of(clients)
    assert read_csv(clients).encoding == "utf-16" and not plan.problems
    details = planned(plan)
    assert details["L7"].fitzpatrick is Fitzpatrick.III
    assert details["L7"].medical_notes == "Tags: Eczema, Rosacea"
    assert details["L7"].general_notes == "Referred by: Instagram"
    assert details["L8"].general_notes == "" and details["L8"].medical_notes == ""


def test_google_sheets_utf8_commas_and_a_dropped_column(tmp_path: Path) -> None:
    text = (
        "external_id,Full name,Email,Allergies,Street address,Marketing opt-in,Internal\r\n"
        "g1,Ann Smith,ann@example.com,None,1 High St,yes,x\r\n"
        "g2,Bo Li,bo@example.com,n/a,,no,y\r\n"
        "g3,Cy Dee,cy@example.com,Penicillin,,,\r\n"
    )
    clients = write(tmp_path, "Sheet1.csv", text)

    def drop(mapping) -> None:
        mapping.dropped = {"Internal"}

    plan = plan_of(clients, drop)
    assert plan.mapping.clients[ClientField.CLIENT_ID] == "external_id"
    details = planned(plan)
    assert details["g1"].address == "1 High St"
    assert details["g1"].general_notes == "Marketing opt-in: yes"
    assert details["g3"].allergies == "Penicillin"
    assert [d.allergies for d in details.values()][:2] == ["", ""]
    assert (
        "Sheet1.csv: columns kept in the general notes, one line each: Marketing opt-in; "
        "columns left out as chosen: Internal." in plan.notes
    )
    assert [p.message for p in plan.problems] == [
        "'None' read as no known allergy.",
        "'n/a' read as no known allergy.",
    ]


# Headers and values
@pytest.mark.parametrize(
    "header",
    ["import_id", "external_id", "legacy_id", "client_ref", "Customer Number", "Kundennummer",
     "Kunden-Nr.", "patient_no", "Legacy-ID"],
)  # fmt: skip
def test_id_headers_of_other_systems_are_the_client_id(header: str) -> None:
    assert auto_map([header, "First name", "Last name"]).clients[ClientField.CLIENT_ID] == header


@pytest.mark.parametrize(
    "text",
    ["None", "none known", "N/A", "na", "-", "--", "Keine", "keine bekannt", "nil", "NKDA",
     "No known allergies"],
)  # fmt: skip
def test_allergies_that_say_none_mean_no_allergy(tmp_path: Path, text: str) -> None:
    clients = write(tmp_path, "c.csv", f"first name,last name,allergies\nAnn,Lee,{text}\n")
    plan = plan_of(clients)
    assert planned(plan)["row 2"].allergies == ""
    assert [(p.message, p.blocking) for p in plan.problems] == [
        (f"{text!r} read as no known allergy.", False)
    ]


def test_kept_lines_of_any_row_source(tmp_path: Path) -> None:
    table = read_csv(write(tmp_path, "t.csv", "date,Room,Voucher,Extra\n1/2/2024,3,,'=x\n"))
    source = RowSource(table, {"date": "date"}, dropped={"Extra"})
    row = Row(source, 2, ("1/2/2024", "3", "", "'=x"))
    assert row.kept_lines() == ["Room: 3"]
    assert Row(RowSource(table, {}), 2, ("a", "b", "c", "'=x")).kept_lines() == [
        "date: a", "Room: b", "Voucher: c", "Extra: =x",
    ]  # fmt: skip


def test_value_maps_translate_areas_and_devices() -> None:
    assert parse_areas("Stirn, Wangen", {"stirn": "forehead", "wangen": "left_cheek, right_cheek"})
    assert parse_areas("Wangen", {"wangen": "left_cheek, right_cheek"}) == (
        Area.LEFT_CHEEK, Area.RIGHT_CHEEK,
    )  # fmt: skip
    assert parse_areas("Stirn, Nose", {"stirn": "forehead"}) == (Area.FOREHEAD, Area.NOSE)
    assert parse_device("Nadelstift", {"nadelstift": "pen"}) is Device.PEN
    with pytest.raises(ValueError, match="--map-value area:kinn=VALUE"):
        parse_areas("Stirn, Kinn", {"stirn": "forehead"})
    with pytest.raises(ValueError, match="--map-value 'device:rolle xl=VALUE'"):
        parse_device("Rolle XL")


def test_value_choices_and_the_map_value_option() -> None:
    assert ("dry", "Dry") in value_choices("skin_type")
    assert value_choices("fitzpatrick")[0] == ("1", "Type I")
    assert ("chemical_peel", "Chemical peel") in value_choices("treatment_kind")
    assert ("forehead", "Forehead") in value_choices("area")
    assert parse_map_value("skin_type:Trocken=dry") == ("skin_type", "trocken", "dry")
    assert parse_map_value("area:Wangen=left_cheek,right_cheek") == (
        "area", "wangen", "left_cheek, right_cheek",
    )  # fmt: skip
    assert parse_map_value("treatment_kind:Peeling=chemical_peel")[2] == "chemical_peel"
    for text, message in (
        ("skin_type=dry", "write FIELD:SOURCE=VALUE"),
        ("colour:rot=red", "unknown field 'colour'"),
        (
            "skin_type:trocken=arid",
            "'arid' is not one of the logbook's values for skin_type: normal",
        ),
    ):
        with pytest.raises(ValueError, match=message):
            parse_map_value(text)


def test_unknown_values_are_counted_within_bounds(tmp_path: Path) -> None:
    rows = "".join(f"N{i},L,kind {i}\n" for i in range(MAX_UNKNOWN_PER_FIELD + 50))
    clients = write(tmp_path, "c.csv", "first name,last name,skin type\n" + rows + "A,B,kind 3\n")
    plan = plan_of(clients)
    assert len(plan.unknown_values) == MAX_UNKNOWN_PER_FIELD
    assert plan.unknown_values[3] == UnknownValue("skin_type", "kind 3", 2, 5, "c.csv")
    assert plan.rows_with_problems == MAX_UNKNOWN_PER_FIELD + 51


@pytest.mark.both_homes
def test_the_commit_saves_address_general_notes_and_tags(
    tmp_path: Path, logbook: Logbook, importer: Practitioner
) -> None:
    clients = write(tmp_path, "kunden.csv", GERMAN, "cp1252")
    plan = plan_of(clients, value_maps={"skin_type": {"trocken": "dry", "fettig": "oily"}})
    summary = commit_import(logbook, plan)
    client = logbook.client(summary.client_ids[0])
    assert client.details.address == "Hauptstraße 5, 10115 Berlin"
    assert client.details.general_notes == "Termine morgens\nGeplante Behandlung: Peeling"
    assert client.details.medical_notes == "Tags: Ekzem, Rosazea"
    assert client.details.allergies == ""


def test_client_row_problems_name_what_resolves_them(
    tmp_path: Path, logbook: Logbook, importer: Practitioner
) -> None:
    clients = write(tmp_path, "c.csv", "id,first name,last name\n,Ann,Lee\n7,Bo,Li\n7,Cy,Dee\n")
    treatments = write(tmp_path, "t.csv", "client id,date\n7,01/02/2024\n")
    table, other = read_csv(clients), read_csv(treatments)
    options = ImportOptions(timezone=UTC, now=FIXED_NOW, day_first=True)
    plan = plan_import(table, other, auto_map(table.headers, other.headers), options)
    by_row = {p.row: p.message for p in plan.problems if p.file == "c.csv"}
    assert "skip the row (--skip-problem-rows, or “Skip the rows with problems”)" in by_row[2]
    assert "(--map client_id=HEADER, or on “Match the columns”)" in by_row[3]
    commit_import(logbook, plan_of(write(tmp_path, "d.csv", "first name,last name\nAnn,Lee\n")))
    again = plan_import(
        read_csv(tmp_path / "d.csv"), None, auto_map(["first name", "last name"]), options,
        logbook.list_clients(),
    )  # fmt: skip
    assert "--import-duplicates, or “Also add clients already in the logbook”" in (
        again.problems[0].message
    )
