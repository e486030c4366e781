"""Signing in: passphrases, the administrator, resets, the throttle and the signing
window, on the file and on the clinic server."""

from __future__ import annotations

from datetime import timedelta

import pytest

from logger_app.errors import (
    MustChangePassphraseError,
    NotAllowedError,
    NotSignedInError,
    PassphraseNeededError,
    PassphraseNotSetError,
    SignInThrottledError,
    ValidationError,
    WrongPassphraseError,
)
from logger_app.logbook import Logbook
from logger_app.logbook import identity as identity_module
from logger_app.logbook.identity import SIGNING_WINDOW_SECONDS, Identity, wait_after
from logger_app.records import AreaTreatment, PractitionerDetails, SafetySettings, SessionDetails
from logger_app.verification import SealStatus
from logger_app.vocabulary import Area, Device

from ...database_rules import raw_sql
from ..conftest import FIXED_NOW

pytestmark = pytest.mark.both_homes

ADMIN_PASS = "admin passphrase one"
DANA_PASS = "dana's own passphrase"


@pytest.fixture
def admin(logbook: Logbook):
    return logbook.add_practitioner(PractitionerDetails("Ada Admin"), ADMIN_PASS)


def _draft(logbook: Logbook, client, name: str = "Ada Admin"):
    details = SessionDetails(
        client_id=client.id, started_at=FIXED_NOW - timedelta(hours=2), practitioner_name=name,
        device=Device.PEN, areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
    )  # fmt: skip
    return logbook.record_session(details, FIXED_NOW, enforce_safety=False)


def test_the_first_profile_administers_and_is_signed_in(logbook: Logbook, admin) -> None:
    assert admin.is_admin and admin.protected and not admin.must_change_passphrase
    assert logbook.signed_in == admin
    (key,) = logbook.practitioner_keys(admin.id)
    assert key.valid_until is None and len(key.public_key) == 32
    assert [e.action for e in logbook.audit_entries()][:2] == ["sign_in", "key"]


def test_later_profiles_need_the_administrator(logbook: Logbook, admin) -> None:
    logbook.sign_out()
    with pytest.raises(NotAllowedError, match="administrator"):
        logbook.add_practitioner(PractitionerDetails("Dana Doe"), "temporary pass 1")
    logbook.sign_in("Ada Admin", ADMIN_PASS)
    dana = logbook.add_practitioner(PractitionerDetails("Dana Doe"), "temporary pass 1")
    assert dana.protected and dana.must_change_passphrase and not dana.is_admin
    assert logbook.signed_in == admin  # adding someone does not sign them in
    with pytest.raises(MustChangePassphraseError):
        logbook.sign_in("Dana Doe", "temporary pass 1")
    with pytest.raises(ValidationError):
        logbook.change_passphrase("Dana Doe", "temporary pass 1", "short")
    signed = logbook.change_passphrase("Dana Doe", "temporary pass 1", DANA_PASS)
    assert signed.name == "Dana Doe" and not signed.must_change_passphrase
    assert logbook.signed_in.name == "Dana Doe"
    # Only the key was resealed: one key, the same public key.
    assert len(logbook.practitioner_keys(dana.id)) == 1


def test_an_unprotected_profile_chooses_its_passphrase(logbook: Logbook, admin, client) -> None:
    _draft(logbook, client, name="Old Profile")  # a name recorded before sign-in existed
    assert [p.name for p in logbook.unprotected_practitioners()] == ["Old Profile"]
    with pytest.raises(PassphraseNotSetError):
        logbook.sign_in("Old Profile", "anything at all")
    with pytest.raises(ValidationError, match="at least"):
        logbook.set_first_passphrase("Old Profile", "short")
    logbook.set_first_passphrase("old profile", "chosen passphrase")
    assert logbook.signed_in.name == "Old Profile" and not logbook.unprotected_practitioners()
    with pytest.raises(ValidationError):
        logbook.set_first_passphrase("Old Profile", "another passphrase")


def test_wrong_passphrases_are_refused_then_slowed(
    logbook: Logbook, admin, data_dir, database_url, monkeypatch
) -> None:
    logbook.sign_out()
    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            logbook.sign_in("Ada Admin", "not the passphrase")
    with pytest.raises(WrongPassphraseError, match="Wait 5 seconds"):
        logbook.sign_in("Ada Admin", "not the passphrase")
    # The right passphrase must wait too, at any workstation of the logbook.
    other = Logbook.open(data_dir, database_url=database_url)
    try:
        with pytest.raises(SignInThrottledError) as waited:
            other.sign_in("Ada Admin", ADMIN_PASS)
        assert 1 <= waited.value.wait_seconds <= 5
    finally:
        other.close()
    assert logbook.signed_in is None
    later = FIXED_NOW.replace(year=2100)
    monkeypatch.setattr(identity_module, "utc_now", lambda: later)
    assert logbook.sign_in("Ada Admin", ADMIN_PASS) == admin
    failed = [e for e in logbook.audit_entries() if e.action == "sign_in_failed"]
    assert len(failed) == 3 and all("not the passphrase" not in e.summary for e in failed)


def test_the_wait_grows_then_stops_growing() -> None:
    assert [wait_after(n) for n in range(1, 8)] == [0, 0, 5, 10, 20, 40, 80]
    assert wait_after(40) == 300


def test_signing_needs_a_signed_in_practitioner_and_a_recent_passphrase(
    logbook: Logbook, admin, client, monkeypatch
) -> None:
    draft = _draft(logbook, client)
    logbook.sign_out()
    with pytest.raises(NotSignedInError):
        logbook.sign_session(draft.id)
    logbook.sign_in("Ada Admin", ADMIN_PASS)
    clock = [Identity.clock()]
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: clock[0]))
    logbook.confirm_passphrase(ADMIN_PASS)
    clock[0] += SIGNING_WINDOW_SECONDS + 1
    with pytest.raises(PassphraseNeededError):
        logbook.sign_session(draft.id)
    assert not logbook.session(draft.id).is_signed
    with pytest.raises(WrongPassphraseError):
        logbook.confirm_passphrase("not the passphrase")
    logbook.confirm_passphrase(ADMIN_PASS)
    signed = logbook.sign_session(draft.id)
    assert signed.signed_by == "Ada Admin"
    assert logbook.session_seal(draft.id).status is SealStatus.VERIFIED


def test_a_reset_makes_a_new_key_and_old_signatures_still_verify(
    logbook: Logbook, admin, client
) -> None:
    dana = logbook.add_practitioner(PractitionerDetails("Dana Doe"), "temporary pass 1")
    logbook.change_passphrase("Dana Doe", "temporary pass 1", DANA_PASS)
    signed = logbook.sign_session(_draft(logbook, client, "Dana Doe").id)
    logbook.sign_in("Ada Admin", ADMIN_PASS)
    logbook.reset_passphrase(dana.id, "temporary pass 2")
    old, new = logbook.practitioner_keys(dana.id)
    assert old.valid_until is not None and new.valid_until is None
    assert old.public_key != new.public_key and new.reason == "reset"
    assert logbook.session_seal(signed.id).status is SealStatus.VERIFIED
    with pytest.raises(WrongPassphraseError):
        logbook.sign_in("Dana Doe", DANA_PASS)  # the forgotten one no longer opens
    with pytest.raises(MustChangePassphraseError):
        logbook.sign_in("Dana Doe", "temporary pass 2")
    logbook.change_passphrase("Dana Doe", "temporary pass 2", "dana's second passphrase")
    assert logbook.verify_records().ok


def test_what_only_the_administrator_may_do(logbook: Logbook, admin, client) -> None:
    dana = logbook.add_practitioner(PractitionerDetails("Dana Doe"), "temporary pass 1")
    logbook.change_passphrase("Dana Doe", "temporary pass 1", DANA_PASS)
    for attempt in (
        lambda: logbook.save_safety_settings(SafetySettings()),
        lambda: logbook.erase_client(client.id, "Ann Smith"),
        lambda: logbook.set_auto_lock_minutes(10),
        lambda: logbook.reset_passphrase(admin.id, "temporary pass 3"),
        lambda: logbook.set_admin(dana.id, True),
        lambda: logbook.update_practitioner(admin.id, PractitionerDetails("Ada Admin", "MD")),
        lambda: logbook.update_practitioner(dana.id, PractitionerDetails("Dana Doe", "", 1.5)),
    ):
        with pytest.raises(NotAllowedError):
            attempt()
    # Their own credentials, yes; their licensed depth, no (above).
    assert logbook.update_practitioner(dana.id, PractitionerDetails("Dana Doe", "RN")).credentials
    logbook.sign_in("Ada Admin", ADMIN_PASS)
    assert logbook.update_practitioner(dana.id, PractitionerDetails("Dana Doe", "RN", 1.5))
    assert logbook.set_auto_lock_minutes(10) == 10 and logbook.auto_lock_minutes() == 10
    with pytest.raises(ValidationError):
        logbook.set_auto_lock_minutes(0)
    with pytest.raises(ValidationError, match="at least one administrator"):
        logbook.set_admin(admin.id, False)
    assert logbook.set_admin(dana.id, True).is_admin
    assert not logbook.set_admin(admin.id, False).is_admin


def test_auto_lock_defaults_to_five_minutes(logbook: Logbook) -> None:
    assert logbook.auto_lock_minutes() == 5


def test_a_background_connection_signs_as_the_same_person(
    logbook: Logbook, admin, client, data_dir, database_url
) -> None:
    draft = _draft(logbook, client)
    worker = Logbook.open(data_dir, database_url=database_url)
    try:
        with pytest.raises(NotSignedInError):
            worker.sign_session(draft.id)
        worker.adopt_sign_in(logbook.sign_in_handle())
        assert worker.sign_session(draft.id).signed_by == "Ada Admin"
    finally:
        worker.close()


def test_no_passphrase_is_stored(logbook: Logbook, admin, data_dir, database_url) -> None:
    rows = raw_sql(logbook, "SELECT * FROM practitioners")
    text = repr(rows) + repr(raw_sql(logbook, "SELECT * FROM audit_log"))
    assert ADMIN_PASS not in text
    if database_url is None:
        logbook.close()
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert ADMIN_PASS.encode() not in path.read_bytes(), path
