"""A restore of an encrypted backup over another encrypted logbook, cut short after each
step of its swap: the next open finds the old logbook or the restored one, each with its
own key file, never a database beside the other's key file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from logger_app.backup import make_backup

from ..backup_support import NOW
from .encrypted_support import build_encrypted

# In a new process: restore and die (os._exit) right after step `crash_after`.
CRASHING_RESTORE = """
import os, sys
from pathlib import Path
from logger_app.backup import prepare_restore

archive, data_dir, crash_after = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
key, current = bytes.fromhex(sys.argv[4]), bytes.fromhex(sys.argv[5])
count = 0

def after_step(name):
    global count
    print(name, flush=True)
    if count == crash_after:
        os._exit(1)
    count += 1

prepared = prepare_restore(archive, data_dir, data_key=key)
after_step("staged (before the swap)")
prepared.commit(after_step=after_step, current_key=current)
"""

# In a new process: the next open, signed in with the passphrase through the folder's
# key file (which must open the database beside it); prints the clients, as JSON.
NEXT_OPEN = """
import json, sys
from logger_app.logbook.unlocking import open_signed_in
from tests.encrypted import ADMIN
from tests.signing import TEST_PASSPHRASE

with open_signed_in(sys.argv[1], ADMIN, TEST_PASSPHRASE) as book:
    print(json.dumps(sorted(book.client(i).full_name for i in book.client_ids())))
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    root = str(Path(__file__).resolve().parents[3])
    return subprocess.run(
        [sys.executable, "-c", *args], capture_output=True, text=True, timeout=120,
        check=False, cwd=root,
    )  # fmt: skip


def test_a_crash_after_any_step_leaves_one_logbook_with_its_own_key_file(
    tmp_path: Path, make_session
) -> None:
    new_side = tmp_path / "to-restore"
    book, new_keys = build_encrypted(new_side, tmp_path / "sources-a", make_session, photos=2)
    book.close()
    archive = make_backup(new_side, tmp_path / "b.zip", now=NOW, data_key=new_keys.data_key).path
    template = tmp_path / "current"
    names = ("Carl", "Current")
    book, old_keys = build_encrypted(template, tmp_path / "sources-b", make_session, names, 1)
    book.close()

    outcomes = []
    for crash_after in range(40):
        parent = tmp_path / f"crash-{crash_after}"
        data_dir = parent / "data"
        parent.mkdir()
        shutil.copytree(template, data_dir)
        restore = run(
            CRASHING_RESTORE, str(archive), str(data_dir), str(crash_after),
            new_keys.data_key.hex(), old_keys.data_key.hex(),
        )  # fmt: skip
        steps = restore.stdout.split("\n")[:-1]
        if restore.returncode == 0:  # ran past its last step: every step was covered
            assert crash_after == len(steps) > 6
            break
        assert restore.returncode == 1 and len(steps) == crash_after + 1, restore.stderr

        opened = run(NEXT_OPEN, str(data_dir))
        assert opened.returncode == 0, f"after {steps[-1]!r}: {opened.stderr}"
        clients = json.loads(opened.stdout)
        assert clients in (["Carl Current"], ["Zephyrine Quackenbush"]), steps[-1]
        outcomes.append((steps[-1], clients))
        replaced = sorted((data_dir / "backups").glob("replaced-*"))
        if clients == ["Zephyrine Quackenbush"]:  # the replaced logbook opens as well
            assert len(replaced) == 1
            assert json.loads(run(NEXT_OPEN, str(replaced[0])).stdout) == ["Carl Current"]
        assert sorted(p.name for p in parent.iterdir()) == ["data"]
    else:
        raise AssertionError("the restore never ran to its end")
    assert {tuple(c) for _, c in outcomes} == {("Carl Current",), ("Zephyrine Quackenbush",)}
    # The key file moves next to the database: out just before it, in just before it.
    moves = [step for step, _ in outcomes if step.startswith("moved")]
    database_out = moves.index("moved logbook.sqlite3 aside")
    assert moves[database_out - 1] == "moved logbook.keys aside"
    assert moves[database_out + 1] == "moved logbook.keys in"
