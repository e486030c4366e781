"""Gallery of a client with 1,000 photos: time to first paint, time until the visible
thumbnails have arrived, scrolling, and peak memory.

Builds (once, cached in the temp folder) a logbook with one client, 50 sessions and
20 photos per session, imported through the real pipeline. Run:

    python benchmarks/bench_gallery.py [--photos 1000] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    PhotoDetails,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind

PER_SESSION = 20


def build(folder: Path, photos: int) -> None:
    rng = random.Random(7)
    sources = folder.parent / f"{folder.name}-sources"
    sources.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with Logbook.open(folder, create=True) as logbook:
        client = logbook.add_client(ClientDetails("Gallery", "Benchmark"))
        sessions = photos // PER_SESSION
        for number in range(sessions):
            session = logbook.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=datetime(2022, 1, 3, 10, tzinfo=UTC) + timedelta(weeks=3 * number),
                    practitioner_name="Bench Mark",
                    device=Device.PEN,
                    areas=(AreaTreatment(Area.LEFT_CHEEK, 1.0), AreaTreatment(Area.FOREHEAD, 0.5)),
                ),
                enforce_safety=False,  # made-up history: no safety warnings to acknowledge
            )
            files = []
            for index in range(PER_SESSION):
                # 2000x1500 (3 MP): realistic phone-photo thumbnails, quick to make here.
                image = Image.new("RGB", (2000, 1500), tuple(rng.randrange(256) for _ in "rgb"))
                draw = ImageDraw.Draw(image)
                for _ in range(12):
                    x, y = rng.randrange(2000), rng.randrange(1500)
                    draw.ellipse(
                        (x, y, x + 300, y + 300), fill=tuple(rng.randrange(256) for _ in "rgb")
                    )
                path = sources / f"s{number:03d}-{index:02d}.jpg"
                image.save(path, "JPEG", quality=85)
                files.append(path)
            angle = list(PhotoAngle)[number % len(PhotoAngle)]
            logbook.import_photos(session.id, files, PhotoDetails(PhotoKind.BEFORE, angle))
        print(f"built {logbook.photo_count()} photos in {time.perf_counter() - start:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "logger-app-bench" / f"gallery-{args.photos}"
    if args.rebuild and folder.exists():
        import shutil

        shutil.rmtree(folder)
    if not (folder / "logbook.sqlite3").exists():
        build(folder, args.photos)
    thumbnails = folder / "thumbnails"
    if thumbnails.exists():  # measure the cold case: thumbnails made on demand
        import shutil

        shutil.rmtree(thumbnails)

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from ui.app import application, open_main_window

    app = application()
    from demo_logbook import window_sign_in

    window = open_main_window(folder, **window_sign_in(folder))
    window.resize(1400, 860)
    app.processEvents()
    page = window.client_page
    window.client_view.selectRow(0)
    app.processEvents()

    class PaintWatch(QObject):
        painted_at: float | None = None

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and self.painted_at is None:
                self.painted_at = time.perf_counter()
            return False

    watch = PaintWatch()
    page.gallery.view.viewport().installEventFilter(watch)
    start = time.perf_counter()
    page.tabs.setCurrentWidget(page.gallery)
    shown = time.perf_counter()
    while watch.painted_at is None:
        app.processEvents()
    first_paint = watch.painted_at - start
    loader = page.gallery.grid_loader
    while loader.pending():
        app.processEvents()
    visible_loaded = time.perf_counter() - start
    cold_requests = len(loader._pixmaps) + len(loader._problems)

    # Scroll through the whole gallery page by page, as a user flicking down.
    bar = page.gallery.view.verticalScrollBar()
    steps = []
    while bar.value() < bar.maximum():
        step_start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        page.gallery.view.viewport().repaint()
        steps.append(time.perf_counter() - step_start)
    while loader.pending():
        app.processEvents()
    all_loaded = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    photos = len(page.gallery.model.photos())
    print(
        f"Gallery of {photos} photos ({folder}), thumbnails cold, offscreen, {os.cpu_count()} CPUs"
    )
    print(f"  model filled (show_client):          {(shown - start) * 1e3:7.1f} ms")
    print(f"  first paint of the gallery:          {first_paint * 1e3:7.1f} ms")
    print(f"  visible thumbnails arrived ({cold_requests:3d}):    {visible_loaded * 1e3:7.1f} ms")
    print(
        f"  scroll one page (paint, placeholders): median {statistics.median(steps) * 1e3:.1f} ms, "
        f"max {max(steps) * 1e3:.1f} ms over {len(steps)} pages"
    )
    print(f"  every thumbnail made after scrolling:  {all_loaded:.1f} s")
    print(f"  peak RSS: {peak:.0f} MB")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
