"""``verify`` on the 10,000-client demo: every signature, record and audit entry checked.

    python benchmarks/bench_verify.py [--clients 10000] [--repeat 3] [--data-dir PATH]
                                      [--rebuild] [--quick]

The demo is built once into ``<tempdir>/logger-app-bench/signed-demo-<clients>`` (its
own folder: the plain demo of ``demo_logbook.py`` may be older than signatures) and
reused. Its sessions are signed with real keys: by the demo's own practitioners where
``generate_demo`` signs (the demo's passphrase), otherwise by one benchmark practitioner
signed in before each chunk of clients (the app's real argon2 settings, either way).

Prints, as medians over ``--repeat`` runs in one process: the baseline, a plain read of
every session as ``verify`` reads them (the same batches, no hashing); the audit chain's
walk alone; ``verify_records`` whole, and with this computer's anchors (``known_anchors``);
each with its ratio to the baseline and sessions per second.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

import logger_app.demo as demo  # noqa: E402
from logger_app.logbook import Logbook  # noqa: E402
from logger_app.records import PractitionerDetails  # noqa: E402
from logger_app.store.database import DATABASE_FILENAME  # noqa: E402
from logger_app.verification.anchors import known_anchors  # noqa: E402
from logger_app.verification.chain import ChainWalk  # noqa: E402

DEFAULT_CLIENTS = 10_000
QUICK_CLIENTS = 500
SESSIONS_PER_CLIENT = (8, 12)
SEED = 2026
MARKER = "benchmark-signed-demo.json"
SIGNER = "Benchmark Signer"
PASSPHRASE = "benchmark passphrase"


def default_data_dir(clients: int) -> Path:
    return Path(tempfile.gettempdir()) / "logger-app-bench" / f"signed-demo-{clients}"


def _generate(book: Logbook, clients: int, progress: Callable[[int, int], None]) -> str:
    """The demo into ``book``; returns who signed it."""
    if hasattr(demo, "DEMO_PASSPHRASE"):  # the demo's practitioners sign their own
        demo.generate_demo(book, clients, SEED, progress, sessions_per_client=SESSIONS_PER_CLIENT)
        return "the demo's practitioners"
    book.add_practitioner(PractitionerDetails(SIGNER), PASSPHRASE)
    done = 0
    while done < clients:
        chunk = min(demo.CHUNK_CLIENTS, clients - done)
        book.confirm_passphrase(PASSPHRASE)  # within the signing window for the chunk
        demo.generate_demo(book, chunk, SEED + done, sessions_per_client=SESSIONS_PER_CLIENT)
        done += chunk
        progress(done, clients)
    return f"{SIGNER} (one key; this demo does not sign by itself)"


def ensure_signed_demo(data_dir: Path, clients: int, rebuild: bool) -> dict:
    marker = data_dir / MARKER
    try:
        made = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        made = None
    if made and made.get("clients") == clients and made.get("complete") and not rebuild:
        return made
    if (data_dir / DATABASE_FILENAME).exists():
        if made is None:
            raise SystemExit(f"{data_dir} holds a logbook this script did not make: left alone.")
        for path in data_dir.iterdir():
            if path.is_file():
                path.unlink()
    data_dir.mkdir(parents=True, exist_ok=True)
    # A new logbook is made only in an empty folder: made (empty) before the marker, which
    # is written before the data (an interrupted build is still known to be ours).
    Logbook.open(data_dir, create=True).close()
    marker.write_text(json.dumps({"clients": clients, "complete": False}), encoding="utf-8")
    print(f"Generating {clients} signed demo clients into {data_dir} …", flush=True)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % max(1, total // 10) < demo.CHUNK_CLIENTS or done == total:
            print(f"  {done:>6}/{total} clients  {time.perf_counter() - started:6.1f} s")

    with Logbook.open(data_dir) as book:
        signer = _generate(book, clients, progress)
    made = {
        "clients": clients,
        "complete": True,
        "signed_by": signer,
        "generation_seconds": round(time.perf_counter() - started, 1),
    }
    marker.write_text(json.dumps(made), encoding="utf-8")
    return made


def median_seconds(step: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def read_every_session(book: Logbook) -> int:
    """The baseline: every session, complete, in the batches ``verify`` reads."""
    sessions = book._context.sessions
    count, last = 0, 0
    while batch := sessions.batch_after(last):
        count += len(batch)
        last = batch[-1].id
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=DEFAULT_CLIENTS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_CLIENTS} clients")
    args = parser.parse_args(argv)
    clients = QUICK_CLIENTS if args.quick else args.clients
    data_dir = (args.data_dir or default_data_dir(clients)).expanduser().resolve()
    made = ensure_signed_demo(data_dir, clients, args.rebuild)
    size = (data_dir / DATABASE_FILENAME).stat().st_size
    print(
        f"Signed demo: {clients} clients, {size / 1e6:.0f} MB at {data_dir}; signed by "
        f"{made.get('signed_by')}; generated in {made.get('generation_seconds')} s"
    )
    with Logbook.open(data_dir) as book:
        anchors = known_anchors(book.data_dir, book.location)
        read, sessions = median_seconds(lambda: read_every_session(book), args.repeat)
        walk_time, walk = median_seconds(lambda: ChainWalk().walk(book._db), args.repeat)
        verify_time, report = median_seconds(book.verify_records, args.repeat)
        anchored_time, anchored = median_seconds(
            lambda: book.verify_records(anchors=anchors), args.repeat
        )
    assert isinstance(sessions, int) and isinstance(walk, ChainWalk)
    for result in (report, anchored):
        if not result.ok:  # type: ignore[attr-defined]
            print(f"verify found {len(result.findings)} problem(s), e.g.",  # type: ignore[attr-defined]
                  result.findings[0].message)  # type: ignore[attr-defined]  # fmt: skip
    print(
        f"{sessions:,} sessions ({report.sessions_verified:,} verified, "  # type: ignore[attr-defined]
        f"{report.sessions_sealed:,} sealed), {report.signatures_checked:,} signatures, "  # type: ignore[attr-defined]
        f"{walk.count:,} audit entries, {anchored.anchors_checked:,} heads checked "  # type: ignore[attr-defined]
        f"({len(anchors)} from this computer and its backups)"
    )
    print(
        f"{'baseline: read every session':<36}{read:>8.2f} s  {sessions / read:>9,.0f} sessions/s"
    )
    for label, seconds in (
        ("audit chain walked alone", walk_time),
        ("verify_records", verify_time),
        ("verify_records with the anchors", anchored_time),
    ):
        print(
            f"{label:<36}{seconds:>8.2f} s  {sessions / seconds:>9,.0f} sessions/s  "
            f"{seconds / read:>5.1f}× baseline"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
