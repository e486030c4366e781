"""Moving a logbook between its two homes, the SQLite file and the clinic server.

- ``copy_logbook``: every row from one open database into a new, empty logbook, ids
  kept, checked by row counts and checksums before the target commits.
- ``copy_photos`` / ``photo_content``: the photo bytes, wherever a home keeps them.
- ``move_to_server`` / ``move_to_file``: a whole logbook moved (the original is kept).
- ``backup_server`` / ``restore_onto_server``: the server's backups, in the file's
  backup format (through a temporary file logbook).
"""

from .copy import CopyReport, copy_logbook
from .moves import MoveReport, move_to_file, move_to_server
from .photos import PhotoContent, PhotoCopy, PhotoFolder, copy_photos, photo_content
from .server_backup import ServerRestore, backup_server, restore_onto_server
from .tables import TABLES, TableFigures, TransferError

__all__ = [
    "TABLES",
    "CopyReport",
    "MoveReport",
    "PhotoContent",
    "PhotoCopy",
    "PhotoFolder",
    "ServerRestore",
    "TableFigures",
    "TransferError",
    "backup_server",
    "copy_logbook",
    "copy_photos",
    "move_to_file",
    "move_to_server",
    "photo_content",
    "restore_onto_server",
]
