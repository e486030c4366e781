"""Encrypting an existing logbook at rest, or decrypting it (for leaving): a new copy,
checked, then put in place by the journaled swap that restores use (``backup.journal``).

1. The copy is made in a staging folder beside the data folder (the restore's name and
   lock, so that the next open of the data folder removes an unfinished one):
   ``new/`` holds the converted logbook (database, photos, thumbnails, the copies kept
   before upgrades and, encrypting, the key file), ``old/`` receives what it replaces.
2. The copy is checked: it opens with the key and passes the schema check, every table
   has the original's rows, the audit log ends on the same entry, and every photo reads
   back to the hash it is named by.
3. The swap moves the old entries into ``old/`` and the new ones in, strictly in order,
   from a journal written first: a crash at any point is finished (or undone) by the
   next open of the data folder, which then holds the old logbook or the new one, whole.
   The database goes last; encrypting, the key file (which makes the folder encrypted)
   comes in after it; decrypting, it goes out after it.
4. The staging folder, with the old logbook in ``old/``, is removed.

Encrypting, all of ``backups/`` is replaced: the copies kept before upgrades are
encrypted, every other backup there (plain archives) is removed. Decrypting, only the
copies kept before upgrades are; encrypted backups stay as they are.
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..backup import journal as swap
from ..crypto.data_key import new_data_key, new_recovery_key, recovery_text
from ..crypto.key_file import (
    KEY_FILENAME,
    KeyFile,
    is_encrypted_folder,
    practitioner_entry,
    recovery_entry,
    write_key_file,
)
from ..errors import DataFolderError, LogbookBusyError, LogbookError, NotAllowedError
from ..i18n import translate
from ..leftovers import hold_lock, remove_path
from ..owner_only import make_private_folders
from ..photos.store import PHOTOS_FOLDER, files_under, fsync_folder
from ..store.database import DATABASE_FILENAME, PRE_MIGRATION_FOLDER
from ..store.folder_upkeep import JOURNAL_SUFFIX, LOCK_SUFFIX, staging_prefix
from .copies import (
    THUMBNAILS_FOLDER,
    ConversionFailed,
    CopiedFiles,
    Progress,
    convert_copies,
    convert_files,
    database_facts,
    export_database,
    sync_tree,
    verify_photos,
)
from .release import release_database

if TYPE_CHECKING:
    from ..logbook import Logbook

Step = Callable[[str], None]
ENCRYPTION, DECRYPTION = "encryption", "decryption"
_BACKUPS = "backups"
_DATABASE_NAMES = tuple(DATABASE_FILENAME + suffix for suffix in ("", "-wal", "-shm", "-journal"))


class ConversionError(LogbookError):
    """The conversion failed; the logbook was left as it was (exit status 1)."""


@dataclass(frozen=True)
class ConversionResult:
    data_dir: Path
    encrypted: bool  # what the logbook is now
    tables: dict[str, int]
    photos: int
    thumbnails: int
    copies: list[str]  # the copies kept before upgrades, converted
    removed: list[str]  # what of the old logbook was removed rather than converted
    recovery_key: bytes | None = field(default=None, repr=False)  # encrypting only
    without_key: list[str] = field(default_factory=list)  # profiles with no wrapping yet

    @property
    def recovery_text(self) -> str:
        return recovery_text(self.recovery_key) if self.recovery_key else ""


def check_administrator(logbook: Logbook) -> None:
    """NotAllowedError unless the signed-in practitioner may convert the logbook: an
    administrator (any practitioner, in a logbook that has none)."""
    signed_in = logbook.signed_in
    if signed_in is None:
        raise NotAllowedError("Converting the logbook needs a practitioner signed in.")
    if not signed_in.is_admin and any(p.is_admin for p in logbook.practitioners()):
        raise NotAllowedError(
            translate(
                "Conversion",
                "{name} is not an administrator: only an administrator may "
                "encrypt or decrypt the logbook.",
            ).format(name=signed_in.name)
        )


def encrypt_logbook(
    logbook: Logbook, *, after_step: Step | None = None, progress: Progress | None = None
) -> ConversionResult:
    """Encrypt the plain logbook ``logbook`` (of a data folder, an administrator signed
    in; it is closed here, whatever happens). The key file holds the data key for the
    recovery key (returned, to be shown once) and for the practitioner signed in."""
    with logbook:
        data_dir = _folder_of(logbook)
        if logbook.encrypted or is_encrypted_folder(data_dir):
            raise DataFolderError(
                translate("Conversion", "The logbook in {folder} is encrypted already.").format(
                    folder=data_dir
                )
            )
        check_administrator(logbook)
        handle = logbook.sign_in_handle()
        opened = handle.key if handle is not None else None
        if handle is None or opened is None or opened.sealed is None:
            raise NotAllowedError("The passphrase must be given again to encrypt the logbook.")
        practitioner = handle.practitioner
        others = sorted(p.name for p in logbook.practitioners() if p.id != practitioner.id)
    data_key, recovery_key = new_data_key(), new_recovery_key()
    keys = KeyFile(
        (
            recovery_entry(data_key, recovery_key),
            practitioner_entry(data_key, practitioner.id, practitioner.name, opened),
        )
    )
    copied = _Conversion(data_dir, data_key, ENCRYPTION, after_step, progress).run(keys)
    _record(data_dir, data_key, practitioner.name, "encrypt", "The logbook was encrypted at rest")
    return ConversionResult(**vars(copied), recovery_key=recovery_key, without_key=others)


def decrypt_logbook(
    logbook: Logbook, *, after_step: Step | None = None, progress: Progress | None = None
) -> ConversionResult:
    """Decrypt the encrypted logbook ``logbook`` (an administrator signed in; closed
    here, whatever happens); its key file goes last."""
    with logbook:
        data_dir = _folder_of(logbook)
        data_key = logbook.data_key
        if data_key is None or not is_encrypted_folder(data_dir):
            raise DataFolderError(
                translate("Conversion", "The logbook in {folder} is not encrypted.").format(
                    folder=data_dir
                )
            )
        check_administrator(logbook)
        actor = logbook.signed_in.name if logbook.signed_in else logbook.actor
    copied = _Conversion(data_dir, data_key, DECRYPTION, after_step, progress).run(None)
    _record(data_dir, None, actor, "decrypt", "The logbook was decrypted: it is plain at rest")
    return ConversionResult(**vars(copied))


def _record(data_dir: Path, data_key: bytes | None, actor: str, action: str, summary: str) -> None:
    """The conversion in the converted logbook's audit log (once it is in place: a
    crash before this loses the entry, not the conversion)."""
    from ..logbook import Logbook

    with Logbook.open(data_dir, actor, data_key=data_key) as converted:
        converted.record_event(action, summary)


def _folder_of(logbook: Logbook) -> Path:
    if logbook.on_server:
        raise DataFolderError(
            translate(
                "Conversion",
                "A logbook on the clinic server relies on the server's disk encryption: "
                "there is nothing to convert here.",
            )
        )
    return Path(logbook.data_dir).absolute()


@dataclass
class _Copied:
    data_dir: Path
    encrypted: bool
    tables: dict[str, int]
    photos: int
    thumbnails: int
    copies: list[str]
    removed: list[str]


class _Conversion:
    def __init__(
        self,
        data_dir: Path,
        key: bytes,
        purpose: str,
        after_step: Step | None,
        progress: Progress | None,
    ) -> None:
        self.data_dir = data_dir
        self.key = key
        self.encrypt = purpose == ENCRYPTION
        self.purpose = purpose
        self.step = after_step or (lambda _: None)
        self.progress = progress
        self.staging = data_dir.parent / f"{staging_prefix(data_dir)}{secrets.token_hex(4)}"
        self.new = self.staging / "new"
        self.old = self.staging / "old"

    def run(self, keys: KeyFile | None) -> _Copied:
        database = self.data_dir / DATABASE_FILENAME
        if not release_database(database, None if self.encrypt else self.key):
            raise LogbookBusyError(
                translate(
                    "Conversion",
                    "The logbook in {folder} is open (in the app or another program): "
                    "close it and try again. Nothing was changed.",
                ).format(folder=self.data_dir)
            )
        # The lock before the folder: a staging folder without a held lock is a leftover.
        lock = hold_lock(self.staging.with_name(self.staging.name + LOCK_SUFFIX))
        try:
            self.staging.mkdir(mode=0o700)
            self.new.mkdir(mode=0o700)
            self.old.mkdir(mode=0o700)
            self.step("staging folder made")
            try:
                copied = self._copy(database, keys)
            except ConversionFailed as error:
                failed = (
                    translate(
                        "Conversion",
                        "The encryption of the logbook in {folder} failed ({error}); "
                        "the logbook was left as it was.",
                    )
                    if self.encrypt
                    else translate(
                        "Conversion",
                        "The decryption of the logbook in {folder} failed ({error}); "
                        "the logbook was left as it was.",
                    )
                )
                raise ConversionError(failed.format(folder=self.data_dir, error=error)) from None
            self._swap()
            remove_path(self.staging)
            fsync_folder(self.data_dir.parent)
            self.step("old logbook removed")
        except BaseException:
            # Only before the journal: afterwards the swap is finished or undone from it.
            if not self._journal_path().exists():
                shutil.rmtree(self.staging, ignore_errors=True)
            raise
        finally:
            lock.release()
        return copied

    def _journal_path(self) -> Path:
        return self.staging.with_name(self.staging.name + JOURNAL_SUFFIX)

    def _copy(self, database: Path, keys: KeyFile | None) -> _Copied:
        source_key, target_key = (None, self.key) if self.encrypt else (self.key, None)
        export_database(database, source_key, self.new / DATABASE_FILENAME, target_key)
        self.step("database copied")
        files = convert_files(self.data_dir, self.new, self.key, encrypt=self.encrypt,
                              progress=self.progress)  # fmt: skip
        self.step("photos copied")
        copies = convert_copies(self.data_dir, self.new, self.key, encrypt=self.encrypt)
        self.step("copies kept before upgrades copied")
        if keys is not None:
            write_key_file(self.new, keys)
            self.step("key file written")
        tables = self._verify(database, files)
        sync_tree(self.staging)
        self.step("copy verified")
        return _Copied(
            self.data_dir,
            self.encrypt,
            tables,
            len(files.photos),
            files.thumbnails,
            copies.copies,
            self._removed(files, copies),
        )

    def _verify(self, database: Path, files: CopiedFiles) -> dict[str, int]:
        copy = self.new / DATABASE_FILENAME
        target_key = self.key if self.encrypt else None
        original = database_facts(database, None if self.encrypt else self.key)
        converted = database_facts(copy, target_key)
        if converted != original:
            raise ConversionFailed(
                "the copy of the database does not hold the same rows (was the logbook "
                "changed meanwhile?)"
            )
        # It opens as a logbook: the schema check, then closed (the folder is not ours).
        from ..store.database import open_database

        try:
            open_database(self.new, data_key=target_key).close()
        except LogbookError as error:
            raise ConversionFailed(str(error)) from None
        for suffix in ("-wal", "-shm"):
            (self.new / (DATABASE_FILENAME + suffix)).unlink(missing_ok=True)
        verify_photos(self.new, self.key, files.photos, encrypted=self.encrypt)
        return original[0]

    def _removed(self, files: CopiedFiles, copies: CopiedFiles) -> list[str]:
        removed = [*files.left_out, *copies.left_out]
        if self.encrypt:
            backups = self.data_dir / _BACKUPS
            removed += [
                f"{_BACKUPS}/{entry.name}"
                for entry in sorted(backups.iterdir() if backups.is_dir() else ())
                if entry.name != PRE_MIGRATION_FOLDER.name
            ]
        return removed

    def _moving(self) -> list[str]:
        """The entries of the data folder the swap replaces (relative paths)."""
        moving = [PHOTOS_FOLDER, THUMBNAILS_FOLDER]
        moving.append(_BACKUPS if self.encrypt else PRE_MIGRATION_FOLDER.as_posix())
        return moving

    def _swap(self) -> None:
        # Opened meanwhile (the copy held writers off only while it was made): refused,
        # as whatever that connection writes would go to the file being replaced.
        database = self.data_dir / DATABASE_FILENAME
        if not release_database(database, None if self.encrypt else self.key):
            opened = (
                translate(
                    "Conversion",
                    "The logbook in {folder} was opened during the encryption: "
                    "close it and try again. Nothing was changed.",
                )
                if self.encrypt
                else translate(
                    "Conversion",
                    "The logbook in {folder} was opened during the decryption: "
                    "close it and try again. Nothing was changed.",
                )
            )
            raise LogbookBusyError(opened.format(folder=self.data_dir))
        moves: list[tuple[Path, Path]] = []
        old_entries = [name for name in self._moving() if (self.data_dir / name).exists()]
        new_entries = [name for name in self._moving() if (self.new / name).exists()]
        for name in old_entries:
            make_private_folders((self.old / name).parent)
            moves.append((self.data_dir / name, self.old / name))
        for name in new_entries:
            moves.append((self.new / name, self.data_dir / name))
        # The database last (so that a copy of the folder taken by hand holds one
        # logbook's database); the key file in after it, or out after it.
        moves += [
            (self.data_dir / name, self.old / name)
            for name in _DATABASE_NAMES
            if (self.data_dir / name).exists()
        ]
        moves.append((self.new / DATABASE_FILENAME, self.data_dir / DATABASE_FILENAME))
        if self.encrypt:
            moves.append((self.new / KEY_FILENAME, self.data_dir / KEY_FILENAME))
        else:
            moves.append((self.data_dir / KEY_FILENAME, self.old / KEY_FILENAME))
        journal = swap.plan(self.data_dir, self.staging, [], moves, purpose=self.purpose)
        journal.write()
        self.step("journal written")
        try:
            for index in range(len(journal.moves)):
                swap.move_entry(*journal.moves_as_paths(index))
                self.step(journal.step_name(index))
            swap.sync(journal)
        except OSError as error:
            swap.undo_after_failure(journal)
            raise ConversionError(
                translate(
                    "Conversion",
                    "The converted logbook could not be put in {folder} ({reason}); the "
                    "logbook was left as it was.",
                ).format(folder=self.data_dir, reason=error.strerror or error)
            ) from error
        journal.remove()
        self.step("journal removed")


def plain_leftovers(data_dir: Path) -> list[Path]:
    """Photo and thumbnail files of an encrypted data folder that are not encrypted
    streams (none, after a conversion)."""
    from ..crypto.stream import HEADER_BYTES, is_encrypted

    found = []
    for top in (PHOTOS_FOLDER, THUMBNAILS_FOLDER):
        for path in files_under(Path(data_dir) / top):
            with path.open("rb") as handle:
                if not is_encrypted(handle.read(HEADER_BYTES)):
                    found.append(path)
    return found
