"""What the schema check costs when a logbook is opened.

    python benchmarks/bench_schema_check.py [--clients 10000] [--data-dir PATH] [--repeat 20]

For a freshly made logbook and for the demo logbook (built if missing, see
demo_logbook.py) it prints: the check alone, cold (first in the process: the shipped
schema is parsed, every SQL text normalised) and warm (median); and a whole
``open_database`` with and without the check (median), with their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from demo_logbook import DEFAULT_CLIENTS, describe, ensure_demo_logbook  # noqa: E402

import logger_app.store.database as database_module  # noqa: E402
from logger_app.logbook import Logbook  # noqa: E402
from logger_app.store import expected_schema  # noqa: E402
from logger_app.store.database import DATABASE_FILENAME, open_database  # noqa: E402


def _ms(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def _median_ms(function: Callable[[], object], repeat: int) -> float:
    return statistics.median(_ms(function) for _ in range(repeat))


def measure(label: str, data_dir: Path, repeat: int) -> None:
    path = data_dir / DATABASE_FILENAME
    with closing(open_database(data_dir)) as db:
        conn = db.conn

        def check() -> None:
            expected_schema.check_schema(conn, path)

        expected_schema.shipped_schemas.cache_clear()
        expected_schema.normalise_sql.cache_clear()
        cold = _ms(check)
        warm = _median_ms(check, repeat)

    def open_and_close() -> None:
        open_database(data_dir).close()

    with_check = _median_ms(open_and_close, repeat)
    original = database_module.check_schema
    database_module.check_schema = lambda *args, **kwargs: None
    try:
        without_check = _median_ms(open_and_close, repeat)
    finally:
        database_module.check_schema = original
    print(f"{label}:")
    print(f"  schema check alone: {cold:.2f} ms cold, {warm:.2f} ms warm (median)")
    print(
        f"  open_database: {with_check:.2f} ms with the check, {without_check:.2f} ms "
        f"without (median of {repeat}); ratio {with_check / without_check:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=DEFAULT_CLIENTS)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-schema-") as scratch:
        fresh = Path(scratch) / "fresh"
        Logbook.open(fresh, create=True).close()
        measure("A freshly made logbook", fresh, args.repeat)
    demo = ensure_demo_logbook(args.data_dir, args.clients)
    measure(describe(demo), demo.data_dir, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
