"""Moving a whole logbook between the data folder's file and the clinic server.

The original is never changed: it stays as it was, the best backup until the new home
has one of its own. The new home must be empty (a database with no logbook records; a
folder with nothing in it) and is checked before anything is written there. Photo files
go first (the server keeps them in its own database), then every row (``copy_logbook``);
the copy is read back once more on a new connection and compared with the original,
table by table, before the move is said done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..crypto.key_file import parse_key_file, write_key_file
from ..errors import NotALogbookError
from ..logbook.keyring import SERVER_HOLDERS_SETTING
from ..owner_only import make_private_folders
from ..photos.content import FolderContent
from ..store import open_database
from ..store.audit import AuditStore
from ..store.data_folder import DATABASE_FILENAME, check_may_create
from ..store.identity import IdentityStore
from .copy import CopyReport, copy_logbook
from .photos import PhotoCopy, copy_photos, photo_hashes, server_photos
from .staging import remove_abandoned, staging_folder
from .tables import TABLES, TransferError, check_same_columns, figures

Step = Callable[[str], None]


def _nothing(step: str) -> None:
    """No one to tell of the steps done (the crash tests pass a callback)."""


@dataclass(frozen=True)
class MoveReport:
    copied: CopyReport
    photos: PhotoCopy
    source: str  # where the logbook was (a path, or the server's label)
    target: str


def check_server_empty(conninfo: str) -> None:
    """Refuse, touching nothing, a server database that holds another program's tables
    or a logbook with records (an empty database or a new logbook's schema will do)."""
    from ..store.server.connection import ServerDatabase
    from ..store.server.schema import STEP_TABLE

    db = ServerDatabase.connect(conninfo)
    try:
        tables = set(db.table_names())
        if tables and STEP_TABLE not in tables:
            raise NotALogbookError(
                f"The database {db.label} holds tables of another program, not a logbook. "
                "It was left untouched: ask for an empty database of its own for the logbook."
            )
        held = {
            table: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in TABLES
            if table in tables
        }
        if any(held.values()):
            raise TransferError(
                f"The database {db.label} already holds a logbook ({held.get('clients', 0)} "
                f"clients, {held.get('sessions', 0)} sessions): nothing was copied and nothing "
                "there was changed. A logbook moves only into an empty database."
            )
    finally:
        db.close()


def check_folder_empty(data_dir: Path) -> None:
    """Refuse, touching nothing, a folder holding a logbook or anything else."""
    if (data_dir / DATABASE_FILENAME).exists():
        raise TransferError(
            f"The folder {data_dir} already holds a logbook: nothing was copied and nothing "
            "there was changed. A logbook moves only into a new or empty folder."
        )
    check_may_create(data_dir)


def move_to_server(
    data_dir: Path, conninfo: str, *, actor: str, after_step: Step = _nothing
) -> MoveReport:
    """Copy the logbook of ``data_dir`` onto the empty server database at ``conninfo``.
    A crash before the rows commit leaves the server without a logbook (photo contents
    without rows are the check's orphans, and the next move finds them there already);
    after, the server holds the whole copy. ``after_step(name)`` is told each step done
    (the crash tests stop there)."""
    from ..store.server.opening import open_server_database

    check_server_empty(conninfo)
    source = open_database(Path(data_dir))
    try:
        target = open_server_database(conninfo)
        try:
            with server_photos(target, conninfo) as server_files:
                photos = copy_photos(FolderContent(data_dir), server_files, photo_hashes(source))
            after_step("photos copied")
            copied = copy_logbook(source, target)
            after_step("rows copied")
            label = target.label
        finally:
            target.close()
        _check_again(copied, lambda: open_server_database(conninfo), source)
        after_step("copy checked")
        report = MoveReport(copied, photos, str(Path(data_dir) / DATABASE_FILENAME), label)
    finally:
        source.close()
    _record(lambda: open_server_database(conninfo), report, actor)
    after_step("move recorded")
    return report


def move_to_file(
    conninfo: str,
    data_dir: Path,
    *,
    actor: str,
    after_step: Step = _nothing,
    passphrase: str | None = None,
) -> MoveReport:
    """Copy the logbook on the server at ``conninfo`` into ``data_dir`` (new or empty).
    It is built in a staging folder beside it and renamed into place once complete,
    checked and recorded: whatever fails or crashes before, ``data_dir`` is as it was
    (see ``staging``). ``after_step(name)`` is told each step done.

    A server logbook with a data key (its photos encrypted) becomes an encrypted file
    with that key, its key file holding the server's wrappings (the same passphrases
    and recovery sheet open it): ``actor``'s ``passphrase`` unwraps the key, and
    nothing of it reaches the disk in plain. Without the right one: refused, nothing
    made (the errors of ``logbook.unlocking.unlock_folder``)."""
    from ..logbook.unlocking import unlock_server
    from ..store.server.opening import open_server_database

    data_dir = Path(data_dir)
    remove_abandoned(data_dir)  # what a move into it left when it was killed
    check_folder_empty(data_dir)
    source = open_server_database(conninfo)
    try:
        key = unlock_server(source, actor, passphrase) if passphrase is not None else None
        if key is None and IdentityStore(source).setting(SERVER_HOLDERS_SETTING) is not None:
            raise TransferError(
                "The logbook on the server has encrypted photos: the practitioner moving it "
                "gives their passphrase, which opens its key."
            )
        with staging_folder(data_dir) as staging:
            built = staging.folder
            if key is not None:
                holders = IdentityStore(source).setting(SERVER_HOLDERS_SETTING)
                make_private_folders(built)
                write_key_file(built, parse_key_file(holders, "the server's key holders"))
            target = open_database(built, create=True, data_key=key)
            after_step("staging folder made")
            try:
                with server_photos(source, conninfo, key) as server_files:
                    photos = copy_photos(
                        server_files, FolderContent(built, key), photo_hashes(source)
                    )
                after_step("photos copied")
                copied = copy_logbook(source, target)
                after_step("rows copied")
            finally:
                target.close()
            _check_again(copied, lambda: open_database(built, data_key=key), source)
            after_step("copy checked")
            report = MoveReport(copied, photos, source.label, str(data_dir / DATABASE_FILENAME))
            _record(lambda: open_database(built, data_key=key), report, actor)
            after_step("move recorded")
            staging.publish()
            after_step("put in place")
    finally:
        source.close()
    return report


def _check_again(copied: CopyReport, reopen: Callable[[], Any], source: Any) -> None:
    """The committed copy, read on a new connection, still matches the original."""
    target = reopen()
    try:
        columns = check_same_columns(source, target)
        if figures(target, columns) != copied.figures:
            raise TransferError(
                "The copy, read back after saving, does not match the original: do not use "
                "it; the original was not changed."
            )
    finally:
        target.close()


def _record(reopen: Callable[[], Any], report: MoveReport, actor: str) -> None:
    """One entry in the new home's audit log, after the check (so that it is not
    counted): where the logbook came from, and what it held."""
    db = reopen()
    try:
        AuditStore(db, actor).record(
            "move",
            "logbook",
            f"Logbook moved here with {report.copied.count('clients')} clients, "
            f"{report.copied.count('sessions')} sessions and "
            f"{report.copied.count('photos')} photos; the original was kept",
            details={"from": report.source},
        )
    finally:
        db.close()
