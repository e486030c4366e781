"""The clinic server's address as people and settings hold it, without loading psycopg.

A URL in settings or on screen never carries the password: that lives in the system
keyring (``logger_app.server_login``), PGPASSWORD or ~/.pgpass.
"""

from __future__ import annotations

from urllib.parse import SplitResult, parse_qsl, urlsplit, urlunsplit

DATABASE_URL_ENV = "LOGGER_APP_DATABASE_URL"
SCHEMES = ("postgresql", "postgres")


class ServerAddressError(ValueError):
    """A clinic server address that is not a postgresql:// URL."""


def parse_server_url(url: str) -> SplitResult:
    """``url`` split, or ServerAddressError naming what is wrong, in plain words."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in SCHEMES:
        raise ServerAddressError(
            "A clinic server address starts with postgresql:// "
            "(for example postgresql://logbook@clinic-pc:5432/logbook)."
        )
    if not parts.hostname and "host" not in dict(parse_qsl(parts.query)):
        raise ServerAddressError("The address names no server (the part after @).")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise ServerAddressError("The port (after the colon) must be a number.") from None
    if not parts.path.strip("/"):
        raise ServerAddressError("The address names no database (the part after the last /).")
    return parts


def without_password(url: str) -> str:
    """``url`` with any password taken out (for settings, messages and logs)."""
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url.strip()
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{user}@{host}" if user else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def server_identity(url: str) -> str:
    """``user@host:port/database``: whose password the keyring keeps for ``url``."""
    parts = urlsplit(url.strip())
    return (
        f"{parts.username or ''}@{parts.hostname or ''}:{parts.port or 5432}"
        f"/{parts.path.strip('/')}"
    )
