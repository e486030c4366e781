"""Peak memory of importing one photo: prints a table (not a test).

    python benchmarks/bench_photo_memory.py [--baseline REF] [--workdir PATH]

Each file is imported through ``Logbook.import_photos`` into a fresh logbook in a child
process of its own, which reports its peak resident memory (``ru_maxrss``) for the whole
import: read, hash, decode, convert, orient, encode, store, thumbnails. The same files are
imported by the code of git revision ``--baseline`` (default: the commit before the
memory budget, extracted to a temp folder) in the same run, for the ratio.

The rule: every accepted file stays under 600 MB peak; a refused one is refused from its
header, before the big allocation (its peak stays near the bare process's).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

BUDGET_MB = 600
BASELINE_REF = "8dcb158"
SIXTEEN_BIT_SIZES = ((4000, 3000), (10000, 8900))

# Run in the child: one import, then its status, reason and peak memory as JSON.
_CHILD = r"""
import json, resource, sys, warnings
from datetime import UTC, datetime
from pathlib import Path
warnings.simplefilter("ignore")
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, PhotoDetails, SessionDetails
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind

data_dir, source = Path(sys.argv[1]), Path(sys.argv[2])
book = Logbook.open(data_dir, create=True)
client = book.add_client(ClientDetails(first_name="Bench", last_name="Mark"))
session = book.record_session(
    SessionDetails(
        client_id=client.id, started_at=datetime(2025, 5, 1, 10, tzinfo=UTC),
        practitioner_name="Bench", device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
    ),
    enforce_safety=False,
)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
details = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
result = book.import_photos(session.id, [source], details)[0]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"status": str(result.status), "reason": result.reason,
                  "idle_kb": before, "peak_kb": peak}))
"""


def make_files(folder: Path) -> list[tuple[str, Path]]:
    """The files measured, made with Pillow (smooth content: small on disk, big decoded).
    Made in a child process so that this process stays small."""
    script = r"""
import sys
from pathlib import Path
from PIL import Image
from tests.core.photo_files import deep_tiff
folder = Path(sys.argv[1])

def gradient(mode, size):
    # A smooth picture without holding many copies: a small gradient, enlarged.
    small = Image.linear_gradient("L").resize((64, 64))
    bands = [small, small.rotate(90), small.rotate(180), small.rotate(270)]
    return Image.merge(mode, bands[: len(mode)]).resize(size, Image.Resampling.BILINEAR)

def turned(image):
    exif = Image.Exif()
    exif[0x0112] = 6
    return exif.tobytes()

gradient("RGBA", (11000, 8000)).save(folder / "rgba_11000x8000.png", compress_level=1)
gradient("RGBA", (9000, 7000)).save(folder / "rgba_9000x7000.png", compress_level=1)
big = gradient("RGB", (10000, 8900))
big.save(folder / "jpeg_89mp.jpg", quality=90)
big.save(folder / "jpeg_89mp_turned.jpg", quality=90, exif=turned(big))
del big
gradient("RGB", (8000, 6000)).save(folder / "jpeg_48mp_turned.jpg", quality=90, exif=turned(None))
gradient("RGB", (4000, 3000)).save(folder / "jpeg_12mp.jpg", quality=92)
gradient("RGB", (4000, 3000)).save(folder / "jpeg_12mp_turned.jpg", quality=92, exif=turned(None))
gradient("RGB", (6000, 5000)).save(folder / "webp_6000x5000.webp", quality=90)
gradient("CMYK", (8000, 7000)).save(folder / "cmyk_8000x7000.jpg", quality=90)
for width, height in SIXTEEN_BIT_SIZES:
    deep_tiff(folder / f"rgb16_{width}x{height}.tif", width, height, bands=3)
deep_tiff(folder / "grey16_10000x8900.tif", 10000, 8900, bands=1)
""".replace("SIXTEEN_BIT_SIZES", repr(SIXTEEN_BIT_SIZES))
    env = {"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", script, str(folder)], check=True, env=env)
    return sorted((path.name, path) for path in folder.iterdir())


def estimate(path: Path) -> int:
    """The new code's estimate, reckoned in a child: this process stays small, since a
    child inherits its peak (``ru_maxrss`` survives exec)."""
    script = "import sys; from logger_app.photos.decode import import_memory as m; "
    script += "print(m(sys.argv[1]))"
    env = {"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, env=env
    )
    return int(done.stdout.strip() or 0)


def measure(code_root: Path, source: Path, data_dir: Path) -> dict:
    env = {"PYTHONPATH": str(code_root), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(data_dir), str(source)],
        capture_output=True,
        text=True,
        env=env,
        cwd=code_root,
    )
    if done.returncode != 0:
        return {"status": "crashed", "reason": done.stderr.strip().splitlines()[-1:], "peak_kb": 0}
    return json.loads(done.stdout.strip().splitlines()[-1])


def extract(ref: str, folder: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "archive", ref, "logger_app", "resources"],
        check=True,
        capture_output=True,
    ).stdout
    folder.mkdir()
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default=BASELINE_REF, help="git revision to compare")
    parser.add_argument("--workdir", type=Path, help="keep the files here (default: temp)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.workdir) as temp:
        root = Path(temp)
        (root / "files").mkdir()
        files = make_files(root / "files")
        baseline = extract(args.baseline, root / "baseline") if args.baseline else None
        print(
            f"{'file':24} {'MB on disk':>10} | {'before':>28} | {'after':>28} | ratio | estimated"
        )
        failures = 0
        for run, (name, path) in enumerate(files):
            rows = {}
            for label, code in (("before", baseline), ("after", REPO_ROOT)):
                if code is None:
                    continue
                rows[label] = measure(code, path, root / f"data-{label}-{run}")
            cells = []
            for label in ("before", "after"):
                row = rows.get(label)
                if row is None:
                    cells.append(f"{'-':>28}")
                    continue
                cells.append(f"{row['status']:>10} {row['peak_kb'] / 1024:>8.0f} MB peak")
            after = rows["after"]
            ratio = (
                f"{after['peak_kb'] / rows['before']['peak_kb']:.2f}"
                if "before" in rows and rows["before"]["peak_kb"]
                else "-"
            )
            size = path.stat().st_size / 2**20
            need = estimate(path) / 2**20
            print(
                f"{name:24} {size:>10.1f} | {cells[0]:>28} | {cells[1]:>28} | {ratio:>5}"
                f" | {need:>6.0f} MB"
            )
            if after["status"] != "imported":
                print(f"{'':24}   refused: {after['reason']}")
            if after["status"] == "imported" and after["peak_kb"] / 1024 >= BUDGET_MB:
                failures += 1
                print(f"{'':24}   OVER BUDGET ({BUDGET_MB} MB)")
            if after["status"] == "imported" and after["peak_kb"] / 1024 > need:
                print(f"{'':24}   measured above the estimate")
        print(
            f"budget: every accepted file under {BUDGET_MB} MB peak — "
            + ("met" if not failures else f"{failures} over")
        )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
