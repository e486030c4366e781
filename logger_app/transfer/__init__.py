"""Moving a logbook between its two homes, the SQLite file and the clinic server.

- ``copy_logbook``: every row from one open database into a new, empty logbook, ids
  kept, checked by row counts and checksums before the target commits.
- ``copy_photos`` / ``photo_content``: the photo bytes, wherever a home keeps them.
- ``move_to_server`` / ``move_to_file``: a whole logbook moved (the original is kept).
- ``backup_server`` / ``restore_onto_server``: the server's backups, in the file's
  backup format (through a temporary file logbook).
"""

from .copy import CopyReport, copy_logbook
from .photos import PhotoContent, PhotoCopy, PhotoFolder, copy_photos, photo_content
from .tables import TABLES, TableFigures, TransferError

__all__ = [
    "TABLES",
    "CopyReport",
    "PhotoContent",
    "PhotoCopy",
    "PhotoFolder",
    "TableFigures",
    "TransferError",
    "copy_logbook",
    "copy_photos",
    "photo_content",
]
