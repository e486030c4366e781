"""The app's own log: a rotating file in the data folder's ``logs/``, owner-only.

It names records by id, never by what a client told the practitioner: no names, notes,
phone numbers or file names.
"""

from __future__ import annotations

from pathlib import Path

LOGS_FOLDER = "logs"


def log_folder(data_dir: Path) -> Path:
    """Where the log files of the logbook in ``data_dir`` are kept (a server logbook's
    too: its local data folder)."""
    return data_dir / LOGS_FOLDER
