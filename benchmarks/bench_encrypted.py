"""Plain and encrypted side by side, measured in the same run on copies of one demo:
opening with key derivation, and the client search per keystroke.

    python benchmarks/bench_encrypted.py [--clients 10000] [--repeat 7] [--rebuild]

The signed demo of ``bench_verify.py`` (built once, then reused from
``<tempdir>/logger-app-bench/signed-demo-<clients>``) is copied twice, once as it is
and once into SQLCipher with ``sqlcipher_export`` (seconds, where generating a second
demo takes minutes), into ``<tempdir>/logger-app-bench/encrypted-bench-<clients>``,
reused while the demo is unchanged. The copies are measured, never the cached demo.

Figures (medians unless said), each with the ratio encrypted / plain:
- open with key derivation: the logbook opened and the demo administrator signed in
  with the demo passphrase: the app's real argon2id settings, one derivation on either
  side (on the encrypted one it opens the data key too); target ≤ 0.6 s;
- opening alone, the key already at hand (a background job's own Logbook);
- the first search after opening (its pages decrypted from disk, not cached);
- a search keystroke: ``list_clients(prefix)`` for every prefix of names, phone digits
  and an email typed one character at a time: median and p95; target p95 ≤ 30 ms
  (the window's part, the same on both, is measured by ``bench_ui.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
for path in (REPO_ROOT, REPO_ROOT / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from bench_verify import DEFAULT_CLIENTS, ensure_signed_demo  # noqa: E402
from bench_verify import default_data_dir as signed_demo_dir  # noqa: E402
from encrypted_demo import encrypted_copy  # noqa: E402

from logger_app.demo import DEMO_PASSPHRASE, PRACTITIONERS  # noqa: E402
from logger_app.logbook import Logbook  # noqa: E402
from logger_app.logbook.unlocking import (  # noqa: E402
    open_signed_in,
    unlock_folder,
)
from logger_app.store.database import DATABASE_FILENAME  # noqa: E402

SMALL_CLIENTS = 1_000
ADMIN = PRACTITIONERS[0]
MARKER = "benchmark-copies.json"
OPEN_TARGET_S = 0.6
KEYSTROKE_TARGET_MS = 30.0


def copies_dir(clients: int) -> Path:
    return Path(tempfile.gettempdir()) / "logger-app-bench" / f"encrypted-bench-{clients}"


def _source_state(source: Path) -> dict:
    database = source / DATABASE_FILENAME
    return {"source": str(source), "bytes": database.stat().st_size,
            "mtime_ns": database.stat().st_mtime_ns}  # fmt: skip


def _copy_side_files(source: Path, target: Path) -> None:
    """The folder's other files (the audit anchor); never the database's own."""
    for path in source.iterdir():
        if path.is_file() and not path.name.startswith((DATABASE_FILENAME, "benchmark-")):
            shutil.copy2(path, target / path.name)


def _plain_copy(source: Path, target: Path) -> None:
    target.mkdir(parents=True)
    origin = sqlite3.connect(source / DATABASE_FILENAME)
    with closing(origin), closing(sqlite3.connect(target / DATABASE_FILENAME)) as copy:
        origin.backup(copy)
    _copy_side_files(source, target)


def _encrypted_copy(source: Path, target: Path) -> None:
    """The plain file encrypted as ``logger-app encrypt`` would (see encrypted_demo.py);
    the administrator then signs in once, which wraps the data key for their passphrase."""
    encrypted_copy(source, target, [ADMIN])
    _copy_side_files(source, target)


def ensure_copies(clients: int, rebuild: bool) -> tuple[Path, Path]:
    """The plain and the encrypted copy of the signed demo (made if needed)."""
    source = signed_demo_dir(clients)
    ensure_signed_demo(source, clients, rebuild=False)
    folder = copies_dir(clients)
    wanted = _source_state(source)
    plain, encrypted = folder / "plain", folder / "encrypted"
    try:
        made = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        made = None
    if made == wanted and not rebuild:
        return plain, encrypted
    if folder.exists():
        if made is None and any(folder.iterdir()):
            raise SystemExit(f"{folder} holds files this script did not make: left alone.")
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / MARKER).write_text("{}", encoding="utf-8")  # ours, while incomplete
    started = time.perf_counter()
    _plain_copy(source, plain)
    copied = time.perf_counter()
    _encrypted_copy(source, encrypted)
    done = time.perf_counter()
    print(f"Copies made: plain {copied - started:.1f} s, encrypted {done - copied:.1f} s "
          "(sqlcipher_export)")  # fmt: skip
    (folder / MARKER).write_text(json.dumps(wanted), encoding="utf-8")
    return plain, encrypted


def timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def queries(book: Logbook) -> list[str]:
    """Names, a phone's digits and an email, as ``bench_ui.py`` types them."""
    rng = random.Random(2026)
    picks = rng.sample(book.list_clients(), 40)
    texts = [picks[0].last_name, picks[1].last_name, picks[2].first_name, picks[5].full_name]
    phone = next((e.phone for e in picks if sum(c.isdigit() for c in e.phone) >= 10), "")
    texts.append("".join(c for c in phone if c.isdigit()))
    email = next((mail for e in picks if (mail := book.client(e.id).details.email)), "")
    return [text for text in (*texts, email) if text]


def measure(folder: Path, encrypted: bool, repeat: int) -> dict[str, float | list[float]]:
    """One side's figures (seconds)."""
    opens, first_searches, unlocks, bare_opens = [], [], [], []
    data_key = None
    for _ in range(repeat):
        started = time.perf_counter()
        if encrypted:
            book = open_signed_in(folder, ADMIN, DEMO_PASSPHRASE)
        else:
            book = Logbook.open(folder)
            book.sign_in(ADMIN, DEMO_PASSPHRASE)
        opens.append(time.perf_counter() - started)
        first_searches.append(timed(lambda b=book: b.list_clients("ma")))
        data_key = book.data_key
        book.close()
        if encrypted:
            unlocks.append(timed(lambda: unlock_folder(folder, ADMIN, DEMO_PASSPHRASE)))
        bare_opens.append(timed(lambda k=data_key: Logbook.open(folder, data_key=k).close()))
    keystrokes: list[float] = []
    with Logbook.open(folder, data_key=data_key) as book:
        typed = queries(book)
        for _ in range(repeat):
            for text in typed:
                for length in range(1, len(text) + 1):
                    keystrokes.append(timed(lambda p=text[:length]: book.list_clients(p)))
    return {
        "open": statistics.median(opens),
        "open max": max(opens),
        "unlock": statistics.median(unlocks) if unlocks else 0.0,
        "bare open": statistics.median(bare_opens),
        "first search": statistics.median(first_searches),
        "keystroke": statistics.median(keystrokes),
        "keystroke p95": p95(keystrokes),
        "keystrokes": float(len(keystrokes)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--clients",
        type=int,
        default=SMALL_CLIENTS,
        help=f"the demo's size (default {SMALL_CLIENTS}; the figures: {DEFAULT_CLIENTS})",
    )
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="make the copies again")
    args = parser.parse_args(argv)
    plain_dir, encrypted_dir = ensure_copies(args.clients, args.rebuild)
    size = (plain_dir / DATABASE_FILENAME).stat().st_size / 1e6
    print(f"Demo: {args.clients:,} clients, {size:.0f} MB; {args.repeat} runs per figure")
    # Alternated, so that neither side has the warmer machine.
    plain: dict[str, list] = {}
    encrypted: dict[str, list] = {}
    for _ in range(2):
        for side, folder, flag in ((plain, plain_dir, False), (encrypted, encrypted_dir, True)):
            for key, value in measure(folder, flag, max(1, args.repeat // 2)).items():
                side.setdefault(key, []).append(value)

    def figure(side: dict[str, list], key: str) -> float:
        return statistics.median(side[key]) if "max" not in key else max(side[key])

    rows = (
        ("open with key derivation (+ sign-in)", "open", 1.0, "s", f"≤ {OPEN_TARGET_S} s"),
        ("  slowest open", "open max", 1.0, "s", ""),
        ("  unlock alone (argon2id, key file)", "unlock", 1.0, "s", ""),
        ("open, key at hand (background job)", "bare open", 1e3, "ms", ""),
        ("first search after opening", "first search", 1e3, "ms", ""),
        ("search keystroke, median", "keystroke", 1e3, "ms", ""),
        ("search keystroke, p95", "keystroke p95", 1e3, "ms", f"≤ {KEYSTROKE_TARGET_MS:.0f} ms"),
    )
    print(f"{'':<40}{'plain':>10}{'encrypted':>12}{'ratio':>8}  target")
    for label, key, scale, unit, target in rows:
        left, right = figure(plain, key) * scale, figure(encrypted, key) * scale
        ratio = f"{right / left:6.2f}×" if left else "     —"
        shown_left = f"{left:.2f} {unit}" if left else "—"
        print(f"{label:<40}{shown_left:>10}{right:>9.2f} {unit:<2}{ratio:>8}  {target}")
    open_ok = figure(encrypted, "open") <= OPEN_TARGET_S
    keys_ok = figure(encrypted, "keystroke p95") * 1e3 <= KEYSTROKE_TARGET_MS
    verdict = {True: "met", False: "MISSED"}
    print(f"targets: open {verdict[open_ok]}, keystroke {verdict[keys_ok]} "
          f"({int(sum(plain['keystrokes']))} keystrokes a side)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
