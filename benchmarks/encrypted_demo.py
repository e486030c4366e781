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
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from logger_app.conversion.copies import convert_files, export_database  # noqa: E402
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


def encrypted_copy(
    source: Path, target: Path, signers: Sequence[str] = (), passphrase: str = DEMO_PASSPHRASE
) -> bytes:
    """``source``'s plain logbook as a new encrypted one in ``target``, made as
    ``logger-app encrypt`` makes it (the database through SQLCipher's export, photo and
    thumbnail files encrypted as the app keeps them); each of ``signers`` then signs in
    once, which wraps the data key for their passphrase. Returns the data key."""
    keys = new_encrypted_logbook(target)  # the key file: data key under the recovery key
    with Logbook.open(source):  # settled: its write-ahead log checkpointed
        pass
    export_database(source / DATABASE_FILENAME, None, target / DATABASE_FILENAME, keys.data_key)
    convert_files(source, target, keys.data_key, encrypt=True)
    with Logbook.open(target, data_key=keys.data_key) as logbook:
        for name in signers:
            logbook.sign_in(name, passphrase)
            logbook.sign_out()
    return keys.data_key


def _build(plain: Path, target: Path) -> None:
    with Logbook.open(plain) as source:
        names = [p.name for p in source.practitioners()]
    encrypted_copy(plain, target, names)


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
