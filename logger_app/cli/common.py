"""What every command shares: the --data-dir and --database-url options with the
sign-in ones, opening the logbook as the command line (signed in when a practitioner is
named), whole-number options, and a progress counter for a person at a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import DATA_DIR_ENV, resolve_data_dir
from ..store.server.url import DATABASE_URL_ENV
from .folder_key import FolderKey, folder_key, new_encrypted_folder, print_recovery_key
from .sign_in import Credentials, add_sign_in, credentials_of

if TYPE_CHECKING:
    from ..logbook import Logbook


def add_data_dir(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        # Given before or after the command, either works; the later one wins.
        default=None if top_level else argparse.SUPPRESS,
        help=(
            "the logbook's data folder (made by the window's first start, demo, "
            "restore and import-csv); default: "
            f"${DATA_DIR_ENV}, else the platform's user data folder"
        ),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=None if top_level else argparse.SUPPRESS,
        help=(
            "the logbook on the clinic server, postgresql://USER@HOST:PORT/DATABASE "
            "(password from the system keyring, PGPASSWORD or ~/.pgpass, else asked); "
            f"default: ${DATABASE_URL_ENV}; the data folder then keeps this computer's "
            "caches"
        ),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help="also show the log's records on the terminal (stderr)",
    )
    if not top_level:  # the top level's are added once, by ``build_parser``
        add_sign_in(parser)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def database_url_of(args: argparse.Namespace) -> str | None:
    """The clinic server's URL (``--database-url``, else the environment), or None for
    the file in the data folder."""
    return getattr(args, "database_url", None) or os.environ.get(DATABASE_URL_ENV) or None


_UNLOCK = object()  # ``open_as``'s default: the key is found from the credentials


def open_logbook(
    args: argparse.Namespace, *, create: bool = False, changes: str | None = None
) -> Logbook:
    """The logbook of a command (its data folder, or the clinic server): its writes are
    audited as the command line's, ``command line (<user>)``, or as the practitioner
    named (``--practitioner``), signed in. ``changes``: what the command changes ("photos
    import changes the logbook"): then a practitioner is required, asked before the
    logbook is opened, and one made with ``create`` becomes its first. Only commands
    meant to make a logbook pass ``create`` (a mistyped --data-dir must not get an empty
    one). An encrypted logbook needs the practitioner's passphrase (or the recovery
    key file) even to read."""
    credentials = credentials_of(args, changes=changes)
    return open_as(args, credentials, create=create, add_first=create and changes is not None)


def open_as(
    args: argparse.Namespace,
    credentials: Credentials | None,
    *,
    create: bool = False,
    add_first: bool = False,
    encrypt_new: bool = False,
    key: FolderKey | object | None = _UNLOCK,
) -> Logbook:
    """``open_logbook`` with the practitioner already known: signed in (SignInRefused,
    and the logbook closed, if refused); ``add_first``: a logbook without profiles gets
    them as its first, its administrator. ``encrypt_new``: a new logbook made here is
    encrypted (its recovery key printed once). ``key``: an encrypted folder's key when
    the command unlocked it already (``folder_key``), before touching anything else."""
    new_file = create and _makes_new_file(args)
    if add_first and credentials is not None and new_file:
        # Refused before the new logbook is made: the profile could not be added.
        credentials.check_new_passphrase()
    if encrypt_new and new_file:
        new_keys, key = new_encrypted_folder(data_dir_of(args))
        # Shown before the logbook is made: whatever fails or crashes after, nobody is
        # left with a logbook that no key opens.
        print_recovery_key(new_keys)
    elif key is _UNLOCK:
        # Unlocked before the open, which tidies the folder: a refusal touches nothing.
        key = folder_key(args, credentials)
    assert key is None or isinstance(key, FolderKey)
    logbook = _open(args, create, key)
    if credentials is not None:
        try:
            opened = key.opened if key is not None else None
            credentials.sign_in(logbook, add_first=add_first, opened=opened)
        except BaseException:
            logbook.close()
            raise
    return logbook


def _makes_new_file(args: argparse.Namespace) -> bool:
    from ..store.database import DATABASE_FILENAME

    return not database_url_of(args) and not (data_dir_of(args) / DATABASE_FILENAME).exists()


def _open(args: argparse.Namespace, create: bool, key: FolderKey | None) -> Logbook:
    from ..integrity import command_line_actor
    from ..logbook import Logbook

    data_dir, actor = data_dir_of(args), command_line_actor()
    url = database_url_of(args)
    if not url:
        data_key = key.data_key if key is not None else None
        return Logbook.open(data_dir, actor=actor, create=create, data_key=data_key)
    from ..server_login import connect_with_login

    return connect_with_login(
        url,
        lambda conninfo: Logbook.open(data_dir, actor=actor, database_url=conninfo),
        terminal_password_prompt,
    )


def terminal_password_prompt(label: str) -> str | None:
    """Ask for the server's password on a terminal; None without one (a script)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(f"Password for {label}: ") or None


def count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def terminal_progress(action: str, unit: str = "") -> Callable[[int, int], None] | None:
    """A "12 of 50" counter on stderr ("Importing 12 of 50…", "Exporting: 3 of 9
    clients…"), only when a person is watching a terminal."""

    def line(done: int, total: int) -> tuple[str, bool]:
        counted = f"{done} of {total} {unit}".rstrip()
        return f"{action} {counted}…", done >= total

    return _on_terminal(line)


def terminal_percent(action: str) -> Callable[[int, int], None] | None:
    """A percentage on stderr ("Checking… 42%"), written when it changes, only when a
    person is watching a terminal."""
    shown = [-1]

    def line(done: int, total: int) -> tuple[str, bool] | None:
        percent = min(100, done * 100 // max(total, 1))
        if percent == shown[0]:
            return None
        shown[0] = percent
        return f"{action}… {percent}%", percent == 100

    return _on_terminal(line)


def _on_terminal(
    line: Callable[[int, int], tuple[str, bool] | None],
) -> Callable[[int, int], None] | None:
    """Progress shown in place on one stderr line (ended when ``line`` says it is the
    last); None when stderr is not a terminal, so that logs and pipes stay clean."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        written = line(done, total)
        if written is not None:
            text, last = written
            print(f"\r{text}", end="\n" if last else "", file=sys.stderr, flush=True)

    return show
