"""`logger-app import-bundle`: a client (or every client) exported by another logbook.

The bundle is checked whole first (its manifest, its format, its signatures); the
clients are imported all or nothing. Exit status: 0 after the import, 1 when it is
refused (a duplicate, a damaged or foreign bundle; nothing written), 2 when the file
cannot be found.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_data_dir, open_as, terminal_progress
from .folder_key import add_plain_option
from .sign_in import credentials_of


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import-bundle",
        help="import a client's bundle exported by another logbook",
        description=(
            "Import one client's bundle (`logger-app export --format bundle`), or with --all "
            "the bundle of every client (`export --all --format bundle`, as a zip or "
            "unpacked), with every session, photo, screening, consent, amendment and other "
            "treatment as it read there. The bundle is checked against its MANIFEST.sha256 "
            "and the signatures it carries first; the import is all or nothing. A client "
            "already in this logbook (same name and birth date) is refused unless "
            "--as-new is given; the same bundle's client is never imported twice. A new "
            "logbook is encrypted (its recovery key is printed once) unless --plain is given."
        ),
    )
    add_data_dir(parser)
    add_plain_option(parser)
    parser.add_argument("file", type=Path, metavar="FILE", help="the bundle (zip or folder)")
    parser.add_argument(
        "--all", action="store_true", help="the bundle holds a folder for every client"
    )
    parser.add_argument(
        "--as-new",
        action="store_true",
        help="import clients of the same name and birth date as new clients",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..bundle_import import (
        BundleError,
        BundleImportCancelled,
        DuplicateClientsError,
        import_bundle,
    )

    if not args.file.exists():
        print(f"logger-app: {args.file}: no such file or folder", file=sys.stderr)
        return 2
    credentials = credentials_of(args, changes="import-bundle changes the logbook")
    with open_as(
        args, credentials, create=True, add_first=True, encrypt_new=not args.plain
    ) as logbook:
        try:
            summary = import_bundle(
                logbook,
                args.file,
                all_clients=args.all,
                as_new=args.as_new,
                progress=terminal_progress("Importing"),
            )
        except (BundleError, DuplicateClientsError, BundleImportCancelled) as error:
            print(f"logger-app: {error}", file=sys.stderr)
            return 1
    print(summary.describe())
    return 0
