"""Backup and restore of a whole logbook: the database and its photos in one checked zip.

- ``make_backup``: a consistent copy while the app is open (SQLite online backup API).
- ``verify_backup``: every file's checksum, and the database inside, checked.
- ``restore_backup`` (or ``prepare_restore`` + ``commit``): checked first, then the old
  logbook is kept aside in ``backups/replaced-<time>/`` of the data folder.
- ``auto_backup_if_due``: the daily backup in ``backups/automatic/``, with rotation.
"""

from .automatic import (
    DEFAULT_KEEP,
    auto_backup_if_due,
    automatic_backups,
    backup_folder,
    rotate,
)
from .make import BACKUPS_FOLDER, make_backup
from .manifest import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    BackupCancelled,
    BackupError,
    BackupInfo,
    BackupLockedError,
    Encryption,
    FileEntry,
)
from .restore import (
    PreparedRestore,
    RestoreInfo,
    prepare_restore,
    replaced_folder_name,
    restore_backup,
)
from .verify import verify_backup

__all__ = [
    "BACKUPS_FOLDER",
    "DEFAULT_KEEP",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MANIFEST_NAME",
    "BackupCancelled",
    "BackupError",
    "BackupInfo",
    "BackupLockedError",
    "Encryption",
    "FileEntry",
    "PreparedRestore",
    "RestoreInfo",
    "auto_backup_if_due",
    "automatic_backups",
    "backup_folder",
    "make_backup",
    "prepare_restore",
    "replaced_folder_name",
    "restore_backup",
    "rotate",
    "verify_backup",
]
