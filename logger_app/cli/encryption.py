"""``logger-app encrypt`` and ``logger-app decrypt``: converting a data folder's logbook
to encrypted at rest, and back (``logger_app.conversion``).

Exit status: 0 converted; 1 the conversion failed and the logbook was left as it was
(a damaged photo, a copy that did not check out, a move refused by the disk); 2 nothing
was done: no passphrase, a wrong one, not an administrator, or a logbook already
encrypted (for ``encrypt``) or plain (for ``decrypt``); 3 the logbook is open elsewhere.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataFolderError
from .common import add_data_dir, count, data_dir_of, database_url_of, terminal_percent
from .sign_in import SIGN_IN_REFUSALS, Credentials, credentials_of, refusal, sign_in_to_copy

if TYPE_CHECKING:
    from ..conversion import ConversionResult
    from ..logbook import Logbook

EXIT_FAILED = 1


def register(commands: argparse._SubParsersAction) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt the logbook at rest (database, photos, thumbnails, copies)",
        description=(
            "Encrypt the data folder's logbook: an encrypted copy is made and checked "
            "(every row, the audit log, each photo), then put in place of the plain one, "
            "which is removed, with the plain backups kept in the data folder. A crash "
            "at any point leaves the plain logbook or the encrypted one. The recovery key "
            "is printed once: without a passphrase or that key the logbook cannot be "
            "opened. An administrator runs it, with the logbook closed. With --database-url "
            "(the clinic server, whose database rests on the server's disk encryption): "
            "its photo files are encrypted with the logbook's data key, those stored "
            "before included, and the recovery key is printed. Exit status 1: "
            "the conversion failed and changed nothing; 2: refused (no or wrong "
            "passphrase, not an administrator, already encrypted)."
        ),
    )
    add_data_dir(encrypt)
    encrypt.add_argument(
        "--recovery-sheet",
        type=Path,
        metavar="FILE.pdf",
        help="also write the recovery key as a one-page sheet to print (owner-only); keep "
        "it away from this computer",
    )
    encrypt.set_defaults(run=_run_encrypt)

    decrypt = commands.add_parser(
        "decrypt",
        help="decrypt an encrypted logbook (to leave encryption at rest)",
        description=(
            "Decrypt the data folder's logbook: a plain copy is made and checked, then "
            "put in place of the encrypted one; its key file goes last. Backups made "
            "while it was encrypted stay encrypted. An administrator runs it, with the "
            "logbook closed. Exit status as for encrypt (2: the logbook is not encrypted)."
        ),
    )
    add_data_dir(decrypt)
    decrypt.set_defaults(run=_run_decrypt)

    sheet = commands.add_parser(
        "recovery-sheet",
        help="replace an encrypted logbook's recovery key (the old sheet opens nothing)",
        description=(
            "Make a new recovery key for the encrypted logbook (or, with --database-url, "
            "the clinic server's encrypted photos), print it once and, with --output, "
            "write it as a sheet to print. The old sheet opens nothing from then on: use "
            "this when a sheet is lost or was seen by someone, or was never kept. An "
            "administrator runs it. Exit status 2: refused (no or wrong passphrase, not "
            "an administrator, a logbook that is not encrypted)."
        ),
    )
    add_data_dir(sheet)
    sheet.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.pdf",
        help="write the new recovery sheet there (owner-only); print it, then delete it",
    )
    sheet.set_defaults(run=_run_recovery_sheet)


def _run_encrypt(args: argparse.Namespace) -> int:
    from ..conversion import ConversionError, encrypt_logbook
    from ..logbook.unlocking import folder_is_encrypted

    if database_url_of(args):
        return _encrypt_server_photos(args)
    data_dir = _data_dir(args)
    if folder_is_encrypted(data_dir):
        raise DataFolderError(f"The logbook in {data_dir} is encrypted already: nothing to do.")
    credentials = _credentials(args, "encrypt changes the logbook")
    _check_database(data_dir)
    # The passphrase is checked on a copy first: a wrong one leaves every byte as it was.
    sign_in_to_copy(credentials, data_dir / _database_name())
    logbook = _signed_in(data_dir, credentials)
    try:
        result = encrypt_logbook(logbook, progress=terminal_percent("Encrypting"))
    except ConversionError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        return EXIT_FAILED
    _print_encrypted(result)
    if args.recovery_sheet is not None:
        _write_sheet(args.recovery_sheet, result.recovery_text, str(data_dir))
    return 0


def _write_sheet(path: Path, recovery_text: str, location: str) -> None:
    from datetime import datetime

    from ..export.output import ExportError
    from ..export.recovery_sheet import write_recovery_sheet

    try:
        write_recovery_sheet(path, recovery_text, location, datetime.now().astimezone())
    except ExportError as error:
        # The logbook is encrypted already: the key above is the one to keep.
        print(f"logger-app: the recovery sheet was not written: {error}", file=sys.stderr)
        return
    print(f"The recovery sheet is in {path}: print it, then delete the file.")


def _run_decrypt(args: argparse.Namespace) -> int:
    from ..conversion import ConversionError, decrypt_logbook
    from ..logbook.unlocking import folder_is_encrypted

    data_dir = _data_dir(args)
    if not folder_is_encrypted(data_dir):
        _check_database(data_dir)
        raise DataFolderError(f"The logbook in {data_dir} is not encrypted: nothing to do.")
    credentials = _credentials(args, "decrypt changes the logbook")
    # The key file is read first: a wrong passphrase opens nothing and writes nothing.
    logbook = _signed_in(data_dir, credentials)
    try:
        result = decrypt_logbook(logbook, progress=terminal_percent("Decrypting"))
    except ConversionError as error:
        print(f"logger-app: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Decrypted the logbook in {result.data_dir}: {_summary(result)}.")
    print("  The copy was checked (every row, the audit log, each photo) before it took the")
    print("  encrypted logbook's place; the key file was removed last. It opens without a")
    print("  key now: protect the data folder (full-disk encryption, a locked account).")
    print("  Backups made while it was encrypted stay encrypted: restoring one needs a")
    print("  passphrase of that time or its recovery key.")
    return 0


def _encrypt_server_photos(args: argparse.Namespace) -> int:
    """On the clinic server: the database rests on the server's disk encryption; the
    photo blobs get the logbook's data key, and those stored before are sealed."""
    from .common import open_logbook

    with open_logbook(args, changes="encrypt changes the logbook") as logbook:
        if logbook.encrypted or logbook.key_holders():
            raise DataFolderError(
                "The photos of the logbook on the clinic server are encrypted already."
            )
        keys = logbook.start_encryption()
        sealed = logbook.encrypt_older_photos(terminal_percent("Encrypting photos"))
        location = logbook.location
    print(f"The photos of {location} are encrypted from now on with the logbook's data key;")
    print(f"  {count(sealed, 'photo file')} stored before were encrypted in place. The records")
    print("  themselves rest on the server's disk encryption and travel over TLS (README).")
    _print_recovery_key(keys.recovery_text)
    if args.recovery_sheet is not None:
        _write_sheet(args.recovery_sheet, keys.recovery_text, location)
    return 0


def _run_recovery_sheet(args: argparse.Namespace) -> int:
    from .common import open_logbook

    # Refusals (not an administrator, a plain logbook) are LogbookErrors: exit status 2.
    with open_logbook(args, changes="recovery-sheet changes the logbook") as logbook:
        recovery_text = logbook.new_recovery_key()
        location = logbook.location
    print(f"A new recovery key opens {location}; the old sheet opens nothing from now on.")
    _print_recovery_key(recovery_text)
    if args.output is not None:
        _write_sheet(args.output, recovery_text, location)
    return 0


def _data_dir(args: argparse.Namespace) -> Path:
    if database_url_of(args):
        raise DataFolderError(
            "A logbook on the clinic server relies on the server's disk encryption and "
            "TLS: encrypt and decrypt convert a data folder's logbook (drop --database-url)."
        )
    return data_dir_of(args)


def _database_name() -> str:
    from ..store.database import DATABASE_FILENAME

    return DATABASE_FILENAME


def _check_database(data_dir: Path) -> None:
    if not (data_dir / _database_name()).is_file():
        from ..store.data_folder import no_logbook_error

        raise no_logbook_error(data_dir)


def _credentials(args: argparse.Namespace, changes: str) -> Credentials:
    credentials = credentials_of(args, changes=changes)
    assert credentials is not None  # required: SignInRefused otherwise
    return credentials


def _signed_in(data_dir: Path, credentials: Credentials) -> Logbook:
    from ..integrity import command_line_actor
    from ..logbook.unlocking import open_signed_in

    try:
        return open_signed_in(
            data_dir, credentials.name, credentials.passphrase, command_line_actor()
        )
    except SIGN_IN_REFUSALS as error:
        raise refusal(credentials.name, error) from None


def _summary(result: ConversionResult) -> str:
    tables = result.tables
    parts = [
        count(tables.get("clients", 0), "client"),
        count(tables.get("sessions", 0), "session"),
        count(result.photos, "photo file"),
        count(result.thumbnails, "thumbnail"),
    ]
    if result.copies:
        copies = len(result.copies)
        parts.append(f"{copies} cop{'y' if copies == 1 else 'ies'} kept before upgrades")
    return ", ".join(parts)


def _print_recovery_key(recovery_text: str) -> None:
    print()
    print("RECOVERY KEY (shown this once: write it down or print it, keep it apart from")
    print("this computer):")
    print()
    print(f"    {recovery_text}")
    print()
    print("Without a practitioner's passphrase or this recovery key, nobody can open the")
    print("logbook again: not you, not support. Nothing else can recover it.")


def _print_encrypted(result: ConversionResult) -> None:
    print(f"Encrypted the logbook in {result.data_dir}: {_summary(result)}.")
    print("  The copy was checked (every row, the audit log, each photo) before it took the")
    print("  plain logbook's place; the plain database, photos and thumbnails were removed.")
    if result.removed:
        print("Removed rather than encrypted (plain backups and unfinished files):")
        for name in result.removed:
            print(f"  {name}")
        print("  The next backup is made from the encrypted logbook.")
    _print_recovery_key(result.recovery_text)
    if result.without_key:
        print()
        print("Not yet able to open it with their own passphrase (each gets a key the first")
        print("time they sign in at the logbook once someone with a key has opened it:")
        print("Switch practitioner in the window):")
        for name in result.without_key:
            print(f"  {name}")
    print()
    print("Backups of this logbook made elsewhere before now are still plain: delete them or")
    print("keep them as safe as the logbook. Removed plain files may linger in the disk's")
    print("free space until overwritten; full-disk encryption covers that.")
