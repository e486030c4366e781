"""`logger-app import-csv`, run in-process through cli.main."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app import cli
from logger_app.logbook import Logbook
from logger_app.store import DATABASE_FILENAME
from logger_app.verification import SealStatus

from ..import_samples import eu_files, us_files, write

DEFAULTS = ("--default-area", "forehead", "--default-depth", "0.5", "--default-device", "pen")


@pytest.fixture(autouse=True)
def _import_command_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    # Until (and after) the lead lists the module in COMMAND_MODULES.
    if "logger_app.cli.import_csv" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(
            cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "logger_app.cli.import_csv")
        )


pytestmark = pytest.mark.usefixtures("signed_in_env")


def run(*args: str | Path) -> int:
    # Plain: these tests read the logbook back without its key.
    return cli.main(["import-csv", "--plain", *(str(arg) for arg in args)])


def counts(data_dir: Path) -> tuple[int, int]:
    with Logbook.open(data_dir, create=True) as book:
        return book.client_count(), book.session_count()


def test_a_clean_dry_run_exits_0_and_creates_nothing(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients, treatments = eu_files(tmp_path)
    code = run("--data-dir", data_dir, "--clients", clients, "--treatments", treatments,
               *DEFAULTS, "--dry-run")  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "  clients.first_name             <- 'First Name'" in out
    assert "  treatments.service             <- (not in the file)" in out
    assert "Dates read day first (DD/MM/YYYY): detected from 25/03/1985." in out
    assert "3 clients and 4 sessions to add; 0 rows with problems." in out
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert not (data_dir / DATABASE_FILENAME).exists()


def test_a_dry_run_on_a_logbook_writes_nothing(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert counts(data_dir) == (0, 0)
    clients, treatments = eu_files(tmp_path)
    assert run("--data-dir", data_dir, "--clients", clients, "--treatments", treatments,
               *DEFAULTS, "--dry-run") == 0  # fmt: skip
    assert counts(data_dir) == (0, 0)


def test_problems_block_the_import_with_exit_1_and_are_listed_by_row(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients, treatments = eu_files(tmp_path)
    code = run("--data-dir", data_dir, "--clients", clients, "--treatments", treatments)
    out = capsys.readouterr().out
    assert code == 1
    assert (
        "  treatments.csv row 4, Area: No area, depth, device recorded: choose a default for "
        "rows without them (--default-area, --default-depth, --default-device; in the "
        'wizard: "When a treatment row does not record it"), or skip this row.'
    ) in out
    assert "3 clients and 3 sessions to add; 1 row with problems." in out
    assert "--skip-problem-rows" in out
    assert counts(data_dir) == (0, 0)


def test_skipping_the_problem_rows_commits_the_rest(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients, treatments = eu_files(tmp_path)
    code = run("--data-dir", data_dir, "--clients", clients, "--treatments", treatments,
               "--skip-problem-rows")  # fmt: skip
    assert code == 0
    assert (
        capsys.readouterr()
        .out.rstrip()
        .endswith("Imported 3 clients and 3 sessions. Skipped 1 row with problems.")
    )
    assert counts(data_dir) == (3, 3)


def test_a_full_import_with_defaults_and_a_practitioner(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients, treatments = us_files(tmp_path)
    code = run("--data-dir", data_dir, "--clients", clients, "--treatments", treatments,
               *DEFAULTS, "--default-practitioner", "Dr Lee")  # fmt: skip
    assert code == 0, capsys.readouterr()
    out = capsys.readouterr().out
    assert (
        "Test Practitioner is the logbook's first practitioner, its administrator, "
        "with the passphrase given.\n"
    ) in out
    assert "Imported 2 clients and 2 sessions." in out
    with Logbook.open(data_dir) as book:
        admin, lee = sorted(book.practitioners(), key=lambda p: not p.is_admin)
        assert (admin.name, lee.name) == ("Test Practitioner", "Dr Lee")
        (ann,) = [c for c in book.list_clients() if c.last_name == "Smith"]
        (session,) = book.sessions_of(ann.id)
        assert book.session_seal(session.id).status is SealStatus.VERIFIED
    assert session.details.notes.endswith("\n\nFirst microneedling")
    assert session.signed_by == "Test Practitioner"  # who imported it


def test_map_and_date_order_options(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients = write(tmp_path, "c.csv", "Prénom,Nom,Né le,Notiz\nAnn,Lee,03/04/1990,hi\n")
    assert run("--data-dir", data_dir, "--clients", clients, "--dry-run") == 1
    assert "Choose the columns of the first and last name" in capsys.readouterr().out
    code = run("--data-dir", data_dir, "--clients", clients, "--map", "first_name=Prénom",
               "--map", "last_name=Nom", "--map", "clients.date_of_birth=Né le",
               "--month-first")  # fmt: skip
    assert code == 0
    assert "Dates read month first (MM/DD/YYYY), as chosen." in capsys.readouterr().out
    with Logbook.open(data_dir) as book:
        (ann,) = book.list_clients()
    assert str(ann.date_of_birth) == "1990-03-04"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--map", "nickname=X"], "unknown field 'nickname'"),
        (["--map", "client_id=ID"], "client_id is a field of both files"),
        (["--map", "first_name"], "write FIELD=Header"),
    ],
)
def test_a_wrong_map_option_is_one_line_with_exit_2(
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    clients, treatments = eu_files(tmp_path)
    code = run("--data-dir", data_dir, "--clients", clients, "--treatments", treatments, *options)
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("logger-app: --map") and message in err
    assert err.count("\n") == 1


def test_an_unreadable_file_is_one_line_with_exit_2(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = write(tmp_path, "empty.csv", "")
    assert run("--data-dir", data_dir, "--clients", empty) == 2
    assert capsys.readouterr().err == "logger-app: empty.csv is empty.\n"
    assert run("--data-dir", data_dir, "--clients", tmp_path / "missing.csv") == 2
    assert "missing.csv cannot be read" in capsys.readouterr().err


def test_a_failing_commit_exits_1_and_keeps_nothing(
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(self, details, now=None, **options):
        raise OSError("database is locked")

    monkeypatch.setattr(Logbook, "record_session", refuse)
    clients, treatments = eu_files(tmp_path)
    code = run("--data-dir", data_dir, "--clients", clients, "--treatments", treatments, *DEFAULTS)
    assert code == 1
    assert capsys.readouterr().err == (
        "logger-app: Nothing was imported: treatments.csv row 2: database is locked\n"
    )
    assert counts(data_dir) == (0, 0)


def test_the_default_depth_is_checked_by_the_parser(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients, _ = eu_files(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        run("--data-dir", data_dir, "--clients", clients, "--default-depth", "4")
    assert stopped.value.code == 2
    assert "must be between 0.1 and 3.0 mm" in capsys.readouterr().err
