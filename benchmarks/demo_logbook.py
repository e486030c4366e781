"""Build (or reuse) the demo logbook the benchmarks run on.

As a module: ``ensure_demo_logbook(data_dir, clients)``. As a script:

    python benchmarks/demo_logbook.py [--clients 10000] [--data-dir PATH] [--rebuild]

The default folder is a cache under the system temp dir, so re-runs reuse it. A folder is
reused when its logbook holds exactly the expected number of clients; otherwise it is
rebuilt, but only if this module made it (a marker file says so): a logbook it did not
make is never deleted.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# Runnable as `python benchmarks/demo_logbook.py` from anywhere: the repo root on the path.
REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from logger_app.demo import generate_demo  # noqa: E402
from logger_app.logbook import Logbook  # noqa: E402
from logger_app.store.database import DATABASE_FILENAME  # noqa: E402

DEFAULT_CLIENTS = 10_000
QUICK_CLIENTS = 500
SESSIONS_PER_CLIENT = (8, 12)  # ≈10 sessions per client
SEED = 2026
MARKER = "benchmark-demo.json"


@dataclass(frozen=True)
class DemoLogbook:
    data_dir: Path
    clients: int
    sessions: int
    database_bytes: int
    generation_seconds: float | None  # None: reused from an earlier run


def default_data_dir(clients: int) -> Path:
    return Path(tempfile.gettempdir()) / "logger-app-bench" / f"demo-{clients}"


def _parameters(clients: int, seed: int, sessions_per_client: tuple[int, int]) -> dict:
    return {"clients": clients, "seed": seed, "sessions_per_client": list(sessions_per_client)}


def _read_marker(data_dir: Path) -> dict | None:
    try:
        return json.loads((data_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _counts(data_dir: Path) -> tuple[int, int]:
    with Logbook.open(data_dir) as logbook:
        return logbook.client_count(), logbook.session_count()


def _remove_logbook(data_dir: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        (data_dir / f"{DATABASE_FILENAME}{suffix}").unlink(missing_ok=True)
    (data_dir / MARKER).unlink(missing_ok=True)


def ensure_demo_logbook(
    data_dir: Path | None = None,
    clients: int = DEFAULT_CLIENTS,
    *,
    seed: int = SEED,
    sessions_per_client: tuple[int, int] = SESSIONS_PER_CLIENT,
    rebuild: bool = False,
    verbose: bool = True,
) -> DemoLogbook:
    """The demo logbook in ``data_dir`` with ``clients`` clients, generated if needed."""
    data_dir = (data_dir or default_data_dir(clients)).expanduser().resolve()
    wanted = _parameters(clients, seed, sessions_per_client)
    database = data_dir / DATABASE_FILENAME
    marker = _read_marker(data_dir)

    if database.exists():
        found_clients, found_sessions = _counts(data_dir)
        if found_clients == clients and not rebuild:
            if marker is not None and marker != wanted and verbose:
                print(f"note: {data_dir} was made with {marker}, not {wanted}", file=sys.stderr)
            return DemoLogbook(data_dir, clients, found_sessions, database.stat().st_size, None)
        if marker is None:
            raise SystemExit(
                f"{database} holds {found_clients} clients ({clients} wanted) and was not "
                "made by this script: it is left untouched. Choose another --data-dir."
            )
        if verbose:
            why = "--rebuild" if rebuild else f"{found_clients} clients found, {clients} wanted"
            print(f"Rebuilding {data_dir} ({why})")
        _remove_logbook(data_dir)

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARKER).unlink(missing_ok=True)  # of a build killed before its logbook
    # A new logbook is only made in an empty folder: made (empty) before the marker.
    Logbook.open(data_dir, create=True).close()
    # Written before the data: an interrupted build is still known to be ours, and
    # rebuilt next time.
    (data_dir / MARKER).write_text(json.dumps(wanted | {"complete": False}), encoding="utf-8")
    if verbose:
        print(f"Generating {clients} demo clients into {data_dir} …", flush=True)
    step = max(1, clients // 10)

    def progress(done: int, total: int) -> None:
        if verbose and (done % step < 200 or done == total):
            elapsed = time.perf_counter() - started
            print(f"  {done:>6}/{total} clients  {elapsed:6.1f} s", flush=True)

    started = time.perf_counter()
    with Logbook.open(data_dir) as logbook:
        generate_demo(
            logbook,
            clients=clients,
            seed=seed,
            sessions_per_client=sessions_per_client,
            progress=progress,
        )
        sessions = logbook.session_count()
    seconds = time.perf_counter() - started
    (data_dir / MARKER).write_text(json.dumps(wanted), encoding="utf-8")
    return DemoLogbook(data_dir, clients, sessions, database.stat().st_size, seconds)


def window_sign_in(data_dir: Path) -> dict[str, str | None]:
    """``open_main_window``'s unattended sign-in for a benchmark: the logbook's
    administrator (else its first practitioner) with the passphrase of
    ``$LOGGER_APP_PASSPHRASE``. Without one the window stays at its sign-in screen."""
    from logger_app.given_passphrase import given_passphrase

    with Logbook.open(data_dir) as logbook:
        people = sorted(logbook.practitioners(), key=lambda p: (not p.is_admin, p.name))
    return {
        "practitioner": people[0].name if people else None,
        "passphrase": given_passphrase(),
    }


def describe(demo: DemoLogbook) -> str:
    how = (
        "reused (generated in an earlier run)"
        if demo.generation_seconds is None
        else f"generated in {demo.generation_seconds:.1f} s"
    )
    return (
        f"Demo logbook: {demo.clients} clients, {demo.sessions} sessions, "
        f"{demo.database_bytes / 1e6:.1f} MB at {demo.data_dir} — {how}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=DEFAULT_CLIENTS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="where the logbook goes (default: <tempdir>/logger-app-bench/demo-<clients>)",
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="regenerate even if the folder can be reused"
    )
    args = parser.parse_args(argv)
    demo = ensure_demo_logbook(args.data_dir, args.clients, seed=args.seed, rebuild=args.rebuild)
    print(describe(demo))
    if demo.generation_seconds is not None:
        per_session = demo.generation_seconds / max(1, demo.sessions) * 1e3
        print(f"Generation: {demo.generation_seconds:.2f} s ({per_session:.2f} ms per session)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
