"""Who a write is recorded for: the names the audit log gives the computer's user and
the command line when nobody said who is acting (``Logbook.set_actor``)."""

from __future__ import annotations

import getpass


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in this environment
        return "unknown user"


def default_actor() -> str:
    """Who an entry is recorded for when nobody said: the computer's user."""
    return f"system ({os_user()})"


def command_line_actor() -> str:
    return f"command line ({os_user()})"
