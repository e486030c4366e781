"""``logger-app export``: a client's history, or every client's, as PDF, CSV, JSON or a
zip bundle. Registered by ``logger_app.cli`` (``COMMAND_MODULES``); the exporters (and Qt,
for PDFs) are imported only when the command runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_data_dir, open_logbook, terminal_progress

FORMATS = ("pdf", "csv", "json", "bundle")
_BAD_INPUT = 2


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="export a client's history (or everyone's) as PDF, CSV, JSON or a zip bundle",
        description=(
            "Export treatment histories in open formats. pdf: a report to send or print; "
            "csv: one row per treated area, for spreadsheets; json: the complete record "
            "(documented by export-schema.json); bundle: a zip with the JSON, the PDF, the "
            "original photos and a SHA-256 manifest. With --all every client goes into "
            "one file (for pdf: a zip of one PDF per client). An export is a plain copy "
            "outside the logbook's encryption, even of an encrypted logbook: anyone who gets "
            "the file can read it. It is your deliberate copy: keep it safe."
        ),
    )
    add_data_dir(export)
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", type=_client_id, metavar="ID", help="the client's id")
    who.add_argument("--all", action="store_true", help="every client, archived ones too")
    export.add_argument(
        "--format",
        required=True,
        choices=FORMATS,
        metavar="FORMAT",
        help="pdf, csv, json or bundle",
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="PATH",
        help=(
            "the file to write, or an existing folder to write it in under the default "
            "name (Anna-Smith-history-<date>.<format>, all-clients-history-<date> with --all)"
        ),
    )
    export.add_argument("--force", action="store_true", help="replace the output file if it exists")
    export.add_argument(
        "--keep-formulas",
        action="store_true",
        help=(
            "csv: write text cells that start with = + - @ as typed; by default they get a "
            "' in front so that spreadsheet programs do not run them as formulas"
        ),
    )
    export.set_defaults(run=run_export)


def _client_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a client id (a whole number)") from None
    if value < 1:
        raise argparse.ArgumentTypeError("a client id is at least 1")
    return value


def _refuse(message: str) -> int:
    print(f"logger-app: {message}", file=sys.stderr)
    return _BAD_INPUT


def run_export(args: argparse.Namespace) -> int:
    output = args.output.expanduser().absolute()
    # An existing folder: the file goes in it under the default name, found once the
    # client's name is known.
    into_folder = output.is_dir()
    if not into_folder:
        if output.exists() and not args.force:
            return _refuse(f"{output} exists; use --force to replace it.")
        if not output.parent.is_dir():
            return _refuse(f"the folder {output.parent} does not exist.")

    from ..export import default_file_name, export_all, export_client

    progress = terminal_progress("Exporting:", "clients" if args.all else "steps")
    try:
        # No logbook there (a mistyped --data-dir): refused before Qt is loaded.
        with open_logbook(args) as logbook:
            if into_folder:
                name = None if args.all else logbook.client(args.client).full_name
                output = output / default_file_name(name, args.format)
                if output.exists() and not args.force:
                    return _refuse(f"{output} exists; use --force to replace it.")
            if args.format in ("pdf", "bundle"):
                from ..export.qt_headless import ensure_gui_application

                ensure_gui_application()  # offscreen: no display needed
            keep = {"keep_formulas": args.keep_formulas}
            if args.all:
                export_all(logbook, args.format, output, progress, **keep)
            else:
                export_client(logbook, args.client, args.format, output, progress, **keep)
    except KeyboardInterrupt:
        print("\nlogger-app: export interrupted; nothing was written.", file=sys.stderr)
        return 130
    print(output)
    return 0
