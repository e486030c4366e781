"""Crash windows of a bundle import: the process dies after each of its steps (a photo
file written, a client of an export of every client imported, the batch committed) and
the logbook opened again holds the whole import or nothing of it, verifies, and takes
the same import again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from logger_app.bundle_import import import_bundle
from logger_app.logbook import Logbook

from ...logbook_template import new_logbook
from ...signing import TEST_PASSPHRASE, sign_in
from .bundle_data import Source

IMPORTER = "Importing Admin"
CRASHED = 17
# After which step the process dies, and whether the import is then there whole.
STEPS = {"photo_file": False, "first_client": False, "committed": True}

SCRIPT = """
import os, sys
from pathlib import Path
from logger_app.bundle_import import import_bundle
from logger_app.logbook import Logbook
from logger_app.photos import store

step, data_dir, bundle, name, passphrase = sys.argv[1:]

if step == "photo_file":
    write = store.put_stream
    def put_stream(*args, **kwargs):
        stored = write(*args, **kwargs)
        os._exit(17)  # the file is on disk, no row names it yet
    store.put_stream = put_stream

def progress(done, total):
    if step == "first_client" and done < total:
        os._exit(17)  # one client of several imported, the batch not committed

logbook = Logbook.open(Path(data_dir))
logbook.sign_in(name, passphrase)
import_bundle(logbook, Path(bundle), all_clients=True, progress=progress)
os._exit(17)  # "committed": saved, the logbook never closed
"""


def _clients_in(source: Source) -> int:
    with Logbook.open(source.book.data_dir) as logbook:
        return logbook.client_count()


@pytest.mark.parametrize("step", list(STEPS))
def test_a_crash_after_each_step_leaves_the_whole_import_or_none(
    step: str, source: Source, data_dir: Path
) -> None:
    with new_logbook(data_dir) as logbook:
        sign_in(logbook, IMPORTER)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    args = [step, str(data_dir), str(source.all_bundle), IMPORTER, TEST_PASSPHRASE]
    crashed = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args], env=env, timeout=300, check=False
    )
    assert crashed.returncode == CRASHED
    everyone = _clients_in(source)
    assert everyone >= 2  # an export of several clients: a crash can fall between them
    with Logbook.open(data_dir) as logbook:
        assert logbook.client_count() == (everyone if STEPS[step] else 0)
        assert logbook.verify_records(check_photos=True).findings == []
        if not STEPS[step]:
            # A photo file written before the crash names no row: swept as an orphan,
            # never mistaken for a photo of the logbook.
            check = logbook.check_photos()
            assert check.missing == () and check.altered == ()
            if step == "photo_file":
                assert len(check.orphans) == 1
            sign_in(logbook, IMPORTER)
            summary = import_bundle(logbook, source.all_bundle, all_clients=True)
            assert len(summary.clients) == everyone == logbook.client_count()
