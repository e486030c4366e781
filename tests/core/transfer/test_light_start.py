"""The transfer commands cost the file's start-up nothing: psycopg stays unloaded."""

from __future__ import annotations

import subprocess
import sys


def test_the_commands_and_the_package_load_no_psycopg() -> None:
    code = (
        "import sys, logger_app.cli as cli, logger_app.transfer; "
        "text = cli.build_parser().format_help(); "
        "assert 'move-to-server' in text and 'move-to-file' in text, text; "
        "print('psycopg' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
