"""``logger-app backup``, ``restore`` and ``verify-backup``: the headless backup commands.

Registered by ``logger_app.cli`` (listed in its ``COMMAND_MODULES``). A refused archive
or any other logbook error is one line on stderr and exit status 2 (``run_command``).
An encrypted logbook, or its backup, is opened with a passphrase or its recovery key
(``backup_keys``), found before anything is touched.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .backup_keys import backup_key, folder_key
from .common import (
    add_data_dir,
    data_dir_of,
    database_url_of,
    open_as,
    terminal_percent,
)
from .sign_in import Credentials, add_sign_in, credentials_of, sign_in_to_copy

if TYPE_CHECKING:
    from ..backup import BackupInfo
    from ..logbook import Logbook

_RESTORE_CHANGES = "restore replaces the logbook"


def register(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser(
        "backup",
        help="back up the whole logbook (database and photos) into one zip file",
        description=(
            "Back up the logbook into a zip: a consistent copy of the database (safe "
            "while the app is open) and every photo file, with a manifest of checksums. "
            "The archive is checked after it is written. Exit status 1 when photo files "
            "the logbook refers to were missing or damaged (they are listed). With "
            "--database-url, the logbook on the clinic server is backed up in the same "
            "format (so it restores into a data folder as well)."
        ),
    )
    add_data_dir(backup)
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.zip",
        help=(
            "the backup file, or an existing folder to write it in as "
            "logbook-backup-<date>-<time>.zip"
        ),
    )
    backup.add_argument("--force", action="store_true", help="replace FILE.zip if it exists")
    backup.set_defaults(run=_run_backup)

    restore = commands.add_parser(
        "restore",
        help="replace the logbook with a backup (the current one is kept aside)",
        description=(
            "Check every file of the backup, then make it the logbook of the data folder. "
            "A logbook already there is not deleted: it is moved to "
            "backups/replaced-<time>/ inside the data folder. Close the app first. "
            "A refused archive changes nothing (exit status 2). With --database-url, the "
            "backup (of a file or of a server) goes onto the clinic server's database, "
            "which must hold no logbook yet. The practitioner signing in must be one of "
            "the logbook being replaced, or of the backup when there is none."
        ),
    )
    add_data_dir(restore)
    restore.add_argument("archive", type=Path, metavar="FILE.zip", help="a logbook backup")
    restore.set_defaults(run=_run_restore)

    verify = commands.add_parser(
        "verify-backup",
        help="check a backup without restoring it",
        description="Check every file's checksum and the database of a backup; change nothing.",
    )
    verify.add_argument("archive", type=Path, metavar="FILE.zip", help="a logbook backup")
    add_sign_in(verify)
    verify.set_defaults(run=_run_verify)


def _run_backup(args: argparse.Namespace) -> int:
    from ..backup import BackupError, make_backup, verify_backup

    target: Path = args.output.expanduser()
    if target.is_dir():
        target = target / default_backup_name()
    if target.exists() and not args.force:
        raise BackupError(f"{target} already exists: choose another name, or add --force.")
    data_dir = data_dir_of(args)
    url = database_url_of(args)
    if url:  # the server's logbook, in the same format (see logger_app.transfer)
        from ..transfer import backup_server
        from .transfer import server_conninfo

        conninfo = server_conninfo(url)
        server_key = _server_key(args, conninfo)
        made = backup_server(
            conninfo,
            target,
            terminal_percent("Backing up"),
            workstation=data_dir,
            data_key=server_key,
        )
        source = f"the logbook on the clinic server ({_label(conninfo)})"
        checked = verify_backup(made.path, terminal_percent("Checking"), data_key=server_key)
        key = None
    else:
        conninfo = None
        credentials = credentials_of(args)
        key = folder_key(args, data_dir, credentials)
        made = make_backup(data_dir, target, terminal_percent("Backing up"), data_key=key)
        source = str(data_dir)
        checked = verify_backup(made.path, terminal_percent("Checking"), data_key=key)
    opened = (
        _open_home(args, conninfo) if key is None else _open_encrypted(data_dir, key, credentials)
    )
    with opened as logbook:
        logbook.record_backup(made.path, checked)
    print(f"Backed up {source} to {made.path}")
    print(f"  {checked.summary()}")
    print(f"  {_files(checked)} in {_mb(checked.archive_bytes)}; every checksum verified.")
    if made.missing_photos:
        _print_missing(made)
        return 1
    return 0


def default_backup_name(now: datetime | None = None) -> str:
    """``logbook-backup-2026-11-21-1430.zip``: the name the window proposes too."""
    return f"logbook-backup-{now or datetime.now():%Y-%m-%d-%H%M}.zip"


def _open_home(args: argparse.Namespace, conninfo: str | None, *, sign_in: bool = True) -> Logbook:
    """The logbook of the command: on the server with ``conninfo`` (its password already
    found), else the data folder's; signed in when a practitioner is named (and
    ``sign_in``: a restore has checked its practitioner already)."""
    credentials = credentials_of(args) if sign_in else None
    if conninfo is None:
        return open_as(args, credentials)
    return open_as(argparse.Namespace(**vars(args) | {"database_url": conninfo}), credentials)


def _server_key(args: argparse.Namespace, conninfo: str) -> bytes | None:
    """The data key of the server's logbook, from the practitioner named (signed in);
    None without one (a server logbook with encrypted photos then refuses the backup)."""
    if credentials_of(args) is None:
        return None
    with _open_home(args, conninfo) as logbook:
        return logbook.data_key


def _open_encrypted(data_dir: Path, key: bytes, credentials: Credentials | None) -> Logbook:
    """The encrypted logbook of the data folder, opened with its key (and signed in
    when a practitioner was given: the recovery key alone signs nobody in)."""
    from ..integrity import command_line_actor
    from ..logbook import Logbook

    logbook = Logbook.open(data_dir, actor=command_line_actor(), data_key=key)
    if credentials is not None:
        try:
            credentials.sign_in(logbook)
        except BaseException:
            logbook.close()
            raise
    return logbook


def _label(conninfo: str) -> str:
    from ..store.server.connection import server_label

    return server_label(conninfo)


def _run_restore(args: argparse.Namespace) -> int:
    from ..backup.restore import prepare_restore
    from ..store.database import DATABASE_FILENAME

    credentials = credentials_of(args, changes=_RESTORE_CHANGES)
    assert credentials is not None
    url = database_url_of(args)
    if url:
        return _restore_onto_server(args, url, credentials)
    data_dir = data_dir_of(args)
    # Both keys first: a missing or wrong one refuses the restore before anything.
    key = backup_key(args, args.archive, credentials)
    replaces = (data_dir / DATABASE_FILENAME).exists()
    current = folder_key(argparse.Namespace(), data_dir, credentials) if replaces else None
    progress = terminal_percent("Checking and extracting")
    with prepare_restore(args.archive, data_dir, progress, data_key=key) as prepared:
        # Who replaces a logbook is one of its practitioners; into an empty folder, one
        # of the backup's. Checked once the archive is (a refused one touches nothing).
        if current is not None:
            _sign_in_to_encrypted_copy(data_dir, current, credentials)
        elif replaces:
            sign_in_to_copy(credentials, data_dir / DATABASE_FILENAME)
        else:
            _sign_in_to_backup(args.archive, credentials, key)
        result = prepared.commit(current_key=current)
    backup = result.backup
    print(f"Verified {backup.path}:")
    print(f"  {backup.summary()}")
    print(f"  {_files(backup)}: every checksum matches; the database is a sound logbook.")
    if backup.missing_photos:
        _print_missing(backup)
    print(f"Restored into {result.data_dir}")
    if result.replaced is not None:
        print(f"The previous logbook was kept in {result.replaced}")
    # Opened once now: a backup of an older version is upgraded here (with the usual
    # copy kept before the upgrade), and the user knows it opens.
    if key is not None:
        opened = _open_encrypted(result.data_dir, key, None)
    else:
        opened = open_as(argparse.Namespace(data_dir=result.data_dir), None, create=True)
    with opened as logbook:
        clients = logbook.client_count()
        logbook.set_actor(credentials.name)
        logbook.record_restore(result)
    print(f"The logbook opens: {clients:,} client{'' if clients == 1 else 's'}.")
    return 0


def _sign_in_to_backup(archive: Path, credentials: Credentials, key: bytes | None) -> None:
    """SignInRefused unless ``credentials`` sign in to the logbook in ``archive`` (its
    database checked and opened in a temporary folder, encrypted as in the archive;
    nothing else is touched)."""
    import tempfile

    from ..backup.verify import read_backup
    from ..integrity import command_line_actor
    from ..logbook import Logbook

    with tempfile.TemporaryDirectory(prefix="logger-app-restore-") as scratch:
        read_backup(Path(archive), Path(scratch), terminal_percent("Checking"),
                    extract_photos=False, data_key=key)  # fmt: skip
        with Logbook.open(scratch, actor=command_line_actor(), data_key=key) as logbook:
            credentials.sign_in(logbook)


def _sign_in_to_encrypted_copy(data_dir: Path, key: bytes, credentials: Credentials) -> None:
    """``sign_in_to_copy`` for an encrypted logbook: the copy is encrypted with the same
    key (with its key file beside it), in a private temporary folder."""
    import shutil
    import tempfile

    from ..crypto.key_file import key_file_path
    from ..integrity import command_line_actor
    from ..logbook import Logbook
    from ..store.database import DATABASE_FILENAME
    from ..store.snapshot import snapshot_database

    with tempfile.TemporaryDirectory(prefix="logger-app-sign-in-") as scratch:
        snapshot_database(data_dir / DATABASE_FILENAME, Path(scratch) / DATABASE_FILENAME, key)
        shutil.copyfile(key_file_path(data_dir), key_file_path(Path(scratch)))
        with Logbook.open(scratch, actor=command_line_actor(), data_key=key) as copy:
            credentials.sign_in(copy)


def _restore_onto_server(args: argparse.Namespace, url: str, credentials: Credentials) -> int:
    """Any backup onto an empty server database, through a temporary data folder."""
    from ..transfer import restore_onto_server
    from .transfer import print_copied, server_conninfo

    conninfo = server_conninfo(url)
    key = backup_key(args, args.archive, credentials)
    _sign_in_to_backup(args.archive, credentials, key)  # the server holds no logbook to ask
    progress = terminal_percent("Checking and extracting")
    result = restore_onto_server(args.archive, conninfo, progress, data_key=key)
    backup = result.restored.backup
    print(f"Verified {backup.path}:")
    print(f"  {backup.summary()}")
    print(f"  {_files(backup)}: every checksum matches; the database is a sound logbook.")
    if backup.missing_photos:
        _print_missing(backup)
    print(f"Restored onto the clinic server ({_label(conninfo)})")
    print_copied(result.copied)
    with _open_home(args, conninfo, sign_in=False) as logbook:  # checked above
        clients = logbook.client_count()
        logbook.set_actor(credentials.name)
        logbook.record_restore(result.restored)
    print(f"The logbook opens: {clients:,} client{'' if clients == 1 else 's'}.")
    return 0


def _run_verify(args: argparse.Namespace) -> int:
    from ..backup import verify_backup

    key = backup_key(args, args.archive, credentials_of(args))
    backup = verify_backup(args.archive, terminal_percent("Checking"), data_key=key)
    print(f"{backup.path} is a sound logbook backup:")
    print(f"  {backup.summary()}")
    print(f"  {_files(backup)}: every checksum matches.")
    if backup.missing_photos:
        _print_missing(backup)
    return 0


def _print_missing(backup: BackupInfo) -> None:
    print(
        f"warning: {len(backup.missing_photos)} photo file(s) were missing or damaged where "
        "the logbook keeps them (the data folder or the clinic server) when the backup "
        "was made and are not in it "
        "(`logger-app check` lists them):",
        file=sys.stderr,
    )
    for sha256 in backup.missing_photos:
        print(f"  {sha256}", file=sys.stderr)


def _files(backup: BackupInfo) -> str:
    count = len(backup.files)
    return f"{count} file{'s' if count != 1 else ''} ({_mb(backup.content_bytes)})"


def _mb(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"
