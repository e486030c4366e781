"""Sign-in and passphrase messages speak the installed language; the audit log, a
record, stays in the logbook's own English whatever the window speaks."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from logger_app import i18n
from logger_app.errors import NotAllowedError, NotFoundError, WrongPassphraseError
from logger_app.identity.passphrases import passphrase_problem
from logger_app.logbook import Logbook
from logger_app.records import PractitionerDetails

CATALOGS = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "de"


def _german_table() -> dict[tuple[str, str], str]:
    """Every finished German translation of the core's catalogs, as the .qm holds them."""
    table = {}
    for catalog in CATALOGS.glob("logger_app*.ts"):
        for context in ElementTree.parse(catalog).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                german = message.findtext("translation")
                if german:
                    table[(name, message.findtext("source") or "")] = german
    return table


@pytest.fixture
def german() -> Iterator[None]:
    table = _german_table()
    i18n.install_translator(lambda context, text, _d=None, _n=-1: table.get((context, text), text))
    try:
        yield
    finally:
        i18n.install_translator(None)


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
