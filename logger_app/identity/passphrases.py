"""What a passphrase must be: long enough to resist guessing once someone has the
logbook (argon2id only slows each guess), and nothing the keyboard cannot type back."""

from __future__ import annotations

MIN_PASSPHRASE_LENGTH = 10
MAX_PASSPHRASE_LENGTH = 1024


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` cannot be chosen, in the user's words; None if it can."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return (
            f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters: a few "
            "words you will remember are best."
        )
    if len(passphrase) > MAX_PASSPHRASE_LENGTH:
        return f"Keep the passphrase under {MAX_PASSPHRASE_LENGTH} characters."
    if passphrase != passphrase.strip():
        return "The passphrase starts or ends with a space, which is easily mistyped."
    if any(ord(character) < 32 for character in passphrase):
        return "The passphrase holds a control character that cannot be typed back."
    return None
