"""Time to encrypt the demo logbook (``logger-app encrypt``'s work), and to decrypt it.

    python benchmarks/bench_encrypt.py [--clients 1000] [--photos 0] [--workdir PATH]

The cached demo logbook (``demo_logbook.py``) is only read: a consistent copy of it in
the work folder is converted (with ``--photos N``, N photos of ~12 MP are imported into
the copy first, as ``bench_backup.py`` does). The work folder is removed at the end
unless ``--workdir`` is given. The administrator signs in once before each timing (one
argon2id derivation at the logbook's real settings, shown apart).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
for folder in (REPO_ROOT, Path(__file__).resolve().parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from demo_logbook import describe, ensure_demo_logbook  # noqa: E402

from logger_app.demo.signers import DEMO_PASSPHRASE  # noqa: E402
from logger_app.logbook import Logbook  # noqa: E402
from logger_app.logbook.unlocking import open_signed_in  # noqa: E402
from logger_app.store.database import DATABASE_FILENAME  # noqa: E402


def _administrator(data_dir: Path) -> str:
    with Logbook.open(data_dir) as logbook:
        return next(p.name for p in logbook.practitioners() if p.is_admin)


def _signed_in(data_dir: Path, name: str) -> tuple[Logbook, float]:
    started = time.perf_counter()
    logbook = open_signed_in(data_dir, name, DEMO_PASSPHRASE)
    return logbook, time.perf_counter() - started


def _size(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    from logger_app.conversion import decrypt_logbook, encrypt_logbook

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=0, help="~12 MP photos added first")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)

    demo = ensure_demo_logbook(clients=args.clients)
    print(describe(demo), flush=True)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="logger-app-bench-encrypt-"))
    copy = work / "logbook"
    try:
        if args.photos:
            from bench_backup import copy_with_photos

            print(f"Copying it and importing {args.photos} photos …", flush=True)
            copy_with_photos(demo.data_dir, copy, args.photos)
        else:
            from logger_app.store.snapshot import snapshot_database

            copy.mkdir(parents=True, mode=0o700)
            snapshot_database(demo.data_dir / DATABASE_FILENAME, copy / DATABASE_FILENAME)
        name = _administrator(copy)
        print(f"Folder: {_size(copy):,.1f} MB (database, photos, thumbnails)")

        logbook, sign_in = _signed_in(copy, name)
        started = time.perf_counter()
        result = encrypt_logbook(logbook)
        encrypt = time.perf_counter() - started
        print(f"\nsign-in (argon2id)   {sign_in:7.2f} s")
        print(f"encrypt              {encrypt:7.2f} s   ({result.photos} photos, "
              f"{result.thumbnails} thumbnails, copy checked, swapped)")  # fmt: skip

        logbook, sign_in = _signed_in(copy, name)
        started = time.perf_counter()
        decrypt_logbook(logbook)
        decrypt = time.perf_counter() - started
        print(f"sign-in + unwrap     {sign_in:7.2f} s")
        print(f"decrypt              {decrypt:7.2f} s")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
