"""The ``logger-app`` console script: the GUI when no command is given, else the CLI.
``--practitioner NAME`` with ``--passphrase-file`` or ``$LOGGER_APP_PASSPHRASE`` signs
the window in without its sign-in screen (benchmarks start it so).

PySide6 is imported only on the GUI path, so headless commands start fast and run on
machines without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from logger_app.cli import build_parser, data_dir_of, run_command
from logger_app.cli.common import database_url_of
from logger_app.errors import LogbookError
from logger_app.given_passphrase import given_passphrase

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    # The built app's smoke test: open the window, then quit (see .ci/build-app).
    parser.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.command is not None:
        return run_command(args)
    from .app import application, run_gui

    if args.quit_after_start:
        quit_once_shown(application())

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


def quit_once_shown(app: QApplication) -> None:
    """Once the event loop runs (the window is shown by then): print which window is shown
    and quit with 0, or with 1 when none is (the start failed). The client page's charts
    load on first view: loaded here too, so that a built app without them fails now."""
    import importlib

    from PySide6.QtCore import QTimer

    from .identity.start_window import StartWindow
    from .shell.main_window import MainWindow

    def check() -> None:
        shown = [
            type(widget).__name__
            for widget in app.topLevelWidgets()
            if isinstance(widget, MainWindow | StartWindow) and widget.isVisible()
        ]
        print(f"logger-app: started, shown: {', '.join(shown) or 'no window'}", flush=True)
        try:
            importlib.import_module("ui.review.trends")  # QtCharts
        except ImportError as error:
            print(f"logger-app: {error}", file=sys.stderr)
            shown = []
        app.exit(0 if shown else 1)

    QTimer.singleShot(0, app, check)


if __name__ == "__main__":
    raise SystemExit(main())
