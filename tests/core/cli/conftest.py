"""Who runs the commands of these tests: nobody, unless a test signs in as a script does
(``LOGGER_APP_PRACTITIONER`` and ``LOGGER_APP_PASSPHRASE``)."""

from __future__ import annotations

import pytest

from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV

from ...signing import TEST_PASSPHRASE

PRACTITIONER = "Test Practitioner"  # tests.signing.sign_in's default


@pytest.fixture(autouse=True)
def _nobody_signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PRACTITIONER_ENV, raising=False)
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)


@pytest.fixture
def signed_in_env(monkeypatch: pytest.MonkeyPatch) -> str:
    """Commands run as ``PRACTITIONER`` (with ``TEST_PASSPHRASE``), named by the
    environment; the logbook must know them (``tests.signing.sign_in``) unless the
    command makes it."""
    monkeypatch.setenv(PRACTITIONER_ENV, PRACTITIONER)
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    return PRACTITIONER
