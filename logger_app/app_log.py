"""The app's own log: a rotating file in the data folder's ``logs/``, owner-only.

It names records by id, never by what a client told the practitioner: no names, notes,
phone numbers or file names. Exceptions are written as their type and the frames of
their traceback, not their message (see ``ScrubbedFormatter``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from .owner_only import PRIVATE_FILE, make_private_folders

LOGS_FOLDER = "logs"
LOG_FILENAME = "logger-app.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Records kept while the data folder does not exist yet (a command that makes it), or
# while a command runs (``hold``).
_HELD_RECORDS = 5000

_OURS = "_logger_app_handler"  # marks the handlers configure_logging added
_level_before: int | None = None  # the root logger's level before configure_logging

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder(data_dir: Path) -> Path:
    """Where the log files of the logbook in ``data_dir`` are kept (a server logbook's
    too: its local data folder)."""
    return data_dir / LOGS_FOLDER


def log_file(data_dir: Path) -> Path:
    return log_folder(data_dir) / LOG_FILENAME


def log_files(data_dir: Path) -> list[Path]:
    """The log file and its rotated predecessors that exist, newest first."""
    current = log_file(data_dir)
    names = [current, *(current.with_name(f"{current.name}.{n}") for n in range(1, 100))]
    return [path for path in names if path.is_file()]


def scrubbed_traceback(error: BaseException) -> str:
    """The traceback of ``error`` (and of the errors it was raised from) without any
    exception's message: a message may quote what was typed (a client's name in a
    ValueError, a file name in an OSError), the type and the frames locate the fault."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    for index, link in enumerate(reversed(chain)):
        if index:
            lines.append("\nDuring handling of the above, another exception occurred:\n")
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_tb(link.__traceback__))
        lines.append(f"{type(link).__module__}.{type(link).__qualname__}\n")
    return "".join(lines).rstrip("\n")


class ScrubbedFormatter(logging.Formatter):
    """ "time level logger: message", an exception as its type and frames only."""

    def __init__(self) -> None:
        super().__init__(FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        # Another handler's formatter may have cached the full traceback, message and
        # all, on the record: this one writes its own.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        error = ei[1]
        if error is None:
            return ""
        return scrubbed_traceback(error)


class _OwnerOnlyLog(RotatingFileHandler):
    """A rotating file written only once the data folder exists (the app never makes a
    data folder to log into it), each file owner-only. The file is opened for each
    record and closed after: a restore, a move or an emptied folder never finds it held
    open. A folder that cannot be written drops the records, never the app.

    ``holding``: every record is kept in memory until ``write_held`` writes them (or
    ``stop_logging`` drops them): a command refused leaves its folder as it was."""

    def __init__(self, data_dir: Path, holding: bool = False) -> None:
        self.data_dir = Path(data_dir)
        super().__init__(log_file(self.data_dir), maxBytes=MAX_BYTES,
                         backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)  # fmt: skip
        self._held: list[logging.LogRecord] = []
        self.holding = holding
        self._failed = False
        self._made_folder = False

    def _open(self):
        folder = Path(self.baseFilename).parent
        self._made_folder = not folder.exists()
        make_private_folders(folder)
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT,
                             PRIVATE_FILE)  # fmt: skip
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, PRIVATE_FILE)  # made by an older version, say
        return os.fdopen(descriptor, "a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        if self.holding or not self.data_dir.is_dir():
            self._held = [*self._held[-(_HELD_RECORDS - 1) :], record]
            return
        self._write([record])

    def write_held(self) -> None:
        """Write the records held, and those to come as they come."""
        with self.lock:  # type: ignore[union-attr]
            self.holding = False
            if self._held and self.data_dir.is_dir():
                self._write([])

    def _write(self, records: list[logging.LogRecord]) -> None:
        held, self._held = self._held, []
        self._failed = False
        for each in [*held, *records]:
            super().emit(each)
        with self.lock:  # type: ignore[union-attr]
            if self.stream is not None:
                with contextlib.suppress(OSError):
                    self.stream.close()
                self.stream = None  # type: ignore[assignment]
            if self._failed:
                self._undo_empty()

    def _undo_empty(self) -> None:
        """A write that failed (a full disk) leaves no empty file or folder behind."""
        path = Path(self.baseFilename)
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0:
                path.unlink()
        if self._made_folder:
            with contextlib.suppress(OSError):
                path.parent.rmdir()  # only if empty

    def handleError(self, record: logging.LogRecord) -> None:
        """A full disk or a folder made read-only: the record is lost, quietly."""
        self._failed = True


def configure_logging(data_dir: Path, *, verbose: bool = False, hold: bool = False) -> Path | None:
    """Log the app's records (INFO and above) to ``logs/logger-app.log`` in ``data_dir``
    (1 MB, five older files kept) and, ``verbose``, on stderr too. ``hold``: the file
    gets them only once ``keep_held_records`` is called (a command, when it was not
    refused). Called again, it replaces what it added before. Returns the log file;
    None when the data folder exists and its ``logs/`` cannot be written."""
    global _level_before
    stop_logging()
    root = logging.getLogger()
    _level_before = root.level
    root.setLevel(logging.INFO)
    formatter = ScrubbedFormatter()
    path: Path | None = log_file(Path(data_dir))
    if Path(data_dir).is_dir() and not _writable(log_folder(Path(data_dir))):
        path = None
    if path is not None:
        handler: logging.Handler = _OwnerOnlyLog(Path(data_dir), holding=hold)
        _add(root, handler, formatter)
    if verbose:
        _add(root, logging.StreamHandler(sys.stderr), formatter)
    return path


def keep_held_records() -> None:
    """Write what ``configure_logging(hold=True)`` held, and what follows."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _OwnerOnlyLog):
            handler.write_held()


def stop_logging() -> None:
    """Remove the handlers ``configure_logging`` added, the level as it was before."""
    global _level_before
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
    if _level_before is not None:
        root.setLevel(_level_before)
        _level_before = None


def _add(root: logging.Logger, handler: logging.Handler, formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    setattr(handler, _OURS, True)
    root.addHandler(handler)


def _writable(folder: Path) -> bool:
    """Whether ``folder`` can hold the log: asked, not made (made by the first record)."""
    if folder.exists():
        return folder.is_dir() and os.access(folder, os.W_OK)
    return os.access(folder.parent, os.W_OK)
