"""The data key for ``backup``, ``restore`` and ``verify-backup`` on an encrypted logbook
or its backup: from the practitioner's passphrase (``--practitioner`` with
``--passphrase-file``, ``$LOGGER_APP_PASSPHRASE`` or a prompt, as every command) or from
the recovery sheet's key in ``--recovery-key-file FILE`` (owner-only, like a passphrase
file). A missing or wrong one is one line on stderr and exit status 2, before anything
is touched.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import NotFoundError, WrongPassphraseError
from .folder_key import RecoveryKeyFileError, read_recovery_key_file
from .sign_in import SIGN_IN_OPTIONS, Credentials, SignInRefused

RECOVERY_OPTION = "--recovery-key-file FILE"


def _recovery_text(args: argparse.Namespace) -> str | None:
    path: Path | None = getattr(args, "recovery_key_file", None)
    if path is None:
        return None
    try:
        return read_recovery_key_file(path)
    except RecoveryKeyFileError as error:
        raise SignInRefused(str(error)) from None


def _unlocked(what: str, open_with_passphrase, open_with_recovery, args, credentials) -> bytes:
    text = _recovery_text(args)
    try:
        if text is not None:
            return open_with_recovery(text)
        if credentials is None:
            raise SignInRefused(
                f"{what} is encrypted: sign in with {SIGN_IN_OPTIONS}, or give {RECOVERY_OPTION}."
            )
        return open_with_passphrase(credentials.name, credentials.passphrase).data_key
    except (WrongPassphraseError, NotFoundError) as error:
        assert credentials is not None
        raise SignInRefused(f"cannot open {what} as {credentials.name.strip()}: {error}") from None
    except ValueError as error:  # RecoveryKeyFormatError: a typing mistake, said plainly
        raise SignInRefused(f"cannot open {what}: {error}") from None


def folder_key(
    args: argparse.Namespace, data_dir: Path, credentials: Credentials | None
) -> bytes | None:
    """The data key of the logbook in ``data_dir`` (None: a plain one)."""
    from ..logbook.unlocking import folder_is_encrypted, unlock_folder, unlock_folder_with_recovery

    if not folder_is_encrypted(data_dir):
        return None
    return _unlocked(
        f"the logbook in {data_dir}",
        lambda name, passphrase: unlock_folder(data_dir, name, passphrase),
        lambda text: unlock_folder_with_recovery(data_dir, text),
        args,
        credentials,
    )


def backup_key(
    args: argparse.Namespace, archive: Path, credentials: Credentials | None
) -> bytes | None:
    """The data key of the backup ``archive`` (None: a plain logbook's backup); with a
    passphrase as it was when the backup was made, or the recovery key."""
    from ..backup import BackupError
    from ..backup.keys import is_encrypted_backup, unlock_backup, unlock_backup_with_recovery

    try:
        if not is_encrypted_backup(archive):
            return None
    except BackupError:
        return None  # no backup at all: the full check says why, in its own words
    return _unlocked(
        f"the backup {archive.name}",
        lambda name, passphrase: unlock_backup(archive, name, passphrase),
        lambda text: unlock_backup_with_recovery(archive, text),
        args,
        credentials,
    )
