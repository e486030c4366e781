"""Two writers at once: every write transaction takes the write lock before it reads, so
a second writer waits for the first instead of failing; a lock held past the busy
timeout is LogbookBusyError with nothing written."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from logger_app.errors import BUSY_MESSAGE, LogbookBusyError
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    PhotoDetails,
    PractitionerDetails,
    SafetySettings,
    SessionDetails,
)
from logger_app.store.connection import BUSY_TIMEOUT_ENV, busy_timeout
from logger_app.store.database import schema_steps
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind

from ...lock_support import commit_later, database_dump, shorten_busy_timeout, write_lock_held
from ...logbook_template import new_logbook
from ...screening_data import put_on_file
from ...signing import TEST_PASSPHRASE, sign_in
from ..photo_files import phone_jpeg

STARTED = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
TODAY = date(2025, 6, 2)
CYCLES = 25


def session_details(client_id: int, minutes: int, name: str = "Dr Jane Doe") -> SessionDetails:
    return SessionDetails(
        client_id=client_id,
        started_at=STARTED + timedelta(minutes=minutes),
        practitioner_name=name,
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.LEFT_CHEEK, 1.0)),
    )


def write_day(data_dir: Path, name: str, cycles: int, errors: list[BaseException]) -> None:
    """A practitioner's writes through their own Logbook: per cycle a client, a session
    with two areas, its signature and an amendment."""
    try:
        with Logbook.open(data_dir) as logbook:
            logbook.sign_in(name, TEST_PASSPHRASE)
            for step in range(cycles):
                client = logbook.add_client(ClientDetails(f"{name} {step}", "Writer"), TODAY)
                session = logbook.record_session(
                    session_details(client.id, step, name), enforce_safety=False
                )
                logbook.sign_session(session.id)
                logbook.amend_session(session.id, "notes", f"Note {step}.", "Added later.")
    except BaseException as error:  # reported by the test
        errors.append(error)


def test_two_writers_at_once_both_finish_without_a_failure(data_dir: Path) -> None:
    with Logbook.open(data_dir, create=True) as logbook:
        sign_in(logbook, "Dr One")  # the administrator, who adds the other
        sign_in(logbook, "Dr Two")
    errors: list[BaseException] = []
    writers = [
        threading.Thread(target=write_day, args=(data_dir, name, CYCLES, errors))
        for name in ("Dr One", "Dr Two")
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert errors == []
    with Logbook.open(data_dir) as logbook:
        assert logbook.client_count() == 2 * CYCLES
        assert logbook.session_count() == 2 * CYCLES
        amended = logbook._db.execute("SELECT count(*) FROM amendments").fetchone()[0]
        assert amended == 2 * CYCLES
        unsigned = logbook._db.execute("SELECT count(*) FROM sessions WHERE signed_at IS NULL")
        assert unsigned.fetchone()[0] == 0


def open_new(data_dir: Path, start: threading.Barrier, errors: list[BaseException]) -> None:
    start.wait()
    try:
        Logbook.open(data_dir, create=True).close()
    except BaseException as error:  # reported by the test
        errors.append(error)


def test_two_programs_opening_a_new_logbook_at_once_both_get_it(tmp_path: Path) -> None:
    # Both see every schema step pending; each step is applied once, the other waits.
    for attempt in range(8):
        data_dir = tmp_path / f"new-{attempt}"
        start = threading.Barrier(2)
        errors: list[BaseException] = []
        openers = [
            threading.Thread(target=open_new, args=(data_dir, start, errors)) for _ in range(2)
        ]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join()
        assert errors == []
        with Logbook.open(data_dir) as logbook:
            steps = logbook._db.execute("SELECT name FROM _sqlite_migrations").fetchall()
            assert len(steps) == len(set(steps)) == len(schema_steps())


def test_a_write_that_reads_first_waits_for_a_lock_released_in_time(
    logbook: Logbook, add_client, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = add_client()
    other = add_client("Other", "Client")
    # Another window saves for half a second while this one records a session, which
    # reads (client, practitioner, settings) before it writes.
    with write_lock_held(
        logbook.database_path, write=f"UPDATE clients SET phone = '1' WHERE id = {other.id}"
    ) as conn:
        timer = commit_later(conn, 0.5)
        session = logbook.record_session(session_details(client.id, 0))
        timer.join()
    assert logbook.session(session.id).details.areas[0].area is Area.FOREHEAD
    assert logbook.client(other.id).details.phone == "1"


@pytest.fixture
def busy_world(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """A logbook with a client, a draft and a signed session, opened with a short
    busy timeout."""
    shorten_busy_timeout(monkeypatch)
    logbook = new_logbook(data_dir)
    sign_in(logbook, "Dr Jane Doe")  # the administrator: every write below is theirs to do
    client = logbook.add_client(ClientDetails("Ann", "Smith", date(1985, 3, 14)), TODAY)
    put_on_file(logbook, client.id)
    draft = logbook.record_session(session_details(client.id, 0), enforce_safety=False)
    signed = logbook.record_session(session_details(client.id, 60), enforce_safety=False, sign=True)
    yield logbook, client, draft, signed
    logbook.close()


WRITES: dict[str, Callable] = {
    "add client": lambda lb, c, d, s, tmp: lb.add_client(ClientDetails("New", "One"), TODAY),
    "update client": lambda lb, c, d, s, tmp: lb.update_client(
        c.id, ClientDetails("Ann", "Smyth", date(1985, 3, 14)), TODAY
    ),
    "record session": lambda lb, c, d, s, tmp: lb.record_session(
        session_details(c.id, 120), enforce_safety=False
    ),
    "record and sign": lambda lb, c, d, s, tmp: lb.record_session(
        session_details(c.id, 120), enforce_safety=False, sign=True
    ),
    "edit draft": lambda lb, c, d, s, tmp: lb.update_draft_session(
        d.id, session_details(c.id, 5), enforce_safety=False
    ),
    "sign": lambda lb, c, d, s, tmp: lb.sign_session(d.id),
    "amend": lambda lb, c, d, s, tmp: lb.amend_session(s.id, "notes", "Later.", "Forgot."),
    "delete draft": lambda lb, c, d, s, tmp: lb.delete_draft_session(d.id),
    "archive": lambda lb, c, d, s, tmp: lb.archive_client(c.id),
    "erase": lambda lb, c, d, s, tmp: lb.erase_client(c.id, "Ann Smith"),
    "practitioner": lambda lb, c, d, s, tmp: lb.add_practitioner(PractitionerDetails("Dr X")),
    "settings": lambda lb, c, d, s, tmp: lb.save_safety_settings(
        SafetySettings(isotretinoin_washout_months=9)
    ),
    "event": lambda lb, c, d, s, tmp: lb.record_event("export", "Exported"),
    "photo": lambda lb, c, d, s, tmp: lb.import_photos(
        d.id, [phone_jpeg(tmp / "in.jpg")], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    ),
    "batch": lambda lb, c, d, s, tmp: _batch(lb),
}


def _batch(logbook: Logbook) -> None:
    with logbook.batch():
        logbook.add_client(ClientDetails("Batch", "One"), TODAY)
        logbook.add_client(ClientDetails("Batch", "Two"), TODAY)


@pytest.mark.parametrize("write", list(WRITES), ids=list(WRITES))
def test_a_lock_held_past_the_timeout_is_busy_and_nothing_is_written(
    busy_world, write: str, tmp_path: Path
) -> None:
    logbook, client, draft, signed = busy_world
    before = database_dump(logbook.database_path)
    with write_lock_held(logbook.database_path), pytest.raises(LogbookBusyError) as raised:
        WRITES[write](logbook, client, draft, signed, tmp_path)
    assert str(raised.value) == BUSY_MESSAGE
    assert not logbook._db.conn.in_transaction
    assert database_dump(logbook.database_path) == before
    # The lock gone, the same write goes through.
    WRITES[write](logbook, client, draft, signed, tmp_path)
    assert database_dump(logbook.database_path) != before


def test_the_busy_timeout_comes_from_one_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(BUSY_TIMEOUT_ENV, raising=False)
    assert busy_timeout() == 10.0
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0.25")
    assert busy_timeout() == 0.25
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "soon")
    assert busy_timeout() == 10.0


def test_a_logbook_waits_as_long_as_the_setting_says(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0.75")
    with Logbook.open(data_dir, create=True) as logbook:
        assert logbook._db.execute("PRAGMA busy_timeout").fetchone()[0] == 750
        with write_lock_held(logbook.database_path), pytest.raises(LogbookBusyError):
            logbook.add_client(ClientDetails("Ann", "Smith"), TODAY)


def test_a_writer_gets_its_turn_between_another_writers_long_batches(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long import or demo commits batch after batch: a save from another window is
    let in between two batches instead of waiting for the end (and timing out)."""
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "2")
    Logbook.open(data_dir, create=True).close()
    first_batch = threading.Event()
    errors: list[BaseException] = []

    def batches() -> None:
        try:
            with Logbook.open(data_dir, actor="Importer") as importer:
                for number in range(12):  # 12 × 0.3 s: longer than the busy timeout
                    with importer.batch():
                        importer.add_client(ClientDetails(f"Batch {number}", "Import"), TODAY)
                        first_batch.set()
                        time.sleep(0.3)
        except BaseException as error:  # reported by the test
            errors.append(error)

    importer = threading.Thread(target=batches)
    importer.start()
    try:
        assert first_batch.wait(5)
        with Logbook.open(data_dir, actor="Window") as window:
            saved = window.add_client(ClientDetails("Saved", "Between"), TODAY)
            importer_still_running = importer.is_alive()
    finally:
        importer.join()
    assert errors == []
    assert importer_still_running
    with Logbook.open(data_dir) as logbook:
        assert logbook.client(saved.id).full_name == "Saved Between"
        assert logbook.client_count() == 13
