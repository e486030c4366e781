"""The clinic server's password: kept in the system keyring (the ``keyring`` package),
never in a file of the app's; asked for when there is none.

Where no keyring exists (a server without a desktop), the password comes from libpq's
own places (PGPASSWORD, ~/.pgpass) or is asked at each start.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from .store.server.url import server_identity, without_password

KEYRING_SERVICE = "logger-app clinic server"


def _keyring():  # imported only for the server: a file logbook never needs it
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


def stored_password(url: str) -> str | None:
    """The password the keyring keeps for ``url``'s user and server, if any."""
    keyring, keyring_error = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, server_identity(url))
    except keyring_error:
        return None


def remember_password(url: str, password: str) -> bool:
    """Keep ``password`` in the keyring; False where there is no keyring."""
    keyring, keyring_error = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, server_identity(url), password)
    except keyring_error:
        return False
    return True


def forget_password(url: str) -> None:
    keyring, keyring_error = _keyring()
    with contextlib.suppress(keyring_error):
        keyring.delete_password(KEYRING_SERVICE, server_identity(url))


def with_password(url: str, password: str | None) -> str:
    """A connection string for ``url`` with ``password`` (None: libpq finds its own)."""
    if password is None:
        return url
    from psycopg.conninfo import make_conninfo

    return make_conninfo(without_password(url), password=password)


def needs_password(error: BaseException) -> bool:
    """The server refused the login for want of a (right) password."""
    text = str(error.__cause__ or error).lower()
    return "password" in text and (
        "no password supplied" in text or "authentication failed" in text
    )


def connect_with_login(
    url: str,
    open_logbook: Callable[[str], object],
    ask: Callable[[str], str | None],
):
    """``open_logbook(conninfo)`` with the keyring's password; when the server asks for
    one that is missing or wrong, ``ask(server)`` once (None: give up)."""
    from .errors import ServerUnreachableError

    try:
        return open_logbook(with_password(url, stored_password(url)))
    except ServerUnreachableError as error:
        if not needs_password(error):
            raise
        password = ask(without_password(url))
        if password is None:
            raise
    return open_logbook(with_password(url, password))
