"""Two programs writing to one logbook at once: failed calls and calls per second.

    python benchmarks/bench_writers.py [--seconds 20] [--baseline-seconds 5] [--workdir PATH]

First one process writes alone for ``--baseline-seconds`` (the baseline rate), then two
processes write to the same fresh logbook for ``--seconds``. Each process opens its own
Logbook and repeats a practitioner's day in small steps, each one call of the public API
(one transaction): add a client, record a session with two areas, sign it, amend it.
A call that raises is counted as failed, by the kind of error, and the loop goes on.
The logbook lives in a temporary folder (removed at the end unless ``--workdir``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from logger_app.logbook import Logbook  # noqa: E402
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails  # noqa: E402
from logger_app.vocabulary import Area, Device  # noqa: E402

STARTED = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)


def write_for(data_dir: Path, seconds: float, name: str, start_at: float) -> dict[str, object]:
    """Write through the public API until ``seconds`` have passed since ``start_at``
    (a ``time.time()``, so that both processes start together); the counts."""
    calls = 0
    slowest = 0.0  # the longest call: how long a writer waited for the other
    failures: Counter[str] = Counter()
    with Logbook.open(data_dir, actor=name, create=True) as logbook:
        while time.time() < start_at:
            time.sleep(0.001)
        deadline = start_at + seconds
        client_id = session_id = 0
        step = phase = 0  # phase: what the next call does; back to 0 after a failure
        while time.time() < deadline:
            began = time.perf_counter()
            try:
                if phase == 0:
                    details = ClientDetails(first_name=f"{name} {step}", last_name="Writer")
                    client_id = logbook.add_client(details).id
                elif phase == 1:
                    session_id = logbook.record_session(
                        SessionDetails(
                            client_id=client_id,
                            started_at=STARTED + timedelta(minutes=step),
                            practitioner_name=name,
                            device=Device.PEN,
                            areas=(
                                AreaTreatment(Area.FOREHEAD, 0.5),
                                AreaTreatment(Area.LEFT_CHEEK, 1.0),
                            ),
                        ),
                        enforce_safety=False,
                    ).id
                elif phase == 2:
                    logbook.sign_session(session_id)
                else:
                    logbook.amend_session(session_id, "notes", f"Note {step}.", "Added later.")
                phase = (phase + 1) % 4
            except Exception as error:  # counted, not fatal: the figure is the point
                failures[f"{type(error).__name__}: {error}"[:120]] += 1
                phase = 0  # start the day again: no failure follows from another
            slowest = max(slowest, time.perf_counter() - began)
            calls += 1
            step += 1
    failed = sum(failures.values())
    return {"calls": calls, "failed": failed, "slowest": slowest, "errors": dict(failures)}


def _worker(args: tuple[str, float, str, float], queue) -> None:
    data_dir, seconds, name, start_at = args
    queue.put(write_for(Path(data_dir), seconds, name, start_at))


def run_writers(data_dir: Path, processes: int, seconds: float) -> dict[str, object]:
    """``processes`` writers at once; their summed counts and the rate."""
    Logbook.open(data_dir, create=True).close()  # made and migrated before the race
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    start_at = time.time() + 3.0  # time for each child to start and open the logbook
    children = [
        context.Process(
            target=_worker, args=((str(data_dir), seconds, f"Writer {n + 1}", start_at), queue)
        )
        for n in range(processes)
    ]
    for child in children:
        child.start()
    results = [queue.get(timeout=seconds + 120) for _ in children]
    for child in children:
        child.join()
    errors: Counter[str] = Counter()
    for result in results:
        errors.update(result["errors"])  # type: ignore[arg-type]
    calls = sum(int(result["calls"]) for result in results)  # type: ignore[call-overload]
    failed = sum(int(result["failed"]) for result in results)  # type: ignore[call-overload]
    return {
        "processes": processes,
        "seconds": seconds,
        "calls": calls,
        "failed": failed,
        "per_second": (calls - failed) / seconds,
        "slowest_ms": 1000 * max(float(result["slowest"]) for result in results),  # type: ignore[arg-type]
        "errors": dict(errors.most_common(5)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="two writers (default 20)")
    parser.add_argument(
        "--baseline-seconds", type=float, default=5.0, help="one writer alone (default 5)"
    )
    parser.add_argument("--workdir", type=Path, help="keep the logbooks here")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-writers-"))
    try:
        alone = run_writers(workdir / "alone", 1, args.baseline_seconds)
        together = run_writers(workdir / "together", 2, args.seconds)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"{'':28}{'calls':>8}{'failed':>8}{'calls/s':>10}{'slowest':>11}")
    for label, figures in (
        (f"1 writer, {args.baseline_seconds:g} s", alone),
        (f"2 writers, {args.seconds:g} s", together),
    ):
        print(
            f"{label:28}{figures['calls']:>8}{figures['failed']:>8}"
            f"{figures['per_second']:>10.1f}{figures['slowest_ms']:>8.0f} ms"
        )
    ratio = together["per_second"] / alone["per_second"] if alone["per_second"] else 0.0
    print(f"2 writers / 1 writer (successful calls per second): {ratio:.2f}")
    print("calls/s counts successful calls only; slowest: the longest single call")
    for message, count in together["errors"].items():  # type: ignore[union-attr]
        print(f"  failed {count}×: {message}")
    if args.json:
        print(json.dumps({"alone": alone, "together": together, "ratio": ratio}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
