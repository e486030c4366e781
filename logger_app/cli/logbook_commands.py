"""``logger-app demo``, ``info``, ``photos import`` and ``check``: the commands on the
logbook itself. What they need beyond argparse is imported only when they run."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..vocabulary import Area, PhotoAngle, PhotoKind
from .common import (
    add_data_dir,
    count,
    data_dir_of,
    open_as,
    open_logbook,
    positive_int,
    terminal_progress,
)
from .folder_key import add_plain_option, folder_key
from .sign_in import credentials_of

if TYPE_CHECKING:
    from ..logbook import Logbook
    from ..records import Photo


def register(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser(
        "demo",
        help="fill a logbook with realistic demo clients and sessions",
        description=(
            "Fill a logbook with realistic, varied demo data (fictional people). A new "
            "logbook is encrypted (its recovery key is printed once) unless --plain is "
            "given; adding to an encrypted one needs a demo practitioner's passphrase."
        ),
    )
    add_data_dir(demo)
    demo.add_argument(
        "--clients",
        type=positive_int,
        default=50,
        metavar="N",
        help="how many demo clients to add (default: 50)",
    )
    demo.add_argument(
        "--seed", type=int, default=2026, help="random seed, for repeatable data (default: 2026)"
    )
    add_plain_option(demo)
    demo.set_defaults(run=_run_demo)

    info = commands.add_parser(
        "info",
        help="show where the logbook is, what it holds and whether it is encrypted",
        description=(
            "Show the data folder, the database, the counts of clients, sessions and "
            "photos, and whether the logbook is encrypted (with SQLCipher's version). "
            "An encrypted logbook needs a practitioner's passphrase or the recovery key "
            "file to be read; no key is ever shown."
        ),
    )
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
        "--session", type=positive_int, required=True, metavar="ID", help="the session's id"
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


def _run_demo(args: argparse.Namespace) -> int:
    from ..demo import DEMO_PASSPHRASE, PRACTITIONERS, generate_demo

    # Named, the practitioner signs in first: adding the demo's profiles to a logbook
    # that has others needs its administrator. A new logbook's first profile is the
    # demo's own administrator.
    credentials = credentials_of(args)
    key = folder_key(args, credentials)  # an encrypted demo gets more: its key first
    with open_as(args, None, create=True, encrypt_new=not args.plain, key=key) as logbook:
        if credentials is not None and logbook.practitioners():
            credentials.sign_in(logbook, opened=key.opened if key is not None else None)
        before_clients, before_sessions = logbook.client_count(), logbook.session_count()
        generate_demo(logbook, clients=args.clients, seed=args.seed)
        print(
            f"Added {logbook.client_count() - before_clients} clients and "
            f"{logbook.session_count() - before_sessions} sessions to {logbook.data_dir}"
        )
        admins = [p.name for p in logbook.practitioners() if p.is_admin and p.name in PRACTITIONERS]
    names = [f"{name} (administrator)" if name in admins else name for name in PRACTITIONERS]
    print(
        f"Sign in as {', '.join(names[:-1])} or {names[-1]} with the passphrase: {DEMO_PASSPHRASE}"
    )
    return 0


def _run_info(args: argparse.Namespace) -> int:
    with open_logbook(args) as logbook:
        print(f"Data folder: {logbook.data_dir}")
        print(f"Database:    {logbook.location}")
        print(f"Clients:     {logbook.client_count()}")
        print(f"Sessions:    {logbook.session_count()}")
        print(f"Photos:      {logbook.photo_count()}")
        print(f"Encrypted:   {_encryption(logbook)}")
    return 0


def _encryption(logbook: Logbook) -> str:
    if logbook.on_server:
        # The server's database rests on its disk encryption; the photos carry their own.
        return "photos (the database: the server's disk encryption)" if logbook.encrypted else "no"
    if not logbook.encrypted:
        return "no"
    from ..crypto.sqlcipher import library_version

    return f"yes (SQLCipher {library_version()}; photos AES-256-GCM)"


def _run_photos_import(args: argparse.Namespace) -> int:
    from ..records import ImportStatus, PhotoDetails

    defaults = PhotoDetails(
        kind=PhotoKind(args.kind),
        angle=PhotoAngle(args.angle),
        area=Area(args.area) if args.area else None,
        note=args.note,
    )
    with open_logbook(args, changes="photos import changes the logbook") as logbook:
        results = logbook.import_photos(
            args.session, args.files, defaults, progress=terminal_progress("Importing")
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
    from ..store.folder_upkeep import upkeep_data_folder

    data_dir = data_dir_of(args)
    # Asked before anything is touched: removing files changes the logbook.
    changes = "check --remove-orphans deletes files" if args.remove_orphans else None
    credentials = credentials_of(args, changes=changes)
    # Unlocked first: a refusal leaves the folder as it was, leftovers included.
    key = folder_key(args, credentials)
    # Before the open, which would remove the same leftovers without a word.
    upkeep = upkeep_data_folder(data_dir, thorough=True)
    with open_as(args, credentials, key=key) as logbook:
        report = logbook.check_photos(
            remove_orphans=args.remove_orphans, progress=terminal_progress("Checking")
        )
        folder = logbook.data_dir
        # On the server a damaged stored file cannot be told from a missing one.
        where = (
            "is missing or damaged on the clinic server"
            if logbook.on_server
            else "is not in the data folder"
        )
    for photo in report.missing:
        print(f"missing: {_describe(photo)}: its file {where}")
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
    photos, files = count(report.photos_checked, "photo"), count(report.files_checked, "file")
    print(f"Checked {photos} and {files}.")
    if report.fixed or upkeep.restores:
        print(f"Fixed {count(report.fixed + len(upkeep.restores), 'problem')}.")
    # A leftover counts although it is gone now: it tells that some work was cut short.
    problems = report.problems_left + len(upkeep.removed)
    if problems:
        hint = " Run again with --remove-orphans to delete unused files." if report.orphans else ""
        print(f"{count(problems, 'problem')} found.{hint}")
        return 1
    print("All photos are in order.")
    return 0


def _describe(photo: Photo) -> str:
    return f"photo {photo.id} ({photo.original_name}, session {photo.session_id})"
