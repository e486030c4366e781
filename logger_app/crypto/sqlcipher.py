"""The logbook file encrypted with SQLCipher (the ``sqlcipher3`` binding): a connection
that sqlite-utils and the app's own ``LogbookDatabase`` use as they use ``sqlite3``'s.

The key is the logbook's 32-byte data key, given raw (``x'…'``): SQLCipher's own
passphrase derivation is skipped, as the data key is random and the slow derivation is
done once per practitioner when it is unwrapped. Every page is encrypted, the
write-ahead log's too. Imported only where an encrypted logbook is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .data_key import KEY_BYTES, WrongKeyError


def connect_encrypted(
    target: Path | str, data_key: bytes, *, uri: bool = False, **options: Any
) -> Any:
    """A SQLCipher connection to ``target`` keyed with ``data_key`` (``options`` as for
    ``sqlite3.connect``). WrongKeyError when an existing file does not open with it."""
    import sqlcipher3

    if len(data_key) != KEY_BYTES:
        raise ValueError("the data key is 32 bytes")
    connection = sqlcipher3.connect(str(target), uri=uri, **options)
    try:
        # Bound parameters are not accepted by PRAGMA: the key is hex digits only.
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        connection.close()
        raise WrongKeyError("the logbook does not open with this key") from None
    except BaseException:
        connection.close()
        raise
    return connection


def cipher_version(connection: Any) -> str:
    """SQLCipher's version, e.g. "4.19.0 community" ("" on a plain SQLite connection)."""
    row = connection.execute("PRAGMA cipher_version").fetchone()
    return row[0] if row else ""
