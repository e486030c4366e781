"""The data key of a backup of an encrypted logbook, from the key file inside it: with a
practitioner's passphrase (one argon2id derivation) or the recovery sheet's key.

Only the key file is read from the archive (its manifest is checked first); the data
key it gives is then handed to ``verify_backup`` / ``prepare_restore``, which check the
rest. The key lives in memory only.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from pathlib import Path

from ..crypto.data_key import WrongKeyError, parse_recovery_text
from ..crypto.key_file import (
    KEY_FILENAME,
    KeyFile,
    KeyFileError,
    Unlocked,
    parse_key_file,
    unlock_with_passphrase,
    unlock_with_recovery,
)
from ..errors import NotFoundError, WrongDataKeyError, WrongPassphraseError
from ..i18n import translate
from .manifest import BackupError, read_manifest

_MAX_KEY_FILE_BYTES = 4 << 20  # a few hundred practitioners take a few hundred KB


def is_encrypted_backup(zip_path: Path) -> bool:
    """Whether the backup is of an encrypted logbook (BackupError if it is no backup)."""
    return read_manifest(Path(zip_path)).encryption is not None


def backup_key_file(zip_path: Path) -> KeyFile:
    """The key file inside a backup of an encrypted logbook (BackupError: a plain
    logbook's backup, or no readable key file)."""
    zip_path = Path(zip_path)
    name = zip_path.name
    if not is_encrypted_backup(zip_path):
        raise BackupError(
            translate(
                "BackupKeys", "{name} is a backup of a plain logbook: it needs no key."
            ).format(name=name)
        )
    try:
        with zipfile.ZipFile(zip_path) as archive:
            info = archive.getinfo(KEY_FILENAME)
            if info.file_size > _MAX_KEY_FILE_BYTES:
                raise ValueError("implausibly large")
            data = json.loads(archive.read(info).decode("utf-8"))
        return parse_key_file(data, f"the {KEY_FILENAME} of {name}")
    except KeyError:
        raise BackupError(
            translate("BackupKeys", "{name} is incomplete: it holds no {file}.").format(
                name=name, file=KEY_FILENAME
            )
        ) from None
    except KeyFileError as error:
        raise BackupError(
            translate("BackupKeys", "{name} is damaged: {error}").format(name=name, error=error)
        ) from None
    except (OSError, ValueError, zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise BackupError(
            translate("BackupKeys", "{name} is damaged: its {file} cannot be read.").format(
                name=name, file=KEY_FILENAME
            )
        ) from error


def profiles_in_backup(zip_path: Path) -> list[tuple[int, str]]:
    """The profiles whose passphrase opens the backup (id, name)."""
    seen = {
        entry.practitioner_id: entry.name
        for entry in backup_key_file(zip_path).practitioners()
        if entry.practitioner_id is not None
    }
    return sorted(seen.items(), key=lambda item: item[1].casefold())


def unlock_backup(zip_path: Path, name: str, passphrase: str) -> Unlocked:
    """The backup's data key (and the practitioner's signing key of the same seal),
    opened with ``name``'s passphrase as it was when the backup was made.
    NotFoundError: no such profile holds a key in it; WrongPassphraseError."""
    keys = backup_key_file(zip_path)
    wanted = " ".join(name.split()).casefold()
    entries = [e for e in keys.practitioners() if " ".join(e.name.split()).casefold() == wanted]
    if not entries:
        raise NotFoundError(
            translate(
                "BackupKeys",
                "{name} holds no key to the backup {backup}: sign in as a practitioner of the "
                "logbook it was made of, or give its recovery key.",
            ).format(name=name.strip(), backup=Path(zip_path).name)
        )
    try:
        return unlock_with_passphrase(entries, passphrase)
    except WrongKeyError:
        raise WrongPassphraseError() from None


def unlock_backup_with_recovery(zip_path: Path, text: str) -> bytes:
    """The backup's data key from its logbook's recovery key as typed.
    RecoveryKeyFormatError (a typing mistake) or WrongDataKeyError (another logbook's)."""
    key = parse_recovery_text(text)
    try:
        return unlock_with_recovery(backup_key_file(zip_path), key)
    except WrongKeyError:
        raise WrongDataKeyError(
            translate(
                "BackupKeys",
                "This recovery key is not the one of the logbook {backup} was made of: check "
                "that the sheet is that logbook's.",
            ).format(backup=Path(zip_path).name)
        ) from None
