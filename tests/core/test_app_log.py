"""The app's log: one rotating, owner-only file in the data folder's logs/, exceptions
written without their message, no data folder made just to log."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from logger_app import app_log
from logger_app.app_log import configure_logging, log_file, log_files, stop_logging


@pytest.fixture(autouse=True)
def _logging_stopped():
    yield
    stop_logging()


# Built, so that the source line the traceback quotes does not hold it.
NAME = "".join(["Zebe", "dee ", "Quin", "trell"])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, app_log._OURS, False)]


def test_records_go_to_an_owner_only_file_in_logs(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = configure_logging(data_dir)
    assert path == data_dir / "logs" / "logger-app.log"
    logging.getLogger("logger_app.test").info("client 42 created")
    line = path.read_text().strip()
    assert line.endswith("INFO logger_app.test: client 42 created")
    assert line[:4].isdigit()  # the time first
    assert mode(path.parent) == 0o700 and mode(path) == 0o600


def test_configured_twice_is_one_handler_and_stopping_restores_the_level(tmp_path):
    root = logging.getLogger()
    before = root.level
    configure_logging(tmp_path)
    configure_logging(tmp_path)
    assert len(ours()) == 1
    logging.getLogger("x").warning("once")
    assert log_file(tmp_path).read_text().count("once") == 1
    stop_logging()
    assert ours() == [] and root.level == before


def test_rotated_files_stay_owner_only(tmp_path, monkeypatch):
    monkeypatch.setattr(app_log, "MAX_BYTES", 2000)
    configure_logging(tmp_path)
    for number in range(200):
        logging.getLogger("x").info("record %d of a long run of records", number)
    files = log_files(tmp_path)
    assert len(files) == 1 + app_log.BACKUP_COUNT  # the oldest dropped
    assert all(mode(path) == 0o600 for path in files)
    assert all(path.stat().st_size <= 2000 for path in files)


def test_an_exception_is_logged_as_its_type_and_frames_not_its_message(tmp_path):
    configure_logging(tmp_path)

    def fails(name: str) -> None:
        raise ValueError(f"no client called {name}")

    try:
        try:
            fails(NAME)
        except ValueError as error:
            raise RuntimeError(f"while saving {error}") from error
    except RuntimeError:
        logging.getLogger("x").exception("The save failed")
    text = log_file(tmp_path).read_text()
    assert "Traceback (most recent call last)" in text and "in fails" in text
    assert "builtins.ValueError" in text and "builtins.RuntimeError" in text
    assert "Zebedee" not in text and "Quintrell" not in text


def test_no_data_folder_is_made_to_log_into_and_records_wait_for_it(tmp_path):
    data_dir = tmp_path / "new"
    path = configure_logging(data_dir)
    logging.getLogger("x").info("before the folder")
    assert not data_dir.exists()
    data_dir.mkdir()  # a command made the logbook
    logging.getLogger("x").info("after the folder")
    assert path is not None
    lines = path.read_text().splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["before the folder", "after the folder"]


def test_a_folder_that_cannot_be_written_means_no_file_and_no_crash(tmp_path):
    blocker = tmp_path / "data"
    blocker.mkdir()
    (blocker / "logs").write_text("a file where the folder would be")
    assert configure_logging(blocker, verbose=False) is None
    logging.getLogger("x").error("nowhere to go")  # no exception


def test_verbose_shows_the_records_on_stderr(tmp_path, capsys):
    configure_logging(tmp_path, verbose=True)
    logging.getLogger("logger_app.test").info("session 7 signed")
    assert "INFO logger_app.test: session 7 signed" in capsys.readouterr().err
