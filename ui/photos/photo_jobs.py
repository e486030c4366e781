"""Photo work off the GUI thread: the import of a batch, and previews of files to import.

Each job opens its own Logbook on the data folder (a SQLite connection never crosses
threads) and reports through signals, which Qt delivers in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QImage

from logger_app.errors import LogbookError
from logger_app.logbook import Logbook
from logger_app.records import PhotoDetails, PhotoImportResult

PREVIEW_EDGE = 1024


class ImportSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(list)  # list[PhotoImportResult], one per file imported or refused
    failed = Signal(str)


class ImportJob(QRunnable):
    """Imports the files one by one, so a cancel stops before the next file; each photo
    is committed on its own, so what was imported before the cancel stays.

    Runs in the pool and touches no widget."""

    def __init__(
        self,
        data_dir: Path,
        session_id: int,
        files: Sequence[Path],
        defaults: PhotoDetails,
        per_file: Mapping[Path, PhotoDetails],
        actor: str | None = None,
    ) -> None:
        super().__init__()
        self.signals = ImportSignals()
        self._data_dir = data_dir
        self._actor = actor  # who the audit log records each photo for
        self._session_id = session_id
        self._files = list(files)
        self._defaults = defaults
        self._per_file = dict(per_file)
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        results: list[PhotoImportResult] = []
        try:
            with Logbook.open(self._data_dir, actor=self._actor) as logbook:
                for done, path in enumerate(self._files):
                    if self._cancelled:
                        break
                    details = self._per_file.get(path, self._defaults)
                    results += logbook.import_photos(self._session_id, [path], details)
                    self.signals.progress.emit(done + 1, len(self._files))
        except LogbookError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # reported to the user, not swallowed
            self.signals.failed.emit(f"The import stopped: {error}")
        else:
            self.signals.finished.emit(results)


class PreviewSignals(QObject):
    ready = Signal(str, QImage)
    failed = Signal(str, str)


def make_preview(path: Path, signals: PreviewSignals) -> None:
    """A screen-sized, upright preview of a file about to be imported (any format the
    import reads, HEIC included), or the reason it will be refused. Runs in the pool."""
    from logger_app.photos.decode import load_photo

    try:
        image = load_photo(path).image.convert("RGB")
        image.thumbnail((PREVIEW_EDGE, PREVIEW_EDGE))
        data = image.tobytes("raw", "RGB")
        preview = QImage(
            data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
        ).copy()
    except LogbookError as error:
        signals.failed.emit(str(path), str(error))
    except Exception as error:  # shown next to the file
        signals.failed.emit(str(path), f"{path.name}: {error}")
    else:
        signals.ready.emit(str(path), preview)


class PreviewJob(QRunnable):
    def __init__(self, path: Path, signals: PreviewSignals) -> None:
        super().__init__()
        self._path = path
        self._signals = signals

    def run(self) -> None:
        make_preview(self._path, self._signals)
