"""The rules before saving a session belong to the core: ``review_session`` says what
``record_session`` would refuse and what to confirm first; "save and sign" of a draft
is one transaction."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from logger_app.errors import NotSignedInError, PassphraseNeededError, ValidationError
from logger_app.logbook import Logbook
from logger_app.logbook.identity import SIGNING_WINDOW_SECONDS, Identity
from logger_app.records import AreaTreatment, PractitionerDetails
from logger_app.session_review import Question
from logger_app.vocabulary import Area

from ...signing import TEST_PASSPHRASE, sign_in

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def licensed(logbook: Logbook) -> None:
    logbook.add_practitioner(PractitionerDetails("Dr Jane Doe", "MD", 1.0))


def test_a_valid_session_has_nothing_to_review(logbook: Logbook, client, make_session) -> None:
    review = logbook.review_session(make_session(client.id), now=NOW)
    assert review.ok and review.problems == {} and review.questions == ()


def test_a_depth_above_the_usual_range_is_a_question_then_kept_once_confirmed(
    logbook: Logbook, client, make_session, licensed
) -> None:
    areas = (AreaTreatment(Area.LEFT_CHEEK, 1.0), AreaTreatment(Area.FOREHEAD, 0.8))
    details = make_session(client.id, areas=areas)
    review = logbook.review_session(details, now=NOW)
    assert review.problems == {}
    assert review.questions == (
        Question("depth_above_usual.forehead", review.questions[0].message, "areas.1.depth_mm"),
    )
    assert "Forehead 0.8 mm is above the usual 0.25–0.5 mm" in review.questions[0].message
    confirmed = review.confirmed(details)
    assert logbook.review_session(confirmed, now=NOW).ok
    saved = logbook.record_session(confirmed, now=NOW)
    assert [a.code for a in saved.acknowledgements] == ["depth_above_usual.forehead"]


@pytest.mark.parametrize(
    "change",
    [
        {"areas": (AreaTreatment(Area.LEFT_CHEEK, 1.5),)},  # above the licensed 1.0 mm
        {"started_at": NOW + timedelta(days=2)},  # in the future
        {"duration_minutes": -5, "areas": ()},  # several fields at once
    ],
)
def test_the_problems_are_exactly_what_saving_would_refuse(
    logbook: Logbook, client, make_session, licensed, change
) -> None:
    details = make_session(client.id, **change)
    review = logbook.review_session(details, now=NOW)
    with pytest.raises(ValidationError) as refused:
        logbook.record_session(details, now=NOW)
    assert review.problems == refused.value.problems != {}
    assert not review.ok


def test_reviewing_saves_nothing(logbook: Logbook, client, make_session) -> None:
    entries, sessions = logbook.audit_count(), logbook.session_count()
    logbook.review_session(make_session(client.id), now=NOW)
    assert (logbook.audit_count(), logbook.session_count()) == (entries, sessions)


def test_a_draft_under_review_stays_with_its_client(
    logbook: Logbook, client, add_client, make_session
) -> None:
    draft = logbook.record_session(make_session(client.id), now=NOW)
    other = add_client("Ben", "Jones")
    moved = replace(draft.details, client_id=other.id)
    review = logbook.review_session(moved, now=NOW, draft_id=draft.id)
    assert review.problems["client_id"] == "A session stays with its client."
    assert logbook.review_session(draft.details, now=NOW, draft_id=draft.id).ok


def test_save_and_sign_of_a_draft_is_one_transaction(
    logbook: Logbook, client, make_session
) -> None:
    sign_in(logbook, "Dr Jane Doe")
    draft = logbook.record_session(make_session(client.id), now=NOW)
    before = logbook.audit_count()
    signed = logbook.update_draft_session(
        draft.id, replace(draft.details, notes="Edited and signed."), now=NOW, sign=True
    )
    assert signed.is_signed and signed.details.notes == "Edited and signed."
    assert [(e.action, e.entity_id) for e in logbook.audit_entries(limit=2)] == [
        ("sign", draft.id),
        ("update", draft.id),
    ]
    assert logbook.audit_count() == before + 2


def test_when_signing_fails_the_draft_edit_is_not_kept_either(
    logbook: Logbook, client, make_session, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(logbook, "Dr Jane Doe")
    draft = logbook.record_session(make_session(client.id), now=NOW)
    before = logbook.audit_count()

    def broken(*args, **kwargs):
        raise OSError("the disk went away")

    monkeypatch.setattr("logger_app.store.signing.SigningStore.sign", broken)
    with pytest.raises(OSError):
        logbook.update_draft_session(draft.id, replace(draft.details, notes="Lost."), sign=True)
    monkeypatch.undo()
    kept = logbook.session(draft.id)
    assert not kept.is_signed and kept.details.notes == draft.details.notes
    assert logbook.audit_count() == before


def test_save_and_sign_without_a_fresh_passphrase_keeps_nothing(
    logbook: Logbook, client, make_session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The passphrase is asked before anything is saved: the edit and the signature
    are kept together, after it is given."""
    draft = logbook.record_session(make_session(client.id), now=NOW)
    edited = replace(draft.details, notes="Edited and signed.")
    with pytest.raises(NotSignedInError):
        logbook.update_draft_session(draft.id, edited, now=NOW, sign=True)
    sign_in(logbook, "Dr Jane Doe")
    before = logbook.audit_count()
    later = time.monotonic() + SIGNING_WINDOW_SECONDS + 1
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: later))
    with pytest.raises(PassphraseNeededError):
        logbook.update_draft_session(draft.id, edited, now=NOW, sign=True)
    assert logbook.session(draft.id) == draft and logbook.audit_count() == before
    logbook.confirm_passphrase(TEST_PASSPHRASE)
    signed = logbook.update_draft_session(draft.id, edited, now=NOW, sign=True)
    assert signed.is_signed and signed.details.notes == "Edited and signed."


def test_a_refused_edit_is_not_signed(logbook: Logbook, client, make_session) -> None:
    draft = logbook.record_session(make_session(client.id), now=NOW)
    with pytest.raises(ValidationError):
        logbook.update_draft_session(draft.id, replace(draft.details, areas=()), sign=True)
    assert not logbook.session(draft.id).is_signed
