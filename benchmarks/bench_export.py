"""Export figures: prints measurements and the budget verdict (not a test).

    python benchmarks/bench_export.py [--workdir PATH] [--sessions 50] [--photos 200]
                                      [--clients 10000] [--skip-all]

a. PDF of one client with 50 sessions and 200 photos of 12 megapixels (4 a session), as
   the dialog and ``logger-app export --format pdf`` make it: cold (the 512 px report
   thumbnails are made from the originals) and warm (they are cached); pages, size,
   how often progress was reported and the longest wait between two reports;
b. ``--all`` exports of the 10,000-client demo logbook (benchmarks/demo_logbook.py) to
   JSON and CSV, streamed client by client: time, size, clients per second; the first
   100 clients of the JSON are validated against resources/export-schema.json.

Each figure runs in its own child process, so each peak memory (ru_maxrss) is that of
the export alone; making the source photos and the logbook happens in another child.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
for folder in (REPO_ROOT, Path(__file__).resolve().parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

PDF_BUDGET_S = 10.0
PHOTOS_PER_SESSION = 4
VALIDATED_CLIENTS = 100


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class ProgressLog:
    """Records when progress was reported: how responsive a progress bar would be."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.times: list[float] = []
        self.last = (0, 0)

    def __call__(self, done: int, total: int) -> None:
        self.times.append(time.perf_counter() - self.started)
        self.last = (done, total)

    def longest_gap(self) -> float:
        marks = [0.0, *self.times]
        return max((b - a for a, b in itertools.pairwise(marks)), default=0.0)


# ------------------------------------------------------------------------ preparing


def prepare_pdf_logbook(workdir: Path, sessions: int, photos: int) -> None:
    """A logbook with one client of ``sessions`` sessions and ``photos`` 12 MP photos."""
    from bench_photos import make_sources

    from logger_app.demo import generate_demo
    from logger_app.logbook import Logbook
    from logger_app.records import PhotoDetails
    from logger_app.vocabulary import Area, PhotoAngle, PhotoKind

    sources = workdir / "sources"
    if len(list(sources.glob("IMG_*.jpg"))) < photos:
        print(f"Making {photos} source photos of 12 MP in {sources} …", flush=True)
        make_sources(sources, photos)
    files = sorted(sources.glob("IMG_*.jpg"))[:photos]
    data_dir = workdir / "logbook"
    shutil.rmtree(data_dir, ignore_errors=True)
    print(f"Importing them into {data_dir} …", flush=True)
    with Logbook.open(data_dir, create=True) as book:
        generate_demo(book, clients=1, seed=11, sessions_per_client=(40, 40))
        client_id = book.client_ids()[0]
        existing = book.sessions_of(client_id)
        with book.batch():  # the demo makes at most 40 sessions: repeat some of them
            for session in existing[: max(0, sessions - len(existing))]:
                book.record_session(session.details, enforce_safety=False)  # history
        kinds = (PhotoKind.BEFORE, PhotoKind.AFTER)
        angles = (PhotoAngle.FRONT, PhotoAngle.LEFT_45, PhotoAngle.RIGHT_45, PhotoAngle.CLOSE_UP)
        for index, session in enumerate(book.sessions_of(client_id)[:sessions]):
            batch = files[index * PHOTOS_PER_SESSION : (index + 1) * PHOTOS_PER_SESSION]
            per_file = {
                path: PhotoDetails(kinds[n % 2], angles[n], Area.LEFT_CHEEK)
                for n, path in enumerate(batch)
            }
            book.import_photos(session.id, batch, per_file[batch[0]], per_file)
        (workdir / "ready.json").write_text(
            json.dumps({"sessions": sessions, "photos": book.photo_count()}), encoding="utf-8"
        )


# ------------------------------------------------------------------------ measuring


def measure_pdf(workdir: Path) -> None:
    from logger_app.export import export_client
    from logger_app.export.pdf_report import PHOTO_EDGE
    from logger_app.export.qt_headless import ensure_gui_application
    from logger_app.logbook import Logbook
    from logger_app.photos.thumbnails import THUMBNAILS_FOLDER

    started = time.perf_counter()
    ensure_gui_application()
    qt_start = time.perf_counter() - started
    data_dir = workdir / "logbook"
    out = workdir / "report.pdf"
    with Logbook.open(data_dir) as book:
        client_id = book.client_ids()[0]
        sessions = len(book.sessions_of(client_id))
        photos = len(book.photos_of_client(client_id))
        runs = []
        for label in ("as imported", "cold", "warm"):
            if label == "cold":  # as for photos imported before thumbnails were made then
                shutil.rmtree(data_dir / THUMBNAILS_FOLDER / str(PHOTO_EDGE), ignore_errors=True)
            log = ProgressLog()
            export_client(book, client_id, "pdf", out, log)
            runs.append((time.perf_counter() - log.started, log))
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages)
    (imported, imported_log), (cold, cold_log), (warm, warm_log) = runs
    print(f"a. PDF of one client: {sessions} sessions, {photos} photos of 12 MP")
    print(f"   Qt start (offscreen QGuiApplication)        {qt_start * 1e3:6.0f} ms")
    print(f"   as imported (report thumbnails made then)   {imported:6.2f} s")
    print(f"   cold: report thumbnails made from originals {cold:6.2f} s")
    print(f"   warm: report thumbnails cached              {warm:6.2f} s")
    print(f"   {pages} pages, {out.stat().st_size / 1e6:.1f} MB")
    print(
        f"   progress: {len(cold_log.times)} reports (cold), longest wait between two "
        f"{cold_log.longest_gap():.2f} s cold / {warm_log.longest_gap():.2f} s warm"
    )
    print(f"   peak RSS of this process: {peak_mb():.0f} MB")
    verdict = "ok" if imported < PDF_BUDGET_S else "OVER BUDGET"
    print(
        f"   budget: < {PDF_BUDGET_S:.0f} s with a progress bar: as imported "
        f"{imported:.1f} s {verdict} (cold {cold:.1f} s, progress every "
        f"{imported_log.longest_gap():.2f} s at most)"
    )


def measure_all(fmt: str, clients: int) -> None:
    from demo_logbook import describe, ensure_demo_logbook

    from logger_app.export import export_all
    from logger_app.logbook import Logbook

    demo = ensure_demo_logbook(clients=clients)
    if fmt == "json":
        print(describe(demo))
    with tempfile.TemporaryDirectory(prefix="logger-app-bench-export-") as work:
        out = Path(work) / f"all.{fmt}"
        log = ProgressLog()
        with Logbook.open(demo.data_dir) as book:
            export_all(book, fmt, out, log)
        seconds = time.perf_counter() - log.started
        size = out.stat().st_size / 1e6
        checked = validate_sample(out) if fmt == "json" else ""
    print(
        f"b. --all {fmt.upper():4s}: {log.last[1]} clients, {demo.sessions} sessions in "
        f"{seconds:6.1f} s ({log.last[1] / seconds:,.0f} clients/s), {size:6.1f} MB, "
        f"peak RSS {peak_mb():.0f} MB{checked}"
    )


def validate_sample(path: Path) -> str:
    """The first clients of an --all JSON (one per line) against the schema."""
    from importlib.resources import files

    import jsonschema

    schema = json.loads(files("resources").joinpath("export-schema.json").read_text("utf-8"))
    one_client = {"$defs": schema["$defs"], "$ref": "#/$defs/clientHistory"}
    validator = jsonschema.Draft202012Validator(one_client)
    with path.open(encoding="utf-8") as source:
        next(source)
        for _, line in zip(range(VALIDATED_CLIENTS), source, strict=False):
            validator.validate(json.loads(line.rstrip().rstrip(",")))
    return f"; first {VALIDATED_CLIENTS} clients valid against the schema"


# ------------------------------------------------------------------------------ main


def child(*args: str) -> None:
    subprocess.run([sys.executable, __file__, *args], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--skip-all", action="store_true", help="only the PDF figure")
    parser.add_argument(
        "--child", choices=("prepare", "pdf", "json", "csv"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    workdir = (
        args.workdir or Path(tempfile.gettempdir()) / "logger-app-bench" / "export"
    ).resolve()
    if args.child == "prepare":
        prepare_pdf_logbook(workdir, args.sessions, args.photos)
    elif args.child == "pdf":
        measure_pdf(workdir)
    elif args.child in ("json", "csv"):
        measure_all(args.child, args.clients)
    else:
        wanted = {"sessions": args.sessions, "photos": args.photos}
        try:
            ready = json.loads((workdir / "ready.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            ready = None
        if ready != wanted:
            child("--child", "prepare", "--workdir", str(workdir),
                  "--sessions", str(args.sessions), "--photos", str(args.photos))  # fmt: skip
        child("--child", "pdf", "--workdir", str(workdir))
        if not args.skip_all:
            for fmt in ("json", "csv"):
                child("--child", fmt, "--clients", str(args.clients))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
