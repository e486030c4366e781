"""Five rooms saving at once: 5 processes × 200 sessions each into one clinic-server
logbook, against the same load on one SQLite file (the baseline, same run).

    python benchmarks/bench_server_writers.py [--server-url URL] [--processes 5]
        [--sessions 200]

Each process opens its own Logbook (on the server: with a data folder of its own, as a
workstation has), adds its client, waits for the common start, then records and signs
its sessions one by one, each one call of the public API (one transaction), timing each.
A call that raises is counted by its error and the loop goes on. Afterwards every
session must be in the logbook exactly once. The server URL (a superuser's: a database
of its own is made and dropped) comes from --server-url or LOGGER_APP_TEST_SERVER.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
for folder in (REPO_ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_ui import Stats  # noqa: E402
from server_demo import bench_database, new_server_logbook  # noqa: E402

from logger_app.logbook import Logbook  # noqa: E402
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails  # noqa: E402
from logger_app.vocabulary import Area, Device  # noqa: E402

SERVER_ENV = "LOGGER_APP_TEST_SERVER"
STARTED = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)


def save_sessions(
    data_dir: str, url: str | None, writer: int, sessions: int, start_at: float
) -> dict[str, object]:
    """Writer ``writer``'s sessions, saved one by one from ``start_at`` (a time.time());
    the notes of those saved, each save's seconds and the failures."""
    saved: list[str] = []
    times: list[float] = []
    failures: Counter[str] = Counter()
    with Logbook.open(data_dir, actor=f"Room {writer}", database_url=url) as book:
        client_id = book.add_client(ClientDetails(f"Room {writer}", "Writer")).id
        while time.time() < start_at:
            time.sleep(0.001)
        for number in range(sessions):
            note = f"room {writer} session {number}"
            details = SessionDetails(
                client_id=client_id,
                started_at=STARTED + timedelta(minutes=number),
                practitioner_name=f"Room {writer}",
                device=Device.PEN,
                areas=(AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.LEFT_CHEEK, 1.0)),
                notes=note,
            )
            began = time.perf_counter()
            try:
                book.record_session(details, enforce_safety=False, sign=True)
                saved.append(note)
            except Exception as error:  # counted, not fatal: the figure is the point
                failures[f"{type(error).__name__}: {error}"[:120]] += 1
            times.append(time.perf_counter() - began)
    return {"saved": saved, "times": times, "errors": dict(failures)}


def _worker(args: tuple, queue) -> None:
    queue.put(save_sessions(*args))


def run(data_dir: Path, url: str | None, processes: int, sessions: int) -> dict[str, object]:
    """``processes`` writers at once on one logbook; the summed figures, checked."""
    if url is None:
        Logbook.open(data_dir, create=True).close()  # made before the race
    else:
        new_server_logbook(url)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    start_at = time.time() + 4.0  # time for each child to start and open its logbook
    children = []
    for writer in range(1, processes + 1):
        # On the server each room keeps its caches in a folder of its own.
        folder = data_dir if url is None else data_dir / f"room-{writer}"
        args = (str(folder), url, writer, sessions, start_at)
        children.append(context.Process(target=_worker, args=(args, queue)))
    for child in children:
        child.start()
    results = [queue.get(timeout=600) for _ in children]
    wall = time.time() - start_at
    for child in children:
        child.join()
    errors: Counter[str] = Counter()
    for result in results:
        errors.update(result["errors"])  # type: ignore[arg-type]
    saved = [note for result in results for note in result["saved"]]  # type: ignore[attr-defined]
    times = Stats([t for result in results for t in result["times"]])  # type: ignore[attr-defined]
    reader = data_dir if url is None else data_dir / "reader"
    with Logbook.open(reader, database_url=url) as book:
        found = Counter(
            row[0] for row in book._db.execute("SELECT notes FROM sessions WHERE notes <> ''")
        )
    lost = sum(1 for note in saved if found[note] == 0)
    doubled = sum(1 for count in found.values() if count > 1)
    return {
        "saved": len(saved),
        "failed": sum(errors.values()),
        "lost": lost,
        "doubled": doubled,
        "in_logbook": sum(found.values()),
        "per_second": len(saved) / wall,
        "wall": wall,
        "times": times,
        "errors": dict(errors.most_common(5)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server-url", default=os.environ.get(SERVER_ENV, ""))
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=200, help="per process")
    args = parser.parse_args(argv)
    if not args.server_url:
        parser.error(f"no server: give --server-url or set {SERVER_ENV}")
    figures = {}
    with tempfile.TemporaryDirectory(prefix="bench-server-writers-") as work:
        figures["file"] = run(Path(work) / "file", None, args.processes, args.sessions)
        with bench_database(args.server_url, "bench_writers") as url:
            figures["server"] = run(Path(work) / "server", url, args.processes, args.sessions)
    wanted = args.processes * args.sessions
    print(f"{args.processes} processes × {args.sessions} sessions, each saved and signed alone")
    header = f"{'':8}{'saved':>7}{'failed':>8}{'lost':>6}{'in book':>9}{'wall':>8}"
    print(header + f"{'sessions/s':>12}{'save p50':>10}{'save p95':>10}{'max':>9}")
    for home, result in figures.items():
        times: Stats = result["times"]  # type: ignore[assignment]
        print(
            f"{home:8}{result['saved']:>7}{result['failed']:>8}{result['lost']:>6}"
            f"{result['in_logbook']:>9}{result['wall']:>7.1f}s{result['per_second']:>12.1f}"
            f"{times.median * 1e3:>8.1f}ms{times.p95 * 1e3:>8.1f}ms{times.max * 1e3:>7.0f}ms"
        )
    server, file = figures["server"], figures["file"]
    print(
        f"server / file: sessions/s {server['per_second'] / file['per_second']:.2f}×, "
        f"save p95 {server['times'].p95 / file['times'].p95:.2f}×"  # type: ignore[union-attr]
    )
    for home, result in figures.items():
        for message, count in result["errors"].items():  # type: ignore[union-attr]
            print(f"  {home}: failed {count}×: {message}")
        if result["saved"] != wanted or result["lost"] or result["doubled"]:
            print(f"  {home}: NOT ALL SAVED ONCE ({result['doubled']} doubled)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
