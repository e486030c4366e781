"""Photo import, plain against encrypted: prints both side by side (not a test).

    python benchmarks/bench_photo_import.py [--count 30] [--workdir PATH] [--all-cores]

The same 12-megapixel JPEGs (``bench_photos.make_sources``) are imported through
``Logbook.import_photos``, one call per file, into a plain logbook and into an encrypted
one (SQLCipher database, photo file and thumbnails as AES-256-GCM streams), in the same
run, file by file in turn (so that both meet the same disk and the same CPU state). The
first file of each is a warm-up, not counted. Runs on one CPU core unless --all-cores.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
for folder in (REPO_ROOT, REPO_ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_photos import HEIGHT, IMPORT_BUDGET_MS, WIDTH, median_p95, ms  # noqa: E402


def open_session(data_dir: Path, encrypted: bool):
    from logger_app.logbook import Logbook
    from logger_app.logbook.unlocking import new_encrypted_logbook
    from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
    from logger_app.vocabulary import Area, Device

    key = new_encrypted_logbook(data_dir).data_key if encrypted else None
    logbook = Logbook.open(data_dir, create=True, data_key=key)
    client = logbook.add_client(ClientDetails("Bench", "Mark"))
    started = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
    session = logbook.record_session(
        SessionDetails(client.id, started, "Dr Bench", Device.PEN,
                       (AreaTreatment(Area.FOREHEAD, 0.5),)),
        enforce_safety=False,
    )  # fmt: skip
    return logbook, session.id


def measure(files: list[Path], workdir: Path) -> dict[str, list[float]]:
    from logger_app.records import ImportStatus, PhotoDetails
    from logger_app.vocabulary import PhotoAngle, PhotoKind

    details = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    books = {
        name: open_session(workdir / name, name == "encrypted") for name in ("plain", "encrypted")
    }
    times: dict[str, list[float]] = {name: [] for name in books}
    try:
        for logbook, session_id in books.values():  # warm-up: not counted
            logbook.import_photos(session_id, files[:1], details)
        for index, path in enumerate(files[1:]):
            # Alternate which goes first: neither always meets a warm page cache.
            order = list(books.items()) if index % 2 == 0 else list(books.items())[::-1]
            for name, (logbook, session_id) in order:
                start = time.perf_counter()
                (result,) = logbook.import_photos(session_id, [path], details)
                times[name].append(time.perf_counter() - start)
                assert result.status is ImportStatus.IMPORTED, result.reason
    finally:
        for logbook, _ in books.values():
            logbook.close()
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=30, help="photos per logbook (default 30)")
    parser.add_argument("--workdir", type=Path, help="keep sources and logbooks here")
    parser.add_argument("--all-cores", action="store_true", help="do not pin to one core")
    args = parser.parse_args(argv)
    if not args.all_cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="logger-app-bench-import-"))
    sources = workdir / "sources"
    if len(list(sources.glob("IMG_*.jpg"))) < args.count + 1:
        bench = REPO_ROOT / "benchmarks" / "bench_photos.py"
        subprocess.run(
            [sys.executable, str(bench), "--make-sources", str(sources), "--count",
             str(args.count)], check=True,
        )  # fmt: skip
    files = sorted(sources.glob("IMG_*.jpg"))[: args.count + 1]
    for name in ("plain", "encrypted"):
        shutil.rmtree(workdir / name, ignore_errors=True)
    times = measure(files, workdir)
    plain, encrypted = median_p95(times["plain"]), median_p95(times["encrypted"])
    print(f"import of a {WIDTH}×{HEIGHT} JPEG, per photo (n={len(times['plain'])} each)")
    print(f"   {'':10s} {'plain':>9s} {'encrypted':>10s} {'ratio':>7s}")
    for label, index in (("median", 0), ("p95", 1)):
        a, b = plain[index], encrypted[index]
        print(f"   {label:10s} {ms(a):6.1f} ms {ms(b):7.1f} ms {b / a:6.2f}×")
    verdict = "ok" if ms(encrypted[0]) < IMPORT_BUDGET_MS else "OVER BUDGET"
    print(f"budget: encrypted import < {IMPORT_BUDGET_MS:.0f} ms (median): {verdict}")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
