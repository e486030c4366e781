"""Identity rows through the server's connection as through the file's: keys and
signatures come back as ``bytes``, and the app's integrity gate opens where a raw
insert is refused."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from logger_app.store.audit import integrity_gate
from logger_app.store.server.connection import ServerDatabase

from ...server_home import fresh_logbook_database

pytestmark = pytest.mark.server_only

STAMP = "2025-05-01T10:00:00+00:00"
SEALED = bytes(range(118))
PUBLIC = bytes(range(32))


@pytest.fixture
def db() -> Iterator[ServerDatabase]:
    with fresh_logbook_database() as url:
        db = ServerDatabase.connect(url)
        try:
            yield db
        finally:
            db.close()


def test_bytea_columns_come_back_as_bytes(db: ServerDatabase) -> None:
    ada = {"name": "Dr Ada", "created_at": STAMP, "sealed_key": SEALED}
    practitioner = db["practitioners"].insert(ada).last_pk
    row = {"practitioner_id": practitioner, "public_key": PUBLIC, "valid_from": STAMP}
    key = db["practitioner_keys"].insert(row | {"reason": "passphrase_set"}).last_pk

    (sealed,) = db.execute("SELECT sealed_key FROM practitioners").fetchone()
    assert type(sealed) is bytes and sealed == SEALED
    (found,) = db.query("SELECT public_key FROM practitioner_keys WHERE id = ?", [key])
    assert type(found["public_key"]) is bytes and found["public_key"] == PUBLIC
    got = db["practitioner_keys"].get(key)["public_key"]
    assert type(got) is bytes and got == PUBLIC
    # Found again by the bytes themselves, as on the file.
    assert db.execute(
        "SELECT id FROM practitioner_keys WHERE public_key = ?", [PUBLIC]
    ).fetchone() == (key,)


def test_the_apps_gate_opens_where_a_raw_insert_is_refused(db: ServerDatabase) -> None:
    raw = "INSERT INTO integrity_gate (action, client_id) VALUES ('erase', 1)"
    with pytest.raises(psycopg.errors.IntegrityError, match="opens only in the app"):
        db.execute(raw)
    with db.atomic(), integrity_gate(db, "erase", client_id=1):
        (count,) = db.execute("SELECT count(*) FROM integrity_gate").fetchone()
        assert count == 1
    assert db.execute("SELECT count(*) FROM integrity_gate").fetchone() == (0,)
    # The setting was the transaction's own: the next one is refused again.
    with pytest.raises(psycopg.errors.IntegrityError, match="opens only in the app"):
        db.execute(raw)
