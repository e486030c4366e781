"""The demo is repeatable down to every stored value: a seed and a day give one logbook,
except what the clock and fresh keys make.

The CONTENT digests were taken from the demo before it was split into a package, and
before its sessions were signed with real keys: any change to what the generator draws,
or in which order, changes them. The SIGNING digests cover the demo's practitioners,
their keys, the signatures and the audit log, without what is random (Ed25519 keys and
signatures) or made from the clock (times, and the chain's hashes over them).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.demo import DEMO_PASSPHRASE, PRACTITIONERS, generate_demo
from logger_app.integrity import default_actor
from logger_app.logbook import Logbook

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
# Columns the clock of the machine fills in while the demo is written, not the demo.
CLOCK_COLUMNS = frozenset(
    {"applied_at", "at", "created_at", "updated_at", "signed_at", "valid_from", "valid_until"}
)
# Made by a fresh key pair or salt (random), or hashes over the clock's times (a signed
# record's hash covers when it was signed; the chain's, when each entry was written).
RANDOM_COLUMNS = frozenset(
    {"sealed_key", "public_key", "signature", "entry_sha256", "audit_head_sha256",
     "record_sha256", "subject_salt", "subject_sha256"}
)  # fmt: skip
RANDOM_DETAILS = frozenset({"public_key_sha256", "record_sha256"})  # in audit entries
# sha256 (first 16 hex digits) of each table's rows, sorted, as JSON without the columns
# above; a practitioner_id as the practitioner's name (the demo now makes its
# practitioners first, in PRACTITIONERS order, where sessions once made them as met).
CONTENT = {
    "amendments": "e3b0c44298fc1c14",
    "clinic_details": "e3b0c44298fc1c14",  # m010's tables: the demo leaves them empty
    "consent_texts": "e3b0c44298fc1c14",
    "courses": "e3b0c44298fc1c14",
    # With m011's address and general notes in each row (blank in the demo).
    "clients": "c9a5115f3d093df9",
    # m011's tables: the demo leaves them empty.
    "other_treatments": "e3b0c44298fc1c14",
    "import_links": "e3b0c44298fc1c14",
    "import_value_maps": "e3b0c44298fc1c14",
    "consents": "4681c0c3ee8bba43",
    "integrity_gate": "e3b0c44298fc1c14",
    "photos": "e3b0c44298fc1c14",
    "safety_settings": "e3b0c44298fc1c14",
    "screenings": "df39f9713b702799",
    "session_acknowledgements": "e3b0c44298fc1c14",
    "session_areas": "c3e3347dd78a3c1e",
    "session_products": "72cac12110958ba5",
    "session_reactions": "5b9b442db1a2a43f",
    # With m008's version and updated_by (who recorded each session) in each row.
    "sessions": "db36fc0936148b8d",
}
SIGNING = {
    "audit_log": "336107a66c342065",
    "logbook_settings": "e3b0c44298fc1c14",
    "practitioner_keys": "2745c1a04d9432fd",
    "practitioners": "e2a11cb87751403f",
    "signatures": "f996619d40ece1b7",
}
EXPECTED = CONTENT | SIGNING


@pytest.fixture
def utc_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Session start times are local: the digests hold in one zone, so fix it."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local time zone cannot be changed on this platform")
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _digests(database: Path) -> dict[str, str]:
    connection = sqlite3.connect(database)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            # sqlite-utils' own bookkeeping and the search index's shadow tables
            if not name.startswith("_") and "_fts" not in name
        ]
        names = dict(connection.execute("SELECT id, name FROM practitioners"))
        digests = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [column[0] for column in cursor.description]
            rows = sorted(
                json.dumps(_stable(dict(zip(columns, row, strict=True)), names), sort_keys=True)
                for row in cursor
            )
            digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
        return digests
    finally:
        connection.close()


def _stable(row: dict[str, object], names: dict[int, str]) -> dict[str, object]:
    """The row without what the clock or a fresh key made."""
    kept = {c: v for c, v in row.items() if c not in CLOCK_COLUMNS | RANDOM_COLUMNS}
    if kept.get("actor") == default_actor():
        kept["actor"] = "system"  # whoever runs the tests
    if "practitioner_id" in kept:
        kept["practitioner_id"] = names.get(kept["practitioner_id"])  # type: ignore[arg-type]
    if isinstance(kept.get("details"), str) and kept["details"].startswith("{"):
        details = json.loads(kept["details"])
        kept["details"] = {k: v for k, v in details.items() if k not in RANDOM_DETAILS}
    return kept


@pytest.mark.usefixtures("utc_zone")
def test_a_seed_and_a_day_give_the_same_logbook_as_ever(data_dir: Path) -> None:
    book = Logbook.open(data_dir, create=True)
    try:
        generate_demo(book, clients=12, seed=7, now=NOW)
    finally:
        book.close()
    assert _digests(data_dir / "logbook.sqlite3") == EXPECTED


@pytest.mark.usefixtures("utc_zone")
def test_another_seed_gives_another_logbook(data_dir: Path) -> None:
    book = Logbook.open(data_dir, create=True)
    try:
        generate_demo(book, clients=12, seed=8, now=NOW)
    finally:
        book.close()
    digests = _digests(data_dir / "logbook.sqlite3")
    assert digests["clients"] != EXPECTED["clients"]
    assert digests["sessions"] != EXPECTED["sessions"]


@pytest.mark.usefixtures("utc_zone")
def test_the_same_seed_signs_with_new_keys_each_time_and_every_signature_holds(
    tmp_path: Path,
) -> None:
    signatures = []
    for name in ("first", "second"):
        with Logbook.open(tmp_path / name, create=True) as book:
            generate_demo(book, clients=3, seed=7, now=NOW)
            assert book.verify_records().ok
            assert book.signed_in is None  # nobody was signed in before the demo
            signers = {p.name for p in book.practitioners() if p.protected}
            assert signers == set(PRACTITIONERS)
            assert book.sign_in(PRACTITIONERS[0], DEMO_PASSPHRASE).is_admin
        with closing(sqlite3.connect(tmp_path / name / "logbook.sqlite3")) as connection:
            signatures.append(connection.execute("SELECT signature FROM signatures").fetchall())
    assert signatures[0] and len(signatures[0]) == len(signatures[1])
    assert not set(signatures[0]) & set(signatures[1])  # Ed25519 keys are random
