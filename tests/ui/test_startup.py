"""Starting the app: a logbook that cannot be opened is a clear message, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app import cli
from ui import launcher
from ui.app import run_gui

from .conftest import ScriptedPrompter


def test_gui_explains_a_file_that_is_not_a_logbook(qapp, data_dir, capsys):
    data_dir.mkdir()
    database = data_dir / "logbook.sqlite3"
    database.write_text("these are my notes, not a database")
    prompter = ScriptedPrompter()
    assert run_gui(data_dir, prompter) == 2
    [message] = prompter.errors
    assert "not a logbook database" in message and str(database) in message
    assert "not a logbook database" in capsys.readouterr().err
    assert database.read_text() == "these are my notes, not a database"


def test_gui_explains_a_data_folder_that_cannot_be_created(qapp, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    prompter = ScriptedPrompter()
    assert run_gui(blocker / "logbook", prompter) == 2
    assert "cannot be created" in prompter.errors[0]


def test_cli_reports_a_bad_data_folder_on_stderr(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert launcher.main(["info", "--data-dir", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("logger-app: The data folder") and "Traceback" not in err


def test_data_dir_from_the_command_line_the_environment_or_the_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("LOGGER_APP_DATA_DIR", str(tmp_path / "from-env"))
    parser = cli.build_parser()
    assert cli.data_dir_of(parser.parse_args([])) == tmp_path / "from-env"
    assert cli.data_dir_of(parser.parse_args(["--data-dir", str(tmp_path / "x")])) == (
        tmp_path / "x"
    )
    assert cli.data_dir_of(parser.parse_args(["info", "--data-dir", str(tmp_path / "y")])) == (
        tmp_path / "y"
    )
    monkeypatch.delenv("LOGGER_APP_DATA_DIR")
    default = cli.data_dir_of(parser.parse_args([]))
    assert default.name == "MicroneedlingLogbook"
    assert Path(str(default)).is_relative_to(Path.home())


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        launcher.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--data-dir" in out and "demo" in out and "info" in out


def test_no_command_opens_the_window(monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr("ui.app.run_gui", lambda data_dir, **_: opened.append(data_dir) or 0)
    assert launcher.main(["--data-dir", str(tmp_path / "d")]) == 0
    assert opened == [tmp_path / "d"]


def test_the_window_code_does_not_load_the_photo_decoders_at_start():
    import subprocess
    import sys

    probe = (
        "import sys, ui.app; print(sorted(m for m in ('PIL', 'pillow_heif') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "[]"  # Pillow loads with the first photo, not with the window


def test_import_from_csv_opens_the_wizard_and_refreshes_the_list(qtbot, window):
    from logger_app.records import ClientDetails
    from ui.import_csv.import_wizard import CsvImportWizard

    window.import_csv_action.trigger()
    assert isinstance(window.current_dialog, CsvImportWizard)
    window.logbook.add_client(ClientDetails("Imported", "Person"))  # as the commit would
    window.current_dialog.imported.emit(None)
    assert window.client_model.rowCount() == 1
    assert window.client_model.index(0, 0).data() == "Person, Imported"


def test_the_launcher_signs_in_with_a_passphrase_from_a_file_or_the_environment(
    monkeypatch, tmp_path, capsys
):
    calls = []
    monkeypatch.setattr("ui.app.run_gui", lambda data_dir, **kw: calls.append(kw) or 0)
    monkeypatch.setenv("LOGGER_APP_PASSPHRASE", "from the environment")
    folder = ["--data-dir", str(tmp_path / "d")]
    secret = tmp_path / "passphrase.txt"
    secret.write_text("from the file\nsecond line ignored\n")
    secret.chmod(0o644)  # others may read it: refused, as the commands refuse it
    assert launcher.main([*folder, "--practitioner", "Maya", "--passphrase-file", str(secret)])
    assert "too open" in capsys.readouterr().err
    secret.chmod(0o600)
    launcher.main([*folder, "--practitioner", "Maya"])
    launcher.main([*folder, "--practitioner", "Maya", "--passphrase-file", str(secret)])
    launcher.main(folder)  # nobody named: the sign-in screen, the environment unused
    assert [(c["practitioner"], c["passphrase"]) for c in calls] == [
        ("Maya", "from the environment"),
        ("Maya", "from the file"),
        (None, None),
    ]
    missing = tmp_path / "missing.txt"
    assert launcher.main([*folder, "--practitioner", "Maya", "--passphrase-file", str(missing)])
    assert f"cannot read the passphrase file {missing}" in capsys.readouterr().err
    assert len(calls) == 3


def test_an_unattended_start_signs_in_or_shows_why_not(qtbot, data_dir, prompter):
    from logger_app.records import PractitionerDetails
    from ui.app import open_main_window

    from ..logbook_template import new_logbook
    from ..signing import TEST_PASSPHRASE

    with new_logbook(data_dir) as logbook:
        logbook.add_practitioner(PractitionerDetails("Maya"), TEST_PASSPHRASE)

    def start(name: str, passphrase: str):
        window = open_main_window(data_dir, prompter, practitioner=name, passphrase=passphrase)
        qtbot.addWidget(window)
        return window

    signed = start("Maya", TEST_PASSPHRASE)
    assert signed.lock.is_open and signed.current_practitioner == "Maya"
    signed.logbook.close()
    wrong = start("Maya", "not the passphrase")
    screen = wrong.lock.sign_in_screen
    assert not wrong.lock.is_open and screen.selected().name == "Maya"
    assert screen.error.text() == "That passphrase is not right. Try again."
    wrong.logbook.close()
    unknown = start("Someone", TEST_PASSPHRASE)
    assert unknown.lock.sign_in_screen.error.text() == "There is no practitioner named Someone."
    unknown.logbook.close()
