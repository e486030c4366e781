"""Signing in and signing: the cost of a practitioner's passphrase and key.

    python benchmarks/bench_identity.py [--repeat N]

Prints, as medians over N runs (default 9): opening a sealed key with its passphrase
(what signing in costs: one argon2id derivation at the app's settings), a wrong
passphrase refused, sealing a new key, and signing and checking a session-sized record,
against the budget of 0.5 s for signing in. The baseline is SHA-256 of the same record's
canonical bytes, measured in the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from logger_app.errors import WrongPassphraseError
from logger_app.identity import (
    KDF_SETTINGS,
    canonical_bytes,
    new_sealed_key,
    signature_valid,
    unlock,
)

SIGN_IN_BUDGET_S = 0.5
PASSPHRASE = "orchid lantern velvet"
# About the size of a session record: 6 areas, reactions, products, acknowledgements.
RECORD = {
    "session": 4711,
    "client": 812,
    "started_at": "2026-11-30T10:30:00+00:00",
    "areas": [{"area": f"area-{n}", "depth_mm": 0.25 * n, "passes": 4} for n in range(6)],
    "reactions": [{"reaction": "erythema", "severity": 1, "observed": "during"}] * 3,
    "products": [{"role": "glide", "product": "HA serum", "lot": "L-2231"}] * 2,
    "notes": "Tolerated well; client asked about the next visit. " * 8,
    "photos": [hashlib.sha256(bytes([n])).hexdigest() for n in range(4)],
}


def median_seconds(step: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)
    settings = KDF_SETTINGS
    print(
        f"argon2id: t={settings.time_cost}, {settings.memory_kib // 1024} MiB, "
        f"{settings.parallelism} lane(s); record {len(canonical_bytes(RECORD))} bytes"
    )
    sealed = new_sealed_key(PASSPHRASE)
    key = unlock(sealed, PASSPHRASE)
    signature = key.sign(RECORD)

    def wrong() -> None:
        try:
            unlock(sealed, "not the passphrase")
        except WrongPassphraseError:
            return
        raise AssertionError("a wrong passphrase opened the key")

    baseline = median_seconds(lambda: hashlib.sha256(canonical_bytes(RECORD)).digest(), 1000)
    figures = [
        ("sign in: open the key", median_seconds(lambda: unlock(sealed, PASSPHRASE), args.repeat)),
        ("wrong passphrase refused", median_seconds(wrong, args.repeat)),
        ("new key sealed", median_seconds(lambda: new_sealed_key(PASSPHRASE), args.repeat)),
        ("sign a record", median_seconds(lambda: key.sign(RECORD), 1000)),
        (
            "check a signature",
            median_seconds(lambda: signature_valid(sealed.public_key, RECORD, signature), 1000),
        ),
    ]
    print(f"{'baseline: SHA-256 of the record':<34}{baseline * 1e6:>10.1f} µs")
    for label, seconds in figures:
        verdict = ""
        if label.startswith("sign in"):
            ok = seconds <= SIGN_IN_BUDGET_S
            verdict = f"  ≤ {SIGN_IN_BUDGET_S} s  " + ("ok" if ok else "OVER BUDGET")
        shown = f"{seconds * 1e3:>10.1f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:>10.1f} µs"
        print(f"{label:<34}{shown}  {seconds / baseline:>9,.0f}× baseline{verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
