"""Signing from the window: the passphrase asked again when it was given too long ago,
and the words of a signature (who signs, when, what it means: 21 CFR 11.50).

The core refuses to sign with PassphraseNeededError before it writes anything; here the
passphrase is asked, the key opened again (``confirm_passphrase``) and the signing run
once more. Cancelled, nothing was signed nor saved: ``SigningCancelled`` says so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from logger_app.errors import (
    LogbookError,
    PassphraseNeededError,
    SignInThrottledError,
)
from logger_app.i18n import translate
from logger_app.identity.documents import meaning_text
from logger_app.logbook import Logbook
from logger_app.logbook.identity import SIGNING_WINDOW_SECONDS

from ..common.display import format_datetime
from ..common.passphrase_prompt import PassphraseCheck, Refusal
from ..common.prompts import Prompter

T = TypeVar("T")


class SigningCancelled(LogbookError):
    """The passphrase was not given: nothing was signed (nor saved with it)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate("Signing", "A signature needs your passphrase, which was not given.")
        )


def signer_name(logbook: Logbook) -> str:
    """Who a signature made now would name: the signed-in practitioner."""
    practitioner = logbook.signed_in
    return practitioner.name if practitioner is not None else logbook.actor


def signature_words(logbook: Logbook, meaning: str) -> str:
    """The signature about to be made, as the signer reads it before signing."""
    now = format_datetime(datetime.now(UTC))
    return translate("Signing", "Signer: {name}\nTime: {now} (now)\nMeaning: {meaning}").format(
        name=signer_name(logbook), now=now, meaning=meaning_text(meaning)
    )


def passphrase_check(logbook: Logbook) -> PassphraseCheck:
    """Opens the signed-in practitioner's key again with what was typed."""

    def check(typed: str) -> Refusal | None:
        try:
            logbook.confirm_passphrase(typed)
        except SignInThrottledError as error:
            return Refusal(str(error), error.wait_seconds)
        except LogbookError as error:  # wrong, or the logbook busy: said in the dialog
            return Refusal(str(error))
        return None

    return check


def ask_signing_passphrase(
    logbook: Logbook, prompter: Prompter, parent: QWidget | None, meaning: str, what: str
) -> bool:
    """Ask the passphrase to sign ``what`` ("this session"); True once it was right."""
    minutes = round(SIGNING_WINDOW_SECONDS / 60)
    text = translate(
        "Signing",
        "To sign {what}, enter your passphrase: it was last entered more than "
        "{minutes} minutes ago.\n\n{signature}",
    ).format(what=what, minutes=minutes, signature=signature_words(logbook, meaning))
    return prompter.ask_passphrase(
        parent,
        translate("Signing", "Sign with your passphrase"),
        text,
        passphrase_check(logbook),
        translate("Signing", "Sign"),
    )


def signed(
    logbook: Logbook,
    prompter: Prompter,
    parent: QWidget | None,
    sign: Callable[[], T],
    *,
    meaning: str,
    what: str | None = None,
    cancelled: str | None = None,
) -> T:
    """Run ``sign`` (a use case that signs); when the passphrase is needed again, ask
    it and run it once more. SigningCancelled (``cancelled`` its words) if not given."""
    try:
        return sign()
    except PassphraseNeededError:
        what = what or translate("Signing", "this session")
        if not ask_signing_passphrase(logbook, prompter, parent, meaning, what):
            raise SigningCancelled(cancelled) from None
    return sign()
