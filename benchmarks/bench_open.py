"""What opening a logbook costs: the whole ``Logbook.open`` of an up-to-date logbook,
against a bare SQLite connection reading the same schema (the baseline, same run), with
the parts opening adds (the write probe, tightening the permissions); and, when an upgrade
is pending, the one hash of the file that lets an interrupted upgrade reuse its copy.

    python benchmarks/bench_open.py [--mb 100] [--repeat 30]
"""

from __future__ import annotations

import argparse
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store import DATABASE_FILENAME
from logger_app.store import database as database_module
from logger_app.store.data_folder import tighten_permissions, write_probe

NOTES_CHARACTERS = 9_000


def median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def bare_open(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def build(folder: Path, megabytes: int) -> None:
    with Logbook.open(folder, create=True) as book:
        # Padding to the wanted size in the logbook's own tables (a table of its own
        # would be refused by the schema check): clients with long medical notes (the
        # longest the form takes). Hashing reads every byte.
        clients = megabytes * 1_048_576 // NOTES_CHARACTERS
        with book.batch():
            for number in range(clients):
                notes = secrets.token_hex(NOTES_CHARACTERS // 2)
                book.add_client(ClientDetails("Bench", f"Mark {number}", medical_notes=notes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=100, help="size of the logbook file")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="logger-app-bench-open-") as work:
        folder = Path(work) / "logbook"
        build(folder, args.mb)
        path = folder / DATABASE_FILENAME
        size = path.stat().st_size / 1e6
        print(f"Logbook of {size:,.0f} MB in {folder}")
        baseline = median_ms(lambda: bare_open(path), args.repeat)
        whole = median_ms(lambda: Logbook.open(folder).close(), args.repeat)
        probe = median_ms(lambda: write_probe(folder), args.repeat)
        tighten = median_ms(lambda: tighten_permissions(folder), args.repeat)
        print(f"  bare SQLite connection (baseline): {baseline:7.2f} ms")
        print(f"  Logbook.open + close:              {whole:7.2f} ms  ({whole / baseline:.1f}×)")
        print(f"    of which the write probe:        {probe:7.2f} ms")
        print(f"    of which tightening permissions: {tighten:7.2f} ms")
        with Logbook.open(folder) as book:
            fingerprint = median_ms(
                lambda: database_module._fingerprint(book._db, path), max(3, args.repeat // 10)
            )
        print(
            f"  fingerprint of the file (only with an upgrade pending): {fingerprint:7.1f} ms "
            f"({size / (fingerprint / 1000):,.0f} MB/s)"
        )


if __name__ == "__main__":
    main()
