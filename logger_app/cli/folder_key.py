"""The way into an encrypted data folder for a command: the practitioner's passphrase
(the same argon2id derivation opens the data key and signs them in), or the recovery
sheet's key typed into a file (``--recovery-key-file``). And a new logbook's recovery
key, shown once.

Everything here is refused before any file of the folder is touched: only the key file
is read. Neither key is ever printed but the new recovery key, once, at setup.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LogbookError

if TYPE_CHECKING:
    from ..identity.keys import UnlockedKey
    from ..logbook.unlocking import NewLogbookKeys
    from .sign_in import Credentials

RECOVERY_KEY_OPTION = "--recovery-key-file"
# A recovery key is 70 characters; a wrong file given by mistake is not read whole.
_MAX_RECOVERY_FILE_BYTES = 4096


@dataclass(frozen=True)
class FolderKey:
    """An encrypted folder's data key, and (from a passphrase) the signing key opened
    with it, so that signing in needs no second derivation."""

    data_key: bytes = field(repr=False)
    opened: UnlockedKey | None = field(default=None, repr=False)


def add_recovery_key_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        RECOVERY_KEY_OPTION,
        metavar="FILE",
        type=Path,
        default=argparse.SUPPRESS,
        help=(
            "an encrypted logbook: open it with the recovery sheet's key, typed into FILE "
            "(which only its owner may read, chmod 600), instead of a passphrase"
        ),
    )


def add_plain_option(parser: argparse.ArgumentParser) -> None:
    """``--plain`` for a command that may make a new logbook (encrypted by default)."""
    parser.add_argument(
        "--plain",
        action="store_true",
        help=(
            "make a new logbook unencrypted (by default it is encrypted: its file and "
            "photos are unreadable without a passphrase or the recovery key)"
        ),
    )


def recovery_key_file_of(args: argparse.Namespace) -> Path | None:
    return getattr(args, "recovery_key_file", None)


def encrypted_data_dir(args: argparse.Namespace) -> Path | None:
    """The command's data folder when its logbook is an encrypted file (not on the
    clinic server), else None. A key file without a logbook (a setup cut short) does
    not count: a new logbook made there replaces it."""
    from ..crypto.key_file import is_encrypted_folder
    from ..paths import resolve_data_dir
    from ..store.database import DATABASE_FILENAME
    from ..store.server.url import DATABASE_URL_ENV

    if getattr(args, "database_url", None) or os.environ.get(DATABASE_URL_ENV):
        return None
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if not is_encrypted_folder(data_dir) or not (data_dir / DATABASE_FILENAME).exists():
        return None
    return data_dir


def needs_passphrase(args: argparse.Namespace) -> bool:
    """The logbook is encrypted and no recovery key is given: only a practitioner's
    passphrase opens it, even for a command that only reads."""
    return recovery_key_file_of(args) is None and encrypted_data_dir(args) is not None


def locked_message(data_dir: Path) -> str:
    from .sign_in import SIGN_IN_OPTIONS

    return (
        f"the logbook in {data_dir} is encrypted: sign in with {SIGN_IN_OPTIONS}, or give "
        f"{RECOVERY_KEY_OPTION} FILE."
    )


def folder_key(args: argparse.Namespace, credentials: Credentials | None) -> FolderKey | None:
    """The data key of the command's encrypted folder (None: a plain logbook, or one on
    the server). SignInRefused (or WrongDataKeyError) when it does not open."""
    from .sign_in import SignInRefused, refusal

    data_dir = encrypted_data_dir(args)
    if data_dir is None:
        return None
    recovery_file = recovery_key_file_of(args)
    if recovery_file is not None:
        return FolderKey(_unlock_with_recovery(data_dir, recovery_file))
    if credentials is None:
        raise SignInRefused(locked_message(data_dir))
    from ..errors import NotFoundError, PassphraseNotSetError, WrongPassphraseError
    from ..logbook.unlocking import unlock_folder

    try:
        unlocked = unlock_folder(data_dir, credentials.name, credentials.passphrase)
    except (NotFoundError, PassphraseNotSetError, WrongPassphraseError) as error:
        raise refusal(credentials.name, error) from None
    return FolderKey(unlocked.data_key, unlocked.opened)


def _unlock_with_recovery(data_dir: Path, path: Path) -> bytes:
    from ..crypto.data_key import RecoveryKeyFormatError
    from ..logbook.unlocking import unlock_folder_with_recovery
    from .sign_in import SignInRefused

    text = read_recovery_key_file(path)
    try:
        return unlock_folder_with_recovery(data_dir, text)
    except RecoveryKeyFormatError as error:
        raise SignInRefused(f"the recovery key in {path}: {error}") from None


class RecoveryKeyFileError(LogbookError):
    """The recovery key file cannot be used: unreadable, not text, or readable by
    other users."""


def read_recovery_key_file(path: Path) -> str:
    """The text of ``path`` (the key may be typed over several lines). Refused, as a
    passphrase file is, when other users may read it."""
    from ..given_passphrase import read_private_file

    return read_private_file(
        path,
        "recovery key file",
        RecoveryKeyFileError,
        lambda file: file.read(_MAX_RECOVERY_FILE_BYTES),
    )


def new_encrypted_folder(data_dir: Path) -> tuple[NewLogbookKeys, FolderKey]:
    """Keys for a new encrypted logbook in ``data_dir`` (its key file written)."""
    from ..logbook.unlocking import new_encrypted_logbook

    keys = new_encrypted_logbook(data_dir)
    return keys, FolderKey(keys.data_key)


def print_recovery_key(keys: NewLogbookKeys) -> None:
    """The new logbook's recovery key, shown this once, with what it is for."""
    print(
        "The logbook is encrypted. Its recovery key, shown only now:\n"
        f"\n    {keys.recovery_text}\n\n"
        "Write it down or print it, and keep it apart from this computer. It opens the "
        "logbook if every passphrase is forgotten. Without a passphrase or this key, "
        "nobody can open the logbook: its records cannot be recovered.",
        file=sys.stdout,
        flush=True,
    )


__all__ = [
    "RECOVERY_KEY_OPTION",
    "FolderKey",
    "RecoveryKeyFileError",
    "add_plain_option",
    "add_recovery_key_option",
    "encrypted_data_dir",
    "folder_key",
    "locked_message",
    "needs_passphrase",
    "new_encrypted_folder",
    "print_recovery_key",
    "read_recovery_key_file",
    "recovery_key_file_of",
]
