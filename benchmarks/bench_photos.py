"""Photo import figures: prints measurements, checks the budget (not a test).

    python benchmarks/bench_photos.py [--count 50] [--workdir PATH] [--all-cores]

a. import of 12-megapixel JPEGs through ``Logbook.import_photos``, one call per file
   (read, hash, decode, orient, encode, fsynced store, row commit), against Pillow's own
   plain decode of the same file (``Image.open(p).load()``) measured in the same run;
b. where the import time goes, stage by stage (first 10 files, a separate folder);
c. 256 px thumbnails of every imported photo: with scaled decoding (draft), as the app
   makes them, against a full decode then resize;
d. peak memory of this process (the source files are made in a child process).

Runs on one CPU core (``sched_setaffinity``) unless --all-cores: the budget is per core.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

WIDTH, HEIGHT = 4000, 3000
IMPORT_BUDGET_MS = 300.0
STAGE_SAMPLE = 10


# ----------------------------------------------------------------------------- sources


def make_sources(folder: Path, count: int) -> list[Path]:
    """``count`` different 12 MP JPEGs of ~2 MB, like phone photos: a smooth skin-toned
    base with grain (noise compresses like real texture), each cut from a different
    offset of one larger picture, with a dark bar at the top and EXIF like a phone's
    (every fifth a portrait stored sideways with Orientation 6)."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(2026)
    margin = 4 * count
    size = (WIDTH + margin, HEIGHT + margin)
    coarse = Image.new("RGB", (44, 34))
    coarse.putdata(
        [(rnd.randint(150, 220), rnd.randint(100, 160), rnd.randint(80, 140)) for _ in range(1496)]
    )
    base = coarse.resize(size, Image.Resampling.BICUBIC)
    grain = Image.merge("RGB", [Image.effect_noise(size, 18) for _ in range(3)])
    picture = Image.blend(base, grain, 0.25)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "BenchCam", "12MP"
    exif.get_ifd(0x8769)[0x9003] = "2026:03:14 10:21:05"
    exif.get_ifd(0x8825)[1] = "N"
    files = []
    for index in range(count):
        offset = 4 * index
        frame = picture.crop((offset, offset, offset + WIDTH, offset + HEIGHT))
        ImageDraw.Draw(frame).rectangle((0, 0, WIDTH, HEIGHT // 10), fill=(25, 25, 25))
        path = folder / f"IMG_{index:04d}.jpg"
        # Every fifth is a portrait shot as phones store it: the sensor's landscape
        # pixels with Orientation 6 (shown as 3000×4000 once turned).
        exif[0x0112] = 6 if index % 5 == 4 else 1
        frame.save(path, "JPEG", quality=92, exif=exif.tobytes())
        files.append(path)
    return files


# ----------------------------------------------------------------------------- figures


def ms(seconds: float) -> float:
    return seconds * 1000.0


def median_p95(values: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def plain_decode(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        image.load()


def thumbnail_without_draft(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        image.load()
        image.thumbnail((256, 256), Image.Resampling.LANCZOS, reducing_gap=None)
        image.save(io.BytesIO(), "JPEG", quality=85)


def open_session(data_dir: Path):
    from logger_app.logbook import Logbook
    from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
    from logger_app.vocabulary import Area, Device

    logbook = Logbook.open(data_dir, create=True)
    client = logbook.add_client(ClientDetails("Bench", "Mark"))
    started = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
    session = logbook.record_session(
        SessionDetails(client.id, started, "Dr Bench", Device.PEN,
                       (AreaTreatment(Area.FOREHEAD, 0.5),)),
        enforce_safety=False,  # made-up history: no safety warnings to acknowledge
    )  # fmt: skip
    return logbook, session.id


def measure_import(files: list[Path], data_dir: Path) -> tuple[list[float], list[float], list]:
    from logger_app.records import ImportStatus, PhotoDetails
    from logger_app.vocabulary import PhotoAngle, PhotoKind

    details = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    logbook, session_id = open_session(data_dir)
    # Warm-up (imports Pillow and pillow-heif, first decoder set-up): not counted.
    logbook.import_photos(session_id, files[:1], details)
    imports, baselines, photos = [], [], []
    try:
        for path in files[1:]:
            baselines.append(timed(lambda path=path: plain_decode(path)))
            start = time.perf_counter()
            (result,) = logbook.import_photos(session_id, [path], details)
            imports.append(time.perf_counter() - start)
            assert result.status is ImportStatus.IMPORTED, result.reason
            photos.append(logbook.photo(result.photo_id))
    finally:
        logbook.close()
    return imports, baselines, photos


def measure_stages(files: list[Path], data_dir: Path) -> dict[str, list[float]]:
    from logger_app.photos import store
    from logger_app.photos.decode import decode_photo, read_source

    stages: dict[str, list[float]] = {
        "read file": [],
        "sha-256 of source": [],
        "decode + orient + RGB": [],
        "encode JPEG q95 4:4:4": [],
        "store (write, fsync, rename)": [],
    }
    for path in files:
        start = time.perf_counter()
        data = read_source(path)
        t1 = time.perf_counter()
        hashlib.sha256(data).hexdigest()
        t2 = time.perf_counter()
        photo = decode_photo(data, path)
        t3 = time.perf_counter()
        encoded = store.encode_jpeg(photo)
        t4 = time.perf_counter()
        store.put(data_dir, encoded)
        t5 = time.perf_counter()
        for name, seconds in zip(stages, (t1 - start, t2 - t1, t3 - t2, t4 - t3, t5 - t4),
                                 strict=True):  # fmt: skip
            stages[name].append(seconds)
    return stages


def measure_thumbnails(data_dir: Path, photos: list) -> tuple[list[float], list[float]]:
    from logger_app.photos.store import photo_path
    from logger_app.photos.thumbnails import ensure_thumbnail

    # The import made them already; measure making one again from the stored file, as
    # for a photo imported by an older version or whose cache was cleared.
    shutil.rmtree(data_dir / "thumbnails", ignore_errors=True)
    with_draft = [timed(lambda p=p: ensure_thumbnail(data_dir, p.sha256, 256)) for p in photos]
    without = [timed(lambda p=p: thumbnail_without_draft(photo_path(data_dir, p.sha256)))
               for p in photos]  # fmt: skip
    return with_draft, without


# -------------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=50, help="photos to import (default 50)")
    parser.add_argument("--workdir", type=Path, help="keep sources and logbook here")
    parser.add_argument("--all-cores", action="store_true", help="do not pin to one core")
    parser.add_argument("--make-sources", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.make_sources:
        make_sources(args.make_sources, args.count + 1)
        return 0
    if not args.all_cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="logger-app-bench-photos-"))
    sources = workdir / "sources"
    made = time.perf_counter()
    if len(list(sources.glob("IMG_*.jpg"))) < args.count + 1:
        # In a child process, so that making them does not count in our peak memory.
        subprocess.run(
            [sys.executable, __file__, "--make-sources", str(sources), "--count",
             str(args.count)], check=True,
        )  # fmt: skip
    files = sorted(sources.glob("IMG_*.jpg"))[: args.count + 1]
    sizes = [path.stat().st_size / 1e6 for path in files]
    print(
        f"{len(files)} source JPEGs of {WIDTH}×{HEIGHT} in {sources} "
        f"({min(sizes):.1f}–{max(sizes):.1f} MB; ready in {time.perf_counter() - made:.1f} s)"
    )
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    print(f"CPU cores used: {cores}")
    data_dir = workdir / "logbook"
    shutil.rmtree(data_dir, ignore_errors=True)
    shutil.rmtree(workdir / "stages", ignore_errors=True)

    imports, baselines, photos = measure_import(files, data_dir)
    stages = measure_stages(files[1 : 1 + STAGE_SAMPLE], workdir / "stages")
    with_draft, without_draft = measure_thumbnails(data_dir, photos)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    import_median, import_p95 = median_p95(imports)
    base_median, base_p95 = median_p95(baselines)
    print()
    print(f"a. import, per photo (n={len(imports)}; warm-up not counted)")
    print(
        f"   import_photos        median {ms(import_median):6.1f} ms   p95 {ms(import_p95):6.1f} ms"
    )
    print(f"   Pillow plain decode  median {ms(base_median):6.1f} ms   p95 {ms(base_p95):6.1f} ms")
    print(f"   ratio import / decode (medians): {import_median / base_median:.2f}×")
    portrait = [t for t, photo in zip(imports, photos, strict=True) if photo.height > photo.width]
    landscape = [t for t, photo in zip(imports, photos, strict=True) if photo.width > photo.height]
    if portrait and landscape:
        print(
            f"   median by orientation: landscape (1) {ms(statistics.median(landscape)):.1f} ms,"
            f" portrait (6, turned) {ms(statistics.median(portrait)):.1f} ms"
        )
    stored_mb = statistics.median(photo.byte_size for photo in photos) / 1e6
    print(f"   stored copy (q95, 4:4:4): median {stored_mb:.1f} MB per photo")
    print()
    print(f"b. stages (median of {STAGE_SAMPLE} files; the rest is the row: query + commit)")
    total = 0.0
    for name, values in stages.items():
        total += statistics.median(values)
        print(f"   {name:30s} {ms(statistics.median(values)):6.1f} ms")
    print(f"   {'sum of stages':30s} {ms(total):6.1f} ms")
    print()
    draft_median, draft_p95 = median_p95(with_draft)
    full_median, full_p95 = median_p95(without_draft)
    print(f"c. 256 px thumbnails of all {len(photos)} photos")
    print(
        f"   with draft (the app)   total {sum(with_draft):5.2f} s   median "
        f"{ms(draft_median):5.1f} ms   p95 {ms(draft_p95):5.1f} ms"
    )
    print(
        f"   full decode + resize   total {sum(without_draft):5.2f} s   median "
        f"{ms(full_median):5.1f} ms   p95 {ms(full_p95):5.1f} ms"
    )
    print(f"   speed-up: {full_median / draft_median:.1f}×")
    print()
    print(f"d. peak RSS (ru_maxrss) of this process: {peak_mb:.0f} MB")
    print()
    verdict = "ok" if ms(import_median) < IMPORT_BUDGET_MS else "OVER BUDGET"
    p95_verdict = "ok" if ms(import_p95) < IMPORT_BUDGET_MS else "OVER BUDGET"
    print(
        f"budget: import of a 12 MP JPEG < {IMPORT_BUDGET_MS:.0f} ms on one core: "
        f"median {ms(import_median):.0f} ms {verdict}, p95 {ms(import_p95):.0f} ms {p95_verdict}"
    )
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
