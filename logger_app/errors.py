"""Errors the core raises with messages fit to show a practitioner as they are."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .i18n import translatable, translate


class LogbookError(Exception):
    """Base of every error the logbook reports to its user."""


class DataFolderError(LogbookError):
    """The data folder cannot be created, read or written."""


class NotALogbookError(LogbookError):
    """The database file is not a SQLite database, or not one of ours."""


class NewerSchemaError(LogbookError):
    """The database was written by a newer version of the app; it is left untouched."""


class NotFoundError(LogbookError):
    """A client, session or practitioner id that does not exist."""


class ValidationError(LogbookError):
    """Input refused: ``problems`` maps a field key to the message shown next to it."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()))


class PhotoRefused(LogbookError):
    """A photo file that cannot be imported; ``reason`` says why, in the user's words."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class PhotoFileError(LogbookError):
    """A photo's stored file is missing from the data folder, or no longer readable
    (changed or damaged outside the app)."""


class SignedSessionError(LogbookError):
    """A signed session is read-only: it is not edited or deleted, only amended (with a
    reason); or, the other way round, a draft is edited, not amended."""


class NoLogbookError(DataFolderError):
    """The data folder holds no logbook and this action does not make one (a read-only
    command, or a folder with traces of a logbook but no database)."""


class SchemaMismatchError(NotALogbookError):
    """The database's tables, indexes, triggers or views differ from what its recorded
    schema steps make: it is refused untouched, the difference named."""


class LogbookBusyError(LogbookError):
    """Another window or program held the logbook's write lock for longer than we wait."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("LogbookError", BUSY_MESSAGE))


class DiskFullError(LogbookError):
    """The disk holding the logbook is full; what was saved before stays saved."""


class ReadOnlyLogbookError(LogbookError):
    """The logbook is on read-only media (or opened for reading): nothing can be written."""


BUSY_MESSAGE = translatable(
    "LogbookError", "The logbook is busy (another window is saving) — try again."
)

# Exit statuses of the command line.
EXIT_REFUSED = 2  # a LogbookError: the message says why
EXIT_BUSY = 3  # the logbook stayed locked by another writer


class ServerUnreachableError(LogbookError):
    """The clinic server cannot be reached (down, network gone, refused the login)."""


class StaleDraftError(LogbookError):
    """A draft was saved at another workstation after this one read it: saving would
    overwrite their change. ``saved_at`` and ``saved_by`` say whose save it was."""

    def __init__(self, message: str, *, saved_at: str = "", saved_by: str = "") -> None:
        self.saved_at = saved_at
        self.saved_by = saved_by
        super().__init__(message)


class WrongPassphraseError(LogbookError):
    """The passphrase given does not open the practitioner's key (or the stored key was
    altered): nothing was signed or opened."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message or translate("LogbookError", "That passphrase is not right. Try again.")
        )


class NotSignedInError(LogbookError):
    """The action needs a practitioner signed in with their passphrase."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "LogbookError",
                "Sign in first: changes and signatures are made by a signed-in practitioner.",
            )
        )


class PassphraseNeededError(LogbookError):
    """Signing needs the signer's passphrase again (it was last given too long ago)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("LogbookError", "Enter your passphrase to sign."))


class SignInThrottledError(LogbookError):
    """Too many wrong passphrases in a row: the next try must wait ``wait_seconds``."""

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(
            translate("LogbookError", "Too many wrong passphrases. Try again in 1 second.")
            if wait_seconds == 1
            else translate(
                "LogbookError", "Too many wrong passphrases. Try again in {count} seconds."
            ).format(count=wait_seconds)
        )


class PassphraseNotSetError(LogbookError):
    """The practitioner has no passphrase yet (a profile from before sign-in existed, or
    added without one): they choose one to sign in."""


class MustChangePassphraseError(LogbookError):
    """The passphrase was right but was set by an administrator (a reset): the
    practitioner chooses their own before signing in."""


class NotAllowedError(LogbookError):
    """Only the logbook's administrator (or the profile's own practitioner) may do this."""


class LogbookLockedError(LogbookError):
    """The logbook is encrypted and no key was given to open it."""


class WrongDataKeyError(NotALogbookError):
    """An encrypted logbook does not open with the key given (or the recovery key, or
    the passphrase, opens no key of this logbook)."""


class DuplicateClientError(LogbookError):
    """A client brought from another logbook is already here: the same person (name and
    birth date), or the very record imported before. ``client_id``: the one here."""

    def __init__(self, message: str, client_id: int, same_record: bool) -> None:
        super().__init__(message)
        self.client_id = client_id
        self.same_record = same_record
