"""Signing in for tests: every signature is real, made with a practitioner's key."""

from __future__ import annotations

from logger_app.identity.keys import KdfSettings
from logger_app.logbook import Logbook
from logger_app.records import Practitioner, PractitionerDetails

# argon2id's cheapest settings: tests seal and open many keys (see conftest).
QUICK_KDF = KdfSettings(time_cost=1, memory_kib=8 * 1024, parallelism=1)
TEST_PASSPHRASE = "a passphrase for tests"


def sign_in(logbook: Logbook, name: str = "Test Practitioner") -> Practitioner:
    """Sign ``name`` in with ``TEST_PASSPHRASE``: a new profile is added first (by the
    signed-in administrator, or as the logbook's first, its administrator), an
    unprotected one gets that passphrase."""
    existing = next((p for p in logbook.practitioners() if p.name == name.strip()), None)
    if existing is None:
        if logbook.practitioners() and not (logbook.signed_in and logbook.signed_in.is_admin):
            sign_in_admin(logbook)
        first = not logbook.practitioners()
        added = logbook.add_practitioner(
            PractitionerDetails(name), TEST_PASSPHRASE if first else None
        )
        if first:
            return added
        existing = added
    if not existing.protected:
        return logbook.set_first_passphrase(name, TEST_PASSPHRASE)
    return logbook.sign_in(name, TEST_PASSPHRASE)


def sign_in_admin(logbook: Logbook) -> Practitioner:
    """Sign in the logbook's administrator (the first profile; made if none)."""
    admin = next((p for p in logbook.practitioners() if p.is_admin), None)
    if admin is None:
        return sign_in(logbook, "Test Administrator")
    return sign_in(logbook, admin.name)
