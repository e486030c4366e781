"""Each command logs into its data folder's logs/; --verbose shows the records on the
terminal too; a command on a folder that does not exist makes no folder to log in."""

from __future__ import annotations

import logging

from logger_app import app_log, cli
from logger_app.app_log import log_file

from ...logbook_template import new_logbook


def test_a_command_logs_its_start_and_end(data_dir, capsys):
    """The records are written once the command is done (``hold``)."""
    new_logbook(data_dir).close()
    assert cli.main(["info", "--data-dir", str(data_dir)]) == 0
    text = log_file(data_dir).read_text()
    assert "INFO logger_app.cli: Command info started" in text
    assert "Command info ended with status 0" in text
    assert "Logbook opened: file in the data folder, schema version" in text
    assert "INFO" not in capsys.readouterr().err  # quiet on the terminal
    # Stopped with the command: nothing of it stays on the process's root logger.
    assert not [h for h in logging.getLogger().handlers if getattr(h, app_log._OURS, False)]


def test_verbose_shows_the_log_on_stderr_before_or_after_the_command(data_dir, capsys):
    new_logbook(data_dir).close()
    for argv in (["--verbose", "info"], ["info", "--verbose"]):
        assert cli.main([*argv, "--data-dir", str(data_dir)]) == 0
        err = capsys.readouterr().err
        assert "INFO logger_app.cli: Command info started" in err
        assert "Command info ended with status 0" in err


def test_a_refusal_leaves_the_folder_as_it_was_and_is_said_by_its_kind(tmp_path, capsys):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "logbook.sqlite3").write_text("notes of Rosalind Quarrington")
    assert cli.main(["info", "--data-dir", str(data_dir)]) == 2
    assert "not a logbook" in capsys.readouterr().err
    assert sorted(p.name for p in data_dir.iterdir()) == ["logbook.sqlite3"]
    assert cli.main(["info", "--verbose", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "WARNING logger_app.cli: Command info refused: NotALogbookError" in err
    assert not (data_dir / "logs").exists()


def test_no_folder_is_made_for_the_log(tmp_path):
    missing = tmp_path / "none"
    assert cli.main(["info", "--data-dir", str(missing)]) != 0
    assert not missing.exists()
