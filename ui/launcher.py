"""The ``logger-app`` console script: the GUI when no command is given, else the CLI.
``--practitioner NAME`` with ``--passphrase-file`` or ``$LOGGER_APP_PASSPHRASE`` signs
the window in without its sign-in screen (benchmarks start it so).

PySide6 is imported only on the GUI path, so headless commands start fast and run on
machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from logger_app.cli import build_parser, data_dir_of, run_command
from logger_app.cli.common import database_url_of
from logger_app.errors import LogbookError
from logger_app.given_passphrase import given_passphrase


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run_command(args)
    from .app import run_gui

    practitioner = args.practitioner
    try:  # only to sign in unattended: a passphrase in the environment alone is not used
        passphrase = given_passphrase(args.passphrase_file) if practitioner else None
    except LogbookError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        return 2
    return run_gui(
        data_dir_of(args),
        database_url=database_url_of(args),
        practitioner=practitioner,
        passphrase=passphrase,
        verbose=args.verbose,
    )


if __name__ == "__main__":
    raise SystemExit(main())
