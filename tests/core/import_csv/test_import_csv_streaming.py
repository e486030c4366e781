"""Large files: the import reads them row by row, keeps a bounded list of problems with
counts, and commits from a second reading of the files that must match the dry run."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest

from logger_app import cli
from logger_app.import_csv import (
    CsvReadError,
    ImportFailed,
    ImportOptions,
    ImportPlan,
    auto_map,
    commit_import,
    plan_import,
    read_csv,
)
from logger_app.import_csv.problems import EXAMPLES_PER_KIND, MAX_EXAMPLES
from logger_app.import_csv.reading import SAMPLE_CHARS, SAMPLE_ROWS
from logger_app.logbook import Logbook

from ...signing import TEST_PASSPHRASE, sign_in
from ..conftest import FIXED_NOW
from ..import_samples import write


def plan_files(clients: Path, treatments: Path | None = None, **options) -> ImportPlan:
    clients_table = read_csv(clients)
    treatments_table = read_csv(treatments) if treatments else None
    mapping = auto_map(clients_table.headers, treatments_table.headers if treatments_table else ())
    return plan_import(
        clients_table,
        treatments_table,
        mapping,
        ImportOptions(**{"timezone": UTC, "now": FIXED_NOW, **options}),
    )


def test_reading_counts_the_rows_and_keeps_only_the_first_few(tmp_path: Path) -> None:
    rows = "".join(f"C{n},Ann{n},Lee\n" for n in range(500))
    table = read_csv(write(tmp_path, "c.csv", "Client ID,First name,Last name\n\n" + rows))
    assert table.row_count == 500
    assert len(table.sample) == SAMPLE_ROWS
    assert table.sample[0] == (3, ("C0", "Ann0", "Lee"))  # row 2 is blank: numbers stay
    assert [number for number, _ in table.rows()] == list(range(3, 503))


def test_a_byte_that_is_not_utf8_after_the_first_64_kb_is_still_noticed(tmp_path: Path) -> None:
    # The encoding is guessed from the start of the file; the whole file is checked.
    rows = "".join(f"Ann{n},Lee\n" for n in range(SAMPLE_CHARS // 8))
    path = write(tmp_path, "c.csv", "First name,Last name\n" + rows + "Zoë,Müller\n", "cp1252")
    table = read_csv(path)
    assert table.encoding == "cp1252"
    assert "not UTF-8" in table.notes[0]
    assert list(table.records())[-1][1] == {"First name": "Zoë", "Last name": "Müller"}


def test_many_problems_of_one_kind_are_listed_up_to_a_bound_and_counted(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_emails = "".join(f"Ann{n},Lee,ann{n}.example.com,01/01/1990\n" for n in range(250))
    bad_dates = "".join(f"Bo{n},Ray,,31/02/19{n % 90 + 10}\n" for n in range(MAX_EXAMPLES))
    path = write(
        tmp_path, "clients.csv", "First name,Last name,Email,DOB\n" + bad_emails + bad_dates
    )
    plan = plan_files(path, day_first=True)
    assert plan.rows_with_problems == 250 + MAX_EXAMPLES
    emails = [p for p in plan.problems if p.column == "Email"]
    dates = [p for p in plan.problems if p.column == "DOB"]
    assert len(emails) == len(dates) == EXAMPLES_PER_KIND
    assert [p.row for p in emails] == list(range(2, 2 + EXAMPLES_PER_KIND))
    assert [(u.example.row, u.count) for u in plan.unlisted] == [
        (2, 250 - EXAMPLES_PER_KIND),
        (252, MAX_EXAMPLES - EXAMPLES_PER_KIND),
    ]
    assert plan.unlisted[0].describe() == (
        f"… and {250 - EXAMPLES_PER_KIND:,} more rows with the same problem as clients.csv "
        "row 2, Email: 'ann0.example.com': Enter an email address like name@example.com."
    )
    code = cli.main(["import-csv", "--data-dir", str(data_dir), "--clients", str(path),
                     "--day-first", "--dry-run"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert out.count("\n  clients.csv row ") == 2 * EXAMPLES_PER_KIND
    assert f"  … and {MAX_EXAMPLES - EXAMPLES_PER_KIND:,} more rows with the same problem" in out
    assert "0 clients and 0 sessions to add; 1,250 rows with problems." in out


def test_an_id_used_by_many_rows_names_a_few_of_them(tmp_path: Path) -> None:
    rows = "".join(f"C1,Ann{n},Lee\n" for n in range(40))
    plan = plan_files(write(tmp_path, "c.csv", "Client ID,First name,Last name\n" + rows))
    assert plan.rows_with_problems == 40
    assert plan.problems[0].message == (
        "Client id 'C1' is also used by row 3, 4, 5, 6, 7 and 34 more: ids must be unique. Correct "
        "the file, or choose another id column (--map client_id=HEADER, or on "
        "“Match the columns”)."
    )


def test_a_file_changed_after_reading_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "First name,Last name\nAnn,Lee\n")
    table = read_csv(path)
    write(tmp_path, "c.csv", "First name,Last name\nAnn,Lee\nBo,Ray\n")
    with pytest.raises(CsvReadError, match=r"c\.csv has changed since it was read"):
        plan_import(table, None, auto_map(table.headers), ImportOptions(now=FIXED_NOW))


def test_a_file_changed_between_dry_run_and_commit_imports_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    path = write(tmp_path, "c.csv", "First name,Last name\nAnn,Lee\nBo,Ray\n")
    plan = plan_files(path)
    write(tmp_path, "c.csv", "First name,Last name\nAnn,Lee\nBo,Ray\nCy,Ode\n")
    with Logbook.open(data_dir, create=True) as logbook:
        sign_in(logbook)
        with pytest.raises(ImportFailed, match=r"Nothing was imported: c\.csv has changed"):
            commit_import(logbook, plan)
        assert logbook.client_count() == 0


def test_a_commit_that_reads_other_rows_than_the_dry_run_keeps_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    """Even a change that keeps the size and time of the file is caught by the counts."""
    path = write(tmp_path, "c.csv", "First name,Last name\nAnn,Lee\nBo,Ray\n")
    before = path.stat()
    plan = plan_files(path)
    write(tmp_path, "c.csv", "First name,Last name\nAnn,Lee\n,,,,,,\n")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    with Logbook.open(data_dir, create=True) as logbook:
        sign_in(logbook)
        with pytest.raises(ImportFailed, match="did not read the same"):
            commit_import(logbook, plan)
        assert logbook.client_count() == 0


def test_a_crash_in_the_middle_of_the_commit_keeps_nothing(tmp_path: Path, data_dir: Path):
    """The process dies (power cut, killed) after 50 of 120 clients were saved."""
    rows = "".join(f"Ann{n},Lee\n" for n in range(120))
    path = write(tmp_path, "c.csv", "First name,Last name\n" + rows)
    with Logbook.open(data_dir, create=True) as logbook:
        importer = sign_in(logbook)
    script = f"""
import os
import subprocess
import sys
from logger_app.import_csv import ImportOptions, auto_map, commit_import, plan_import, read_csv
from logger_app.logbook import Logbook

table = read_csv({str(path)!r})
plan = plan_import(table, None, auto_map(table.headers), ImportOptions())
assert plan.client_count == 120
def crash(done, total):
    if done >= 50:
        os._exit(17)
with Logbook.open({str(data_dir)!r}) as logbook:
    logbook.sign_in({importer.name!r}, {TEST_PASSPHRASE!r})
    commit_import(logbook, plan, progress=crash)
"""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    crashed = subprocess.run([sys.executable, "-c", script], env=env, timeout=120, check=False)
    assert crashed.returncode == 17
    with Logbook.open(data_dir) as logbook:
        assert logbook.client_count() == 0
