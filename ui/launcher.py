"""The ``logger-app`` console script: the GUI when no command is given, else the CLI.

PySide6 is imported only on the GUI path, so headless commands start fast and run on
machines without a display.
"""

from __future__ import annotations

from collections.abc import Sequence

from logger_app.cli import build_parser, data_dir_of, run_command
from logger_app.cli.common import database_url_of


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run_command(args)
    from .app import run_gui

    return run_gui(data_dir_of(args), database_url=database_url_of(args))


if __name__ == "__main__":
    raise SystemExit(main())
