"""New logbooks for tests, copied from one made once per run.

Making a logbook runs every schema step, each committed with ``synchronous=FULL``: tens
of milliseconds, paid by most tests for a setup that is not their subject. The first
``new_logbook`` of a run makes a template through the real opening path
(``Logbook.open(..., create=True)``); later ones copy its files (modes included) into
the new data folder, then open it as the app does. Tests whose subject is making,
opening or upgrading a logbook carry the ``real_creation`` marker: there every
``new_logbook`` makes its logbook for real.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from logger_app.logbook import Logbook
from logger_app.store.database import schema_steps

# Templates made in this run, by the schema steps they hold.
_templates: dict[tuple[str, ...], Path] = {}
# Off for tests marked ``real_creation`` (set per test by an autouse fixture).
_enabled = True


def use_template(enabled: bool) -> None:
    global _enabled
    _enabled = enabled


def _template() -> Path:
    steps = tuple(schema_steps())
    folder = _templates.get(steps)
    if folder is None:
        parent = Path(tempfile.mkdtemp(prefix="logger-app-test-template-"))
        atexit.register(shutil.rmtree, parent, ignore_errors=True)
        folder = parent / "logbook-data"
        Logbook.open(folder, create=True).close()
        _templates[steps] = folder
    return folder


def copy_logbook(source: Path, data_dir: Path) -> None:
    """Copy the closed logbook in ``source`` into ``data_dir`` (which must not exist
    yet): its files and the modes of folder and files, as the opening code checks them."""
    data_dir.mkdir()
    shutil.copymode(source, data_dir)
    for entry in source.iterdir():
        if entry.is_dir():
            shutil.copytree(entry, data_dir / entry.name)
        else:
            shutil.copy2(entry, data_dir / entry.name)


def new_logbook(data_dir: Path, actor: str | None = None) -> Logbook:
    """``Logbook.open(data_dir, actor, create=True)``: a new folder starts as a copy of
    the template (unless the test is marked ``real_creation``); any other folder is left
    to the real opening path, refusals included."""
    data_dir = Path(data_dir)
    if _enabled and not data_dir.exists() and data_dir.parent.is_dir():
        copy_logbook(_template(), data_dir)
    return Logbook.open(data_dir, actor, create=True)
