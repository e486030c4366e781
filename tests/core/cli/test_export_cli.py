"""`logger-app export`, run in-process through cli.main with the command registered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from logger_app import cli, export
from logger_app.export.csv_export import read_csv_rows

from ..export_data import ExportBook, build_export_book

MODULE = "logger_app.cli.export"


@pytest.fixture(autouse=True)
def _registered(monkeypatch):
    """Until the lead lists the module in COMMAND_MODULES (and after: no duplicate)."""
    modules = tuple(dict.fromkeys((*cli.COMMAND_MODULES, MODULE)))
    monkeypatch.setattr(cli, "COMMAND_MODULES", modules)


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


def run(*args: str | Path) -> int:
    return cli.main([str(arg) for arg in args])


def test_formats_match_the_exporters() -> None:
    from logger_app.cli import export as cli_export

    assert cli_export.FORMATS == export.FORMATS


def test_help_says_an_export_is_a_plain_copy(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        run("export", "--help")
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "An export is a plain copy outside the logbook's encryption" in text
    assert "anyone who gets the file can read it" in text


def test_exports_json_and_prints_the_path(book: ExportBook, tmp_path: Path, capsys) -> None:
    out = tmp_path / "h.json"
    code = run("export", "--data-dir", book.data_dir, "--client", book.client_id,
               "--format", "json", "-o", out)  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == str(out)
    assert captured.err == ""  # no progress when stderr is not a terminal
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["id"] == book.client_id


def test_refuses_to_overwrite_without_force(book: ExportBook, tmp_path: Path, capsys) -> None:
    out = tmp_path / "h.csv"
    out.write_text("keep me", encoding="utf-8")
    args = ("export", "--data-dir", book.data_dir, "--client", book.client_id,
            "--format", "csv", "-o", out)  # fmt: skip
    assert run(*args) == 2
    assert "exists; use --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run(*args, "--force") == 0
    assert len(read_csv_rows(out)) == 6


def test_a_folder_as_output_holds_the_file_under_the_default_name(
    book: ExportBook, tmp_path: Path, capsys
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    day = date.today().isoformat()
    client = ("export", "--data-dir", book.data_dir, "--client", book.client_id,
              "--format", "csv", "-o", folder)  # fmt: skip
    assert run(*client) == 0
    written = folder / f"Zoe-Angstrom-Nunez-history-{day}.csv"
    assert capsys.readouterr().out.strip() == str(written)
    assert len(read_csv_rows(written)) == 6
    assert (
        run("export", "--data-dir", book.data_dir, "--all", "--format", "json", "-o", folder) == 0
    )
    assert capsys.readouterr().out.strip() == str(folder / f"all-clients-history-{day}.json")
    # PDFs of every client come as a zip (made in a process of its own: it needs Qt).
    assert export.default_file_name(None, "pdf", date(2026, 11, 21)) == (
        "all-clients-history-2026-11-21.zip"
    )
    # The default name taken already: refused as for a named file, unless --force.
    written.write_text("keep me", encoding="utf-8")
    assert run(*client) == 2
    assert capsys.readouterr().err == f"logger-app: {written} exists; use --force to replace it.\n"
    assert written.read_text(encoding="utf-8") == "keep me"
    assert run(*client, "--force") == 0
    assert len(read_csv_rows(written)) == 6


def test_unknown_client_exits_2_with_a_message(book: ExportBook, tmp_path: Path, capsys) -> None:
    code = run("export", "--data-dir", book.data_dir, "--client", 404,
               "--format", "json", "-o", tmp_path / "x.json")  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "logger-app: There is no client with id 404." in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "json"), "one of the arguments --client --all is required"),
        (("--client", "1", "--all", "--format", "json"), "not allowed with argument"),
        (("--client", "1", "--format", "docx"), "invalid choice"),
        (("--client", "x", "--format", "json"), "is not a client id"),
    ],
)
def test_bad_arguments_exit_2(book: ExportBook, tmp_path: Path, capsys, args, message) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("export", "--data-dir", book.data_dir, *args, "-o", tmp_path / "x")
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_a_missing_folder_or_logbook_is_refused(book: ExportBook, tmp_path: Path, capsys) -> None:
    missing_folder = tmp_path / "nowhere" / "h.json"
    assert run("export", "--data-dir", book.data_dir, "--all", "--format", "json",
               "-o", missing_folder) == 2  # fmt: skip
    assert "does not exist" in capsys.readouterr().err
    not_a_logbook = tmp_path / "typo"
    assert run("export", "--data-dir", not_a_logbook, "--all", "--format", "json",
               "-o", tmp_path / "h.json") == 2  # fmt: skip
    assert f"There is no logbook in {not_a_logbook}" in capsys.readouterr().err
    assert not not_a_logbook.exists()  # not created by the attempt


def test_all_clients_to_csv(book: ExportBook, tmp_path: Path, capsys) -> None:
    out = tmp_path / "all.csv"
    assert run("export", "--data-dir", book.data_dir, "--all", "--format", "csv", "-o", out) == 0
    assert {r["client_id"] for r in read_csv_rows(out)} == {
        str(book.client_id),
        str(book.other_client_id),
    }


def test_pdf_in_a_process_without_display(book: ExportBook, tmp_path: Path) -> None:
    """The real headless path: no QApplication, no DISPLAY, no QT_QPA_PLATFORM."""
    out = tmp_path / "h.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    script = (
        "import sys, logger_app.cli as c;"
        f"c.COMMAND_MODULES = ({MODULE!r},);"
        "sys.exit(c.main(sys.argv[1:]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "export", "--data-dir", str(book.data_dir),
         "--client", str(book.client_id), "--format", "pdf", "-o", str(out)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert "qt.qpa" not in result.stderr


def test_progress_on_a_terminal(book: ExportBook, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    out = tmp_path / "all.json"
    assert run("export", "--data-dir", book.data_dir, "--all", "--format", "json", "-o", out) == 0
    err = capsys.readouterr().err
    assert err == "\rExporting: 1 of 2 clients…\rExporting: 2 of 2 clients…\n"
