"""Moving a logbook between its two homes, the SQLite file and the clinic server.

- ``copy_logbook``: every row from one open database into a new, empty logbook, ids
  kept, checked by row counts and checksums before the target commits.
- ``copy_photos``: the photo files between two homes' photo contents.
- ``move_to_server`` / ``move_to_file``: a whole logbook moved (the original is kept).
- ``backup_server`` / ``restore_onto_server``: the server's backups, in the file's
  backup format (through a temporary file logbook).
"""

from .copy import CopyReport, copy_logbook
from .moves import MoveReport, move_to_file, move_to_server
from .photos import PhotoCopy, copy_photos
from .server_backup import ServerRestore, backup_server, restore_onto_server
from .tables import TABLES, TableFigures, TransferError

__all__ = [
    "TABLES",
    "CopyReport",
    "MoveReport",
    "PhotoCopy",
    "ServerRestore",
    "TableFigures",
    "TransferError",
    "backup_server",
    "copy_logbook",
    "copy_photos",
    "move_to_file",
    "move_to_server",
    "restore_onto_server",
]
