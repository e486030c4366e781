"""`logger-app import-csv` with what clinics really have: the skip trap, one-file
exports, other treatments, the clinic's time zone."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from logger_app.logbook import Logbook
from logger_app.records import ClinicDetails

from ...signing import sign_in
from ..import_csv.link_samples import ONE_FILE_WITH_IDS, clinic_files, many_clients
from ..import_samples import write
from .test_import_csv_cli import DEFAULTS, run

pytestmark = pytest.mark.usefixtures("signed_in_env", "_import_command_registered")


@pytest.fixture
def _import_command_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    from logger_app import cli

    if "logger_app.cli.import_csv" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(
            cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "logger_app.cli.import_csv")
        )


def totals(data_dir: Path) -> tuple[int, int, int]:
    with Logbook.open(data_dir, create=True) as book:
        return book.client_count(), book.session_count(), book.other_treatment_count()


def test_the_skip_trap_run_again_adds_the_rows_left_out_to_the_same_clients(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients, treatments = many_clients(tmp_path)
    files = ("--data-dir", data_dir, "--clients", clients, "--treatments", treatments)
    assert run(*files) == 1
    out = capsys.readouterr().out
    assert "--default-area, --default-depth, --default-device" in out
    assert "the same import run again adds the rows left out to the same clients" in out

    assert run(*files, "--skip-problem-rows") == 0
    assert (
        capsys.readouterr()
        .out.rstrip()
        .endswith(
            "Imported 100 clients, 0 sessions and 100 other treatments. "
            "Skipped 100 rows with problems."
        )
    )
    assert totals(data_dir) == (100, 0, 100)

    assert run(*files, *DEFAULTS) == 0
    out = capsys.readouterr().out
    assert "Problems:" not in out  # the clients are linked, not "already in the logbook"
    assert (
        "0 clients and 100 sessions to add; 0 rows with problems; 100 clients and 100 "
        "treatment rows already imported."
    ) in out
    assert totals(data_dir) == (100, 100, 100)
    with Logbook.open(data_dir) as book:
        assert all(len(book.sessions_of(c.id)) == 1 for c in book.list_clients())

    assert run(*files, *DEFAULTS) == 0
    assert "Nothing was imported: there was nothing to add." in capsys.readouterr().out
    assert totals(data_dir) == (100, 100, 100)


def test_one_file_with_a_treatment_date_imports_clients_and_appointments(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bookings = write(tmp_path, "bookings.csv", ONE_FILE_WITH_IDS)
    assert run("--data-dir", data_dir, "--clients", bookings, *DEFAULTS) == 0
    out = capsys.readouterr().out
    assert "Note: bookings.csv holds the clients and their appointments" in out
    assert "  treatments.client_id           <- 'Customer ID'" in out
    assert "3 clients, 2 sessions and 3 other treatments to add" in out
    assert totals(data_dir) == (3, 2, 3)


def test_one_file_can_be_said(tmp_path: Path, data_dir: Path, capsys) -> None:
    text = "Client ID,Name,Visit,Service\n1,Ann Lee,2024-03-01,Facial\n1,Ann Lee,2024-04-01,Peel\n"
    visits = write(tmp_path, "visits.csv", text)
    # "Visit" is not known as a date: read as a clients file, its ids repeat.
    assert run("--data-dir", data_dir, "--clients", visits, "--dry-run") == 1
    assert "ids must be unique" in capsys.readouterr().out
    code = run("--data-dir", data_dir, "--clients", visits, "--one-file",
               "--map", "treatments.date=Visit", "--dry-run")  # fmt: skip
    assert code == 0
    assert "1 client, 0 sessions and 2 other treatments to add" in capsys.readouterr().out


def test_dates_are_read_in_the_clinics_time_zone_unless_one_is_given(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Logbook.open(data_dir, create=True) as book:
        sign_in(book)
        book.save_clinic_details(ClinicDetails("Clinic", "", "Pacific/Auckland"))
    treatments = "client_id,date,service,depth\n1,2024-01-15,Microneedling,0.5\n"
    clients, treatments_file = clinic_files(tmp_path, treatments)
    code = run("--data-dir", data_dir, "--clients", clients, "--treatments", treatments_file,
               *DEFAULTS, "--source", "auckland")  # fmt: skip
    assert code == 0, capsys.readouterr()
    zone = ZoneInfo("Pacific/Auckland")
    with Logbook.open(data_dir) as book:
        (session,) = [s for c in book.list_clients() for s in book.sessions_of(c.id)]
        assert session.details.started_at.astimezone(zone).date() == date(2024, 1, 15)
        assert set(book.import_links("auckland", "session")) == {"row:1|2024-01-15||Microneedling"}
    # --timezone wins: a new source, the same day in UTC.
    files = ("--clients", clients, "--treatments", treatments_file)
    code = run("--data-dir", data_dir, *files, *DEFAULTS, "--timezone", "UTC",
               "--source", "utc", "--import-duplicates")  # fmt: skip
    assert code == 0, capsys.readouterr()
    with Logbook.open(data_dir) as book:
        starts = sorted(
            s.details.started_at.astimezone(ZoneInfo("UTC")).isoformat()
            for c in book.list_clients()
            for s in book.sessions_of(c.id)
        )
    assert starts == ["2024-01-14T23:00:00+00:00", "2024-01-15T12:00:00+00:00"]


def test_an_unknown_time_zone_is_refused_by_the_parser(tmp_path: Path, data_dir: Path) -> None:
    clients, _ = clinic_files(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        run("--data-dir", data_dir, "--clients", clients, "--timezone", "Mars/Olympus")
    assert stopped.value.code == 2
