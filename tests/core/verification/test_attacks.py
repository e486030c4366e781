"""Each attack of issue 11, forged from outside the app, and ``verify`` naming it: the
gate opened from another program, triggers dropped, signed records and amendments
rewritten, keys and signatures forged, a photo file swapped (the audit log's own:
``test_attacks_on_the_log``)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from logger_app.identity.canonical import record_hash
from logger_app.identity.documents import record_document, session_signature_document
from logger_app.identity.keys import new_sealed_key
from logger_app.records import AuditHead, PhotoDetails, PhotoFileStatus
from logger_app.store.connection import APP_GATE_FUNCTION
from logger_app.store.timestamps import to_db_time
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...signing import sign_in
from ..photo_files import jpeg_bytes, picture, save
from .scene import BOB, MAYA, NOW, Scene, messages, one_message, verify
from .tampering import Raw, key_of, raw_connection

pytestmark = pytest.mark.both_homes


def forehead_depth(raw: Raw, session_id: int) -> float:
    return raw.one(
        "SELECT depth_mm FROM session_areas WHERE session_id = ? AND area = 'forehead'",
        [session_id],
    )


# The gate and the triggers


def test_the_gate_opened_from_another_program_is_refused(scene: Scene) -> None:
    with raw_connection(scene.logbook) as raw:
        refused: type[Exception] = sqlite3.Error
        why = f"no such function: {APP_GATE_FUNCTION}"  # the app's connections alone have it
        if raw.server:
            import psycopg

            refused, why = psycopg.Error, "the integrity gate opens only in the app"
        with pytest.raises(refused, match=why), raw.transaction():
            raw.run(
                "INSERT INTO integrity_gate (action, session_id) VALUES ('amend', ?)",
                [scene.signed],
            )
            raw.run("UPDATE session_areas SET depth_mm = 2.75 WHERE session_id = ?", [scene.signed])
        assert forehead_depth(raw, scene.signed) == 0.75
    assert scene.logbook.verify_records().ok


def test_a_gate_forced_open_still_shows_the_change(scene: Scene) -> None:
    """The gate is defence in depth only: a program that makes the app's function (or
    sets the app's setting) passes it, and the signature shows what it did."""
    with raw_connection(scene.logbook) as raw:
        if raw.server:
            with raw.transaction():
                raw.run("SELECT set_config('logbook.gate', 'open', true)")
                _forge_depth_through_the_gate(raw, scene.signed)
        else:
            raw.conn.create_function(APP_GATE_FUNCTION, 0, lambda: 1)
            with raw.transaction():
                _forge_depth_through_the_gate(raw, scene.signed)
        assert forehead_depth(raw, scene.signed) == 2.75
    report = verify(scene)
    assert one_message(report, f"session {scene.signed}: changed after it was signed by {MAYA}")
    assert scene.logbook.session_seal(scene.signed).status.value == "failed"


def _forge_depth_through_the_gate(raw: Raw, session_id: int) -> None:
    raw.run("INSERT INTO integrity_gate (action, session_id) VALUES ('amend', ?)", [session_id])
    raw.run(
        "UPDATE session_areas SET depth_mm = 2.75 WHERE session_id = ? AND area = 'forehead'",
        [session_id],
    )
    raw.run("DELETE FROM integrity_gate")


def test_a_depth_changed_with_the_triggers_dropped(scene: Scene) -> None:
    with raw_connection(scene.logbook) as raw, raw.triggers_off("session_areas"):
        raw.run(
            "UPDATE session_areas SET depth_mm = 2.75 WHERE session_id = ? AND area = 'forehead'",
            [scene.signed],
        )
    report = verify(scene)
    assert messages(report) == [
        one_message(report, f"session {scene.signed}: changed after it was signed by {MAYA} on ")
    ]
    assert report.findings[0].session_id == scene.signed


def test_who_signed_and_when_it_started_rewritten(scene: Scene) -> None:
    with raw_connection(scene.logbook) as raw, raw.triggers_off("sessions"):
        raw.run(
            "UPDATE sessions SET signed_by = ?, started_at = ? WHERE id = ?",
            [BOB, to_db_time(datetime(2025, 4, 1, 9, 0, tzinfo=UTC)), scene.signed],
        )
    report = verify(scene)
    assert one_message(report, f"session {scene.signed}: shows it was signed by {BOB} on ")
    assert one_message(report, f"but it was signed by {MAYA} on ")
    assert one_message(report, f"session {scene.signed}: changed after it was signed by {MAYA}")


# Amendments


@pytest.mark.parametrize("with_signature", [False, True], ids=["amendment", "and-signature"])
def test_an_amendment_deleted(scene: Scene, with_signature: bool) -> None:
    with raw_connection(scene.logbook) as raw, raw.triggers_off("amendments", "signatures"):
        if with_signature:
            raw.run("DELETE FROM signatures WHERE amendment_id = ?", [scene.amendment])
        raw.run("DELETE FROM amendments WHERE id = ?", [scene.amendment])
    report = verify(scene)
    if with_signature:  # the record reads as amended, but nothing signed says so
        assert one_message(report, f"session {scene.signed}: changed after it was signed by")
    else:
        assert one_message(
            report, f"session {scene.signed}: amendment {scene.amendment}, signed by {MAYA}, "
            "is missing",
        )  # fmt: skip


def test_an_amendments_new_value_changed(scene: Scene) -> None:
    with raw_connection(scene.logbook) as raw, raw.triggers_off("amendments"):
        raw.run("UPDATE amendments SET new_value = '0.9' WHERE id = ?", [scene.amendment])
    report = verify(scene)
    message = one_message(report, f"the signature of amendment {scene.amendment} (")
    assert message.endswith(f"by {MAYA} does not hold")


def test_a_draft_marked_signed_without_signing(scene: Scene) -> None:
    """No trigger stands in the way: a draft may be signed. Only its signature is
    missing."""
    with raw_connection(scene.logbook) as raw:
        raw.run(
            "UPDATE sessions SET signed_at = ?, signed_by = ? WHERE id = ?",
            [to_db_time(NOW), MAYA, scene.draft],
        )
    report = verify(scene)
    assert messages(report) == [
        f"session {scene.draft}: marked signed by {MAYA} on 2025-06-02 12:00 UTC without a "
        "signature"
    ]


# Keys and signatures


def test_a_signature_replaced_by_one_made_with_another_practitioners_key(scene: Scene) -> None:
    sign_in(scene.logbook, BOB)  # Bob has a key of his own, and knows its passphrase
    with raw_connection(scene.logbook) as raw:
        [(signed_by, meaning, record, head_id, head_sha)] = raw.run(
            "SELECT signer, meaning, record_sha256, audit_head_id, "
            "audit_head_sha256 FROM signatures WHERE session_id = ? AND amendment_id IS NULL",
            [scene.signed],
        )
        own = scene.logbook.session(scene.signed)
        document = session_signature_document(
            scene.signed, record, signed_by=signed_by, signed_at=own.signed_at,
            meaning=meaning, audit_head=AuditHead(head_id, head_sha),
        )  # fmt: skip
        bob_key_id, bob_key = key_of(raw, BOB)
        with raw.triggers_off("signatures"):
            raw.run(
                "UPDATE signatures SET key_id = ?, signature = ? "
                "WHERE session_id = ? AND amendment_id IS NULL",
                [bob_key_id, bob_key.sign(document), scene.signed],
            )
    report = verify(scene)
    assert one_message(
        report, f"session {scene.signed}: its signature was made with the key of {BOB}, "
        f"not {MAYA}",
    )  # fmt: skip


def test_a_session_re_signed_in_full_as_another_practitioner(scene: Scene) -> None:
    """Bob, a colleague whose key was valid then, re-signs Maya's record as his own: the
    signature holds, but it is not the one the audit log recorded."""
    sign_in(scene.logbook, BOB)
    with raw_connection(scene.logbook) as raw:
        bob_key_id, bob_key = key_of(raw, BOB)
        with raw.triggers_off("practitioner_keys"):
            raw.run(
                "UPDATE practitioner_keys SET valid_from = ? WHERE id = ?",
                [to_db_time(datetime(2020, 1, 1, tzinfo=UTC)), bob_key_id],
            )
        [(meaning, record, head_id, head_sha)] = raw.run(
            "SELECT meaning, record_sha256, audit_head_id, audit_head_sha256 FROM signatures "
            "WHERE session_id = ? AND amendment_id IS NULL",
            [scene.signed],
        )
        signed_at = scene.logbook.session(scene.signed).signed_at
        document = session_signature_document(
            scene.signed, record, signed_by=BOB, signed_at=signed_at, meaning=meaning,
            audit_head=AuditHead(head_id, head_sha),
        )  # fmt: skip
        with raw.triggers_off("signatures", "sessions"):
            raw.run(
                "UPDATE signatures SET key_id = ?, signer = ?, signature = ? "
                "WHERE session_id = ? AND amendment_id IS NULL",
                [bob_key_id, BOB, bob_key.sign(document), scene.signed],
            )
            raw.run("UPDATE sessions SET signed_by = ? WHERE id = ?", [BOB, scene.signed])
    report = verify(scene)
    assert messages(report) == [
        one_message(report, f"session {scene.signed}: its signature by {BOB} on ")
    ]
    assert messages(report)[0].endswith("is not the one the audit log recorded (entry 8)")


def test_a_draft_signed_outside_the_app_with_a_real_key(scene: Scene) -> None:
    book = scene.logbook
    now = datetime.now(UTC).replace(microsecond=0)  # her key is valid then
    with raw_connection(book) as raw:
        key_id, key = key_of(raw, MAYA)
        raw.run(
            "UPDATE sessions SET signed_at = ?, signed_by = ? WHERE id = ?",
            [to_db_time(now), MAYA, scene.draft],
        )
        session = book.session(scene.draft)
        record = record_hash(record_document(session, []))
        meaning = "Signed: the signer performed this session and recorded it as shown."
        document = session_signature_document(
            scene.draft, record, signed_by=MAYA, signed_at=now, meaning=meaning,
            audit_head=None,
        )  # fmt: skip
        raw.run(
            "INSERT INTO signatures (session_id, key_id, signer, signed_at, meaning, "
            "record_sha256, signature) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [scene.draft, key_id, MAYA, to_db_time(now), meaning, record, key.sign(document)],
        )
    report = verify(scene)
    assert messages(report) == [
        f"session {scene.draft}: its signature by {MAYA} on {now:%Y-%m-%d %H:%M} UTC is not "
        "in the audit log (no entry of its signing)"
    ]


def test_a_key_row_added_for_a_practitioner(scene: Scene) -> None:
    forged = new_sealed_key("the forger's own")
    with raw_connection(scene.logbook) as raw:
        maya = raw.one("SELECT id FROM practitioners WHERE name = ?", [MAYA])
        raw.run(
            "INSERT INTO practitioner_keys (practitioner_id, public_key, valid_from, "
            "valid_until, reason) VALUES (?, ?, ?, ?, 'reset')",
            [maya, forged.public_key, to_db_time(datetime(2020, 1, 1, tzinfo=UTC)),
             to_db_time(datetime(2020, 1, 2, tzinfo=UTC))],
        )  # fmt: skip
        key_id = raw.one("SELECT max(id) FROM practitioner_keys")
    report = verify(scene)
    assert messages(report) == [
        f"signing key {key_id} of {MAYA} was not made by the app (no audit entry names it)"
    ]


# Photos


def test_a_photo_file_swapped_for_another_image(scene: Scene, tmp_path) -> None:
    book = scene.logbook
    source = save(picture(seed=1), tmp_path / "before.jpg", "JPEG")
    book.import_photos(scene.signed, [source], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT))
    [photo] = book.photos_of_session(scene.signed)
    other = jpeg_bytes(picture(seed=2))
    with raw_connection(book) as raw:
        if raw.server:
            raw.run(
                "UPDATE photo_blobs SET data = ? WHERE sha256 = ? AND part = 0",
                [other, photo.sha256],
            )
        else:
            book.photo_file(photo).write_bytes(other)
        # The server's store tells no changed file from a missing one ("missing or damaged").
        state = "missing" if raw.server else "changed"
    assert book.photo_status(photo) is not PhotoFileStatus.OK
    report = verify(scene)
    assert messages(report) == [
        f"session {scene.signed}: photo {photo.id}'s file is {state} (it no longer matches "
        "what was recorded)"
    ]
