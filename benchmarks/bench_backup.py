"""Backup, verification and restore of the 10,000-client demo logbook, then of a copy of
it with a few hundred real-size photos added; each also as an encrypted logbook (the
same records in SQLCipher, the same photos as encrypted streams), side by side.

    python benchmarks/bench_backup.py [--clients 10000] [--photos 300] [--workdir PATH]

The cached demo logbook is only read (the backup API reads it like the app would); the
photos go into a COPY made in the work folder, which is removed at the end unless
``--workdir`` is given. Each measured operation runs in a fresh child process, so its
peak memory (ru_maxrss) is its own and not the photo generator's.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from demo_logbook import DEFAULT_CLIENTS, default_data_dir, describe, ensure_demo_logbook  # noqa: E402
from encrypted_demo import encrypted_copy  # noqa: E402

from logger_app.store.database import DATABASE_FILENAME  # noqa: E402


def _child(operation: str, first: str, second: str, key_hex: str = "") -> None:
    """Run one operation and print its figures as JSON (in a fresh process)."""
    from logger_app.backup import make_backup, restore_backup, verify_backup

    key = bytes.fromhex(key_hex) if key_hex else None
    started = time.perf_counter()
    if operation == "backup":
        info = make_backup(Path(first), Path(second), data_key=key)
    elif operation == "verify":
        info = verify_backup(Path(first), data_key=key)
    elif operation == "restore":
        info = restore_backup(Path(first), Path(second), data_key=key).backup
    else:  # "imports": the interpreter and the backup package alone, for comparison
        info = None
    seconds = time.perf_counter() - started
    figures = {"seconds": seconds, "peak_mb": _peak_mb()}
    if info is not None:
        figures |= {"content": info.content_bytes, "archive": info.archive_bytes}
        figures |= {"files": len(info.files), "clients": info.clients, "photos": info.photos}
    print(json.dumps(figures))


def _peak_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from
    the parent through fork and exec, so a child of a big parent would report the
    parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(
    operation: str, first: Path | str = "", second: Path | str = "", key: bytes | None = None
) -> dict:
    command = [sys.executable, __file__, "--child", operation, str(first), str(second)]
    command.append(key.hex() if key else "")
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def copy_with_photos(demo: Path, copy: Path, photos: int) -> float:
    """A copy of the demo logbook with ``photos`` photos of ~12 MP imported through the
    real pipeline (distinct pixels each, so each is its own stored file)."""
    from PIL import Image, ImageDraw

    from logger_app.logbook import Logbook
    from logger_app.records import PhotoDetails
    from logger_app.store.snapshot import snapshot_database
    from logger_app.vocabulary import PhotoAngle, PhotoKind

    copy.mkdir(parents=True)
    snapshot_database(demo / DATABASE_FILENAME, copy / DATABASE_FILENAME)
    sources = copy.parent / "photo-sources"
    sources.mkdir()
    # Skin-toned grain: stored at ~4.5 MB, like a textured phone photo at quality 95.
    noise = Image.effect_noise((4000, 3000), 18)
    base = Image.merge(
        "RGB",
        [noise.point(lambda v, lift=lift: min(255, v // 3 + lift)) for lift in (140, 90, 75)],
    )
    started = time.perf_counter()
    with Logbook.open(copy) as logbook:
        session_ids = [s.id for c in range(1, photos // 6 + 2) for s in logbook.sessions_of(c)]
        for number in range(photos):
            image = base.copy()
            draw = ImageDraw.Draw(image)
            x, y = (number * 37) % 3900, (number * 53) % 2900
            draw.rectangle((x, y, x + 60, y + 60), fill=(number % 256, 40, 40))
            source = sources / f"photo-{number:04d}.jpg"
            image.save(source, "JPEG", quality=92)
            angle = list(PhotoAngle)[number % len(PhotoAngle)]
            logbook.import_photos(
                session_ids[number // 6], [source], PhotoDetails(PhotoKind.BEFORE, angle)
            )
            source.unlink()
            if (number + 1) % 50 == 0:
                print(f"  {number + 1}/{photos} photos imported", flush=True)
        assert logbook.photo_count() == photos
    return time.perf_counter() - started


def report(title: str, work: Path, key: bytes | None = None) -> dict:
    source = work / title
    archive = work / f"{title}.zip"
    restored = work / f"{title}-restored"
    backup = measure("backup", source, archive, key)
    verify = measure("verify", archive, "", key)
    restore = measure("restore", archive, restored, key)
    mb = backup["content"] / 1e6
    print(
        f"\n{title}: {backup['clients']:,} clients, {backup['photos']:,} photos, "
        f"{backup['files']:,} files, {mb:,.1f} MB of content"
    )
    notes = {
        "backup": f"archive {backup['archive'] / 1e6:,.1f} MB",
        "verify": "every checksum + database",
        "restore": "verify + extract + swap",
    }
    for name, figures in (("backup", backup), ("verify", verify), ("restore", restore)):
        print(
            f"  {name:<8} {figures['seconds']:6.2f} s  {mb / figures['seconds']:7.1f} MB/s  "
            f"peak RSS {figures['peak_mb']:4.0f} MB  ({notes[name]})"
        )
    shutil.rmtree(restored)
    archive.unlink()
    return {"backup": backup, "verify": verify, "restore": restore}


def plain_and_encrypted(title: str, work: Path) -> None:
    """The same logbook plain, then encrypted: the figures side by side with the ratio."""
    plain = report(title, work)
    key = encrypted_copy(work / title, work / f"{title}-encrypted")
    encrypted = report(f"{title}-encrypted", work, key)
    print(f"\n{title}, plain vs encrypted (same records, same photos):")
    print(f"  {'':<8} {'plain':>8} {'encrypted':>10} {'ratio':>6}")
    for name in ("backup", "verify", "restore"):
        before, after = plain[name]["seconds"], encrypted[name]["seconds"]
        print(f"  {name:<8} {before:7.2f}s {after:9.2f}s {after / before:5.2f}x")
    shutil.rmtree(work / f"{title}-encrypted")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=DEFAULT_CLIENTS)
    parser.add_argument("--photos", type=int, default=300, help="photos added to the copy")
    parser.add_argument("--workdir", type=Path, help="keep the copy and archives there")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0

    demo_dir = default_data_dir(args.clients)
    if (demo_dir / DATABASE_FILENAME).is_file():
        # Not ensure_demo_logbook: it opens the logbook, which would migrate it when the
        # app has a new schema step. The cached demo is only read here.
        print(f"Demo logbook: {demo_dir} (cached; read only)")
    else:
        demo = ensure_demo_logbook(clients=args.clients)
        print(describe(demo))
        demo_dir = demo.data_dir
    work = args.workdir or Path(tempfile.mkdtemp(prefix="logger-app-bench-backup-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"Work folder: {work}   ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)")
    try:
        base = measure("imports")
        print(f"Baseline child (interpreter + imports): peak RSS {base['peak_mb']:.0f} MB")
        (work / "demo").symlink_to(demo_dir)  # read only: backed up, never written
        plain_and_encrypted("demo", work)
        if args.photos:
            print(f"\nCopying the demo logbook and importing {args.photos} photos …", flush=True)
            seconds = copy_with_photos(demo_dir, work / "with-photos", args.photos)
            print(f"  imported in {seconds:.1f} s")
            plain_and_encrypted("with-photos", work)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
