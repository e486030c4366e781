"""Sign-in and passphrase messages speak the installed language; the audit log, a
record, stays in the logbook's own English whatever the window speaks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from logger_app.errors import NotAllowedError, NotFoundError, WrongPassphraseError
from logger_app.identity.passphrases import passphrase_problem
from logger_app.logbook import Logbook
from logger_app.records import PractitionerDetails

from ..german import speaking_catalog_german


@pytest.fixture
def german() -> Iterator[None]:
    with speaking_catalog_german():
        yield


def test_a_short_passphrase_is_refused_in_german(german) -> None:
    assert passphrase_problem("kurz") == (
        "Wählen Sie eine Passphrase mit mindestens 10 Zeichen: Am besten einige Wörter, "
        "die Sie sich merken können."
    )


def test_sign_in_messages_read_german_and_the_audit_stays_english(logbook: Logbook, german) -> None:
    logbook.add_practitioner(PractitionerDetails("Ada Admin"), "admin passphrase one")
    logbook.sign_out()
    with pytest.raises(NotAllowedError) as not_admin:
        logbook.add_practitioner(PractitionerDetails("Dana Doe"), "temporary pass 1")
    assert str(not_admin.value) == (
        "Nur der Administrator des Logbuchs kann einen Behandler hinzufügen."
    )
    with pytest.raises(WrongPassphraseError):
        logbook.sign_in("Ada Admin", "not the passphrase")
    with pytest.raises(NotFoundError) as refused:
        logbook.sign_in("Nobody Here", "admin passphrase one")
    assert "Es gibt keinen Behandler namens Nobody Here." in str(refused.value)
    details = [entry.summary for entry in logbook.audit_entries()]
    # Written while German was installed, kept as the logbook's record in English.
    assert any(d.startswith("Practitioner 1: new signing key") for d in details)
    assert any(d == "Signed in: practitioner 1" for d in details)
