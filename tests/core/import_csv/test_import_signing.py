"""An import is signed by the signed-in practitioner who imports it, with the meaning
"imported"; nobody signed in imports nothing; the passphrase is asked for before
anything is kept, and once given it holds for the whole import, however long."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from logger_app.errors import NotSignedInError, PassphraseNeededError
from logger_app.identity.documents import IMPORTED_MEANING
from logger_app.import_csv import commit_import
from logger_app.logbook import Logbook
from logger_app.logbook.identity import SIGNING_WINDOW_SECONDS, Identity
from logger_app.records import Practitioner
from logger_app.verification import SealStatus

from ...signing import TEST_PASSPHRASE
from ..conftest import FIXED_NOW
from ..import_samples import eu_files
from .test_import_csv import DEFAULTS, plan_files


def test_the_importer_signs_each_session_as_imported(
    tmp_path: Path, logbook: Logbook, importer: Practitioner
) -> None:
    summary = commit_import(logbook, plan_files(*eu_files(tmp_path), logbook, **DEFAULTS))
    sessions = [s for i in summary.client_ids for s in logbook.sessions_of(i)]
    assert len(sessions) == 4
    for session in sessions:
        assert session.signed_by == importer.name  # the files name another practitioner
        seal = logbook.session_seal(session.id)
        assert (seal.status, seal.signer, seal.meaning) == (
            SealStatus.VERIFIED,
            importer.name,
            IMPORTED_MEANING,
        )
    report = logbook.verify_records()
    assert report.ok and report.signatures_checked == 4


def test_nobody_signed_in_imports_nothing(
    tmp_path: Path, logbook: Logbook, row_counts: Callable[[], dict[str, int]]
) -> None:
    plan = plan_files(*eu_files(tmp_path), logbook, **DEFAULTS)
    before = row_counts()
    with pytest.raises(NotSignedInError, match="Sign in to import"):
        commit_import(logbook, plan)
    assert row_counts() == before


def test_a_passphrase_given_too_long_ago_is_asked_for_then_the_same_commit_goes_through(
    tmp_path: Path,
    logbook: Logbook,
    importer: Practitioner,
    row_counts: Callable[[], dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = plan_files(*eu_files(tmp_path), logbook, **DEFAULTS)
    before = row_counts()
    later = time.monotonic() + SIGNING_WINDOW_SECONDS + 1
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: later))
    # Not a problem of a row: the passphrase again, nothing kept meanwhile.
    with pytest.raises(PassphraseNeededError):
        commit_import(logbook, plan)
    assert row_counts() == before
    logbook.confirm_passphrase(TEST_PASSPHRASE)
    assert commit_import(logbook, plan).sessions_added == 4


def test_an_import_signing_for_longer_than_the_window_goes_through(
    tmp_path: Path,
    logbook: Logbook,
    importer: Practitioner,
    monkeypatch: pytest.MonkeyPatch,
    make_session,
) -> None:
    """A big import signs for minutes: the passphrase given at its start holds to its
    end (asked again mid-way, every retry would fail at the same point)."""
    plan = plan_files(*eu_files(tmp_path), logbook, **DEFAULTS)
    ticks = iter(range(10_000))
    start = time.monotonic()
    # Each look at the clock is a minute later: the window is over after the second.
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: start + 60.0 * next(ticks)))
    assert commit_import(logbook, plan).sessions_added == 4
    client_id = logbook.client_ids()[0]
    with pytest.raises(PassphraseNeededError):  # the window applies again after it
        logbook.record_session(make_session(client_id), FIXED_NOW, enforce_safety=False, sign=True)
