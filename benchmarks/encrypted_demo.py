"""An encrypted copy of a cached demo logbook, for figures side by side with the plain one.

    python benchmarks/encrypted_demo.py PLAIN_DATA_DIR   # prints the copy's folder

Generating the demo again would take minutes for 10,000 clients: the plain file is
copied into a SQLCipher file instead (``sqlcipher_export``, seconds), keyed with a new
data key, and each demo practitioner signs in once so that their passphrase (the demo's
public one) unwraps it. Reused while the plain demo is unchanged (a marker says which).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from logger_app.crypto.sqlcipher import connect_encrypted  # noqa: E402
from logger_app.demo.signers import DEMO_PASSPHRASE  # noqa: E402
from logger_app.logbook import Logbook  # noqa: E402
from logger_app.logbook.unlocking import (  # noqa: E402
    folder_is_encrypted,
    new_encrypted_logbook,
    open_signed_in,
    profiles_in_key_file,
)
from logger_app.store.database import DATABASE_FILENAME  # noqa: E402

MARKER = "benchmark-encrypted-copy.json"
DEMO_MARKER = "benchmark-demo.json"  # demo_logbook.MARKER


def _source_stamp(plain: Path) -> dict:
    """What the copy was made from: the plain demo's counts and its generator's marker
    (its file's time changes whenever it is opened: no use here)."""
    with Logbook.open(plain) as logbook:
        counts = [logbook.client_count(), logbook.session_count()]
    try:
        made = json.loads((plain / DEMO_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        made = None
    return {"counts": counts, "demo": made}


def admin_name(data_dir: Path, passphrase: str = DEMO_PASSPHRASE) -> str:
    """The demo's administrator, who signs the window in (plain or encrypted folder)."""
    if folder_is_encrypted(data_dir):
        holder = profiles_in_key_file(data_dir)[0][1]
        with open_signed_in(data_dir, holder, passphrase) as logbook:
            people = logbook.practitioners()
    else:
        with Logbook.open(data_dir) as logbook:
            people = logbook.practitioners()
    return sorted(people, key=lambda p: (not p.is_admin, p.name))[0].name


def _build(plain: Path, target: Path) -> None:
    keys = new_encrypted_logbook(target)  # the key file: data key under the recovery key
    with Logbook.open(plain) as source:  # settled: its write-ahead log checkpointed
        names = [p.name for p in source.practitioners()]
    copy = connect_encrypted(target / DATABASE_FILENAME, keys.data_key)
    try:
        copy.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain / DATABASE_FILENAME),))
        copy.execute("SELECT sqlcipher_export('main', 'plain')")
        for pragma in ("user_version", "application_id"):  # not copied by the export
            value = int(copy.execute(f"PRAGMA plain.{pragma}").fetchone()[0])
            copy.execute(f"PRAGMA main.{pragma} = {value}")
        copy.execute("DETACH DATABASE plain")
    finally:
        copy.close()
    # Each practitioner signing in gets their wrapping of the data key in the key file.
    with Logbook.open(target, data_key=keys.data_key) as logbook:
        for name in names:
            logbook.sign_in(name, DEMO_PASSPHRASE)
            logbook.sign_out()


def ensure_encrypted_copy(plain: Path, target: Path | None = None) -> Path:
    """``plain``'s demo logbook encrypted in ``target`` (default: beside it, with
    ``-encrypted``), made again only when the plain file changed."""
    plain = Path(plain).resolve()
    target = Path(target or plain.with_name(f"{plain.name}-encrypted")).resolve()
    stamp = _source_stamp(plain)
    try:
        if json.loads((target / MARKER).read_text(encoding="utf-8")) == stamp:
            return target
    except (OSError, ValueError):
        pass
    if target.exists() and not (target / MARKER).exists() and any(target.iterdir()):
        raise SystemExit(f"{target} was not made by this script: it is left untouched.")
    # Made beside it, then renamed: an interrupted build is never taken for a copy.
    building = target.with_name(f"{target.name}.building")
    shutil.rmtree(building, ignore_errors=True)
    _build(plain, building)
    (building / MARKER).write_text(json.dumps(stamp), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    building.rename(target)
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: encrypted_demo.py PLAIN_DATA_DIR")
    print(ensure_encrypted_copy(Path(sys.argv[1])))
