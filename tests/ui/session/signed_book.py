"""A logbook with signed records for the window's signing tests: Maya (its administrator,
signed in with the tests' passphrase), a client on file with a signed session and a
draft; and the ways a record is forged or left from before verifiable signatures."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.logbook.identity import Identity
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    ScreeningDetails,
    SessionDetails,
)
from logger_app.store.database import DATABASE_FILENAME
from logger_app.vocabulary import Area, Device

from ...forgery import forge_signed_depth
from ...logbook_template import new_logbook
from ...signing import sign_in

MAYA = "Maya Okafor"
ON_FILE = date(2025, 1, 2)


def session_of(client_id: int, day: date, depth: float) -> SessionDetails:
    return SessionDetails(
        client_id=client_id,
        started_at=datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
        practitioner_name=MAYA,
        device=Device.PEN,
        areas=(AreaTreatment(Area.LEFT_CHEEK, depth, 4),),
        notes="Tolerated well.",
    )


def make_book(data_dir: Path) -> dict[str, int]:
    with new_logbook(data_dir) as logbook:
        sign_in(logbook, MAYA)  # the first profile: the administrator
        client = logbook.add_client(ClientDetails("Anna", "Smith", date_of_birth=date(1988, 4, 23)))
        logbook.add_screening(ScreeningDetails(client.id, ON_FILE), today=ON_FILE)
        logbook.add_consent(
            ConsentDetails(client.id, "1", ON_FILE, typed_name="Signed"), today=ON_FILE
        )
        signed = logbook.record_session(session_of(client.id, date(2025, 2, 3), 1.0), sign=True)
        draft = logbook.record_session(session_of(client.id, date(2025, 4, 7), 1.25))
    return {"client": client.id, "signed": signed.id, "draft": draft.id}


def open_signed_in(open_window, data_dir: Path, book: dict[str, int]):
    """The window on the book, Maya signed in at it, the client's draft on show."""
    window = open_window(data_dir)
    sign_in(window.logbook, MAYA)
    window.show_client(book["client"], select_session=book["draft"])
    return window


def expire_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """Move the signing window's clock an hour on: the passphrase given at sign-in is
    too old to sign with (what a later confirmation gives is fresh again)."""
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: time.monotonic() + 3600))


def forge_depth(data_dir: Path, session_id: int, depth: float) -> None:
    """A signed session's depth rewritten behind the app's back."""
    forge_signed_depth(data_dir / DATABASE_FILENAME, session_id, depth=depth)


def signed_before_signatures(data_dir: Path, session_id: int, like: int) -> None:
    """The draft ``session_id`` marked signed as versions before signatures did (with
    the signer and time of session ``like``); the next opening seals it."""
    with closing(sqlite3.connect(data_dir / DATABASE_FILENAME)) as conn:
        signed_at, signed_by = conn.execute(
            "SELECT signed_at, signed_by FROM sessions WHERE id = ?", (like,)
        ).fetchone()
        conn.execute(
            "UPDATE sessions SET signed_at = ?, signed_by = ? WHERE id = ?",
            (signed_at, signed_by, session_id),
        )
        conn.execute("INSERT INTO logbook_settings (key, value) VALUES ('seal_pending', 'true')")
        conn.commit()
    Logbook.open(data_dir).close()  # the upgrade's seal, at the first opening
