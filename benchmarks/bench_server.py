"""The core's figures on both homes, side by side: the demo logbook in its SQLite file
against the same rows on the clinic server (PostgreSQL over loopback).

    python benchmarks/bench_server.py [--server-url URL] [--quick] [--repeat N]

The server URL (a superuser's: the benchmark creates and drops a database of its own)
comes from ``--server-url`` or ``LOGGER_APP_TEST_SERVER``. The demo file is built once
(see demo_logbook.py) and copied: to a temporary folder for the file side (the cached
demo is never written to) and to the server (see server_demo.py).

For each home: start (a fresh process imports the core, opens the logbook and reads the
client list), client search per keystroke (``list_clients`` of growing prefixes, the
queries bench_ui types), the first read of a 200-session history in a newly opened
logbook (``history``, then ``sessions_of``), and saving a session (``record_session``,
signed, after its safety review). The file is the baseline: server / file per figure.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
for folder in (REPO_ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_ui import (  # noqa: E402
    LONG_HISTORY_SESSIONS,
    SEED,
    Stats,
    add_long_history_client,
    run_probe,
    search_queries,
)
from demo_logbook import DEFAULT_CLIENTS, QUICK_CLIENTS, describe, ensure_demo_logbook  # noqa: E402
from server_demo import bench_database, load_demo  # noqa: E402

from logger_app.logbook import Logbook  # noqa: E402
from logger_app.records import AreaTreatment, SessionDetails  # noqa: E402
from logger_app.store.database import DATABASE_FILENAME  # noqa: E402
from logger_app.vocabulary import Area, Device  # noqa: E402

SERVER_ENV = "LOGGER_APP_TEST_SERVER"
START_BUDGET_S = 1.5
KEYSTROKE_BUDGET_MS = 30.0
HISTORY_BUDGET_MS = 150.0
SAVE_BUDGET_MS = 50.0
HOMES = ("file", "server")

# A fresh process: import the core, open, read the whole client list (what the window
# shows first); prints its own seconds (the interpreter's start is not the logbook's).
START_PROBE = """
import sys, time
started = time.perf_counter()
from logger_app.logbook import Logbook
book = Logbook.open(sys.argv[1], database_url=sys.argv[2] or None)
rows = len(book.list_clients())
book.close()
print(time.perf_counter() - started, rows)
"""


def timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


class Home:
    """One home of the same demo rows: a data folder, and the server's URL or None."""

    def __init__(self, name: str, data_dir: Path, url: str | None) -> None:
        self.name = name
        self.data_dir = data_dir
        self.url = url

    def open(self) -> Logbook:
        return Logbook.open(self.data_dir, actor="Bench", database_url=self.url)


def bench_start(home: Home, repeat: int) -> tuple[Stats, Stats]:
    """(fresh process: import + open + client list, in-process open + close)."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    command = [sys.executable, "-c", START_PROBE, str(home.data_dir), home.url or ""]
    cold = []
    for run in range(repeat + 1):  # the first run warms the OS caches: not counted
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        if run:
            cold.append(float(done.stdout.split()[0]))
    warm = Stats([timed(lambda: home.open().close()) for _ in range(repeat)])
    return Stats(cold), warm


def bench_window_start(home: Home, repeat: int) -> Stats:
    """Spawn → the main window painted, in fresh processes (bench_ui's probe, the window
    opened exactly as ``logger-app`` opens it, on this home), from a throw-away config."""
    with tempfile.TemporaryDirectory(prefix="bench-server-config-") as config:
        env = dict(os.environ, XDG_CONFIG_HOME=config, QT_QPA_PLATFORM="offscreen")
        probe = ["app", str(home.data_dir), *([home.url] if home.url else [])]
        run_probe(probe, env)  # warm-up, not counted
        return Stats([run_probe(probe, env)[0] for _ in range(repeat)])


def bench_search(book: Logbook, queries: list[tuple[str, str]], repeat: int) -> Stats:
    return Stats(
        [
            timed(lambda prefix=text[:length]: book.list_clients(prefix))
            for _ in range(repeat)
            for _kind, text in queries
            for length in range(1, len(text) + 1)
        ]
    )


def bench_history(home: Home, client_id: int, repeat: int) -> tuple[Stats, Stats]:
    """(history() first read in a newly opened logbook, sessions_of() likewise)."""
    firsts, sessions = [], []
    for _ in range(repeat):
        with home.open() as book:
            firsts.append(timed(lambda book=book: book.history(client_id)))
            sessions.append(timed(lambda book=book: book.sessions_of(client_id)))
    return Stats(firsts), Stats(sessions)


def bench_save(book: Logbook, client_ids: list[int]) -> Stats:
    """One signed session per client, as the form saves it: reviewed (not timed), saved."""
    practitioner = book.practitioners()[0].name
    now = datetime.now().astimezone()
    times = []
    for number, client_id in enumerate(client_ids):
        started_at = now - timedelta(minutes=len(client_ids) - number)
        codes = tuple(w.code for w in book.warnings_for_new_session(client_id, started_at))
        details = SessionDetails(
            client_id=client_id,
            started_at=started_at,
            practitioner_name=practitioner,
            device=Device.PEN,
            areas=(AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.CHIN, 0.75)),
            notes="Benchmark session.",
            acknowledged=codes,
        )
        times.append(timed(lambda details=details: book.record_session(details, sign=True)))
    return Stats(times)


def measure(home: Home, queries, long_client: int, save_clients, repeat: int) -> dict:
    print(f"\n== {home.name}", flush=True)
    cold, warm = bench_start(home, repeat)
    print(f"start, fresh process:  {cold.ms()}")
    print(f"open + close:          {warm.ms()}")
    window = bench_window_start(home, repeat)
    print(f"window start, painted: {window.ms()}")
    with home.open() as book:
        search = bench_search(book, queries, repeat)
        print(f"search per keystroke:  {search.ms(p95=True)}")
        save = bench_save(book, save_clients)
        print(f"save a session:        {save.ms(p95=True)}")
    history, sessions_of = bench_history(home, long_client, repeat)
    print(f"{LONG_HISTORY_SESSIONS}-session history() first read:  {history.ms()}")
    print(f"{LONG_HISTORY_SESSIONS}-session sessions_of():         {sessions_of.ms()}")
    return {
        "start": cold,
        "window": window,
        "open": warm,
        "search": search,
        "history": history,
        "sessions_of": sessions_of,
        "save": save,
    }


def print_table(figures: dict[str, dict[str, Stats]]) -> None:
    file, server = figures["file"], figures["server"]
    long = LONG_HISTORY_SESSIONS
    rows = [  # (label, figure, which statistic, budget in ms or None)
        ("start: core, fresh process, median", "start", "median", None),
        ("start → window painted, median", "window", "median", START_BUDGET_S * 1000),
        ("open + close, median", "open", "median", None),
        ("search per keystroke, p50", "search", "median", None),
        ("search per keystroke, p95", "search", "p95", KEYSTROKE_BUDGET_MS),
        (f"{long}-session history, first read p50", "history", "median", None),
        (f"{long}-session history, first read max", "history", "max", HISTORY_BUDGET_MS),
        (f"{long}-session sessions_of, p50", "sessions_of", "median", None),
        ("save a session, p50", "save", "median", None),
        ("save a session, p95", "save", "p95", SAVE_BUDGET_MS),
    ]
    print(f"\n{'Figure':<38}{'file':>10}{'server':>10}{'×':>7}  Budget")
    print("-" * 84)
    for label, key, which, budget in rows:
        a = getattr(file[key], which) * 1000
        b = getattr(server[key], which) * 1000
        verdict = ""
        if budget is not None:
            verdict = f"≤ {budget:g} ms  " + ("ok" if max(a, b) <= budget else "OVER BUDGET")
        print(f"{label:<38}{a:>8.1f}ms{b:>8.1f}ms{b / a:>6.1f}×  {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server-url", default=os.environ.get(SERVER_ENV, ""))
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_CLIENTS} clients")
    parser.add_argument("--clients", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=None, help="default 5 (--quick 3)")
    parser.add_argument("--saves", type=int, default=40, help="sessions saved (default 40)")
    parser.add_argument("--data-dir", type=Path, default=None, help="the demo file's folder")
    args = parser.parse_args(argv)
    if not args.server_url:
        parser.error(f"no server: give --server-url or set {SERVER_ENV}")
    clients = args.clients or (QUICK_CLIENTS if args.quick else DEFAULT_CLIENTS)
    repeat = args.repeat or (3 if args.quick else 5)
    demo = ensure_demo_logbook(args.data_dir, clients)
    print(describe(demo))
    with (
        tempfile.TemporaryDirectory(prefix="bench-server-") as work,
        bench_database(args.server_url, "bench_server") as url,
    ):
        folders = {name: Path(work) / name for name in HOMES}
        for folder in folders.values():
            folder.mkdir()
        shutil.copy2(demo.data_dir / DATABASE_FILENAME, folders["file"] / DATABASE_FILENAME)
        load_demo(folders["file"] / DATABASE_FILENAME, url)
        homes = [Home("file", folders["file"], None), Home("server", folders["server"], url)]
        with homes[0].open() as book:
            rng = random.Random(SEED)
            queries = search_queries(book, rng)
            save_clients = rng.sample(book.client_ids(), args.saves)
        long_ids = []
        for home in homes:  # the same client, added to each home the same way
            with home.open() as book:
                built = time.perf_counter()
                long_ids.append(add_long_history_client(book, LONG_HISTORY_SESSIONS))
                print(
                    f"{home.name}: {LONG_HISTORY_SESSIONS}-session client added in "
                    f"{time.perf_counter() - built:.2f} s"
                )
        figures = {
            home.name: measure(home, queries, long_id, save_clients, repeat)
            for home, long_id in zip(homes, long_ids, strict=True)
        }
    print_table(figures)
    print(f"(server: PostgreSQL over loopback; {os.cpu_count()} CPUs; × = server / file)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
