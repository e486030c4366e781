"""The practitioner's day on the demo logbook: follow-ups due, the day's overview, one
client's course progress; on the file and, given a server, on the clinic server.

    python benchmarks/bench_day.py [--clients 10000] [--courses-every 5] [--repeat 7]
                                   [--server-url URL]

The demo file (see demo_logbook.py) is copied to a temporary folder (the cached demo is
never written to), and every ``--courses-every``-th client gets a course under way,
started 0–200 days ago (the demo has none), through the Logbook in one batch. The server
side gets the same rows (see server_demo.py); its URL (a superuser's: the benchmark makes
and drops a database of its own) from ``--server-url`` or ``LOGGER_APP_TEST_SERVER``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
for folder in (REPO_ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_ui import Stats  # noqa: E402
from demo_logbook import DEFAULT_CLIENTS, default_data_dir, ensure_demo_logbook  # noqa: E402
from server_demo import bench_database, load_demo  # noqa: E402

from logger_app.logbook import Logbook  # noqa: E402
from logger_app.records import CourseDetails  # noqa: E402
from logger_app.store.database import DATABASE_FILENAME  # noqa: E402
from logger_app.vocabulary import Area  # noqa: E402

SERVER_ENV = "LOGGER_APP_TEST_SERVER"
SEED = 2026


def timed(step: Callable[[], object], repeat: int) -> tuple[Stats, Stats, object]:
    """(wall-clock times, this process's CPU times, the last result). On a shared,
    busy machine the CPU time says what the work costs; the wall clock what one waits."""
    times, cpu, result = [], [], None
    step()  # warm-up: the first read fills the page cache
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        result = step()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return Stats(times), Stats(cpu), result


def add_courses(book: Logbook, every: int) -> int:
    rng = random.Random(SEED)
    today = date.today()
    areas = list(Area)
    added = 0
    with book.batch():
        for client_id in book.client_ids()[::every]:
            started = today - timedelta(days=rng.randint(0, 200))
            plan = CourseDetails(
                client_id, rng.randint(3, 6), rng.choice((28, 35, 42)), started,
                tuple(rng.sample(areas, 2)),
            )  # fmt: skip
            book.start_course(plan)
            added += 1
    return added


def measure(book: Logbook, repeat: int) -> dict[str, tuple[Stats, Stats]]:
    client_id = book.client_ids()[0]
    steps: dict[str, Callable[[], object]] = {
        "follow_ups_due (14 days)": book.follow_ups_due,
        "day_overview": book.day_overview,
        "course_progress (one client)": lambda: book.course_progress(client_id),
    }
    figures = {}
    for label, step in steps.items():
        wall, cpu, result = timed(step, repeat)
        figures[label] = (wall, cpu)
        if label.startswith("follow_ups"):
            print(f"  {book.location}: {len(result)} follow-ups due")  # type: ignore[arg-type]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=DEFAULT_CLIENTS)
    parser.add_argument("--courses-every", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, default=None, help="the demo file's folder")
    parser.add_argument("--server-url", default=os.environ.get(SERVER_ENV, ""))
    args = parser.parse_args(argv)
    demo_dir = args.data_dir or default_data_dir(args.clients)
    if not (demo_dir / DATABASE_FILENAME).exists():
        ensure_demo_logbook(demo_dir, args.clients)
    results: dict[str, dict[str, tuple[Stats, Stats]]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-day-") as work:
        folder = Path(work) / "file"
        folder.mkdir()
        shutil.copy2(demo_dir / DATABASE_FILENAME, folder / DATABASE_FILENAME)
        with Logbook.open(folder, actor="Bench") as book:  # brought up to date on the copy
            started = time.perf_counter()
            courses = add_courses(book, args.courses_every)
            print(
                f"{book.client_count()} clients, {book.session_count()} sessions; "
                f"{courses} courses added in {time.perf_counter() - started:.1f} s"
            )
        with Logbook.open(folder) as book:
            results["file"] = measure(book, args.repeat)
        if args.server_url:
            with bench_database(args.server_url, "bench_day") as url:
                load_demo(folder / DATABASE_FILENAME, url)
                with Logbook.open(Path(work) / "room", database_url=url) as book:
                    results["server"] = measure(book, args.repeat)
    for home, figures in results.items():
        print(f"\n{home}:")
        for label, (wall, cpu) in figures.items():
            print(f"  {label:<30} wall {wall.ms()}")
            print(f"  {'':<30} CPU  {cpu.ms()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
