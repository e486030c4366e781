"""`logger-app import-csv --map-value / --drop-column`, and the source's remembered value
mappings, run in-process through cli.main."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from logger_app import cli
from logger_app.logbook import Logbook

from ..import_csv.test_import_values import GERMAN
from ..import_samples import write


@pytest.fixture(autouse=True)
def _import_command_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    if "logger_app.cli.import_csv" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(
            cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "logger_app.cli.import_csv")
        )


pytestmark = pytest.mark.usefixtures("signed_in_env")


def run(*args: str | Path) -> int:
    return cli.main(["import-csv", "--plain", *(str(arg) for arg in args)])


def test_unknown_values_block_and_are_listed_with_their_option(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients = write(tmp_path, "kunden.csv", GERMAN, "cp1252")
    assert run("--data-dir", data_dir, "--clients", clients, "--dry-run") == 1
    out = capsys.readouterr().out
    assert re.search(r"^  clients\.address +<- 'Adresse'$", out, re.M)
    assert "  skin_type 'trocken': 2 rows (first: kunden.csv row 2)" in out
    assert "--map-value skin_type:trocken=VALUE" in out
    assert (
        "kunden.csv: columns kept in the general notes, one line each: Geplante Behandlung." in out
    )


def test_map_value_and_drop_column_make_the_import(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients = write(tmp_path, "kunden.csv", GERMAN, "cp1252")
    code = run("--data-dir", data_dir, "--clients", clients,
               "--map-value", "skin_type:Trocken=dry", "--map-value", "skin_type:fettig=oily",
               "--drop-column", "Geplante Behandlung")  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "columns left out as chosen: Geplante Behandlung" in out
    with Logbook.open(data_dir) as book:
        entries = {e.first_name: e.id for e in book.list_clients()}
        jurgen = book.client(entries["Jürgen"]).details
    assert jurgen.general_notes == "Termine morgens"  # the dropped column is not there
    assert jurgen.skin_type.value == "dry"


def test_remembered_mappings_of_the_source_apply_and_explicit_ones_win(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clients = write(tmp_path, "kunden.csv", GERMAN, "cp1252")
    with Logbook.open(data_dir, create=True) as book:
        book.remember_value_mappings(
            "kunden.csv", {"skin_type": {"trocken": "normal", "fettig": "oily"}}
        )
    code = run("--data-dir", data_dir, "--clients", clients, "--dry-run")
    assert code == 0, capsys.readouterr().out
    code = run("--data-dir", data_dir, "--clients", clients,
               "--map-value", "skin_type:trocken=dry")  # fmt: skip
    assert code == 0
    with Logbook.open(data_dir) as book:
        skin = {e.first_name: book.client(e.id).details.skin_type for e in book.list_clients()}
    assert skin["Jürgen"].value == "dry" and skin["Sören"].value == "oily"


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (("--map-value", "skin_type=dry"), "write FIELD:SOURCE=VALUE"),
        (("--map-value", "hair:rot=red"), "unknown field 'hair'"),
        (
            ("--map-value", "area:stirn=brow"),
            "'brow' is not one of the logbook's values for area: forehead",
        ),
        (("--drop-column", "Nope"), "--drop-column 'Nope': there is no such column"),
    ],
)
def test_bad_options_are_a_clear_error(
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    option: tuple[str, str],
    message: str,
) -> None:
    clients = write(tmp_path, "kunden.csv", GERMAN, "cp1252")
    assert run("--data-dir", data_dir, "--clients", clients, *option, "--dry-run") == 2
    assert message in capsys.readouterr().err
