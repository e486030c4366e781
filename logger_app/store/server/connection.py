"""The clinic server's connection, shaped like the file's (``LogbookDatabase``) so that
every store runs unchanged on either home.

The stores use a small part of sqlite-utils' ``Database``: ``execute`` and ``query`` with
qmark or named parameters, ``atomic()``, ``after_commit`` and ``commit_listeners``, and a
table's ``insert``/``insert_all``/``update``/``upsert``/``get``/``count``. This class
offers exactly that part over psycopg 3, translating the parameters once per statement
text. Each statement outside ``atomic()`` commits on its own (autocommit), as on SQLite.

Errors are translated here, as for the file: a lock held past the busy timeout or a
deadlock becomes ``LogbookBusyError``, a full server disk ``DiskFullError``, a lost or
refused connection ``ServerUnreachableError``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.rows import dict_row
from sqlite_utils.db import NotFoundError as RowNotFound

from ...errors import DiskFullError, LogbookBusyError, ServerUnreachableError
from ..connection import busy_timeout
from ..dialect import POSTGRESQL

_TOKENS = re.compile(
    r"""'(?:[^']|'')*'        # a string literal
    | "(?:[^"]|"")*"          # a quoted identifier
    | --[^\n]*                # a comment
    | ::                      # a cast, never a parameter
    | \?                      # a qmark parameter
    | (?<![:\w]):([A-Za-z_]\w*) # a named parameter
    | %                       # a literal percent sign
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """``sql`` with qmark (``?``) and named (``:name``) parameters in psycopg's style
    (``%s``, ``%(name)s``) and every literal ``%`` doubled; a ``?`` or ``:name`` in quoted
    text or a comment is text."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if match.group(1):
            return f"%({match.group(1)})s"
        # psycopg reads every % as its own, inside quotes too.
        return token.replace("%", "%%")

    return _TOKENS.sub(replace, sql)


def server_label(conninfo: str) -> str:
    """The server as a person names it (host, port, database), never the password."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        return "the clinic server"
    host = info.get("host") or "localhost"
    port = f":{info['port']}" if info.get("port") else ""
    return f"{info.get('dbname') or 'postgres'} on {host}{port}"


@contextlib.contextmanager
def translated_server_errors(label: str) -> Iterator[None]:
    """psycopg's errors that are not about the data, in the logbook's own words."""
    try:
        yield
    except (pg_errors.LockNotAvailable, pg_errors.DeadlockDetected) as error:
        raise LogbookBusyError() from error
    except pg_errors.DiskFull as error:
        raise DiskFullError(
            f"The clinic server's disk ({label}) is full: nothing of this change was saved; "
            "everything saved before is kept. Ask whoever looks after the server."
        ) from error
    except (psycopg.OperationalError, psycopg.InterfaceError) as error:
        if isinstance(error, pg_errors.QueryCanceled):
            raise LogbookBusyError() from error
        raise ServerUnreachableError(unreachable_message(label, error)) from error


def unreachable_message(label: str, error: BaseException) -> str:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return (
        f"The clinic server ({label}) cannot be reached: {reason}. Nothing typed is lost: "
        "save again once the server is back."
    )


_IN_TRANSACTION = (
    psycopg.pq.TransactionStatus.ACTIVE,
    psycopg.pq.TransactionStatus.INTRANS,
    psycopg.pq.TransactionStatus.INERROR,
)


def _open_connection(conninfo: str, label: str, connect_timeout: int = 5) -> psycopg.Connection:
    with translated_server_errors(label):
        return psycopg.connect(
            conninfo,
            autocommit=True,
            connect_timeout=connect_timeout,
            application_name="logger-app",
        )


class ServerTable:
    """The part of sqlite-utils' ``Table`` the stores use; ``id`` is every primary key."""

    def __init__(self, db: ServerDatabase, name: str) -> None:
        self.db = db
        self.name = name
        self.last_pk: int | None = None

    def insert(self, row: dict[str, Any]) -> ServerTable:
        # As in sqlite-utils, one row goes through insert_all: the one place rows go in.
        return self.insert_all([row])

    def insert_all(self, rows: Iterable[dict[str, Any]]) -> ServerTable:
        for row in rows:
            columns = ", ".join(f'"{column}"' for column in row)
            marks = ", ".join("?" for _ in row)
            cursor = self.db.execute(
                f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks}) RETURNING id',
                list(row.values()),
            )
            self.last_pk = cursor.fetchone()[0]
            if "id" in row:
                self._advance_ids_past(self.last_pk)
        return self

    def _advance_ids_past(self, used: int) -> None:
        """An id given explicitly (clients never reuse an erased one's) does not move the
        identity sequence: move it, or the next row without an id would collide, where
        SQLite takes the highest rowid + 1. Never backwards (another room may be ahead)."""
        self.db.execute(
            "SELECT setval(seq, greatest(?, coalesce(pg_sequence_last_value(seq), 0))) "
            "FROM (SELECT pg_get_serial_sequence(?, 'id')::regclass AS seq) s",
            [used, f'"{self.name}"'],
        )

    def update(self, pk: int, row: dict[str, Any]) -> ServerTable:
        if row:
            assignments = ", ".join(f'"{column}" = ?' for column in row)
            cursor = self.db.execute(
                f'UPDATE "{self.name}" SET {assignments} WHERE id = ?', [*row.values(), pk]
            )
            if cursor.rowcount == 0:
                raise RowNotFound(f"{self.name} has no row with id {pk}")
        self.last_pk = pk
        return self

    def upsert(self, row: dict[str, Any], *, pk: str = "id") -> ServerTable:
        columns = ", ".join(f'"{column}"' for column in row)
        marks = ", ".join("?" for _ in row)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in row if c != pk) or f"{pk} = {pk}"
        self.db.execute(
            f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks}) '
            f'ON CONFLICT ("{pk}") DO UPDATE SET {updates}',
            list(row.values()),
        )
        self.last_pk = row.get(pk)
        return self

    def get(self, pk: int) -> dict[str, Any]:
        rows = list(self.db.query(f'SELECT * FROM "{self.name}" WHERE id = ?', [pk]))
        if not rows:
            raise RowNotFound(f"{self.name} has no row with id {pk}")
        return rows[0]

    @property
    def count(self) -> int:
        return self.db.execute(f'SELECT count(*) FROM "{self.name}"').fetchone()[0]

    @property
    def columns_dict(self) -> dict[str, str]:
        return {
            name: kind
            for name, kind in self.db.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? "
                "ORDER BY ordinal_position",
                [self.name],
            )
        }


class ServerDatabase:
    """One connection to the clinic server; used from the thread that opened it.
    ``label`` names the server in messages (never its password).

    A connection lost (the server restarted, the network gone a moment) fails the
    statement or transaction under way with ServerUnreachableError; the next one, outside
    a transaction, connects again first. A statement is never sent twice: one that was
    under way may have been done, and only the user can tell whether to save again."""

    dialect = POSTGRESQL

    def __init__(
        self, conn: psycopg.Connection[Any], *, label: str, conninfo: str | None = None
    ) -> None:
        self.conn = conn
        self.label = label
        self.timeout = busy_timeout()
        self._conninfo = conninfo
        self._kept: list[object] = []
        self.commit_listeners: list[Callable[[list[object]], None]] = []

    @classmethod
    def connect(cls, conninfo: str, *, connect_timeout: int = 5) -> ServerDatabase:
        """Connect to ``conninfo`` (a ``postgresql://`` URL or key=value string)."""
        label = server_label(conninfo)
        connection = _open_connection(conninfo, label, connect_timeout)
        db = cls(connection, label=label, conninfo=conninfo)
        try:
            db._prepare_session()
        except BaseException:
            db.conn.close()
            raise
        return db

    def _prepare_session(self) -> None:
        # A write waits for another room's lock this long, then says "busy".
        self.execute(f"SET lock_timeout = {int(self.timeout * 1000)}")
        self.execute("SET TIME ZONE 'UTC'")

    def _connect_again_if_lost(self) -> None:
        """Before a statement outside any transaction: a new connection if the last one
        was lost (ServerUnreachableError while the server stays out of reach)."""
        if self._conninfo is None or self.conn.info.status == psycopg.pq.ConnStatus.OK:
            return
        with contextlib.suppress(psycopg.Error):
            self.conn.close()
        self.conn = _open_connection(self._conninfo, self.label)
        self._prepare_session()

    @property
    def backend_pid(self) -> int | None:
        """The server process of this connection: the ``pid`` its announced changes
        carry (see ``ServerChangeListener``); None while the connection is lost."""
        if self.conn.info.status != psycopg.pq.ConnStatus.OK:
            return None
        return self.conn.info.backend_pid

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status in _IN_TRANSACTION

    def after_commit(self, item: object) -> None:
        """As ``LogbookDatabase.after_commit``: ``item`` reaches the commit listeners once
        the open transaction commits, and is forgotten if it rolls back."""
        self._kept.append(item)

    @contextlib.contextmanager
    def atomic(self) -> Generator[ServerDatabase, None, None]:
        """One transaction; nested: a savepoint. Whatever fails inside rolls back."""
        outermost = not self.in_transaction
        if outermost:
            self._kept = []
            self._connect_again_if_lost()
        kept = len(self._kept)
        try:
            with translated_server_errors(self.label), self.conn.transaction():
                yield self
        except BaseException:
            del self._kept[kept:]
            raise
        if outermost:
            committed, self._kept = self._kept, []
            if committed:
                for listener in list(self.commit_listeners):
                    listener(committed)

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> Any:
        if not self.in_transaction:
            self._connect_again_if_lost()
        with translated_server_errors(self.label):
            if parameters is None:
                return self.conn.execute(sql)  # type: ignore[arg-type]
            return self.conn.execute(to_pyformat(sql), parameters)  # type: ignore[arg-type]

    def query(
        self, sql: str, params: Sequence | dict[str, Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        if not self.in_transaction:
            self._connect_again_if_lost()
        with translated_server_errors(self.label):
            cursor = self.conn.cursor(row_factory=dict_row)
            if params is None:
                cursor.execute(sql)  # type: ignore[arg-type]
            else:
                cursor.execute(to_pyformat(sql), params)  # type: ignore[arg-type]
            rows = cursor.fetchall()
        return iter(rows)

    def executescript(self, sql: str) -> None:
        self.execute(sql)

    def table_names(self) -> list[str]:
        return [
            row[0]
            for row in self.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                "ORDER BY table_name"
            )
        ]

    def __getitem__(self, table: str) -> ServerTable:
        return ServerTable(self, table)

    def close(self) -> None:
        self.conn.close()

    @property
    def closed(self) -> bool:
        return self.conn.closed


__all__ = ["ServerDatabase", "server_label", "to_pyformat", "translated_server_errors"]
