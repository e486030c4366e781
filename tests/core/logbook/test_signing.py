"""Drafts, signing and amendments: a signed session is read-only through the API and in
the database itself; a correction is an amendment that changes the current value and
keeps the old one, the reason, who and when."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlite_utils

from logger_app.errors import NotAllowedError, SignedSessionError, ValidationError
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ImportStatus,
    Numbing,
    PhotoDetails,
    PhotoFileStatus,
    PractitionerDetails,
    ProductUse,
    ReactionObservation,
    Session,
)
from logger_app.store.audit import integrity_gate
from logger_app.store.database import APPLICATION_ID, DATABASE_FILENAME
from logger_app.store.migrations import migrations
from logger_app.verification import SealStatus
from logger_app.vocabulary import (
    Aftercare,
    Area,
    Endpoint,
    ObservedWhen,
    PhotoAngle,
    PhotoKind,
    Reaction,
    Severity,
)

from ...database_rules import refused_by_database
from ...signing import sign_in, sign_in_admin
from ..german import speaking_german
from ..photo_files import picture, save

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
MAYA = "Maya Okafor"


@pytest.fixture
def draft(logbook: Logbook, client, make_session) -> Session:
    sign_in(logbook, MAYA)  # the logbook's first profile: its administrator
    return logbook.record_session(
        make_session(
            client.id,
            practitioner_name=MAYA,
            areas=(AreaTreatment(Area.LEFT_CHEEK, 1.0, 4), AreaTreatment(Area.FOREHEAD, 0.5)),
            reactions=(ReactionObservation(Reaction.ERYTHEMA, Severity.MILD),),
            products=(ProductUse("HA serum", "HA-1"),),
            notes="Tolerated well.",
        ),
        now=NOW,
    )


@pytest.fixture
def signed(logbook: Logbook, draft: Session) -> Session:
    return logbook.sign_session(draft.id)


def amendments_in(logbook: Logbook) -> int:
    return logbook._db.execute("SELECT count(*) FROM amendments").fetchone()[0]


# Drafts


def test_a_new_session_is_a_draft(logbook: Logbook, draft: Session) -> None:
    assert not draft.is_signed and draft.signed_at is None and draft.signed_by == ""
    [summary] = logbook.history(draft.details.client_id)
    assert summary.signed_at is None


def test_a_draft_can_be_edited_whole(logbook: Logbook, draft: Session) -> None:
    changed = draft.details.__class__(
        **{
            **draft.details.__dict__,
            "areas": (AreaTreatment(Area.RIGHT_CHEEK, 1.5, 3),),
            "notes": "Corrected before signing.",
            "endpoint": Endpoint.MILD_ERYTHEMA,
        }
    )
    updated = logbook.update_draft_session(draft.id, changed, now=NOW)
    assert updated.details == changed
    assert logbook.session(draft.id).details.areas == (AreaTreatment(Area.RIGHT_CHEEK, 1.5, 3),)
    assert not updated.is_signed
    entry = logbook.audit_entries()[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "session", draft.id)
    assert "areas" in entry.details["fields"] and "notes" in entry.details["fields"]


def test_a_draft_edit_is_validated_like_a_new_session(logbook: Logbook, draft: Session) -> None:
    bad = draft.details.__class__(
        **{**draft.details.__dict__, "areas": (AreaTreatment(Area.CHIN, 3.5),)}
    )
    with pytest.raises(ValidationError) as refused:
        logbook.update_draft_session(draft.id, bad, now=NOW)
    assert "areas.0.depth_mm" in refused.value.problems
    assert logbook.session(draft.id).details == draft.details


def test_a_draft_stays_with_its_client(logbook: Logbook, draft: Session, add_client) -> None:
    other = add_client("Ben", "Other")
    moved = draft.details.__class__(**{**draft.details.__dict__, "client_id": other.id})
    with pytest.raises(ValidationError, match="stays with its client"):
        logbook.update_draft_session(draft.id, moved, now=NOW)


def test_a_draft_is_deleted_with_its_photos(
    logbook: Logbook, draft: Session, client, make_session, tmp_path: Path
) -> None:
    kept = logbook.record_session(
        make_session(client.id, started_at=datetime(2025, 3, 1, 10, tzinfo=UTC)), now=NOW
    )
    own = save(picture(300, 200, seed=1), tmp_path / "own.png", "PNG")
    shared = save(picture(300, 200, seed=2), tmp_path / "shared.png", "PNG")
    details = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    results = logbook.import_photos(draft.id, [own, shared], details)
    [again] = logbook.import_photos(kept.id, [shared], details)
    assert {r.status for r in [*results, again]} == {ImportStatus.IMPORTED}
    own_photo, shared_photo = (logbook.photo(r.photo_id) for r in results)

    logbook.delete_draft_session(draft.id)

    assert [s.id for s in logbook.sessions_of(client.id)] == [kept.id]
    assert logbook._db.execute(
        "SELECT count(*) FROM photos WHERE session_id = ?", [draft.id]
    ).fetchone() == (0,)
    for table in ("session_areas", "session_reactions", "session_products"):
        rows = logbook._db.execute(f"SELECT count(*) FROM {table} WHERE session_id = ?", [draft.id])
        assert rows.fetchone() == (0,)
    assert logbook.photo_status(own_photo) is PhotoFileStatus.MISSING
    # The other session's photo of the same picture keeps the file.
    assert logbook.photo_status(shared_photo) is PhotoFileStatus.OK
    entry = logbook.audit_entries()[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("delete", "session", draft.id)


# Signing


def test_signing_records_who_and_when_and_makes_the_session_read_only(
    logbook: Logbook, draft: Session
) -> None:
    signed = logbook.sign_session(draft.id)
    assert signed.is_signed and signed.signed_by == MAYA
    assert signed.signed_at is not None and signed.signed_at.tzinfo is not None
    assert signed.details == draft.details
    [summary] = logbook.history(draft.details.client_id)
    assert summary.signed_at == signed.signed_at
    with pytest.raises(SignedSessionError):
        logbook.sign_session(draft.id)


def test_a_session_can_be_recorded_and_signed_at_once(logbook: Logbook, client, make_session):
    sign_in(logbook, MAYA)
    before = logbook.audit_count()
    session = logbook.record_session(make_session(client.id), now=NOW, sign=True)
    assert session.is_signed and session.signed_by == MAYA
    assert [e.action for e in logbook.audit_entries()[:2]] == ["sign", "create"]
    assert logbook.audit_count() == before + 2


def test_the_api_refuses_to_edit_or_delete_a_signed_session(
    logbook: Logbook, signed: Session
) -> None:
    changed = signed.details.__class__(**{**signed.details.__dict__, "notes": "Rewritten."})
    with pytest.raises(SignedSessionError, match="amendment"):
        logbook.update_draft_session(signed.id, changed, now=NOW)
    with pytest.raises(SignedSessionError):
        logbook.delete_draft_session(signed.id)
    assert logbook.session(signed.id) == signed


def test_a_draft_is_edited_not_amended(logbook: Logbook, draft: Session) -> None:
    with pytest.raises(SignedSessionError, match="draft"):
        logbook.amend_session(draft.id, "notes", "Changed.", "typo")


SIGNED_ROW_CHANGES = {
    "session notes": "UPDATE sessions SET notes = 'rewritten' WHERE id = :id",
    "unsign": "UPDATE sessions SET signed_at = NULL, signed_by = NULL WHERE id = :id",
    "signer": "UPDATE sessions SET signed_by = 'Someone Else' WHERE id = :id",
    "delete session": "DELETE FROM sessions WHERE id = :id",
    "area depth": "UPDATE session_areas SET depth_mm = 2.0 WHERE session_id = :id",
    "delete area": "DELETE FROM session_areas WHERE session_id = :id",
    "add area": "INSERT INTO session_areas (session_id, position, area, depth_mm) "
    "VALUES (:id, 9, 'chin', 1.0)",
    "reaction severity": "UPDATE session_reactions SET severity = 3 WHERE session_id = :id",
    "delete reaction": "DELETE FROM session_reactions WHERE session_id = :id",
    "product lot": "UPDATE session_products SET lot = 'X' WHERE session_id = :id",
    "delete product": "DELETE FROM session_products WHERE session_id = :id",
    "rename practitioner": "UPDATE practitioners SET name = 'Renamed' "
    "WHERE id = (SELECT practitioner_id FROM sessions WHERE id = :id)",
}


@pytest.mark.parametrize("sql", SIGNED_ROW_CHANGES.values(), ids=SIGNED_ROW_CHANGES.keys())
def test_the_database_refuses_raw_changes_to_a_signed_session(
    logbook: Logbook, signed: Session, sql: str
) -> None:
    with refused_by_database(logbook, "signed"), logbook._db.atomic():
        logbook._db.execute(sql, {"id": signed.id})
    assert logbook.session(signed.id) == signed


@pytest.mark.parametrize(
    "sql",
    [sql for name, sql in SIGNED_ROW_CHANGES.items() if name not in ("unsign", "signer")],
)
def test_the_same_raw_changes_are_allowed_on_a_draft(
    logbook: Logbook, draft: Session, sql: str
) -> None:
    """The triggers guard signed records only (a draft is the practitioner's to change)."""
    with logbook._db.atomic():
        logbook._db.execute(sql, {"id": draft.id})


def test_an_open_amendment_gate_still_keeps_who_when_and_whose(
    logbook: Logbook, signed: Session, add_client
) -> None:
    """Even the amendment path cannot change the client, the time, the device or the
    signature of a signed session."""
    other = add_client("Ben", "Other")
    for sql, params in [
        ("UPDATE sessions SET client_id = ? WHERE id = ?", [other.id, signed.id]),
        ("UPDATE sessions SET started_at = '2025-01-01T00:00:00+00:00' WHERE id = ?", [signed.id]),
        ("UPDATE sessions SET device = 'roller' WHERE id = ?", [signed.id]),
        ("UPDATE sessions SET signed_by = 'Forger' WHERE id = ?", [signed.id]),
    ]:
        with (
            refused_by_database(logbook),
            logbook._db.atomic(),
            integrity_gate(logbook._db, "amend", session_id=signed.id),
        ):
            logbook._db.execute(sql, params)
    assert logbook.session(signed.id) == signed


def test_the_gate_opens_only_inside_a_transaction(logbook: Logbook, signed: Session) -> None:
    with (
        pytest.raises(RuntimeError, match="inside a transaction"),
        integrity_gate(logbook._db, "amend", session_id=signed.id),
    ):
        pass
    assert logbook._db["integrity_gate"].count == 0


# Amendments


def test_an_amendment_changes_the_current_value_and_keeps_the_history(
    logbook: Logbook, signed: Session
) -> None:
    sign_in(logbook, "Dr Lee Park")  # another practitioner corrects it
    amended = logbook.amend_session(
        signed.id, "areas.left_cheek.depth_mm", 1.25, "Depth misread from the pen dial."
    )
    assert [a.depth_mm for a in amended.details.areas] == [1.25, 0.5]
    assert amended.is_signed and amended.signed_by == MAYA  # the signature stands
    [amendment] = amended.amendments
    assert amendment.field == "areas.left_cheek.depth_mm"
    assert amendment.label == "Depth (Left cheek)"
    assert (amendment.old_value, amendment.new_value) == (1.0, 1.25)
    assert amendment.describe() == "Depth (Left cheek): 1 mm → 1.25 mm"
    assert amendment.reason == "Depth misread from the pen dial."
    assert amendment.amended_by == "Dr Lee Park"
    assert amendment.amended_at >= signed.signed_at

    again = logbook.amend_session(signed.id, "areas.left_cheek.depth_mm", 1.5, "Checked notes.")
    assert [(a.old_value, a.new_value) for a in again.amendments] == [(1.0, 1.25), (1.25, 1.5)]
    assert again.details.areas[0].depth_mm == 1.5
    [summary] = logbook.history(signed.details.client_id)
    assert summary.amendment_count == 2 and summary.areas[0].depth_mm == 1.5
    # Reopened, everything is still there.
    data_dir, url = logbook.data_dir, logbook.database_url
    logbook.close()
    with Logbook.open(data_dir, database_url=url) as reopened:
        assert reopened.session(signed.id).amendments == again.amendments


def test_an_amendment_made_in_german_is_kept_in_english(logbook: Logbook, signed: Session) -> None:
    with speaking_german():
        shown = {f.key: f.label for f in logbook.amendable_fields(signed.id)}
        assert shown["areas.left_cheek.depth_mm"] == "Tiefe (Linke Wange)"
        amended = logbook.amend_session(
            signed.id, "areas.left_cheek.depth_mm", 1.25, "Tiefe falsch abgelesen."
        )
        [amendment] = amended.amendments
        assert amendment.new_text == "1,25 mm"  # as the window shows it
        assert amendment.label == "Depth (Left cheek)"  # stored and signed: English
    assert logbook.session(signed.id).amendments[0].label == "Depth (Left cheek)"


EVERY_FIELD = [
    ("notes", "Tolerated well; itchy.", "“Tolerated well.” → “Tolerated well; itchy.”"),
    ("endpoint", Endpoint.UNIFORM_PINPOINT_BLEEDING, "not recorded → Uniform pinpoint bleeding"),
    ("aftercare", (Aftercare.SPF, Aftercare.NO_MAKEUP), "none → SPF 30+ daily, No makeup 12–24 h"),
    ("next_visit_due", date(2025, 6, 5), "none → 5 Jun 2025"),
    ("numbing", Numbing("Lidocaine cream", "5 %", 30), "none → Lidocaine cream 5 %, 30 min"),
    ("duration_minutes", 45, "not recorded → 45 min"),
    ("cartridge", "36-pin", "(empty) → “36-pin”"),
    ("areas.forehead.passes", 2, "not recorded → 2"),
    ("areas.forehead.note", "Avoided the hairline", "(empty) → “Avoided the hairline”"),
    ("reactions.erythema.immediately_after.severity", Severity.MODERATE, "Mild → Moderate"),
    ("products.0.lot", "HA-2", "“HA-1” → “HA-2”"),
]


@pytest.mark.parametrize(("field", "value", "expected"), EVERY_FIELD)
def test_every_amendable_field(logbook: Logbook, signed: Session, field, value, expected) -> None:
    amended = logbook.amend_session(signed.id, field, value, "Correction.")
    [amendment] = amended.amendments
    assert f"{amendment.old_text} → {amendment.new_text}" == expected
    current = {f.key: f.current for f in logbook.amendable_fields(signed.id)}
    assert current[field] == value


def test_a_reaction_seen_later_is_added_by_an_amendment(logbook: Logbook, signed: Session):
    later = ReactionObservation(Reaction.PIH, Severity.MILD, ObservedWhen.FOLLOW_UP, "left cheek")
    amended = logbook.amend_session(signed.id, "reactions.new", later, "Seen at the follow-up.")
    assert amended.details.reactions[-1] == later
    [amendment] = amended.amendments
    assert amendment.field == "reactions.pih.follow_up"
    assert amendment.old_value is None and amendment.new_value["severity"] == 1
    with pytest.raises(ValidationError, match="already recorded"):
        logbook.amend_session(signed.id, "reactions.new", later, "Twice.")


def test_taking_numbing_away_clears_it(logbook: Logbook, signed: Session) -> None:
    with_numbing = logbook.amend_session(signed.id, "numbing", Numbing("BLT", "", 20), "Forgot.")
    assert with_numbing.details.numbing == Numbing("BLT", "", 20)
    without = logbook.amend_session(signed.id, "numbing", None, "Was on the other client.")
    assert without.details.numbing is None


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_reason_is_required(logbook: Logbook, signed: Session, reason: str) -> None:
    with pytest.raises(ValidationError) as refused:
        logbook.amend_session(signed.id, "notes", "Changed.", reason)
    assert set(refused.value.problems) == {"reason"}
    assert logbook.session(signed.id) == signed and amendments_in(logbook) == 0


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("areas.left_cheek.depth_mm", 3.5, "between 0.1 and 3.0"),
        ("areas.left_cheek.depth_mm", 1.0, "already recorded"),
        ("next_visit_due", date(2025, 4, 1), "after this session"),
        ("areas.left_cheek.passes", 99, "between 1 and"),
        ("numbing", Numbing("", "", 10), "Name the numbing agent"),
        ("areas.left_cheek.depth_mm", "deep", "depth"),
    ],
)
def test_an_amendment_is_validated(logbook: Logbook, signed: Session, field, value, problem):
    with pytest.raises(ValidationError, match=problem) as refused:
        logbook.amend_session(signed.id, field, value, "A reason.")
    assert set(refused.value.problems) == {"new_value"}
    assert logbook.session(signed.id) == signed and amendments_in(logbook) == 0


@pytest.mark.parametrize("field", ["started_at", "client_id", "device", "areas.chin.depth_mm"])
def test_only_amendable_fields_are_accepted(logbook: Logbook, signed: Session, field: str):
    with pytest.raises(ValidationError) as refused:
        logbook.amend_session(signed.id, field, 1.0, "A reason.")
    assert "field" in refused.value.problems


def test_amendments_themselves_cannot_be_changed(logbook: Logbook, signed: Session) -> None:
    logbook.amend_session(signed.id, "notes", "Changed.", "Typo.")
    for sql in ("UPDATE amendments SET reason = 'other'", "DELETE FROM amendments"):
        with refused_by_database(logbook, "amendment"), logbook._db.atomic():
            logbook._db.execute(sql)
    # Nor can one be slipped in without the amendment path.
    with refused_by_database(logbook, "amendment"), logbook._db.atomic():
        logbook._db.execute(
            "INSERT INTO amendments (session_id, field, label, old_value, new_value, reason, "
            "amended_by, amended_at) VALUES (?, 'notes', 'Notes', '\"\"', '\"x\"', 'r', 'me', "
            "'2025-06-02T12:00:00+00:00')",
            [signed.id],
        )
    assert amendments_in(logbook) == 1 and logbook._db["integrity_gate"].count == 0


# Practitioners


def test_practitioner_profiles(logbook: Logbook) -> None:
    sign_in_admin(logbook)
    maya = logbook.add_practitioner(PractitionerDetails(" Maya Okafor ", "RN, CIT", 1.5))
    assert (maya.name, maya.credentials, maya.max_depth_mm) == (MAYA, "RN, CIT", 1.5)
    with pytest.raises(ValidationError, match="already a practitioner"):
        logbook.add_practitioner(PractitionerDetails("maya okafor"))
    with pytest.raises(ValidationError) as refused:
        logbook.add_practitioner(PractitionerDetails("  ", max_depth_mm=3.5))
    assert set(refused.value.problems) == {"name", "max_depth_mm"}
    changed = logbook.update_practitioner(maya.id, PractitionerDetails(MAYA, "RN", None))
    assert changed.max_depth_mm is None and logbook.practitioner(maya.id) == changed


def test_only_the_administrator_adds_profiles_or_edits_another_s(logbook: Logbook) -> None:
    admin = sign_in_admin(logbook)
    logbook.add_practitioner(PractitionerDetails(MAYA, "RN", 1.5))
    maya = sign_in(logbook, MAYA)
    assert not maya.is_admin
    with pytest.raises(NotAllowedError, match="administrator"):
        logbook.add_practitioner(PractitionerDetails("Dr Lee Park"))
    with pytest.raises(NotAllowedError, match="another practitioner"):
        logbook.update_practitioner(admin.id, PractitionerDetails(admin.name, "MD"))
    with pytest.raises(NotAllowedError, match="maximum depth"):
        logbook.update_practitioner(maya.id, PractitionerDetails(MAYA, "RN", 2.5))
    # Her own name and credentials are hers to change.
    mine = logbook.update_practitioner(
        maya.id, PractitionerDetails("Maya Okafor-Lee", "RN, CIT", 1.5)
    )
    assert (mine.name, mine.credentials, mine.max_depth_mm) == ("Maya Okafor-Lee", "RN, CIT", 1.5)
    logbook.sign_out()
    with pytest.raises(NotAllowedError):
        logbook.update_practitioner(mine.id, PractitionerDetails(mine.name, "RN"))
    assert [p.name for p in logbook.practitioners() if p.id != admin.id] == ["Maya Okafor-Lee"]
    assert logbook.practitioner(admin.id).credentials == admin.credentials
    assert logbook.practitioner(mine.id) == mine


def test_a_practitioner_with_signed_sessions_keeps_their_name(
    logbook: Logbook, signed: Session
) -> None:
    [maya] = logbook.practitioners()
    with pytest.raises(ValidationError, match="signed sessions"):
        logbook.update_practitioner(maya.id, PractitionerDetails("Maya Okafor-Lee"))
    # Credentials and the licensed depth may change.
    logbook.update_practitioner(maya.id, PractitionerDetails(MAYA, "RN", 2.0))
    assert logbook.session(signed.id).details.practitioner_name == MAYA


# Upgrading


def test_sessions_of_the_previous_version_become_signed_final_records(data_dir: Path) -> None:
    """Before signing existed a saved session could not be changed: it was final. The
    upgrade marks it signed by its practitioner when it was recorded, and says so."""
    data_dir.mkdir()
    db = sqlite_utils.Database(data_dir / DATABASE_FILENAME)
    migrations.apply(db, stop_before="m006_signing_and_audit")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    stamp = "2025-03-01T10:30:00+00:00"
    db["practitioners"].insert({"id": 1, "name": MAYA, "created_at": stamp})
    db["clients"].insert(
        {"id": 7, "first_name": "Ann", "last_name": "Smith", "created_at": stamp,
         "updated_at": stamp}
    )  # fmt: skip
    db["sessions"].insert(
        {"id": 3, "client_id": 7, "practitioner_id": 1, "started_at": stamp, "device": "pen",
         "created_at": stamp, "updated_at": stamp}
    )  # fmt: skip
    db["session_areas"].insert(
        {"session_id": 3, "position": 0, "area": "forehead", "depth_mm": 0.5}
    )
    db.close()

    with Logbook.open(data_dir) as logbook:
        session = logbook.session(3)
        assert session.is_signed and session.signed_by == MAYA
        assert session.signed_at == datetime(2025, 3, 1, 10, 30, tzinfo=UTC)
        # Oldest last: marked signed (m006), then sealed by the audit chain (m009), as
        # it has no verifiable signature.
        sealed_all, seal, marked = logbook.audit_entries()
        assert {e.actor for e in (sealed_all, seal, marked)} == {"system (upgrade)"}
        assert (marked.action, marked.details) == ("upgrade", {"sessions_marked_signed": 1})
        assert (seal.action, seal.entity_id) == ("seal", 3)
        assert (sealed_all.action, sealed_all.details) == ("upgrade", {"sessions_sealed": 1})
        assert logbook.session_seal(3).status is SealStatus.SEALED
        # The entries written before the chain existed were chained by the upgrade.
        report = logbook.verify_records()
        assert report.ok, report.findings
        assert (report.sessions_sealed, report.entries_checked) == (1, 3)
        with pytest.raises(SignedSessionError):
            logbook.delete_draft_session(3)
