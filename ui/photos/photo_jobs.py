"""Photo work for the job helper (``ui.common.jobs``): the import of a batch, on the
Logbook the helper opens in the worker, and previews of files about to be imported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from logger_app.records import PhotoDetails, PhotoImportResult

from ..common.jobs import JobContext, Work

PREVIEW_EDGE = 1024


def import_photo_files(
    session_id: int,
    files: Sequence[Path],
    defaults: PhotoDetails,
    per_file: Mapping[Path, PhotoDetails],
) -> Work:
    """Imports the files one by one, so a cancel stops before the next file; each photo
    is committed on its own, so what was imported before the cancel stays. Its result:
    one PhotoImportResult per file imported or refused."""
    files, per_file = list(files), dict(per_file)

    def work(context: JobContext) -> list[PhotoImportResult]:
        assert context.logbook is not None
        results: list[PhotoImportResult] = []
        for done, path in enumerate(files):
            if context.cancelled():
                break
            details = per_file.get(path, defaults)
            results += context.logbook.import_photos(session_id, [path], details)
            context.report(done + 1, len(files))
        return results

    return work


@dataclass(frozen=True)
class FilePreview:
    image: QImage  # screen-sized, for the framing preview
    thumbnail: QImage  # list-sized, for the file's row


def make_preview(path: Path, thumbnail_edge: int) -> Work:
    """A screen-sized, upright preview of a file about to be imported (any format the
    import reads, HEIC included) and its thumbnail, both made in the worker; a failure
    says why the file will be refused."""

    def work(context: JobContext) -> FilePreview:
        from logger_app.photos.decode import load_photo

        image = load_photo(path).image.convert("RGB")
        image.thumbnail((PREVIEW_EDGE, PREVIEW_EDGE))
        data = image.tobytes("raw", "RGB")
        preview = QImage(
            data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
        ).copy()
        thumbnail = preview.scaled(
            thumbnail_edge,
            thumbnail_edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return FilePreview(preview, thumbnail)

    return work
