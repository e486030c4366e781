"""Opening an encrypted logbook: its data key from a passphrase or the recovery sheet,
and a new logbook's keys.

A data folder's logbook is encrypted when its key file is there (``crypto.key_file``).
The sign-in screen lists the profiles that file names; a passphrase opens that
practitioner's wrapping of the data key (one argon2id derivation, which also opens their
signing key), and ``open_signed_in`` then opens the logbook and signs them in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..crypto.data_key import (
    WrongKeyError,
    new_data_key,
    new_recovery_key,
    parse_recovery_text,
    recovery_text,
)
from ..crypto.key_file import (
    KeyFile,
    KeyFileError,
    Unlocked,
    is_encrypted_folder,
    parse_key_file,
    read_key_file,
    recovery_entry,
    unlock_with_passphrase,
    unlock_with_recovery,
    write_key_file,
)
from ..errors import (
    DataFolderError,
    NotFoundError,
    WrongDataKeyError,
    WrongPassphraseError,
)
from ..i18n import translate
from ..store.data_folder import check_may_create
from ..store.database import DATABASE_FILENAME, ensure_data_folder
from ..store.folder_upkeep import finish_interrupted_swap
from .facade import Logbook

__all__ = [
    "NewLogbookKeys",
    "folder_is_encrypted",
    "needs_new_logbook",
    "new_encrypted_logbook",
    "open_signed_in",
    "open_with_recovery",
    "profiles_in_key_file",
    "unlock_folder",
    "unlock_folder_with_recovery",
    "unlock_server",
]


@dataclass(frozen=True)
class NewLogbookKeys:
    """A new encrypted logbook's keys: the data key (memory only) and the recovery key,
    shown once, at setup, for the recovery sheet."""

    data_key: bytes
    recovery_key: bytes

    @property
    def recovery_text(self) -> str:
        return recovery_text(self.recovery_key)


def folder_is_encrypted(data_dir: Path | str) -> bool:
    finish_interrupted_swap(Path(data_dir))  # a restore cut short moves the key file too
    return is_encrypted_folder(Path(data_dir))


def _key_file(data_dir: Path) -> KeyFile:
    # A restore interrupted in this folder is finished (or undone) first, as every open
    # does: the key file read must be the one of the database that will be opened.
    finish_interrupted_swap(data_dir)
    try:
        return read_key_file(data_dir)
    except KeyFileError as error:
        raise DataFolderError(str(error)) from None


def needs_new_logbook(data_dir: Path | str) -> bool:
    """True: the folder holds no logbook yet and may get one (made, owner-only, if it
    did not exist); the window then sets one up. Raises what making one there would
    (DataFolderError; NoLogbookError for traces of a logbook, or other files)."""
    folder = Path(data_dir)
    database = folder / DATABASE_FILENAME
    if database.is_file() and database.stat().st_size > 0:
        return False
    check_may_create(folder)
    ensure_data_folder(folder)
    return True


def profiles_in_key_file(data_dir: Path | str) -> list[tuple[int, str]]:
    """The profiles whose passphrase opens the folder's encrypted logbook (id, name),
    for the sign-in screen, read without any key."""
    seen: dict[int, str] = {}
    for entry in _key_file(Path(data_dir)).practitioners():
        assert entry.practitioner_id is not None
        seen[entry.practitioner_id] = entry.name
    return sorted(seen.items(), key=lambda item: item[1].casefold())


def unlock_folder(data_dir: Path | str, name: str, passphrase: str) -> Unlocked:
    """The data key of the folder's encrypted logbook, opened with ``name``'s
    passphrase. NotFoundError: no such profile holds a key; WrongPassphraseError."""
    return _unlock(_key_file(Path(data_dir)), name, passphrase)


def unlock_server(db: Any, name: str, passphrase: str) -> bytes | None:
    """The data key of the clinic server's logbook open as ``db`` (None: it has none,
    its photos are plain), from ``name``'s wrapping, read without signing in (nothing
    is written on the server). The errors of ``unlock_folder``."""
    from ..store.identity import IdentityStore
    from .keyring import SERVER_HOLDERS_SETTING

    holders = IdentityStore(db).setting(SERVER_HOLDERS_SETTING)
    if holders is None:
        return None
    return _unlock(parse_key_file(holders, "the server's key holders"), name, passphrase).data_key


def _unlock(keys: KeyFile, name: str, passphrase: str) -> Unlocked:
    wanted = " ".join(name.split()).casefold()
    entries = [e for e in keys.practitioners() if " ".join(e.name.split()).casefold() == wanted]
    if not entries:
        raise NotFoundError(
            translate(
                "Unlocking",
                "{name} has no key to this encrypted logbook yet. Another practitioner "
                "signs in and hands over to you (Switch practitioner), or an administrator "
                "resets your passphrase.",
            ).format(name=name.strip())
        )
    try:
        return unlock_with_passphrase(entries, passphrase)
    except WrongKeyError:
        raise WrongPassphraseError() from None


def unlock_folder_with_recovery(data_dir: Path | str, text: str) -> bytes:
    """The data key from the recovery sheet's key as typed. RecoveryKeyFormatError
    (a typing mistake, said plainly) or WrongDataKeyError (another logbook's sheet)."""
    key = parse_recovery_text(text)
    try:
        return unlock_with_recovery(_key_file(Path(data_dir)), key)
    except WrongKeyError:
        raise WrongDataKeyError(
            "This recovery key is not the one of this logbook: check that the sheet is "
            "this logbook's."
        ) from None


def open_with_recovery(data_dir: Path | str, text: str, actor: str | None = None) -> Logbook:
    """The folder's encrypted logbook opened with the recovery sheet's key as typed
    (the errors of ``unlock_folder_with_recovery``), nobody signed in: it allows one
    ``recover_passphrase``, the forgotten passphrase's replacement."""
    folder = Path(data_dir)
    logbook = Logbook.open(folder, actor, data_key=unlock_folder_with_recovery(folder, text))
    logbook._context.opened_by_recovery = True
    return logbook


def new_encrypted_logbook(data_dir: Path | str) -> NewLogbookKeys:
    """Keys for a new encrypted logbook in a new or empty folder: the key file is
    written (the recovery wrapping in it); ``Logbook.open(..., create=True,
    data_key=keys.data_key)`` then makes the database, and each profile given a
    passphrase gets its wrapping."""
    folder = Path(data_dir)
    database = folder / DATABASE_FILENAME
    if database.exists() and database.stat().st_size > 0:
        raise DataFolderError(
            translate("Unlocking", "{folder} holds a logbook already.").format(folder=folder)
        )
    check_may_create(folder)
    ensure_data_folder(folder)
    keys = NewLogbookKeys(new_data_key(), new_recovery_key())
    # A key file without a database (a setup cut short) protects nothing: replaced.
    write_key_file(folder, KeyFile((recovery_entry(keys.data_key, keys.recovery_key),)))
    return keys


def open_signed_in(
    data_dir: Path | str,
    name: str,
    passphrase: str,
    actor: str | None = None,
    *,
    database_url: str | None = None,
) -> Logbook:
    """Open the logbook and sign ``name`` in: an encrypted folder's key comes from the
    same passphrase. The errors of ``unlock_folder`` and ``Logbook.sign_in``."""
    folder = Path(data_dir)
    if database_url is None and folder_is_encrypted(folder):
        unlocked = unlock_folder(folder, name, passphrase)
        logbook = Logbook.open(folder, actor, data_key=unlocked.data_key)
        opened = unlocked.opened
    else:
        logbook = Logbook.open(folder, actor, database_url=database_url)
        opened = None
    try:
        logbook.sign_in(name, passphrase, opened=opened)
    except BaseException:
        logbook.close()
        raise
    return logbook
