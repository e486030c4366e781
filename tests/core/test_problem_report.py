"""Report a problem: a zip of the log files and the app's facts, owner-only, holding no
client data even when the logbook has some."""

from __future__ import annotations

import json
import logging
import stat
import zipfile

from logger_app.app_log import configure_logging, stop_logging
from logger_app.problem_report import logbook_facts, write_problem_report
from logger_app.records import ClientDetails

from ..logbook_template import new_logbook

NAME = "".join(["Perpetua ", "Honeycutt"])


def test_the_report_holds_the_logs_and_facts_and_no_client(data_dir, tmp_path):
    book = new_logbook(data_dir)
    configure_logging(data_dir)
    try:
        client = book.add_client(ClientDetails(*NAME.split()))
        logging.getLogger("logger_app.test").info("a line of the log")
        facts = logbook_facts(book)
    finally:
        stop_logging()
        book.close()
    target = write_problem_report(tmp_path / "out" / "report.zip", data_dir, facts)
    assert target == tmp_path / "out" / "report.zip"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["facts.json", "facts.txt", "logs/logger-app.log"]
        shown = json.loads(archive.read("facts.json"))
        contents = b"".join(archive.read(name) for name in archive.namelist()).decode()
    assert {"app_version", "python", "pyside6", "qt", "os", "storage", "schema_version",
            "encrypted", "reported_at", "log_files"} <= set(shown)  # fmt: skip
    assert shown["storage"] == "file" and shown["encrypted"] is False
    assert shown["schema_version"] >= 11 and shown["log_files"] == 1
    assert f"client create (client {client.id}," in contents  # the log is in it
    assert "a line of the log" in contents
    assert NAME.split()[1] not in contents and str(data_dir) not in contents
    assert "schema_version: " in contents  # the facts as text too


def test_without_logs_or_logbook_the_facts_alone(tmp_path):
    target = write_problem_report(tmp_path / "r.zip", tmp_path / "nothing", logbook_facts(None))
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["facts.json", "facts.txt"]
        facts = json.loads(archive.read("facts.json"))
    assert facts["storage"] == "none open" and facts["log_files"] == 0
    assert not list(tmp_path.glob(".*part"))
