"""What the upkeep at every open of a data folder costs (an interrupted restore finished,
leftovers removed): ``recover_data_folder`` when there is nothing to do, against a single
``os.stat`` and against a whole ``Logbook.open`` of the same folder, in the same run.

    python benchmarks/bench_upkeep.py [--repeat N]

Prints microseconds per call (median of N rounds of 200 calls) for: one ``os.stat``
(the baseline), the upkeep of a folder with nothing to do, the same with a running
process's temporary file registered (one lock to test), and ``Logbook.open`` + close.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from logger_app.leftovers import EXPORT, TempFile
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store.folder_upkeep import recover_data_folder


def per_call(action: Callable[[], object], calls: int, repeat: int) -> float:
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(calls):
            action()
        rounds.append((time.perf_counter() - start) / calls)
    return statistics.median(rounds) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="logger-app-bench-") as work:
        data_dir = Path(work) / "data"
        with Logbook.open(data_dir, create=True) as book:
            book.add_client(ClientDetails("Ann", "Smith"))
        (data_dir / "backups" / "automatic").mkdir(parents=True)
        stat = per_call(lambda: os.stat(data_dir), 200, args.repeat)
        empty = per_call(lambda: recover_data_folder(data_dir), 200, args.repeat)
        temp = TempFile(data_dir, Path(work), ".export-", EXPORT)
        try:
            owned = per_call(lambda: recover_data_folder(data_dir), 200, args.repeat)
        finally:
            temp.discard()

        def open_close() -> None:
            Logbook.open(data_dir).close()

        opening = per_call(open_close, 20, args.repeat)
    print(f"os.stat (baseline)                      {stat:9.1f} µs")
    print(f"upkeep, nothing to do                   {empty:9.1f} µs  ({empty / stat:.0f}× a stat)")
    print(f"upkeep, one running owner's file        {owned:9.1f} µs  ({owned / stat:.0f}× a stat)")
    print(
        f"Logbook.open + close                    {opening:9.1f} µs  "
        f"(upkeep is {100 * empty / opening:.1f} % of it)"
    )


if __name__ == "__main__":
    main()
