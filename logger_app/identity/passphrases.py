"""What a passphrase must be: long enough to resist guessing once someone has the
logbook (argon2id only slows each guess), and nothing the keyboard cannot type back."""

from __future__ import annotations

from ..i18n import translate

MIN_PASSPHRASE_LENGTH = 10
MAX_PASSPHRASE_LENGTH = 1024


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` cannot be chosen, in the user's words; None if it can."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return translate(
            "Passphrases",
            "Choose a passphrase of at least {count} characters: a few "
            "words you will remember are best.",
        ).format(count=MIN_PASSPHRASE_LENGTH)
    if len(passphrase) > MAX_PASSPHRASE_LENGTH:
        return translate("Passphrases", "Keep the passphrase under {count} characters.").format(
            count=MAX_PASSPHRASE_LENGTH
        )
    if passphrase != passphrase.strip():
        return translate(
            "Passphrases", "The passphrase starts or ends with a space, which is easily mistyped."
        )
    if any(ord(character) < 32 for character in passphrase):
        return translate(
            "Passphrases", "The passphrase holds a control character that cannot be typed back."
        )
    return None
