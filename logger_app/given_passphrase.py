"""A passphrase given to a program started without a person to type it (a script, a
benchmark): from a file (``--passphrase-file``) or the environment
(``LOGGER_APP_PASSPHRASE``). Shared by the command line and the window.

The passphrase is never echoed, logged or kept beyond signing in.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

from .errors import LogbookError

PASSPHRASE_ENV = "LOGGER_APP_PASSPHRASE"
# More than any passphrase may be (``identity.passphrases.MAX_PASSPHRASE_LENGTH``): a
# wrong file given by mistake (a photo, a database) is not read whole.
_MAX_LINE_BYTES = 64 * 1024


class PassphraseFileError(LogbookError):
    """The passphrase file cannot be used: unreadable, empty, not text, or readable by
    other users (refused as ssh refuses a key file)."""


def read_private_file(
    path: Path | str, what: str, error: type[LogbookError], read: Callable[[BinaryIO], bytes]
) -> str:
    """What ``read`` takes from the file ``path`` (a ``what``: "passphrase file"),
    refused with ``error`` when other users may read it (as ssh refuses a key file),
    when it cannot be read, or is not UTF-8 text."""
    path = Path(path)
    try:
        with open(path.expanduser(), "rb") as file:
            mode = os.fstat(file.fileno()).st_mode
            if os.name == "posix" and mode & 0o077:
                raise error(
                    f"permissions {stat.S_IMODE(mode):04o} for the {what} {path} are "
                    f"too open: only its owner may read it (chmod 600 {path})."
                )
            data = read(file)
    except OSError as problem:
        raise error(f"cannot read the {what} {path}: {problem.strerror or problem}.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise error(f"the {what} {path} is not UTF-8 text.") from None


def read_passphrase_file(path: Path | str) -> str:
    """The first line of ``path`` without its line ending."""
    first = read_private_file(
        path, "passphrase file", PassphraseFileError, lambda file: file.readline(_MAX_LINE_BYTES)
    )
    passphrase = first.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise PassphraseFileError(f"the passphrase file {path} is empty.")
    return passphrase


def given_passphrase(
    passphrase_file: Path | str | None = None, environ: Mapping[str, str] | None = None
) -> str | None:
    """The passphrase of ``passphrase_file``, else ``$LOGGER_APP_PASSPHRASE``, else
    None. PassphraseFileError when the file cannot be used."""
    if passphrase_file is not None:
        return read_passphrase_file(passphrase_file)
    value = (os.environ if environ is None else environ).get(PASSPHRASE_ENV)
    return value or None
