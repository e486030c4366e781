"""Every command module parses and helps without Qt: the command line runs with no display."""

from __future__ import annotations

import subprocess
import sys


def test_building_every_command_loads_no_qt() -> None:
    code = (
        "import sys, importlib, logger_app.cli as cli; "
        "[importlib.import_module(m) for m in cli.COMMAND_MODULES]; "
        "cli.build_parser(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_python_m_logger_app_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "logger_app", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    for command in ("demo", "info", "photos", "check", "export", "backup", "restore"):
        assert f"    {command} " in result.stdout, command
    assert "import-csv" in result.stdout
