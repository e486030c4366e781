"""The one change signal: after each commit the Logbook announces one Change per audit
entry the commit kept; nothing for a write refused or rolled back; a batch announces
once it commits; a failing listener does not undo or fail the write."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from logger_app.changes import Change
from logger_app.errors import ValidationError
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, PhotoDetails, ScreeningDetails
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...signing import sign_in
from ..photo_files import picture, save

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


class Heard:
    """A listener noting each Change, and whether a transaction was still open."""

    def __init__(self, logbook: Logbook) -> None:
        self.logbook = logbook
        self.changes: list[Change] = []
        self.during_transaction = 0
        self.taken: list[Change] = []
        self.unsubscribe = logbook.changes.subscribe(self)

    def __call__(self, change: Change) -> None:
        self.changes.append(change)
        self.during_transaction += self.logbook._db.in_transaction

    def take(self) -> list[Change]:
        taken, self.changes = self.changes, []
        self.taken.extend(taken)
        return taken


@pytest.fixture
def heard(logbook: Logbook) -> Heard:
    return Heard(logbook)


def _entries_since(logbook: Logbook, newest: int) -> list[tuple[str, int | None, str]]:
    """(entity, client, action) of the audit entries after ``newest``, oldest first."""
    new = [e for e in logbook.audit_entries(limit=50) if e.id > newest]
    return [(e.entity, e.client_id, e.action) for e in reversed(new)]


def test_each_committed_write_announces_its_audit_entries_in_order(
    logbook: Logbook, client, make_session, heard: Heard, tmp_path: Path
) -> None:
    sign_in(logbook, "Dr Jane Doe")  # who signs below
    heard.take()
    heard.taken.clear()
    newest = logbook.audit_entries(limit=1)[0].id
    session = logbook.record_session(make_session(client.id), now=NOW)
    assert heard.take() == [Change("session", client.id, session.id, "create")]
    photo = save(picture(120, 90, seed=3), tmp_path / "p.png", "PNG")
    [result] = logbook.import_photos(
        session.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    )
    assert heard.take() == [Change("photo", client.id, session.id, "create")]
    logbook.delete_photo(result.photo_id)
    assert heard.take() == [Change("photo", client.id, session.id, "delete")]
    logbook.update_client(client.id, replace(client.details, phone="+44 20 7946 0000"))
    assert heard.take() == [Change("client", client.id, None, "update")]
    logbook.add_screening(ScreeningDetails(client.id, date(2025, 5, 30)), today=date(2025, 6, 1))
    assert heard.take() == [Change("screening", client.id, None, "create")]
    logbook.record_event("export", "Logbook exported")
    assert heard.take() == [Change("logbook", None, None, "export")]
    signed = logbook.record_session(
        make_session(client.id, started_at=datetime(2025, 4, 1, 10, tzinfo=UTC)),
        now=NOW,
        sign=True,
    )
    assert heard.take() == [
        Change("session", client.id, signed.id, "create"),
        Change("session", client.id, signed.id, "sign"),
    ]
    # Always one per audit entry, named by its entity and action, after the commit.
    assert [(c.kind, c.client_id, c.action) for c in heard.taken] == _entries_since(logbook, newest)
    assert heard.during_transaction == 0


def test_a_refused_or_rolled_back_write_announces_nothing(
    logbook: Logbook, client, make_session, heard: Heard, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(logbook, "Dr Jane Doe")
    heard.take()
    with pytest.raises(ValidationError):
        logbook.add_client(ClientDetails("", ""))
    draft = logbook.record_session(make_session(client.id), now=NOW)
    heard.take()

    def broken(*args, **kwargs):
        raise OSError("the disk went away")

    # The audit entry is written, then the signing fails: the transaction rolls back.
    monkeypatch.setattr("logger_app.store.signing.SigningStore.sign", broken)
    with pytest.raises(OSError):
        logbook.update_draft_session(draft.id, replace(draft.details, notes="x"), sign=True)
    monkeypatch.undo()
    assert heard.take() == []
    assert logbook.session(draft.id).details.notes == draft.details.notes


def test_a_batch_announces_after_it_commits_and_not_what_a_savepoint_undid(
    logbook: Logbook, heard: Heard
) -> None:
    with logbook.batch():
        first = logbook.add_client(ClientDetails("Ann", "Smith"))
        try:
            with logbook._db.atomic():  # a nested step that fails: a savepoint undone
                logbook.add_client(ClientDetails("Ben", "Jones"))
                raise RuntimeError("this step is undone")
        except RuntimeError:
            pass
        second = logbook.add_client(ClientDetails("Cat", "Lee"))
        assert heard.changes == []  # nothing is announced before the commit
    assert heard.take() == [
        Change("client", first.id, None, "create"),
        Change("client", second.id, None, "create"),
    ]
    with pytest.raises(RuntimeError), logbook.batch():
        logbook.add_client(ClientDetails("Dan", "Moss"))
        raise RuntimeError("the whole batch is rolled back")
    assert heard.take() == [] and logbook.client_count() == 2


def test_a_failing_listener_neither_fails_nor_undoes_the_write(
    logbook: Logbook, heard: Heard, caplog: pytest.LogCaptureFixture
) -> None:
    def failing(change: Change) -> None:
        raise ValueError("a view could not refresh")

    unsubscribe = logbook.changes.subscribe(failing)
    later = Heard(logbook)  # subscribed after the failing one: still told
    with caplog.at_level(logging.ERROR, logger="logger_app.changes"):
        added = logbook.add_client(ClientDetails("Ann", "Smith"))
    assert logbook.client(added.id).full_name == "Ann Smith"
    assert heard.take() == later.take() == [Change("client", added.id, None, "create")]
    assert "A listener failed on create of client" in caplog.text
    unsubscribe()
    heard.unsubscribe()
    logbook.add_client(ClientDetails("Ben", "Jones"))
    assert heard.take() == [] and len(later.take()) == 1
