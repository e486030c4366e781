"""A passphrase given to a program started without a person to type it (a script, a
benchmark): from a file (``--passphrase-file``) or the environment
(``LOGGER_APP_PASSPHRASE``). Shared by the command line and the window.

The passphrase is never echoed, logged or kept beyond signing in.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from .errors import LogbookError

PASSPHRASE_ENV = "LOGGER_APP_PASSPHRASE"
# More than any passphrase may be (``identity.passphrases.MAX_PASSPHRASE_LENGTH``): a wrong file
# given by mistake (a photo, a database) is not read whole.
_MAX_FILE_BYTES = 64 * 1024


def given_passphrase(
    passphrase_file: Path | str | None = None, environ: Mapping[str, str] | None = None
) -> str | None:
    """The passphrase of ``passphrase_file`` (its first line, without the line end),
    else ``$LOGGER_APP_PASSPHRASE``, else None. LogbookError when the file cannot be
    read or is empty."""
    if passphrase_file is not None:
        path = Path(passphrase_file)
        try:
            with path.open("rb") as file:
                data = file.read(_MAX_FILE_BYTES)
        except OSError as error:
            raise LogbookError(
                f"The passphrase file {path} cannot be read: {error.strerror}."
            ) from None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise LogbookError(f"The passphrase file {path} is not UTF-8 text.") from None
        lines = text.splitlines()
        if not lines or not lines[0]:
            raise LogbookError(f"The passphrase file {path} is empty.")
        return lines[0]
    value = (os.environ if environ is None else environ).get(PASSPHRASE_ENV)
    return value or None
