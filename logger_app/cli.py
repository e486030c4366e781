"""The ``logger-app`` command line: argument parsing and the headless subcommands.

With no subcommand the command opens the GUI; that happens in ``ui.launcher`` (the
console script), so that this core module never imports widgets.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import EXIT_BUSY, EXIT_REFUSED, LogbookBusyError, LogbookError
from .paths import DATA_DIR_ENV, resolve_data_dir
from .vocabulary import Area, PhotoAngle, PhotoKind

if TYPE_CHECKING:
    from .logbook import Logbook
    from .records import Photo

Command = Callable[[argparse.Namespace], int]
# 128 + SIGPIPE: what a shell reports for a program whose reader went away (`yes | head`).
EXIT_BROKEN_PIPE = 141
# Modules that add commands of their own: each has
# ``register(commands)`` (using ``add_data_dir`` from here) and imports its heavy
# parts only when run.
COMMAND_MODULES: tuple[str, ...] = (
    "logger_app.cli_export",
    "logger_app.cli_backup",
    "logger_app.cli_import",
)


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="fill a logbook with realistic demo clients and sessions",
        description="Fill a logbook with realistic, varied demo data (fictional people).",
    )
    add_data_dir(demo)
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
    add_data_dir(info)
    info.set_defaults(run=_run_info)
    _add_photo_commands(commands)

    check = commands.add_parser(
        "check",
        help="check the photo files against the logbook, and look for leftovers",
        description=(
            "Check every photo: its file must be there and unchanged (hash). Files no "
            "photo uses (left by an interrupted import) are listed; --remove-orphans "
            "deletes them. Leftovers of interrupted work (temporary files of an export, "
            "backup, photo import, upgrade or restore) are listed with their size and "
            "count as problems; those no running process owns are removed at once (as "
            "every open of the data folder does), those still being written are left "
            "alone. A restore interrupted by a crash is finished (or undone). Exit "
            "status 1 when a problem was found."
        ),
    )
    add_data_dir(check)
    check.add_argument(
        "--remove-orphans", action="store_true", help="delete files that no photo uses"
    )
    check.set_defaults(run=_run_check)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(commands)
    return parser


def _add_photo_commands(commands: argparse._SubParsersAction) -> None:
    photos = commands.add_parser("photos", help="clinical photos")
    add_data_dir(photos)
    photo_commands = photos.add_subparsers(dest="photos_command", metavar="COMMAND")
    photo_commands.required = True
    add = photo_commands.add_parser(
        "import",
        help="attach photo files to a session",
        description=(
            "Attach photo files (JPEG, PNG, WebP, TIFF, HEIC) to a session. Each is "
            "stored upright without location data; a file that is not a sound photo is "
            "refused with the reason. Exit status 1 when any file was refused."
        ),
    )
    add_data_dir(add)
    add.add_argument(
        "--session", type=_positive_int, required=True, metavar="ID", help="the session's id"
    )
    for option, values, default, what in (
        ("--kind", PhotoKind.values(), PhotoKind.BEFORE.value, "when the photos were taken"),
        ("--angle", PhotoAngle.values(), PhotoAngle.FRONT.value, "the camera angle"),
        ("--area", Area.values(), None, "the treated area shown"),
    ):
        add.add_argument(
            option,
            choices=values,
            default=default,
            metavar=option.removeprefix("--").upper(),
            help=f"{what}, one of: {', '.join(values)} (default: {default or 'none'})",
        )
    add.add_argument("--note", default="", help="a note kept with each photo")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE", help="photo files")
    add.set_defaults(run=_run_photos_import)


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


def open_logbook(data_dir: Path, *, create: bool = False) -> Logbook:
    """The logbook for a command: its writes are audited as the command line's,
    ``command line (<user>)``. Only commands meant to make a logbook pass ``create``
    (a mistyped --data-dir must not get an empty one)."""
    from .integrity import command_line_actor
    from .logbook import Logbook

    return Logbook.open(data_dir, actor=command_line_actor(), create=create)


def _run_demo(args: argparse.Namespace) -> int:
    from .demo import generate_demo

    with open_logbook(data_dir_of(args), create=True) as logbook:
        before_clients, before_sessions = logbook.client_count(), logbook.session_count()
        generate_demo(logbook, clients=args.clients, seed=args.seed)
        print(
            f"Added {logbook.client_count() - before_clients} clients and "
            f"{logbook.session_count() - before_sessions} sessions to {logbook.data_dir}"
        )
    return 0


def _run_info(args: argparse.Namespace) -> int:
    with open_logbook(data_dir_of(args)) as logbook:
        print(f"Data folder: {logbook.data_dir}")
        print(f"Database:    {logbook.database_path}")
        print(f"Clients:     {logbook.client_count()}")
        print(f"Sessions:    {logbook.session_count()}")
        print(f"Photos:      {logbook.photo_count()}")
    return 0


def _run_photos_import(args: argparse.Namespace) -> int:
    from .records import ImportStatus, PhotoDetails

    defaults = PhotoDetails(
        kind=PhotoKind(args.kind),
        angle=PhotoAngle(args.angle),
        area=Area(args.area) if args.area else None,
        note=args.note,
    )
    with open_logbook(data_dir_of(args)) as logbook:
        results = logbook.import_photos(
            args.session, args.files, defaults, progress=_terminal_progress("Importing")
        )
    for result in results:
        if result.status is ImportStatus.IMPORTED:
            print(f"imported: {result.path} (photo {result.photo_id})")
        elif result.status is ImportStatus.DUPLICATE:
            print(f"duplicate: {result.path} ({result.reason})")
        else:
            print(f"refused: {result.path}: {result.reason}")
    return 1 if any(r.status is ImportStatus.REFUSED for r in results) else 0


def _run_check(args: argparse.Namespace) -> int:
    from .store.folder_upkeep import upkeep_data_folder

    data_dir = data_dir_of(args)
    # Before the open, which would remove the same leftovers without a word.
    upkeep = upkeep_data_folder(data_dir, thorough=True)
    with open_logbook(data_dir) as logbook:
        report = logbook.check_photos(
            remove_orphans=args.remove_orphans, progress=_terminal_progress("Checking")
        )
        folder = logbook.data_dir
    for photo in report.missing:
        print(f"missing: {_describe(photo)}: its file is not in the data folder")
    for photo in report.altered:
        print(f"altered: {_describe(photo)}: its file no longer matches what was stored")
    for path in report.orphans:
        print(f"orphan: {path.relative_to(folder)} (no photo uses it)")
    for path in report.removed:
        print(f"removed orphan: {path.relative_to(folder)}")
    for path in report.restored:
        print(f"restored: {path.relative_to(folder)} (put back after an interrupted deletion)")
    for path in report.foreign:
        print(f"note: {path.relative_to(folder)} was not written by the logbook; left alone")
    for line in upkeep.restores:
        print(f"repaired: {line}")
    for leftover in upkeep.leftovers:
        if leftover.in_use:
            print(
                f"note: {leftover.path} is being written by a running {leftover.kind}; left alone"
            )
        else:
            print(f"leftover: {leftover.describe()}; removed (no running process owned it)")
    photos, files = _count(report.photos_checked, "photo"), _count(report.files_checked, "file")
    print(f"Checked {photos} and {files}.")
    if report.fixed or upkeep.restores:
        print(f"Fixed {_count(report.fixed + len(upkeep.restores), 'problem')}.")
    # A leftover counts although it is gone now: it tells that some work was cut short.
    problems = report.problems_left + len(upkeep.removed)
    if problems:
        hint = " Run again with --remove-orphans to delete unused files." if report.orphans else ""
        print(f"{_count(problems, 'problem')} found.{hint}")
        return 1
    print("All photos are in order.")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _describe(photo: Photo) -> str:
    return f"photo {photo.id} ({photo.original_name}, session {photo.session_id})"


def _terminal_progress(action: str) -> Callable[[int, int], None] | None:
    """A "12 of 50" counter on stderr, only when a person is watching a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\r{action} {done} of {total}…", end=end, file=sys.stderr, flush=True)

    return show


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed headless command; a logbook error is one clear line on stderr. When
    whoever reads the output stops reading (``| head``), the command ends quietly with
    ``EXIT_BROKEN_PIPE``, the status of a program stopped by SIGPIPE."""
    try:
        try:
            return _run(args)
        finally:
            sys.stdout.flush()  # output still buffered meets the closed pipe here
    except BrokenPipeError:
        # As the Python documentation advises: stdout to devnull, so that the flush at
        # exit does not fail again and print "Exception ignored … BrokenPipeError".
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_BROKEN_PIPE


def _run(args: argparse.Namespace) -> int:
    try:
        return args.run(args)
    except LogbookBusyError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        return EXIT_BUSY
    except LogbookError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        return EXIT_REFUSED


def main(argv: Sequence[str] | None = None) -> int:
    """Headless entry point (``python -m logger_app``): commands only, no GUI."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("a command is required here; run `logger-app` to open the window")
    return run_command(args)
