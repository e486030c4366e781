"""CSV import figures: the dry run of a large export of another program (not a test).

    python benchmarks/bench_csv_import.py [--megabytes 20] [--workdir PATH] [--commit]

Writes a clients file and a treatments file as a European salon program exports them
(Windows-1252, semicolons, a trailing separator, dates day first, quoted notes with
semicolons, quotes and line breaks; see tests/core/import_samples.py), about one client
for every five treatment rows, a few rows with problems (an impossible date, a future
booking, an unknown area) and some cancelled appointments. Then runs
``logger-app import-csv --dry-run`` on them in a child process and prints the size of
the files, the rows, the seconds, the child's peak RSS and peak RSS / size of the files.
``--commit`` also imports them (with ``--skip-problem-rows``) into a new logbook in a
second child and prints the same figures for that. The files are kept in ``--workdir``
(default: a temporary folder, removed at the end) and reused when the size matches.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TREATMENTS_PER_CLIENT = 5
FIRST = ("Zoë", "José", "Renée", "Anna", "Lena", "Maja", "Sofía", "Chloé", "Ines", "Nora")
LAST = ("Müller", "Núñez", "Dubois", "Schmidt", "van der Berg", "Weiß", "Rossi", "Kowalski")
AREAS = ("Forehead", "Cheeks", "Nose", "Chin", "Neck", "Décolleté", "Upper lip", "Jawline")
NOTES = (
    'Full face; tolerated well.\r\nSlight redness "as usual".',
    "Second session, pinpoint bleeding at the endpoint",
    "Numbing 30 min; client asked about the next series",
    "",
    "Erythema settled within the hour; SPF given",
)


def write_files(folder: Path, megabytes: float, seed: int = 2026) -> tuple[Path, Path]:
    """A clients file and a treatments file of ``megabytes`` together (±1%)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    clients_path, treatments_path = folder / "clients.csv", folder / "treatments.csv"
    target = int(megabytes * 1_000_000)
    with (
        clients_path.open("w", encoding="cp1252", newline="") as clients,
        treatments_path.open("w", encoding="cp1252", newline="") as treatments,
    ):
        clients.write(
            "Client ID;First Name;Surname;Date of Birth;Mobile;E-mail;Allergies;"
            "Medical history;Skin type;Fitzpatrick;\r\n"
        )
        treatments.write(
            "Client ID;Service Date;Time;Treatment notes;Therapist;Area;Depth (mm);"
            "Device;Status\r\n"
        )
        number = 0
        while clients.tell() + treatments.tell() < target:
            number += 1
            born = date(1950, 1, 1) + timedelta(days=rng.randrange(20_000))
            first, last = rng.choice(FIRST), rng.choice(LAST)
            clients.write(
                f"C{number:07d};{first};{last};{born:%d/%m/%Y};+49 151 {rng.randrange(10**7):07d};"
                f"client{number}@example.de;{rng.choice(('', 'Lidocaine', 'Latex, nickel'))};"
                f"{rng.choice(('', 'Keloid history (chin)', 'None known'))};"
                f"{rng.choice(('Dry', 'Oily', 'combination', 'Sensitive'))};"
                f"{rng.choice(('I', 'II', 'III', 'Type 4', '5', 'VI'))};\r\n"
            )
            for _ in range(TREATMENTS_PER_CLIENT):
                treatments.write(_treatment(rng, number, born))
    return clients_path, treatments_path


def _treatment(rng: random.Random, number: int, born: date) -> str:
    day = max(born + timedelta(days=6600), date(2015, 1, 1)) + timedelta(days=rng.randrange(3000))
    day = min(day, date(2025, 12, 31))
    area = rng.choice(AREAS)
    status = rng.choice(("Completed",) * 30 + ("Cancelled", "No show"))
    spoilt = rng.randrange(400)
    shown = f"{day:%d/%m/%Y}"
    if spoilt == 0:
        shown = f"31/02/{day.year}"  # an impossible date
    elif spoilt == 1:
        shown = f"{day:%d/%m}/2031"  # a booking in the future
    elif spoilt == 2:
        area = "Elbow"  # not an area of the logbook
    note = rng.choice(NOTES)
    quoted = '"' + note.replace('"', '""') + '"' if note else ""
    return (
        f"C{number:07d};{shown};{rng.randrange(8, 19):02d}:{rng.choice(('00', '30'))};"
        f"{quoted};Maya Okafor;{area};{rng.choice(('0,5', '1,0', '1.5', '0.25'))};"
        f"{rng.choice(('Dermapen', 'pen', 'roller'))};{status}\r\n"
    )


def count_rows(path: Path) -> int:
    import csv

    with path.open(encoding="cp1252", newline="") as source:
        return sum(1 for _ in csv.reader(source, delimiter=";")) - 1


def run_child(arguments: list[str]) -> tuple[float, float, int, str]:
    """Seconds, peak RSS in MB, exit status and the last lines of the child's output."""
    environment = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    with tempfile.TemporaryFile("w+") as output:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "logger_app", *arguments],
            stdout=output,
            stderr=subprocess.STDOUT,
            env=environment,
            cwd=REPO_ROOT,
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        tail = output.read()[-1500:]
    return seconds, usage.ru_maxrss / 1024, child.returncode, tail


def report(what: str, size: int, rows: int, figures: tuple[float, float, int, str]) -> None:
    seconds, peak, status, tail = figures
    print(f"\n{what} (exit status {status}); last lines of its output:")
    print("  " + "\n  ".join(tail.strip().splitlines()[-4:]))
    print(f"  files:     {size / 1e6:,.1f} MB, {rows:,} rows")
    print(f"  time:      {seconds:,.1f} s ({rows / seconds:,.0f} rows/s)")
    print(f"  peak RSS:  {peak:,.0f} MB")
    print(f"  ratio:     {peak * 2**20 / size:.2f} × the size of the files")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=20, help="size of both files")
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) the files here")
    parser.add_argument("--commit", action="store_true", help="also import into a logbook")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-csv-import-"))
    try:
        files = workdir / f"{args.megabytes:g}MB"
        clients, treatments = files / "clients.csv", files / "treatments.csv"
        if not (clients.is_file() and treatments.is_file()):
            started = time.perf_counter()
            write_files(files, args.megabytes)
            print(f"Wrote the files in {time.perf_counter() - started:.1f} s: {files}")
        size = clients.stat().st_size + treatments.stat().st_size
        rows = count_rows(clients) + count_rows(treatments)
        sizes = [path.stat().st_size / 1e6 for path in (clients, treatments)]
        print(f"clients.csv {sizes[0]:,.1f} MB, treatments.csv {sizes[1]:,.1f} MB, {rows:,} rows")
        common = ["import-csv", "--clients", str(clients), "--treatments", str(treatments)]
        common += ["--default-area", "forehead", "--default-depth", "0.5"]
        common += ["--default-device", "pen"]
        empty = workdir / "no-logbook"
        dry = run_child([*common, "--dry-run", "--data-dir", str(empty)])
        report("Dry run", size, rows, dry)
        if args.commit:
            logbook = workdir / "logbook"
            shutil.rmtree(logbook, ignore_errors=True)
            done = run_child([*common, "--skip-problem-rows", "--data-dir", str(logbook)])
            report("Import", size, rows, done)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
