"""The logbook file encrypted with SQLCipher (the ``sqlcipher3`` binding): a connection
that sqlite-utils and the app's own ``LogbookDatabase`` use as they use ``sqlite3``'s.

The key is the logbook's 32-byte data key, given raw (``x'…'``): SQLCipher's own
passphrase derivation is skipped, as the data key is random and the slow derivation is
done once per practitioner when it is unwrapped. Every page is encrypted, the
write-ahead log's too. Imported only where an encrypted logbook is opened.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .data_key import KEY_BYTES, WrongKeyError

# The binding is a copy of the standard library's module with exception classes of its
# own. The app, and sqlite-utils, catch the standard ones (a busy logbook, a refused
# change): the connection below raises those, with the same code and message.
_ERROR_NAMES = (
    "IntegrityError",
    "OperationalError",
    "ProgrammingError",
    "NotSupportedError",
    "DataError",
    "InternalError",
    "InterfaceError",
    "DatabaseError",
    "Warning",
    "Error",
)


def _standard(error: Exception) -> Exception:
    for name in _ERROR_NAMES:
        if type(error).__name__ == name:
            translated = getattr(sqlite3, name)(*error.args)
            for attribute in ("sqlite_errorcode", "sqlite_errorname"):
                if hasattr(error, attribute):
                    setattr(translated, attribute, getattr(error, attribute))
            return translated
    return error


def _translating(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except Exception as error:
            translated = _standard(error)
            if translated is error:
                raise
            raise translated from None

    return call


class _Cursor:
    """A SQLCipher cursor raising the standard library's exceptions."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Any:
        return iter(self._cursor)

    def execute(self, *args: Any) -> _Cursor:
        _translating(self._cursor.execute)(*args)
        return self

    def executemany(self, *args: Any) -> _Cursor:
        _translating(self._cursor.executemany)(*args)
        return self

    def executescript(self, *args: Any) -> _Cursor:
        _translating(self._cursor.executescript)(*args)
        return self

    def fetchone(self) -> Any:
        return _translating(self._cursor.fetchone)()

    def fetchall(self) -> Any:
        return _translating(self._cursor.fetchall)()

    def fetchmany(self, *args: Any) -> Any:
        return _translating(self._cursor.fetchmany)(*args)


class EncryptedConnection:
    """A SQLCipher connection shaped as ``sqlite3.Connection`` (its exceptions too)."""

    def __init__(self, connection: Any) -> None:
        self.raw = connection

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "raw":
            object.__setattr__(self, name, value)
        else:
            setattr(self.raw, name, value)

    def __enter__(self) -> EncryptedConnection:
        self.raw.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return _translating(self.raw.__exit__)(*exc)

    def cursor(self, *args: Any) -> _Cursor:
        return _Cursor(self.raw.cursor(*args))

    def execute(self, *args: Any) -> _Cursor:
        return _Cursor(_translating(self.raw.execute)(*args))

    def executemany(self, *args: Any) -> _Cursor:
        return _Cursor(_translating(self.raw.executemany)(*args))

    def executescript(self, *args: Any) -> _Cursor:
        return _Cursor(_translating(self.raw.executescript)(*args))

    def commit(self) -> None:
        _translating(self.raw.commit)()

    def rollback(self) -> None:
        _translating(self.raw.rollback)()

    def backup(self, target: Any, *args: Any, **kwargs: Any) -> None:
        _translating(self.raw.backup)(getattr(target, "raw", target), *args, **kwargs)


def connect_encrypted(
    target: Path | str, data_key: bytes, *, uri: bool = False, **options: Any
) -> Any:
    """A SQLCipher connection to ``target`` keyed with ``data_key`` (``options`` as for
    ``sqlite3.connect``), raising the standard library's exceptions. WrongKeyError when
    an existing file does not open with it."""
    import sqlcipher3

    if len(data_key) != KEY_BYTES:
        raise ValueError("the data key is 32 bytes")
    connection = sqlcipher3.connect(str(target), uri=uri, **options)
    try:
        # SQLCipher writes a wrong key's failed page check to stderr: the caller says
        # it in words instead (a command's one line).
        connection.execute("PRAGMA cipher_log_level = NONE")
        # Bound parameters are not accepted by PRAGMA: the key is hex digits only.
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.OperationalError as error:
        connection.close()
        raise _standard(error) from None  # busy, unreadable: not a question of the key
    except sqlcipher3.DatabaseError:
        connection.close()
        raise WrongKeyError("the logbook does not open with this key") from None
    except BaseException:
        connection.close()
        raise
    return EncryptedConnection(connection)


def connect(target: Path | str, data_key: bytes | None, **options: Any) -> Any:
    """``sqlite3.connect`` for a plain file, ``connect_encrypted`` with a key."""
    if data_key is None:
        return sqlite3.connect(target, **options)
    return connect_encrypted(target, data_key, **options)


def cipher_version(connection: Any) -> str:
    """SQLCipher's version, e.g. "4.19.0 community" ("" on a plain SQLite connection)."""
    row = connection.execute("PRAGMA cipher_version").fetchone()
    return row[0] if row else ""


def library_version() -> str:
    """The installed SQLCipher's version, asked of a throwaway in-memory connection."""
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        return cipher_version(connection)
    finally:
        connection.close()
