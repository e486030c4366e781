"""The ``logger-app`` command line: argument parsing and the headless subcommands.

With no subcommand the command opens the GUI; that happens in ``ui.launcher`` (the
console script), so that nothing under this package ever imports widgets. The commands
live one module per kind: ``logbook_commands`` (demo, info, photos, check), ``export``,
``backup``, ``import_csv``, ``transfer``, ``verify``, ``encryption`` (encrypt,
decrypt) and ``due``; ``sign_in`` is who runs them.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from ..app_log import configure_logging, keep_held_records, stop_logging
from ..errors import EXIT_BUSY, EXIT_REFUSED, LogbookBusyError, LogbookError
from . import logbook_commands
from .common import add_data_dir, add_sign_in, data_dir_of, open_logbook

__all__ = [
    "COMMAND_MODULES",
    "EXIT_BROKEN_PIPE",
    "add_data_dir",
    "build_parser",
    "data_dir_of",
    "main",
    "open_logbook",
    "run_command",
]

Command = Callable[[argparse.Namespace], int]
# 128 + SIGPIPE: what a shell reports for a program whose reader went away (`yes | head`).
EXIT_BROKEN_PIPE = 141
_log = logging.getLogger(__name__)
# Modules that add commands of their own: each has
# ``register(commands)`` (using ``add_data_dir`` from ``.common``) and imports its heavy
# parts only when run.
COMMAND_MODULES: tuple[str, ...] = (
    "logger_app.cli.export",
    "logger_app.cli.backup",
    "logger_app.cli.import_csv",
    "logger_app.cli.import_bundle",
    "logger_app.cli.transfer",
    "logger_app.cli.verify",
    "logger_app.cli.encryption",
    "logger_app.cli.due",
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
    add_data_dir(parser, top_level=True)
    add_sign_in(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    logbook_commands.register(commands)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(commands)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed headless command; a logbook error is one clear line on stderr. When
    whoever reads the output stops reading (``| head``), the command ends quietly with
    ``EXIT_BROKEN_PIPE``, the status of a program stopped by SIGPIPE. Each command logs
    into its data folder's ``logs/`` (``--verbose``: on stderr too)."""
    # Held until the command ends: one refused leaves its folder as it was (the refusal
    # is on the terminal); one done, or stopped by a fault, keeps its records.
    configure_logging(data_dir_of(args), verbose=getattr(args, "verbose", False), hold=True)
    status: int | None = None
    try:
        status = _logged(args)
        return status
    finally:
        if status not in (EXIT_REFUSED, EXIT_BUSY):
            keep_held_records()
        stop_logging()


def _logged(args: argparse.Namespace) -> int:
    _log.info("Command %s started (version %s)", args.command, __version__)
    try:
        try:
            status = _run(args)
        finally:
            sys.stdout.flush()  # output still buffered meets the closed pipe here
    except BrokenPipeError:
        # As the Python documentation advises: stdout to devnull, so that the flush at
        # exit does not fail again and print "Exception ignored … BrokenPipeError".
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        _log.info("Command %s stopped: its reader went away", args.command)
        return EXIT_BROKEN_PIPE
    except Exception:
        _log.exception("Command %s stopped with an unexpected error", args.command)
        raise
    _log.info("Command %s ended with status %d", args.command, status)
    return status


def _run(args: argparse.Namespace) -> int:
    try:
        return args.run(args)
    except LogbookBusyError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        _log.warning("Command %s refused: the logbook is busy", args.command)
        return EXIT_BUSY
    except LogbookError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        # The refusal's type only: its words may name a file or a client.
        _log.warning("Command %s refused: %s", args.command, type(error).__name__)
        return EXIT_REFUSED


def main(argv: Sequence[str] | None = None) -> int:
    """Headless entry point (``python -m logger_app``): commands only, no GUI."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("a command is required here; run `logger-app` to open the window")
    return run_command(args)
