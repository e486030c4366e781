"""``logger-app move-to-server`` and ``move-to-file``: a logbook moved between the data
folder's file and the clinic server, the original kept unchanged.

Registered by ``logger_app.cli`` (listed in its ``COMMAND_MODULES``). A refusal (the new
home is not empty, the server cannot be reached) is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import resolve_data_dir
from ..store.server.url import without_password
from .common import count, terminal_password_prompt
from .sign_in import SignInRefused, add_sign_in, credentials_of, sign_in_to_copy

if TYPE_CHECKING:
    from ..transfer import CopyReport, MoveReport


def register(commands: argparse._SubParsersAction) -> None:
    to_server = commands.add_parser(
        "move-to-server",
        help="copy the logbook of a data folder onto an empty database of the clinic server",
        description=(
            "Copy every record and photo of the logbook in --data-dir onto the clinic "
            "server's database at --database-url, which must hold no logbook yet. The copy "
            "is checked table by table (row counts and checksums). The data folder is not "
            "changed: keep it as a backup until the server's first backup. Close the app "
            "everywhere first. Refused (exit status 2, nothing changed) if the database "
            "already holds a logbook. The practitioner signing in must be one of the "
            "logbook moved (checked on a copy: the folder is not changed)."
        ),
    )
    _add_ends(to_server)
    to_server.set_defaults(run=_run_to_server)

    to_file = commands.add_parser(
        "move-to-file",
        help="copy the logbook on the clinic server into a new data folder",
        description=(
            "Copy every record and photo of the logbook on the clinic server at "
            "--database-url into --data-dir, which must be new or empty. The copy is checked "
            "table by table; the server's logbook is not changed. Refused (exit status 2, "
            "nothing changed) if the folder holds a logbook or anything else. The "
            "practitioner signing in must be one of the logbook moved (checked on the "
            "copy: the server's logbook is not changed; refused, the copy is removed). "
            "A server logbook with encrypted photos becomes an encrypted folder with the "
            "same key (that practitioner's passphrase unwraps it)."
        ),
    )
    _add_ends(to_file)
    to_file.set_defaults(run=_run_to_file)


def _add_ends(parser: argparse.ArgumentParser) -> None:
    # Both ends named on the command line: a move never takes either from a default.
    parser.add_argument("--data-dir", metavar="PATH", required=True, help="the data folder")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        required=True,
        help="the clinic server's database, postgresql://USER@HOST:PORT/DATABASE",
    )
    add_sign_in(parser)


def server_conninfo(url: str) -> str:
    """``url`` with the password it needs (the keyring's, else asked on a terminal),
    checked by connecting once."""
    from ..server_login import connect_with_login
    from ..store.server.connection import ServerDatabase

    def reachable(conninfo: str) -> str:
        ServerDatabase.connect(conninfo).close()
        return conninfo

    return connect_with_login(url, reachable, terminal_password_prompt)


def _run_to_server(args: argparse.Namespace) -> int:
    from ..transfer import move_to_server

    credentials = credentials_of(args, changes="move-to-server moves the logbook")
    assert credentials is not None
    data_dir = resolve_data_dir(args.data_dir)
    _refuse_encrypted(data_dir)
    conninfo = server_conninfo(args.database_url)
    shown = without_password(args.database_url)  # a password typed in it is not repeated
    database = data_dir / _database_filename()
    if database.exists():  # without one, the move says so
        sign_in_to_copy(credentials, database)  # the folder stays as it was, byte for byte
    report = move_to_server(data_dir, conninfo, actor=credentials.name)
    _print_move(report)
    print(
        f"The logbook in {data_dir} was not changed and is no longer the one in use: open "
        f"the logbook with --database-url {shown} from now on. Keep that folder "
        "as it is, as a backup, until the clinic's first backup of the server is made and "
        f"checked (logger-app backup --database-url {shown} -o FILE.zip); do "
        "not delete it before."
    )
    return _photos_status(report)


def _refuse_encrypted(data_dir: Path) -> None:
    """An encrypted logbook is not moved (yet): its photos would have to be encrypted
    again for the server. Refused before anything is read or changed."""
    from ..crypto.key_file import is_encrypted_folder
    from ..transfer import TransferError

    if is_encrypted_folder(data_dir):
        raise TransferError(
            f"The logbook in {data_dir} is encrypted: moving an encrypted logbook onto the "
            "clinic server is not possible yet. Nothing was copied and nothing was changed. "
            "Decrypt it (logger-app decrypt), move it, then encrypt the server's photos "
            "(logger-app encrypt --database-url URL)."
        )


def _run_to_file(args: argparse.Namespace) -> int:
    from ..transfer import move_to_file

    credentials = credentials_of(args, changes="move-to-file moves the logbook")
    assert credentials is not None
    data_dir = resolve_data_dir(args.data_dir)
    conninfo = server_conninfo(args.database_url)
    existed = data_dir.exists()
    report = move_to_file(
        conninfo, data_dir, actor=credentials.name, passphrase=credentials.passphrase
    )
    # Checked on the copy, so that the server's logbook is not changed by the sign-in;
    # refused, the folder (new or empty before) is left as it was.
    try:
        sign_in_to_copy(credentials, data_dir / _database_filename())
    except SignInRefused:
        _empty_again(data_dir, remove=not existed)
        raise
    _print_move(report)
    print(
        f"The logbook on the server was not changed and is no longer the one in use: open "
        f"the logbook with --data-dir {data_dir} (without --database-url) from now on. Keep "
        "the server's database until the first backup of this folder is made and checked."
    )
    return _photos_status(report)


def _empty_again(data_dir: Path, *, remove: bool) -> None:
    """Undo a move into ``data_dir``, which was new (``remove``) or empty before."""
    import shutil

    if remove:
        shutil.rmtree(data_dir)
        return
    for entry in data_dir.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _database_filename() -> str:
    from ..store.database import DATABASE_FILENAME  # loaded when a command runs

    return DATABASE_FILENAME


def print_copied(copied: CopyReport) -> None:
    entries = copied.count("audit_log")
    shown = ", ".join(
        [
            count(copied.count(table), noun)
            for table, noun in (
                ("clients", "client"),
                ("sessions", "session"),
                ("photos", "photo"),
                ("amendments", "amendment"),
            )
        ]
        + [f"{entries} audit {'entry' if entries == 1 else 'entries'}"]
    )
    print(f"  Copied {count(copied.rows, 'row')}: {shown}.")
    print(
        f"  Every table's row count and checksum match the original ({len(copied.figures)} tables)."
    )


def _print_move(report: MoveReport) -> None:
    print(f"Moved the logbook from {report.source} to {report.target}.")
    print_copied(report.copied)
    photos = report.photos
    print(f"  Photo files: {photos.copied} copied, {photos.present} already in place.")


def _photos_status(report: MoveReport) -> int:
    if not report.photos.missing:
        return 0
    print(
        f"warning: {len(report.photos.missing)} photo file(s) the logbook refers to were "
        "missing or damaged and could not be copied (`logger-app check` lists them):",
        file=sys.stderr,
    )
    for sha256 in report.photos.missing:
        print(f"  {sha256}", file=sys.stderr)
    return 1


__all__ = ["print_copied", "register", "server_conninfo"]
