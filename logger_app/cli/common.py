"""What every command shares: the --data-dir and --database-url options, opening the
logbook as the command line, whole-number options, and a progress counter for a person
at a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..given_passphrase import PASSPHRASE_ENV
from ..paths import DATA_DIR_ENV, resolve_data_dir
from ..store.server.url import DATABASE_URL_ENV

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


def add_sign_in(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """Who signs in, unattended: ``--practitioner NAME`` with ``--passphrase-file FILE``
    or ``$LOGGER_APP_PASSPHRASE`` (``given_passphrase``)."""
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--practitioner",
        metavar="NAME",
        default=default,
        help="sign in as this practitioner (the window starts without its sign-in screen)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help=f"their passphrase, the file's first line; default: ${PASSPHRASE_ENV}",
    )


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


def open_logbook(args: argparse.Namespace, *, create: bool = False) -> Logbook:
    """The logbook of a command (its data folder, or the clinic server): its writes are
    audited as the command line's, ``command line (<user>)``. Only commands meant to make
    a logbook pass ``create`` (a mistyped --data-dir must not get an empty one)."""
    from ..integrity import command_line_actor
    from ..logbook import Logbook

    data_dir, actor = data_dir_of(args), command_line_actor()
    url = database_url_of(args)
    if not url:
        return Logbook.open(data_dir, actor=actor, create=create)
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
