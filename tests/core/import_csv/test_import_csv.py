"""Import from another system: reading the files, mapping, the dry run, the commit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from logger_app.import_csv import (
    ClientField,
    CsvReadError,
    ImportFailed,
    ImportOptions,
    ImportPlan,
    ImportRefused,
    PlannedClient,
    PlannedSession,
    TreatmentField,
    auto_map,
    commit_import,
    plan_import,
    read_csv,
)
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, Practitioner
from logger_app.vocabulary import Area, Device, Fitzpatrick, SkinType

from ..conftest import FIXED_NOW
from ..import_samples import EU_TREATMENTS, eu_files, us_files, write

DEFAULTS = {
    "default_area": Area.FOREHEAD,
    "default_depth_mm": 0.5,
    "default_device": Device.PEN,
    "timezone": UTC,
    "now": FIXED_NOW,
}


def plan_files(
    clients: Path,
    treatments: Path | None = None,
    logbook: Logbook | None = None,
    **options,
) -> ImportPlan:
    clients_table = read_csv(clients)
    treatments_table = read_csv(treatments) if treatments else None
    mapping = auto_map(clients_table.headers, treatments_table.headers if treatments_table else ())
    return plan_import(
        clients_table,
        treatments_table,
        mapping,
        ImportOptions(**{"timezone": UTC, "now": FIXED_NOW, **options}),
        logbook.list_clients() if logbook else (),
    )


def clients_of(plan: ImportPlan) -> list[PlannedClient]:
    """The planned clients, read again from the files as the commit reads them."""
    planned = list(plan.planned_clients())
    assert len(planned) == plan.client_count
    return planned


def sessions_of(plan: ImportPlan) -> list[PlannedSession]:
    planned = list(plan.planned_sessions())
    assert len(planned) == plan.session_count
    return planned


def messages(plan: ImportPlan) -> list[tuple[str, int, str]]:
    return [(p.file, p.row, p.message) for p in plan.problems]


# Reading
def test_cp1252_semicolon_file_is_read_with_its_accents_and_a_note(tmp_path: Path) -> None:
    clients, _ = eu_files(tmp_path)
    table = read_csv(clients)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.headers[:3] == ("Client ID", "First Name", "Surname")
    assert len(table.headers) == 10  # the trailing separator is not a column
    assert [r["First Name"] for _, r in table.records()] == ["Zoë", "José", "Renée"]
    assert "not UTF-8" in table.notes[0]
    assert table.ragged_count == 0


def test_utf8_bom_comma_file_has_a_clean_first_header(tmp_path: Path) -> None:
    clients, _ = us_files(tmp_path)
    table = read_csv(clients)
    assert (table.encoding, table.delimiter, table.notes) == ("utf-8-sig", ",", ())
    assert table.headers[0] == "Customer_ID"


def test_tab_separated_and_utf16_files(tmp_path: Path) -> None:
    tabbed = write(tmp_path, "t.txt", "First name\tLast name\tNotes\nAnn\tLee\tsays hi, twice\n")
    assert read_csv(tabbed).delimiter == "\t"
    wide = write(tmp_path, "u.csv", "\ufeffFirst name;Last name\nÅsa;Öberg\n", "utf-16-le")
    table = read_csv(wide)
    assert (table.encoding, next(table.records())[1]["First name"]) == ("utf-16", "Åsa")


def test_a_comma_in_every_note_does_not_fool_the_delimiter_guess(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "c.csv",
        "Client ID;Date;Notes\n1;12.03.2024;red, warm, fine\n2;13.03.2024;ok, ok, ok\n",
    )
    assert read_csv(path).delimiter == ";"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\r\n ; ;\r\n", "is empty"),
        (b"First name,Last name\r\n", "no data rows"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
        (b"Ann,Smith,14/03/1985,ann@example.com\nBo,Lee,01/01/1990,bo@example.com\n", "no header"),
    ],
)  # fmt: skip
def test_unreadable_files_are_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(content)
    with pytest.raises(CsvReadError, match=message) as raised:
        read_csv(path)
    assert "clients.csv" in str(raised.value)


def test_a_ragged_row_is_a_problem_of_that_row(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "clients.csv",
        "First name,Last name,Notes\nAnn,Lee,fine\nBob,Gray,has, a comma\nCy,Ode,\n",
    )
    assert read_csv(path).ragged_count == 1
    plan = plan_files(path)
    assert messages(plan) == [
        (
            "clients.csv",
            3,
            "has 4 values but the header has 3 columns (a separator inside a value that "
            "is not in quotes?).",
        )
    ]
    assert [c.details.first_name for c in clients_of(plan)] == ["Ann", "Cy"]


# Mapping
@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("First Name", ClientField.FIRST_NAME), ("firstname", ClientField.FIRST_NAME),
        ("given_name", ClientField.FIRST_NAME), (" Client First Name ", ClientField.FIRST_NAME),
        ("Surname", ClientField.LAST_NAME), ("LAST_NAME", ClientField.LAST_NAME),
        ("DOB", ClientField.DATE_OF_BIRTH), ("birth_date", ClientField.DATE_OF_BIRTH),
        ("Date of Birth (DD/MM/YYYY)", ClientField.DATE_OF_BIRTH),
        ("Mobile", ClientField.PHONE), ("Cell", ClientField.PHONE),
        ("E-mail", ClientField.EMAIL), ("Customer Email", ClientField.EMAIL),
        ("Client ID", ClientField.CLIENT_ID), ("customer_id", ClientField.CLIENT_ID),
        ("Allergies", ClientField.ALLERGIES), ("Comments", ClientField.MEDICAL_NOTES),
        ("Fitzpatrick skin type", ClientField.FITZPATRICK), ("Skin Type", ClientField.SKIN_TYPE),
        ("Full Name", ClientField.FULL_NAME),
    ],
)  # fmt: skip
def test_client_headers_are_auto_mapped(header: str, field: ClientField) -> None:
    assert auto_map([header]).clients == {field: header}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Appointment Date", TreatmentField.DATE), ("Service Date", TreatmentField.DATE),
        ("Treatment notes", TreatmentField.NOTES), ("Comments", TreatmentField.NOTES),
        ("customer_id", TreatmentField.CLIENT_ID), ("Start Time", TreatmentField.TIME),
        ("Needle depth (mm)", TreatmentField.DEPTH), ("Therapist", TreatmentField.PRACTITIONER),
        ("Treatment Area", TreatmentField.AREA), ("Service", TreatmentField.SERVICE),
    ],
)  # fmt: skip
def test_treatment_headers_are_auto_mapped(header: str, field: TreatmentField) -> None:
    assert auto_map([], [header]).treatments == {field: header}


def test_each_field_takes_its_best_column_and_a_column_serves_one_field() -> None:
    mapping = auto_map(
        ["ID", "Name", "Phone", "Mobile", "Notes", "Medical Notes"],
        ["ID", "Client ID", "Date", "Notes"],
    )
    assert mapping.clients == {
        ClientField.CLIENT_ID: "ID",
        ClientField.FULL_NAME: "Name",
        ClientField.PHONE: "Mobile",
        ClientField.MEDICAL_NOTES: "Medical Notes",
    }
    # In a treatments file "ID" is the appointment's own id, not the client's.
    assert mapping.treatments[TreatmentField.CLIENT_ID] == "Client ID"


# Values and the date order
def test_day_first_is_detected_and_said(tmp_path: Path) -> None:
    clients, treatments = eu_files(tmp_path)
    plan = plan_files(clients, treatments, **DEFAULTS)
    assert plan.day_first is True
    assert plan.date_order == "Dates read day first (DD/MM/YYYY): detected from 25/03/1985."
    born = {c.details.first_name: c.details.date_of_birth for c in clients_of(plan)}
    assert born == {"Zoë": date(1985, 3, 25), "José": date(1990, 11, 7), "Renée": date(1979, 2, 1)}
    assert sessions_of(plan)[0].details.started_at == datetime(2024, 3, 12, 10, 30, tzinfo=UTC)


def test_month_first_is_detected_with_times_in_the_date_cell(tmp_path: Path) -> None:
    plan = plan_files(*us_files(tmp_path), **DEFAULTS)
    assert plan.day_first is False
    assert [s.details.started_at for s in sessions_of(plan)] == [
        datetime(2024, 3, 14, 14, 30, tzinfo=UTC),
        datetime(2024, 3, 20, 11, 0, tzinfo=UTC),
    ]
    ann = clients_of(plan)[0].details
    assert (ann.first_name, ann.last_name, ann.date_of_birth) == (
        "Ann",
        "Smith",
        date(1984, 12, 31),
    )
    assert clients_of(plan)[1].details.last_name == "van der Berg"


def test_ambiguous_dates_need_a_chosen_order(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "First name,Last name,DOB\nAnn,Lee,03/04/1990\n")
    plan = plan_files(path)
    assert plan.fatal and "choose the date order" in plan.fatal[0].message
    assert plan.blocked and not plan.client_count
    chosen = plan_files(path, day_first=False)
    assert clients_of(chosen)[0].details.date_of_birth == date(1990, 3, 4)
    assert "as chosen" in chosen.date_order


def test_a_date_against_the_chosen_order_is_a_row_problem(tmp_path: Path) -> None:
    path = write(
        tmp_path, "c.csv", "First name,Last name,DOB\nAnn,Lee,03/04/1990\nBo,Ek,25/12/1980\n"
    )
    plan = plan_files(path, day_first=False)
    assert messages(plan) == [
        (
            "c.csv",
            3,
            "25/12/1980 does not fit the month-first order (MM/DD/YYYY): "
            "correct it in the file, choose the other order (--day-first or --month-first, "
            "or “Dates like 03/04/2024” in the wizard), or skip the row (--skip-problem-rows).",
        )
    ]


def test_clinical_values_are_read(tmp_path: Path) -> None:
    clients, _ = eu_files(tmp_path)
    plan = plan_files(clients)
    assert [(c.details.fitzpatrick, c.details.skin_type) for c in clients_of(plan)] == [
        (Fitzpatrick.III, SkinType.DRY),
        (Fitzpatrick.IV, SkinType.COMBINATION),
        (Fitzpatrick.II, SkinType.SENSITIVE),
    ]
    assert clients_of(plan)[0].details.phone == "+49 151 2345678"  # kept as text


# The dry run: problems row by row
def test_every_kind_of_row_problem_is_listed_with_row_and_column(tmp_path: Path) -> None:
    clients = write(
        tmp_path,
        "clients.csv",
        "ID,First Name,Last Name,DOB,Email,Phone,Fitzpatrick\n"
        "1,Ann,Lee,14/03/1985,ann@example.com,,\n"
        "2,,Gray,,,,\n"  # no first name
        "3,Cy,Ode,31/02/1990,,,\n"  # no such day
        "4,Di,Fox,,di(at)example.com,12,VII\n"  # bad email, phone, Fitzpatrick
        "5,Ed,Ray,,,,\n"
        "5,Flo,Ray,,,,\n"  # duplicate id
        "6,Gus,Old,01/06/2000,,,\n",
    )
    treatments = write(
        tmp_path,
        "treatments.csv",
        "Client ID,Date,Depth\n"
        "1,12/03/2024,0.5\n"
        "1,,0.5\n"  # no date
        "9,12/03/2024,0.5\n"  # unknown client
        "2,12/03/2024,0.5\n"  # client with problems
        "1,13/03/2024,3.5\n"  # too deep
        "6,12/03/1999,1.0\n"  # before birth
        "1,14/03/2024,1-2\n",  # a range
    )
    plan = plan_files(clients, treatments, **DEFAULTS)
    assert messages(plan) == [
        ("clients.csv", 3, "First name is required."),
        ("clients.csv", 4, "31/02/1990 is not a date (no such day)."),
        (
            "clients.csv",
            5,
            "'VII' is not a Fitzpatrick type the logbook knows (I–VI or 1–6): map it with "
            "--map-value fitzpatrick:vii=VALUE, or under Values in the wizard.",
        ),
        ("clients.csv", 5, "'di(at)example.com': Enter an email address like name@example.com."),
        ("clients.csv", 5, "'12': Enter a phone number: digits, spaces, + ( ) - only."),
        (
            "clients.csv",
            6,
            "Client id '5' is also used by row 7: ids must be unique. Correct "
            "the file, or choose another id column (--map client_id=HEADER, or on "
            "“Match the columns”).",
        ),
        (
            "clients.csv",
            7,
            "Client id '5' is also used by row 6: ids must be unique. Correct "
            "the file, or choose another id column (--map client_id=HEADER, or on "
            "“Match the columns”).",
        ),
        ("treatments.csv", 3, "No date: a session needs its date."),
        ("treatments.csv", 4, "There is no client with id '9' in clients.csv."),
        ("treatments.csv", 5, "Its client (clients.csv row 3) has problems."),
        ("treatments.csv", 6, "Depth must be between 0.1 and 3.0 mm."),
        ("treatments.csv", 7, "The session date is before the client's date of birth."),
        ("treatments.csv", 8, "Depth '1-2' is not one number of millimetres."),
    ]
    assert [p.column for p in plan.problems if p.row == 5 and p.file == "clients.csv"] == [
        "Fitzpatrick",
        "Email",
        "Phone",
    ]
    columns = {(p.file, p.row): p.column for p in plan.problems if p.file == "treatments.csv"}
    assert (columns["treatments.csv", 6], columns["treatments.csv", 4]) == ("Depth", "Client ID")
    assert (plan.client_count, plan.session_count, plan.rows_with_problems) == (2, 1, 11)
    assert plan.counts_line() == "2 clients and 1 session to add; 11 rows with problems."
    assert plan.blocked
    assert not plan_files(clients, treatments, skip_problem_rows=True, **DEFAULTS).blocked


def test_rows_without_area_depth_or_device_are_problems_unless_defaults_are_chosen(
    tmp_path: Path,
) -> None:
    clients, treatments = eu_files(tmp_path)
    plan = plan_files(clients, treatments)
    assert messages(plan) == [
        (
            "treatments.csv",
            4,
            "No area, depth, device recorded: choose a default for rows without them "
            "(--default-area, --default-depth, --default-device; in the wizard: "
            '"When a treatment row does not record it"), or skip this row.',
        )
    ]
    defaulted = plan_files(clients, treatments, **DEFAULTS)
    assert defaulted.problems == ()
    session = sessions_of(defaulted)[2]
    assert session.defaulted == ("time", "area", "depth", "device", "practitioner")
    assert any("set at import" in note for note in defaulted.notes)


def test_a_client_already_in_the_logbook_is_flagged_and_skipped_or_added(
    tmp_path: Path, logbook: Logbook, today: date
) -> None:
    logbook.add_client(ClientDetails("zoë", "MÜLLER", date(1985, 3, 25)), today=today)
    clients, treatments = eu_files(tmp_path)
    plan = plan_files(clients, treatments, logbook, **DEFAULTS)
    flagged = [p for p in plan.problems if not p.blocking]
    assert [(p.file, p.row) for p in flagged] == [
        ("clients.csv", 2),
        ("treatments.csv", 2),
        ("treatments.csv", 3),
    ]
    assert "Zoë Müller, born 25 Mar 1985 is already in the logbook" in flagged[0].message
    assert (plan.client_count, plan.session_count, plan.skipped_duplicates) == (2, 2, 1)
    assert not plan.blocked
    anyway = plan_files(clients, treatments, logbook, import_existing_duplicates=True, **DEFAULTS)
    assert (anyway.client_count, anyway.session_count) == (3, 4)
    assert "added again as a separate client" in anyway.problems[0].message


def test_missing_required_columns_block_the_whole_import(tmp_path: Path) -> None:
    clients = write(tmp_path, "c.csv", "First name,Phone\nAnn,555 0100\n")
    treatments = write(tmp_path, "t.csv", "When,Notes\n12/03/2024,x\n")
    plan = plan_files(clients, treatments)
    assert [p.message for p in plan.fatal] == [
        "Choose the columns of the first and last name (or of the full name).",
        "Choose the column of the client id (to link treatments).",
        "Choose the column of the client id (the link to the clients file), or of the "
        "client's name.",
        "Choose the column of the treatment date.",
    ]
    assert plan.blocked and plan.nothing_to_import


def test_the_dry_run_writes_nothing(
    tmp_path: Path, logbook: Logbook, row_counts: Callable[[], dict[str, int]]
) -> None:
    before = row_counts()
    plan = plan_files(*eu_files(tmp_path), logbook, **DEFAULTS)
    assert (plan.client_count, plan.session_count) == (3, 4)
    assert row_counts() == before


# The commit
def test_commit_adds_clients_and_links_their_sessions_with_notes_verbatim(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    plan = plan_files(*eu_files(tmp_path), logbook, **DEFAULTS)
    summary = commit_import(logbook, plan)
    assert (summary.clients_added, summary.sessions_added) == (3, 4)
    zoe, jose, renee = (logbook.client(i) for i in summary.client_ids)
    assert (zoe.details.allergies, zoe.details.medical_notes) == (
        "Lidocaine",
        "Keloid history (chin)",
    )
    sessions = logbook.sessions_of(zoe.id)  # newest first
    assert [s.details.started_at.date() for s in sessions] == [date(2024, 4, 9), date(2024, 3, 12)]
    first = sessions[1].details
    assert first.notes == (
        "Imported from treatments.csv (row 2).\n\n"
        'Full face; tolerated well.\r\nSlight redness "as usual".'
    )
    assert first.practitioner_name == "Maya Okafor"
    assert [(a.area, a.depth_mm, a.note) for a in first.areas] == [(Area.FOREHEAD, 0.5, "")]
    assert {a.area for a in sessions[0].details.areas} == {Area.LEFT_CHEEK, Area.RIGHT_CHEEK}
    (defaulted,) = logbook.sessions_of(jose.id)
    assert defaulted.details.notes == (
        "Imported from treatments.csv (row 4): area, depth, device, practitioner not recorded "
        "in the source, defaults chosen at import (Forehead, 0.5 mm, Pen, Imported); time "
        "not recorded (12:00 stands in).\n\nCafé au lait patch checked first"
    )
    assert defaulted.details.areas[0].note == (
        "area and depth not recorded in the source: default chosen at import"
    )
    assert [s.details.client_id for s in logbook.sessions_of(renee.id)] == [renee.id]


def test_commit_is_all_or_nothing(
    tmp_path: Path,
    logbook: Logbook,
    importer: Practitioner,
    row_counts: Callable[[], dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = plan_files(*eu_files(tmp_path), logbook, **DEFAULTS)
    before = row_counts()
    original, calls = Logbook.record_session, []

    def failing_third(self, details, now=None, **options):
        calls.append(details)
        if len(calls) == 3:
            raise OSError("disk full")
        return original(self, details, now, **options)

    monkeypatch.setattr(Logbook, "record_session", failing_third)
    with pytest.raises(ImportFailed, match=r"Nothing was imported: treatments.csv row 4: disk"):
        commit_import(logbook, plan)
    assert len(calls) == 3
    assert row_counts() == before
    assert [p.name for p in logbook.practitioners()] == [importer.name]  # not the files' own


def test_a_cancel_keeps_nothing(
    tmp_path: Path,
    importer: Practitioner,
    logbook: Logbook,
    row_counts: Callable[[], dict[str, int]],
) -> None:
    from logger_app.import_csv import ImportCancelled

    plan = plan_files(*eu_files(tmp_path), logbook, **DEFAULTS)
    before, asked = row_counts(), []
    with pytest.raises(ImportCancelled):
        commit_import(logbook, plan, cancelled=lambda: asked.append(1) or len(asked) > 5)
    assert row_counts() == before


def test_a_plan_with_problems_is_refused_unless_the_rows_are_skipped(
    tmp_path: Path,
    importer: Practitioner,
    logbook: Logbook,
    row_counts: Callable[[], dict[str, int]],
) -> None:
    clients, treatments = eu_files(tmp_path)
    before = row_counts()
    with pytest.raises(ImportRefused, match="1 row with problems"):
        commit_import(logbook, plan_files(clients, treatments, logbook))
    assert row_counts() == before
    summary = commit_import(
        logbook, plan_files(clients, treatments, logbook, skip_problem_rows=True)
    )
    assert (summary.clients_added, summary.sessions_added, summary.rows_skipped) == (3, 3, 1)
    assert "Skipped 1 row with problems." in summary.describe()


def test_importing_the_same_files_twice_skips_what_is_already_there(
    tmp_path: Path, importer: Practitioner, logbook: Logbook
) -> None:
    clients, treatments = eu_files(tmp_path)
    commit_import(logbook, plan_files(clients, treatments, logbook, **DEFAULTS))
    again = plan_files(clients, treatments, logbook, **DEFAULTS)
    assert again.nothing_to_import and again.skipped_duplicates == 3
    summary = commit_import(logbook, again)
    assert (summary.clients_added, summary.sessions_added) == (0, 0)
    assert (logbook.client_count(), logbook.session_count()) == (3, 4)


def test_session_notes_over_the_limit_are_a_row_problem(tmp_path: Path) -> None:
    clients, _ = eu_files(tmp_path)
    long_notes = EU_TREATMENTS.splitlines()[0] + "\r\nC003;20/04/2024;16:45;" + "x" * 10_000
    treatments = write(tmp_path, "long.csv", long_notes + ";Maya;Nose;0.25;pen\r\n")
    plan = plan_files(clients, treatments)
    assert messages(plan) == [("long.csv", 2, "Keep notes under 10000 characters.")]
    assert plan.problems[0].column == "Treatment notes"


def test_cancelled_appointments_are_left_out_and_future_bookings_are_problems(
    tmp_path: Path,
) -> None:
    clients, _ = eu_files(tmp_path)
    treatments = write(
        tmp_path,
        "appointments.csv",
        "Client ID,Date,Status,Area,Depth,Device\n"
        "C001,12/03/2024,Completed,forehead,0.5,pen\n"
        "C001,19/03/2024,Cancelled,forehead,0.5,pen\n"
        "C002,20/03/2024,No-show,,,\n"
        "C002,20/06/2025,Booked,chin,1.0,pen\n",
    )
    plan = plan_files(clients, treatments)
    assert [(p.row, p.column, p.message, p.blocking) for p in plan.problems] == [
        (3, "Status", "A cancelled appointment: not imported.", False),
        (4, "Status", "A missed appointment (no-show): not imported.", False),
        (
            5,
            "Date",
            "20 Jun 2025 is in the future: a booking, not a session that took place. Skip it "
            '(--skip-problem-rows; in the wizard: "Skip the rows with problems").',
            True,
        ),
    ]
    assert plan.session_count == 1
    assert "2 cancelled or missed appointments in appointments.csv not imported." in plan.notes
