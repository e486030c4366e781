"""Two rooms editing one draft: each save counts up the draft's version and keeps who
saved; a save (or signing) over a version that another workstation has saved since is
refused, saying when and by whom, and nothing of it is written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from logger_app.errors import StaleDraftError
from logger_app.logbook import Logbook
from logger_app.records import Session

from ...signing import sign_in

pytestmark = pytest.mark.both_homes

JANE = "Dr Jane Doe"
MAYA = "Maya Okafor"


@pytest.fixture
def other_room(logbook: Logbook, data_dir: Path, database_url: str | None) -> Iterator[Logbook]:
    """A second workstation's Logbook on the same file or server database."""
    room = Logbook.open(data_dir, database_url=database_url)
    sign_in(room, JANE)
    try:
        yield room
    finally:
        room.close()


@pytest.fixture
def draft(logbook: Logbook, client, make_session) -> Session:
    sign_in(logbook, MAYA)
    return logbook.record_session(make_session(client.id, notes="First notes."))


def test_each_save_counts_up_the_version_and_keeps_who_saved(
    logbook: Logbook, draft: Session, other_room: Logbook
) -> None:
    assert (draft.version, draft.updated_by) == (1, MAYA)
    saved = other_room.update_draft_session(
        draft.id, replace(draft.details, notes="Second."), version=draft.version
    )
    assert (saved.version, saved.updated_by) == (2, JANE)
    assert logbook.session(draft.id).version == 2
    signed = logbook.sign_session(draft.id, version=2)
    assert signed.is_signed and signed.version == 3


def test_a_save_over_a_version_saved_since_elsewhere_is_refused(
    logbook: Logbook, draft: Session, other_room: Logbook
) -> None:
    theirs = other_room.update_draft_session(
        draft.id, replace(draft.details, notes="Jane's notes."), version=draft.version
    )
    entries = logbook.audit_count()
    with pytest.raises(StaleDraftError) as refused:
        logbook.update_draft_session(
            draft.id, replace(draft.details, notes="Maya's notes."), version=draft.version
        )
    when = theirs.updated_at.astimezone().strftime("%H:%M")
    assert str(refused.value).startswith(
        f"This draft was changed at another workstation at {when} by {JANE}: "
    )
    assert refused.value.saved_by == JANE
    kept = logbook.session(draft.id)
    assert (kept.details.notes, kept.version, kept.updated_by) == ("Jane's notes.", 2, JANE)
    assert logbook.audit_count() == entries
    # Read again, the newer version saves.
    saved = logbook.update_draft_session(
        draft.id, replace(kept.details, notes="Both."), version=kept.version
    )
    assert (saved.details.notes, saved.version, saved.updated_by) == ("Both.", 3, MAYA)


def test_signing_a_version_saved_since_elsewhere_is_refused(
    logbook: Logbook, draft: Session, other_room: Logbook
) -> None:
    other_room.update_draft_session(
        draft.id, replace(draft.details, notes="Changed."), version=draft.version
    )
    with pytest.raises(StaleDraftError, match=f"by {JANE}"):
        logbook.sign_session(draft.id, version=draft.version)
    assert not logbook.session(draft.id).is_signed


def test_the_write_itself_matches_the_version_read(
    logbook: Logbook, draft: Session, other_room: Logbook
) -> None:
    """Two rooms past the check at once: the UPDATE compares the version it changes, so
    the second writer matches no row and its whole transaction is undone."""
    other_room.update_draft_session(
        draft.id, replace(draft.details, notes="Jane first."), version=draft.version
    )
    context = logbook._context
    with pytest.raises(StaleDraftError), context.db.atomic():
        context.sessions.rewrite_draft(
            draft.id, replace(draft.details, notes="Maya late."), version=draft.version
        )
    assert logbook.session(draft.id).details.notes == "Jane first."
