"""An export off the GUI thread: it opens its own Logbook on the data folder (a SQLite
connection never crosses threads), writes the file and reports through signals, which
Qt delivers in the GUI thread.

The PDF is laid out and drawn here too: QTextDocument, QPdfWriter and QPainter on a
paint device that is not a widget are safe in a worker thread (tests/ui run it so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from logger_app.errors import LogbookError
from logger_app.export import ExportCancelled, export_client
from logger_app.logbook import Logbook


class ExportSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(str)  # the path written
    failed = Signal(str)  # why, in the user's words
    cancelled = Signal()


class ExportJob(QRunnable):
    """Runs in the pool and touches no widget. ``cancel()`` may be called from the GUI
    thread at any time: the export stops at its next step and leaves no file."""

    def __init__(
        self,
        data_dir: Path,
        client_id: int,
        fmt: str,
        path: Path,
        actor: str | None = None,
        keep_formulas: bool = False,
    ) -> None:
        super().__init__()
        self.signals = ExportSignals()
        self._args = (Path(data_dir), client_id, fmt, Path(path))
        self._actor = actor  # who the audit log records the export for
        self._keep_formulas = keep_formulas
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        data_dir, client_id, fmt, path = self._args
        try:
            with Logbook.open(data_dir, actor=self._actor) as logbook:
                written = export_client(
                    logbook,
                    client_id,
                    fmt,
                    path,
                    self.signals.progress.emit,
                    self.is_cancelled,
                    keep_formulas=self._keep_formulas,
                )
        except ExportCancelled:
            self.signals.cancelled.emit()
        except LogbookError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # reported to the user, not swallowed
            self.signals.failed.emit(f"The export stopped: {error}")
        else:
            self.signals.finished.emit(str(written))
