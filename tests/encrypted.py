"""Encrypted logbooks for tests: a new one in a folder, and opening it again."""

from __future__ import annotations

from pathlib import Path

from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import NewLogbookKeys, new_encrypted_logbook, open_signed_in
from logger_app.records import PractitionerDetails

from .signing import TEST_PASSPHRASE

ADMIN = "Test Administrator"


def new_encrypted(folder: Path, actor: str | None = None) -> tuple[Logbook, NewLogbookKeys]:
    """A new encrypted logbook in ``folder`` whose administrator (``ADMIN``, passphrase
    ``TEST_PASSPHRASE``) is signed in."""
    keys = new_encrypted_logbook(folder)
    logbook = Logbook.open(folder, actor, create=True, data_key=keys.data_key)
    logbook.add_practitioner(PractitionerDetails(ADMIN), TEST_PASSPHRASE)
    return logbook, keys


def reopen(folder: Path, name: str = ADMIN, passphrase: str = TEST_PASSPHRASE) -> Logbook:
    """The encrypted logbook in ``folder`` opened and ``name`` signed in."""
    return open_signed_in(folder, name, passphrase)
