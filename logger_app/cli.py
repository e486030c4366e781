"""The ``logger-app`` command line: argument parsing and the headless subcommands.

With no subcommand the command opens the GUI; that happens in ``ui.launcher`` (the
console script), so that this core module never imports widgets.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .errors import LogbookError
from .paths import DATA_DIR_ENV, resolve_data_dir

Command = Callable[[argparse.Namespace], int]


def _add_data_dir(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        # Given before or after the command, either works; the later one wins.
        default=None if top_level else argparse.SUPPRESS,
        help=(
            "the logbook's data folder (created if missing); default: "
            f"${DATA_DIR_ENV}, else the platform's user data folder"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="logger-app",
        description=(
            "Microneedling logbook. With no command, opens the logbook window; "
            "the commands below work without a display."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_data_dir(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="fill a logbook with realistic demo clients and sessions",
        description="Fill a logbook with realistic, varied demo data (fictional people).",
    )
    _add_data_dir(demo)
    demo.add_argument(
        "--clients",
        type=_positive_int,
        default=50,
        metavar="N",
        help="how many demo clients to add (default: 50)",
    )
    demo.add_argument(
        "--seed", type=int, default=2026, help="random seed, for repeatable data (default: 2026)"
    )
    demo.set_defaults(run=_run_demo)

    info = commands.add_parser("info", help="show where the logbook is and what it holds")
    _add_data_dir(info)
    info.set_defaults(run=_run_info)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def _run_demo(args: argparse.Namespace) -> int:
    from .demo import generate_demo
    from .logbook import Logbook

    with Logbook.open(data_dir_of(args)) as logbook:
        before_clients, before_sessions = logbook.client_count(), logbook.session_count()
        generate_demo(logbook, clients=args.clients, seed=args.seed)
        print(
            f"Added {logbook.client_count() - before_clients} clients and "
            f"{logbook.session_count() - before_sessions} sessions to {logbook.data_dir}"
        )
    return 0


def _run_info(args: argparse.Namespace) -> int:
    from .logbook import Logbook

    with Logbook.open(data_dir_of(args)) as logbook:
        print(f"Data folder: {logbook.data_dir}")
        print(f"Database:    {logbook.database_path}")
        print(f"Clients:     {logbook.client_count()}")
        print(f"Sessions:    {logbook.session_count()}")
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed headless command; a logbook error is one clear line on stderr."""
    try:
        return args.run(args)
    except LogbookError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Headless entry point (``python -m logger_app``): commands only, no GUI."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("a command is required here; run `logger-app` to open the window")
    return run_command(args)
