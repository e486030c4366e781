"""Errors the core raises with messages fit to show a practitioner as they are."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


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
