"""Signing in and signing: the cost of a practitioner's passphrase and key.

    python benchmarks/bench_identity.py [--repeat N] [--saves N]

Prints, as medians over N runs (default 9): opening a sealed key with its passphrase
(what signing in costs: one argon2id derivation at the app's settings), a wrong
passphrase refused, sealing a new key, and signing and checking a session-sized record,
against the budget of 0.5 s for signing in. The baseline is SHA-256 of the same record's
canonical bytes, measured in the same run.

Then, through the Logbook on a new logbook file (the app's real argon2 settings; signed
in once, the passphrase confirmed before each series so the signing window never
closes): a session saved as a draft (the baseline of that part), saved and signed at
once, a draft signed, an amendment (signed), each a median over ``--saves`` saves; and
what this computer's audit anchor adds to a save (saves with and without the anchor's
commit listener, in blocks taken in turn, and the anchor file's write alone). Each save
is of a client of its own, so that no save reads more history than the one before.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
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
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, PractitionerDetails, SessionDetails
from logger_app.verification.anchors import AnchorKeeper, write_anchor
from logger_app.vocabulary import Area, Device

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


def _shown(seconds: float) -> str:
    return f"{seconds * 1e3:>10.2f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:>10.1f} µs"


def logbook_figures(saves: int) -> None:
    """Saving, signing and amending through the Logbook; the anchor's share of a save."""
    practitioner = "Maya Okafor"
    with tempfile.TemporaryDirectory(prefix="bench-identity-") as folder:
        book = Logbook.open(Path(folder) / "logbook", create=True)
        try:
            started = time.perf_counter()
            book.add_practitioner(PractitionerDetails(practitioner), PASSPHRASE)
            print(f"{'profile added and signed in':<34}{_shown(time.perf_counter() - started)}")
            # A client of its own for each save: a save reads the client's recent
            # sessions (the safety rules), which must not grow from one save to the next.
            with book.batch():
                clients = [
                    book.add_client(ClientDetails("Client", f"Number {n}")).id
                    for n in range(9 * saves)
                ]
            pool = iter(clients)
            started_at = datetime.now(UTC).replace(microsecond=0) - timedelta(days=30)

            def details() -> SessionDetails:
                return SessionDetails(
                    client_id=next(pool),
                    started_at=started_at,
                    practitioner_name=practitioner,
                    device=Device.PEN,
                    areas=tuple(AreaTreatment(a, 0.5, 3) for a in list(Area)[:6]),
                    notes="Tolerated well; client asked about the next visit.",
                )

            def series(step: Callable[[], object]) -> float:
                book.confirm_passphrase(PASSPHRASE)  # the signing window, not timed
                return median_seconds(step, saves)

            draft = series(lambda: book.record_session(details(), enforce_safety=False))
            signed = series(lambda: book.record_session(details(), enforce_safety=False, sign=True))
            drafts = [book.record_session(details(), enforce_safety=False).id for _ in range(saves)]
            pending = iter(drafts)
            sign_draft = series(lambda: book.sign_session(next(pending)))
            signed_now = iter(drafts)  # each amended once
            amend = series(
                lambda: book.amend_session(
                    next(signed_now), "areas.forehead.depth_mm", 0.75, "corrected"
                )
            )
            # With and without the anchor's listener, in blocks taken in turn (the
            # anchor's file is flushed with the next commit's, so not save by save).
            listeners = book._db.commit_listeners
            keeper = next(item for item in listeners if isinstance(item, AnchorKeeper))
            timed: dict[bool, list[float]] = {True: [], False: []}
            block = max(1, saves // 4)
            for turn in range(8):
                anchored = turn % 2 == 1
                if not anchored:
                    listeners.remove(keeper)
                for _ in range(block):
                    started = time.perf_counter()
                    book.record_session(details(), enforce_safety=False)
                    timed[anchored].append(time.perf_counter() - started)
                if not anchored:
                    listeners.append(keeper)
            with_anchor = statistics.median(timed[True])
            without_anchor = statistics.median(timed[False])
            head = book.audit_head()
            assert head is not None
            anchor_write = median_seconds(
                lambda: write_anchor(book.data_dir, book.location, head), saves * 4
            )
            report = book.verify_records()
            assert report.ok, report.findings
        finally:
            book.close()
    print(f"{'baseline: save a draft':<34}{_shown(draft)}")
    for label, seconds in (
        ("save and sign at once", signed),
        ("sign a draft", sign_draft),
        ("amend (signed)", amend),
    ):
        print(f"{label:<34}{_shown(seconds)}  {seconds / draft:>6.2f}× a draft's save")
    print(f"{'save without the anchor':<34}{_shown(without_anchor)}")
    print(
        f"{'save with the anchor':<34}{_shown(with_anchor)}  "
        f"{(with_anchor - without_anchor) * 1e3:+.3f} ms"
    )
    print(f"{'the anchor file written alone':<34}{_shown(anchor_write)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--saves", type=int, default=41, help="saves per Logbook figure")
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
    print()
    logbook_figures(args.saves)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
