"""Who runs a command: ``--practitioner NAME`` (or ``$LOGGER_APP_PRACTITIONER``) with
the passphrase from ``--passphrase-file FILE``, ``$LOGGER_APP_PASSPHRASE`` or, on a
terminal, asked. Commands that change the logbook refuse without one; read-only ones
sign in only when a practitioner is named.

The passphrase is never taken from the command's arguments (``ps`` shows those to every
user) and is never printed: every refusal names the practitioner, not what was typed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import (
    LogbookError,
    MustChangePassphraseError,
    NotFoundError,
    PassphraseNotSetError,
    SignInThrottledError,
    WrongPassphraseError,
)
from ..given_passphrase import PASSPHRASE_ENV, PassphraseFileError, read_passphrase_file

if TYPE_CHECKING:
    from ..identity.keys import UnlockedKey
    from ..logbook import Logbook
    from ..records import Practitioner

PRACTITIONER_ENV = "LOGGER_APP_PRACTITIONER"
SIGN_IN_OPTIONS = (
    f"--practitioner NAME and --passphrase-file FILE (or ${PRACTITIONER_ENV} and ${PASSPHRASE_ENV})"
)
# The core keeps an opened key for two minutes; a long command gives the passphrase
# again well before that (see ``Credentials.keep_key_open``).
_KEEP_OPEN_SECONDS = 60.0
SIGN_IN_REFUSALS = (  # what refuses a sign-in: said in one line, exit status 2
    WrongPassphraseError,
    SignInThrottledError,
    PassphraseNotSetError,
    MustChangePassphraseError,
    NotFoundError,
)


class SignInRefused(LogbookError):
    """No practitioner, no passphrase, or one the logbook does not accept: the command
    did nothing (one line on stderr, exit status 2)."""


def add_sign_in(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """``--practitioner`` and ``--passphrase-file``, on a command or (``top_level``)
    before it, where they also sign the window in without its sign-in screen."""
    default = None if top_level else argparse.SUPPRESS  # before or after the command
    window = "; with no command, the window starts signed in" if top_level else ""
    parser.add_argument(
        "--practitioner",
        metavar="NAME",
        default=default,
        help=(
            "sign in as this practitioner (changes to the logbook need it); default: "
            f"${PRACTITIONER_ENV}{window}"
        ),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        default=default,
        help=(
            "read the practitioner's passphrase from the first line of FILE, which only "
            f"its owner may read (chmod 600); else ${PASSPHRASE_ENV}, else asked on a "
            "terminal"
        ),
    )
    if not top_level:  # a command's own: the window asks for the sheet itself
        from .folder_key import add_recovery_key_option

        add_recovery_key_option(parser)


@dataclass
class Credentials:
    """A practitioner's name and passphrase, for the length of one command."""

    name: str
    passphrase: str = field(repr=False)
    # For a command that changes the logbook (else one without profiles, where nobody
    # can sign in, is read as the command line).
    required: bool = True
    _given_at: float = field(default=0.0, repr=False)

    def sign_in(
        self, logbook: Logbook, *, add_first: bool = False, opened: UnlockedKey | None = None
    ) -> Practitioner | None:
        """Sign in (SignInRefused with the reason). ``add_first``: a logbook without
        any profile yet gets this practitioner as its first, its administrator.
        ``opened``: their signing key, opened with the encrypted folder's data key."""
        if not self.required and not logbook.practitioners():
            return None
        if add_first and not logbook.practitioners():
            from ..records import PractitionerDetails

            added = logbook.add_practitioner(PractitionerDetails(self.name), self.passphrase)
            print(
                f"{added.name} is the logbook's first practitioner, its administrator, "
                "with the passphrase given."
            )
            self._given_at = time.monotonic()
            return added
        try:
            signed_in = logbook.sign_in(self.name, self.passphrase, opened=opened)
        except SIGN_IN_REFUSALS as error:
            raise refusal(self.name, error) from None
        self._given_at = time.monotonic()
        return signed_in

    def check_new_passphrase(self) -> None:
        """SignInRefused if the passphrase cannot be a new profile's."""
        from ..identity.passphrases import passphrase_problem

        problem = passphrase_problem(self.passphrase)
        if problem:
            raise SignInRefused(
                f"{self.name} cannot be the logbook's first practitioner: {problem}"
            )

    def keep_key_open(self, logbook: Logbook) -> None:
        """Give the passphrase again when the signing key would soon close: before a
        command's signing batch begins (it then signs to its end), however long the
        command worked before."""
        now = time.monotonic()
        if now - self._given_at >= _KEEP_OPEN_SECONDS:
            logbook.confirm_passphrase(self.passphrase)
            self._given_at = now


def sign_in_to_copy(credentials: Credentials, database: Path) -> None:
    """SignInRefused unless ``credentials`` sign in to the logbook file ``database``,
    checked on a consistent copy in a temporary folder: the original gets no entry of
    the sign-in (a move or a restore promises to leave it as it was). An encrypted
    logbook's key file says it: their passphrase must open their key to it (only that
    file is read)."""
    import tempfile

    from ..crypto.key_file import is_encrypted_folder

    if is_encrypted_folder(database.parent):
        from ..errors import NotFoundError, PassphraseNotSetError, WrongPassphraseError
        from ..logbook.unlocking import unlock_folder

        try:
            unlock_folder(database.parent, credentials.name, credentials.passphrase)
        except (NotFoundError, PassphraseNotSetError, WrongPassphraseError) as error:
            raise refusal(credentials.name, error) from None
        return

    from ..integrity import command_line_actor
    from ..logbook import Logbook
    from ..store.database import DATABASE_FILENAME
    from ..store.snapshot import snapshot_database

    with tempfile.TemporaryDirectory(prefix="logger-app-sign-in-") as scratch:
        snapshot_database(database, Path(scratch) / DATABASE_FILENAME)
        with Logbook.open(scratch, actor=command_line_actor()) as copy:
            credentials.sign_in(copy)


def refusal(name: str, error: LogbookError) -> SignInRefused:
    """The one line saying why ``name`` cannot sign in."""
    return SignInRefused(f"cannot sign in as {name.strip()}: {_why(error)}")


def _why(error: LogbookError) -> str:
    if isinstance(error, PassphraseNotSetError | MustChangePassphraseError):
        return f"{error} Sign in once in the logbook window to do so."
    return str(error)


def practitioner_of(args: argparse.Namespace) -> str | None:
    name = getattr(args, "practitioner", None) or os.environ.get(PRACTITIONER_ENV, "")
    return name.strip() or None


def credentials_of(
    args: argparse.Namespace, *, changes: str | None = None, unlock: bool | None = None
) -> Credentials | None:
    """The practitioner the command runs as, with their passphrase; None when none is
    named (or, for a command that only reads, no passphrase is at hand). ``changes``:
    what the command changes ("import-csv changes the logbook"): then one is required
    (SignInRefused naming the options). ``unlock``: the passphrase is needed to open an
    encrypted logbook, even to read (default: the command's data folder is encrypted
    and no recovery key file is given)."""
    if unlock is None:
        from .folder_key import needs_passphrase

        unlock = needs_passphrase(args)
    name = practitioner_of(args)
    passphrase_file: Path | None = getattr(args, "passphrase_file", None)
    if name is None:
        if passphrase_file is not None:
            raise SignInRefused(
                f"--passphrase-file needs --practitioner NAME (or ${PRACTITIONER_ENV})."
            )
        if changes is not None:
            raise SignInRefused(f"{changes}: sign in with {SIGN_IN_OPTIONS}.")
        if unlock:
            from .folder_key import encrypted_data_dir, locked_message

            raise SignInRefused(locked_message(encrypted_data_dir(args) or Path()))
        return None
    if passphrase_file is not None:
        try:
            passphrase = read_passphrase_file(passphrase_file)
        except PassphraseFileError as error:
            raise SignInRefused(str(error)) from None
    elif os.environ.get(PASSPHRASE_ENV):
        passphrase = os.environ[PASSPHRASE_ENV]
    elif sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(f"Passphrase for {name}: ")
        if not passphrase:
            raise SignInRefused(f"no passphrase given for {name}.")
    elif changes is None and not unlock:
        return None  # nothing to sign in for: the command reads only
    else:
        raise SignInRefused(
            f"no passphrase for {name}: give --passphrase-file FILE or set "
            f"${PASSPHRASE_ENV} (on a terminal it is asked)."
        )
    return Credentials(name, passphrase, required=changes is not None)


__all__ = [
    "PASSPHRASE_ENV",
    "PRACTITIONER_ENV",
    "SIGN_IN_OPTIONS",
    "Credentials",
    "SignInRefused",
    "add_sign_in",
    "credentials_of",
    "practitioner_of",
    "refusal",
    "sign_in_to_copy",
]
