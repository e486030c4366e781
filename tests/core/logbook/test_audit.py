"""The audit log: every write of the Logbook leaves exactly one entry with who and when,
in the write's own transaction; entries cannot be changed or deleted; the log filters and
exports; no entry's summary names a client."""

from __future__ import annotations

import csv
import inspect
import sqlite3
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from logger_app import cli
from logger_app.export import export_all, export_client
from logger_app.integrity import command_line_actor, default_actor
from logger_app.logbook import Logbook
from logger_app.records import (
    AuditFilter,
    Client,
    ClientDetails,
    ClinicDetails,
    ConsentDetails,
    CourseDetails,
    OtherTreatmentDetails,
    PhotoDetails,
    PractitionerDetails,
    SafetySettings,
    ScreeningDetails,
    Session,
)
from logger_app.records.incoming import IncomingHistory, IncomingSession, Stamped
from logger_app.store.audit import AuditStore
from logger_app.vocabulary import OtherTreatmentKind, PhotoAngle, PhotoKind

from ...database_rules import refused_by_database
from ...server_home import server_database
from ...signing import TEST_PASSPHRASE, sign_in
from ..photo_files import picture, save

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
ACTOR = "Maya Okafor"
BEFORE_FRONT = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)


@dataclass
class World:
    logbook: Logbook
    client: Client
    draft: Session
    signed: Session
    tmp: Path

    def photo_id(self) -> int:
        path = save(picture(200, 150, seed=5), self.tmp / "p.png", "PNG")
        [result] = self.logbook.import_photos(self.draft.id, [path], BEFORE_FRONT)
        return result.photo_id


@pytest.fixture
def world(logbook: Logbook, client, make_session, tmp_path: Path) -> World:
    sign_in(logbook, ACTOR)  # the logbook's first profile: its administrator
    draft = logbook.record_session(make_session(client.id), now=NOW)
    signed = logbook.record_session(
        make_session(client.id, started_at=datetime(2025, 3, 1, 10, tzinfo=UTC)), now=NOW
    )
    signed = logbook.sign_session(signed.id)
    return World(logbook, client, draft, signed, tmp_path)


def _peel(w: World) -> OtherTreatmentDetails:
    return OtherTreatmentDetails(w.client.id, date(2025, 5, 1), OtherTreatmentKind.CHEMICAL_PEEL)


def _orphan(w: World) -> None:
    # A thumbnail of no photo: an orphan on either home.
    folder = w.logbook.data_dir / "thumbnails" / "256" / "ab"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("ab" + "0" * 62 + ".jpg")).write_bytes(b"left by a crash")


# (action, entity, prepare (not audited), the write)
def _moved(w: World) -> IncomingHistory:
    """A client from another logbook, with a screening and a signed session: one entry."""
    screening = Stamped(3, ScreeningDetails(0, NOW.date()), NOW)
    session = IncomingSession(7, w.signed.details, NOW, NOW, signed_at=NOW, signed_by=ACTOR)
    return IncomingHistory(
        "another logbook", "client 1", ClientDetails("Moved", "Here"), NOW, NOW,
        screenings=(screening,), sessions=(session,),
    )  # fmt: skip


def _no_photos(sha256: str) -> Any:
    raise AssertionError("no photos to open")


WRITES: dict[str, tuple[str, str, Callable[[World], object], Callable[[World, object], object]]] = {
    "add_client": (
        "create", "client", lambda w: None,
        lambda w, _: w.logbook.add_client(ClientDetails("New", "Person")),
    ),
    "update_client": (
        "update", "client", lambda w: None,
        lambda w, _: w.logbook.update_client(
            w.client.id, replace(w.client.details, phone="+44 20 7946 0000")
        ),
    ),
    "record_session": (
        "create", "session", lambda w: None,
        lambda w, _: w.logbook.record_session(
            replace(w.draft.details, started_at=datetime(2025, 1, 20, 10, tzinfo=UTC)), now=NOW
        ),
    ),
    "update_draft_session": (
        "update", "session", lambda w: None,
        lambda w, _: w.logbook.update_draft_session(
            w.draft.id, replace(w.draft.details, notes="Edited."), now=NOW
        ),
    ),
    "sign_session": (
        "sign", "session", lambda w: None, lambda w, _: w.logbook.sign_session(w.draft.id)
    ),
    "amend_session": (
        "amend", "session", lambda w: None,
        lambda w, _: w.logbook.amend_session(w.signed.id, "notes", "Amended.", "Typo."),
    ),
    "delete_draft_session": (
        "delete", "session", lambda w: None, lambda w, _: w.logbook.delete_draft_session(w.draft.id)
    ),
    "archive_client": (
        "archive", "client", lambda w: None, lambda w, _: w.logbook.archive_client(w.client.id)
    ),
    "unarchive_client": (
        "unarchive", "client", lambda w: w.logbook.archive_client(w.client.id),
        lambda w, _: w.logbook.unarchive_client(w.client.id),
    ),
    "erase_client": (
        "erase", "client", lambda w: None,
        lambda w, _: w.logbook.erase_client(w.client.id, w.client.full_name),
    ),
    "add_practitioner": (
        "create", "practitioner", lambda w: None,
        lambda w, _: w.logbook.add_practitioner(PractitionerDetails("Lee Park", "RN", 1.5)),
    ),
    "update_practitioner": (
        "update", "practitioner", lambda w: w.logbook.add_practitioner(PractitionerDetails("Lee")),
        lambda w, p: w.logbook.update_practitioner(p.id, PractitionerDetails("Lee", "MD", 2.0)),
    ),
    "import_photos": ("create", "photo", lambda w: None, lambda w, _: w.photo_id()),
    "delete_photo": ("delete", "photo", World.photo_id, lambda w, p: w.logbook.delete_photo(p)),
    "check_photos": (
        "repair", "photo_files", _orphan, lambda w, _: w.logbook.check_photos(remove_orphans=True)
    ),
    "add_screening": (
        "create", "screening", lambda w: None,
        lambda w, _: w.logbook.add_screening(
            ScreeningDetails(w.client.id, date(2025, 5, 30)), today=date(2025, 5, 30)
        ),
    ),
    "add_consent": (
        "create", "consent", lambda w: None,
        lambda w, _: w.logbook.add_consent(
            ConsentDetails(w.client.id, "2", date(2025, 5, 30), typed_name="Ann Smith"),
            today=date(2025, 5, 30),
        ),
    ),
    "save_safety_settings": (
        "update", "safety_settings", lambda w: None,
        lambda w, _: w.logbook.save_safety_settings(SafetySettings(filler_washout_weeks=6)),
    ),
    "add_other_treatment": (
        "create", "other_treatment", lambda w: None,
        lambda w, _: w.logbook.add_other_treatment(_peel(w)),
    ),
    "update_other_treatment": (
        "update", "other_treatment", lambda w: w.logbook.add_other_treatment(_peel(w)),
        lambda w, t: w.logbook.update_other_treatment(t.id, replace(t.details, notes="Mild")),
    ),
    "delete_other_treatment": (
        "delete", "other_treatment", lambda w: w.logbook.add_other_treatment(_peel(w)),
        lambda w, t: w.logbook.delete_other_treatment(t.id),
    ),
    "import_client_history": (
        "import", "client", lambda w: None,
        lambda w, _: w.logbook.import_client_history(_moved(w), _no_photos),
    ),
    "remember_value_mappings": (
        "update", "import_value_maps", lambda w: None,
        lambda w, _: w.logbook.remember_value_mappings("Old app", {"skin_type": {"x": "dry"}}),
    ),
    "start_course": (
        "create", "course", lambda w: None,
        lambda w, _: w.logbook.start_course(CourseDetails(w.client.id, 6, 28, date(2025, 5, 1))),
    ),
    "update_course": (
        "update", "course",
        lambda w: w.logbook.start_course(CourseDetails(w.client.id, 6, 28, date(2025, 5, 1))),
        lambda w, c: w.logbook.update_course(c.id, replace(c.details, planned_sessions=4)),
    ),
    "end_course": (
        "end", "course",
        lambda w: w.logbook.start_course(CourseDetails(w.client.id, 6, 28, date(2025, 5, 1))),
        lambda w, c: w.logbook.end_course(c.id, date(2025, 6, 1)),
    ),
    "save_clinic_details": (
        "update", "clinic_details", lambda w: None,
        lambda w, _: w.logbook.save_clinic_details(ClinicDetails("Skin & Co", "020 7946 0000")),
    ),
    "save_consent_text": (
        "create", "consent_text", lambda w: None,
        lambda w, _: w.logbook.save_consent_text("2", "I consent to microneedling."),
    ),
    "export_client": (
        "export", "client", lambda w: None,
        lambda w, _: export_client(w.logbook, w.client.id, "json", w.tmp / "out.json"),
    ),
    "export_all": (
        "export", "logbook", lambda w: None,
        lambda w, _: export_all(w.logbook, "csv", w.tmp / "a.csv"),
    ),
    "export_audit_csv": (
        "export", "logbook", lambda w: None,
        lambda w, _: w.logbook.export_audit_csv(w.logbook.audit_entries(), w.tmp / "audit.csv"),
    ),
    "record_backup": (
        "backup", "logbook", lambda w: None, lambda w, _: w.logbook.record_backup(w.tmp / "b.zip")
    ),
    "record_event": (
        "restore", "logbook", lambda w: None,
        lambda w, _: w.logbook.record_event("restore", "Logbook restored from a backup"),
    ),
}  # fmt: skip
NEW_PASSPHRASE = "another passphrase for tests"


def _lee(w: World) -> object:
    return w.logbook.add_practitioner(PractitionerDetails("Lee Park"), TEST_PASSPHRASE)


def _lee_forgot(w: World) -> object:
    """Lee chose a passphrase (signed in as Lee); the administrator is back."""
    lee = w.logbook.add_practitioner(PractitionerDetails("Lee Park"))
    w.logbook.set_first_passphrase("Lee Park", TEST_PASSPHRASE)
    w.logbook.sign_in(ACTOR, TEST_PASSPHRASE)
    return lee


# Signing in and keys: (entries, newest first, as (action, entity, actor); prepare; write).
# A passphrase set or changed also signs its practitioner in, as them.
Entries = list[tuple[str, str, str]]
IDENTITY_WRITES: dict[str, tuple[Entries, Callable[[World], object], Callable[..., object]]] = {
    "sign_in": (
        [("sign_in", "practitioner", ACTOR)], lambda w: None,
        lambda w, _: w.logbook.sign_in(ACTOR, TEST_PASSPHRASE),
    ),
    "set_first_passphrase": (
        [("sign_in", "practitioner", "Lee Park"), ("key", "practitioner", "Lee Park")],
        lambda w: w.logbook.add_practitioner(PractitionerDetails("Lee Park")),
        lambda w, _: w.logbook.set_first_passphrase("Lee Park", TEST_PASSPHRASE),
    ),
    "change_passphrase": (
        [("sign_in", "practitioner", "Lee Park"), ("update", "practitioner", "Lee Park")],
        _lee,
        lambda w, _: w.logbook.change_passphrase("Lee Park", TEST_PASSPHRASE, NEW_PASSPHRASE),
    ),
    "reset_passphrase": (
        [("key", "practitioner", ACTOR)], _lee_forgot,
        lambda w, lee: w.logbook.reset_passphrase(lee.id, NEW_PASSPHRASE),
    ),
    "recover_passphrase": (  # the recovery sheet's mark set as ``open_with_recovery`` does
        [("sign_in", "practitioner", "Lee Park"), ("key", "practitioner", "Lee Park")],
        lambda w: (_lee_forgot(w), setattr(w.logbook._context, "opened_by_recovery", True)),
        lambda w, _: w.logbook.recover_passphrase("Lee Park", NEW_PASSPHRASE),
    ),
    "set_admin": (
        [("update", "practitioner", ACTOR)], _lee,
        lambda w, lee: w.logbook.set_admin(lee.id, True),
    ),
    "set_auto_lock_minutes": (
        [("update", "logbook", ACTOR)], lambda w: None,
        lambda w, _: w.logbook.set_auto_lock_minutes(10),
    ),
}  # fmt: skip
# Everything else the Logbook offers reads, or is not a change of the logbook's records.
# (record_restore is record_event with a backup's facts; set_actor, batch, close are not
# writes; a thumbnail is a cache.)
NOT_WRITES = {
    "actor", "amendable_fields", "audit_actions", "audit_actors", "audit_count", "changes",
    "audit_entries", "batch", "client", "client_count", "client_ids", "close", "closed",
    "consents_of", "course", "courses_of", "open_course", "course_progress",
    "follow_ups_due", "day_overview",
    "other_treatment", "other_treatments_of", "other_treatment_count", "clinic_zone",
    "import_links", "value_mappings", "bundle_duplicate", "session_signatures",
    "clinic_details", "consent_texts", "consent_text", "current_consent_text",
    "count_sessions", "database_path", "find_sessions", "history", "latest_consent",
    "latest_screening", "latest_session", "list_clients", "listen_to_server", "location",
    "matching_client_ids", "on_server", "open", "server_backend_pid",
    "schema_steps", "schema_version",
    "photo", "photo_count", "photo_file", "photo_status", "photo_thumbnail", "photos_of_client",
    "photos_of_session", "practitioner", "practitioners", "read_only", "read_only_reason",
    "record_restore", "review_session", "safety_settings",
    "screenings_of", "session", "session_count", "sessions_of", "set_actor",
    "warnings_for_new_session",
    # Signing in: whose key is open at this Logbook (confirming a passphrase writes only
    # a wrong one, as sign_in does), and the proof, read.
    "adopt_sign_in", "confirm_passphrase", "sign_in_handle", "sign_out", "signed_in",
    "practitioner_keys", "unprotected_practitioners", "auto_lock_minutes",
    "audit_head", "session_seal", "verify_records",
    # Encryption at rest: the key in memory, and who holds it (read); a photo read
    # decrypted. start_encryption is the clinic server's only: its one audit entry is
    # tested in tests/core/photos/test_photos_encrypted_server.py; new_recovery_key's in
    # tests/core/crypto/test_encrypted_logbook.py.
    "data_key", "encrypted", "key_holders", "opened_by_recovery", "photo_bytes",
    "open_photo", "thumbnail_bytes", "start_encryption", "encrypt_older_photos",
    "new_recovery_key",
}  # fmt: skip


def test_every_logbook_method_is_a_read_or_an_audited_write() -> None:
    """A new use case must be classified here: if it writes, it is audited and tested."""
    public = {name for name, _ in inspect.getmembers(Logbook) if not name.startswith("_")}
    audited = {name for name in [*WRITES, *IDENTITY_WRITES] if hasattr(Logbook, name)}
    assert public - audited - NOT_WRITES == set(), "classify these Logbook methods"


@pytest.mark.parametrize("name", WRITES)
def test_each_write_leaves_exactly_one_entry_with_its_actor(world: World, name: str) -> None:
    action, entity, prepare, write = WRITES[name]
    logbook = world.logbook
    prepared = prepare(world)
    before = logbook.audit_count()
    newest = logbook.audit_entries(limit=1)[0].id
    started = datetime.now(UTC).replace(microsecond=0)
    write(world, prepared)
    new = [entry for entry in logbook.audit_entries(limit=20) if entry.id > newest]
    assert logbook.audit_count() == before + 1 and len(new) == 1
    [entry] = new
    assert (entry.action, entry.entity, entry.actor) == (action, entity, ACTOR)
    assert started <= entry.at <= datetime.now(UTC) + timedelta(seconds=1)


@pytest.mark.parametrize("name", IDENTITY_WRITES)
def test_signing_in_and_keys_leave_their_entries_with_who_acted(world: World, name: str) -> None:
    expected, prepare, write = IDENTITY_WRITES[name]
    logbook = world.logbook
    prepared = prepare(world)
    newest = logbook.audit_entries(limit=1)[0].id
    write(world, prepared)
    new = [entry for entry in logbook.audit_entries(limit=20) if entry.id > newest]
    assert [(e.action, e.entity, e.actor) for e in new] == expected


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("add_client", lambda b: b.client_count()),
        ("record_session", lambda b: b.session_count()),
        ("amend_session", lambda b: b._db["amendments"].count),
        ("archive_client", lambda b: len(b.list_clients())),
        ("add_practitioner", lambda b: len(b.practitioners())),
        ("import_photos", lambda b: b.photo_count()),
        ("erase_client", lambda b: b.client_count()),
    ],
)
def test_the_entry_is_written_in_the_transaction_of_the_write(
    world: World, monkeypatch: pytest.MonkeyPatch, name: str, count
) -> None:
    """If the audit entry cannot be written, the write itself is not kept either."""
    _, _, prepare, write = WRITES[name]
    prepared = prepare(world)
    before, entries = count(world.logbook), world.logbook.audit_count()

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(AuditStore, "record", broken)
    with pytest.raises(sqlite3.OperationalError):
        result = write(world, prepared)
        if name == "import_photos":  # a refused photo is a result, not an exception
            raise sqlite3.OperationalError(str(result))
    monkeypatch.undo()
    assert count(world.logbook) == before and world.logbook.audit_count() == entries


def test_the_actor_by_default_and_on_the_command_line(
    data_dir: Path, world: World, tmp_path: Path
) -> None:
    url = world.logbook.database_url
    with (
        server_database() if url else nullcontext() as fresh_url,
        Logbook.open(tmp_path / "other", create=True, database_url=fresh_url) as fresh,
    ):
        assert fresh.actor == default_actor() and fresh.actor.startswith("system (")
        fresh.add_client(ClientDetails("Ann", "Smith"))
        assert fresh.audit_entries()[0].actor == default_actor()
    world.logbook.close()
    out = tmp_path / "history.csv"
    on_server = ["--database-url", url] if url else []
    code = cli.main(
        ["export", "--data-dir", str(data_dir), *on_server, "--client", str(world.client.id),
         "--format", "csv", "-o", str(out)]
    )  # fmt: skip
    assert code == 0
    with Logbook.open(data_dir, database_url=url) as logbook:
        entry = logbook.audit_entries()[0]
        assert (entry.action, entry.actor) == ("export", command_line_actor())
        assert entry.actor.startswith("command line (")


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET actor = 'Someone else'",
        "UPDATE audit_log SET summary = 'nothing happened'",
        "UPDATE audit_log SET client_id = NULL",
        "DELETE FROM audit_log",
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
    ],
)
def test_the_log_is_append_only(world: World, sql: str) -> None:
    logbook = world.logbook
    before = logbook.audit_entries()
    with refused_by_database(logbook, "append-only"), logbook._db.atomic():
        logbook._db.execute(sql)
    assert logbook.audit_entries() == before


def test_filters(world: World) -> None:
    logbook = world.logbook
    sign_in(logbook, "Lee Park")  # added by the administrator, then at the keyboard
    logbook.amend_session(world.signed.id, "notes", "Amended.", "Typo.")
    other = logbook.add_client(ClientDetails("Ben", "Jones"))
    assert [e.action for e in logbook.audit_entries(AuditFilter(action="amend"))] == ["amend"]
    by_lee = logbook.audit_entries(AuditFilter(actor="Lee Park"))
    assert [(e.action, e.entity) for e in by_lee] == [
        ("create", "client"),
        ("amend", "session"),
        ("sign_in", "practitioner"),
        ("key", "practitioner"),
    ]
    assert {"Lee Park", default_actor()} <= set(logbook.audit_actors())
    assert {"amend", "create", "sign"} <= set(logbook.audit_actions())
    of_ben = logbook.audit_entries(AuditFilter(client_ids=frozenset({other.id})))
    assert [e.summary for e in of_ben] == [f"Client {other.id} added"]
    assert logbook.audit_entries(AuditFilter(client_ids=frozenset())) == []
    everything = logbook.audit_entries()
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)
    future = datetime.now(UTC) + timedelta(days=1)
    assert logbook.audit_entries(AuditFilter(since=future)) == []
    assert len(logbook.audit_entries(AuditFilter(before=future))) == len(everything)
    assert logbook.audit_count(AuditFilter(entity="session")) == len(
        [e for e in everything if e.entity == "session"]
    )


def test_summaries_never_name_a_client(world: World, add_client) -> None:
    logbook = world.logbook
    zed = add_client("Zebulon", "Quixotewright")
    logbook.update_client(zed.id, replace(zed.details, phone="+44 20 7946 0001"))
    logbook.archive_client(zed.id)
    export_client(logbook, zed.id, "csv", world.tmp / "Zebulon-Quixotewright.csv")
    for entry in logbook.audit_entries():
        assert "Zebulon" not in entry.summary and "Quixotewright" not in entry.summary


def test_export_as_csv(world: World) -> None:
    logbook = world.logbook
    entries = logbook.audit_entries(AuditFilter(entity="session"))
    path = logbook.export_audit_csv(entries, world.tmp / "audit.csv")
    with path.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.DictReader(source))
    assert [int(row["id"]) for row in rows] == [entry.id for entry in entries]
    assert rows[0]["actor"] and rows[0]["at"].endswith("+00:00")
    newest = logbook.audit_entries()[0]
    assert newest.summary == f"Audit log exported as CSV: {len(entries)} entries"
