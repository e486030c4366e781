"""Report a problem: a zip of the app's log files and its facts, for whoever supports
the practice. No client data: not the database, not a photo, not a setting typed by a
person; the log itself names records by id only (``app_log``).
"""

from __future__ import annotations

import json
import os
import platform
import sys
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .app_log import LOGS_FOLDER, log_files
from .owner_only import PRIVATE_FILE, make_private_folders

if TYPE_CHECKING:
    from .logbook import Logbook

FACTS_JSON = "facts.json"
FACTS_TEXT = "facts.txt"


def logbook_facts(logbook: Logbook | None) -> dict[str, Any]:
    """What a supporter needs to know of the logbook open: where it is kept (its kind,
    never a path, a server's name or a credential), its schema, whether encrypted."""
    if logbook is None:
        return {"storage": "none open"}
    return {
        "storage": "clinic server" if logbook.on_server else "file",
        "schema_version": logbook.schema_version,
        "schema_step": (logbook.schema_steps or [""])[-1],
        "encrypted": logbook.encrypted,
        "read_only": logbook.read_only,
    }


def app_facts() -> dict[str, Any]:
    """The app's version and what it runs on."""
    facts: dict[str, Any] = {
        "app_version": __version__,
        "python": sys.version.split()[0],
        "os": platform.platform(),
    }
    try:  # the window's libraries; a headless report has none loaded
        import PySide6
        from PySide6 import QtCore

        facts["pyside6"] = PySide6.__version__
        facts["qt"] = QtCore.qVersion()
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    return facts


def write_problem_report(target: Path, data_dir: Path, facts: Mapping[str, Any]) -> Path:
    """Write ``target`` (a zip, owner-only, replaced if it exists): every log file of
    the data folder under ``logs/``, and ``facts.json`` / ``facts.txt`` holding the
    app's facts, ``facts`` (see ``logbook_facts``), the time of the report and the
    count of log files. Returns ``target``; OSError if it cannot be written."""
    target = Path(target)
    logs = log_files(Path(data_dir))
    every_fact: dict[str, Any] = {
        **app_facts(),
        **facts,
        "reported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "log_files": len(logs),
    }
    make_private_folders(target.parent)
    part = target.with_name(f".{target.name}.part")
    descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        with (
            os.fdopen(descriptor, "wb") as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            for path in logs:
                archive.write(path, f"{LOGS_FOLDER}/{path.name}")
            archive.writestr(FACTS_JSON, json.dumps(every_fact, indent=2, default=str) + "\n")
            archive.writestr(FACTS_TEXT, _as_text(every_fact))
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    os.chmod(target, PRIVATE_FILE)
    return target


def _as_text(facts: Mapping[str, Any]) -> str:
    return "".join(f"{key}: {value}\n" for key, value in facts.items())
