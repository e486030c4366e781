"""The gallery's item model: a client's photos grouped by session, thumbnails on demand.

One flat list: a header row before each session's photos. The view lays the list out
left to right with wrapping, and a header is as wide as the view, so each session
starts a new line. Thumbnails are asked for only when the view asks for a photo's
decoration, i.e. when it is about to be painted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from logger_app.i18n import translate
from logger_app.records import Photo, Session

from ..common.display import format_areas, format_datetime, plain_tooltip
from ..common.theme import color
from ..session.session_detail import added_after_signing_line
from .thumbnail_loader import ThumbnailLoader

AnyIndex = QModelIndex | QPersistentModelIndex
PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 3
THUMB_SIZE = 160


@dataclass(frozen=True)
class GalleryRow:
    photo: Photo | None  # None for a session header
    session: Session

    @property
    def is_header(self) -> bool:
        return self.photo is None


def photo_caption(photo: Photo) -> str:
    area = f", {photo.area.label}" if photo.area else ""
    return f"{photo.kind.label} · {photo.angle.label}{area}"


def session_heading(session: Session, added_after_signing: int = 0) -> str:
    details = session.details
    heading = f"{format_datetime(details.started_at)} — {format_areas(details.areas)}"
    if added_after_signing:
        heading += (
            translate("PhotoGalleryModel", " · 1 photo added after signing")
            if added_after_signing == 1
            else translate("PhotoGalleryModel", " · {count} photos added after signing").format(
                count=added_after_signing
            )
        )
    return heading


def newest_sessions_first(photos: Sequence[Photo], sessions: dict[int, Session]) -> list[Photo]:
    """The gallery's order, the history's: the latest session first; within a session
    the photos keep their order (by capture time)."""

    def started(photo: Photo) -> tuple[float, int]:
        return (sessions[photo.session_id].details.started_at.timestamp(), photo.session_id)

    return sorted(photos, key=started, reverse=True)  # stable: a session's order is kept


def distinct_files(photos: Sequence[Photo]) -> int:
    """How many photos these are: one file attached to two sessions (the same sha256)
    is one photo shown twice."""
    return len({photo.sha256 for photo in photos})


def _placeholder(text: str, role: str) -> QPixmap:
    """A tile in the theme's colours, with ``text`` in the colour of ``role``."""
    pixmap = QPixmap(THUMB_SIZE, THUMB_SIZE)
    pixmap.fill(color("alternate_base"))
    painter = QPainter(pixmap)
    painter.setPen(color(role))
    painter.drawRect(0, 0, THUMB_SIZE - 1, THUMB_SIZE - 1)
    painter.drawText(
        pixmap.rect().adjusted(8, 8, -8, -8),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.end()
    return pixmap


class PhotoGalleryModel(QAbstractListModel):
    def __init__(self, loader: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._rows: list[GalleryRow] = []
        self._rows_of_key: dict[str, list[int]] = defaultdict(list)
        self._added_after_signing: dict[int, int] = defaultdict(int)  # per session
        self._loading = _placeholder(translate("PhotoGalleryModel", "Loading…"), "text_faint")
        self._problem_pixmaps: dict[str, QPixmap] = {}
        loader.ready.connect(self._thumbnail_ready)

    def set_photos(self, photos: Sequence[Photo], sessions: dict[int, Session]) -> None:
        """``photos`` in display order (see ``newest_sessions_first``)."""
        self.beginResetModel()
        # Placeholders drawn again: the theme may have changed since.
        self._loading = _placeholder(translate("PhotoGalleryModel", "Loading…"), "text_faint")
        self._problem_pixmaps.clear()
        self._rows = []
        self._rows_of_key = defaultdict(list)
        self._added_after_signing = defaultdict(int)
        current = None
        for photo in photos:
            self._added_after_signing[photo.session_id] += photo.added_after_signing
            if photo.session_id != current:
                current = photo.session_id
                self._rows.append(GalleryRow(None, sessions[current]))
            self._rows_of_key[photo.sha256].append(len(self._rows))
            self._rows.append(GalleryRow(photo, sessions[current]))
        self.endResetModel()

    def photos(self) -> list[Photo]:
        return [row.photo for row in self._rows if row.photo is not None]

    def row_of_photo(self, photo_id: int) -> int | None:
        return next(
            (i for i, row in enumerate(self._rows) if row.photo and row.photo.id == photo_id),
            None,
        )

    def gallery_row(self, row: int) -> GalleryRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].is_header:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == IS_HEADER_ROLE:
            return row.is_header
        if row.photo is None:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return session_heading(row.session, self._added_after_signing[row.session.id])
        photo = row.photo
        if role == Qt.ItemDataRole.DisplayRole:
            return photo_caption(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._loader.problem(photo.sha256)
            added = f"\n{added_after_signing_line(photo)}" if photo.added_after_signing else ""
            return plain_tooltip(problem or f"{photo_caption(photo)}\n{photo.original_name}{added}")
        if role == PHOTO_ID_ROLE:
            return photo.id
        if role == PROBLEM_ROLE:
            return self._loader.problem(photo.sha256)
        if role == Qt.ItemDataRole.DecorationRole:
            # An icon is drawn at the view's icon size whatever the pixmap's size.
            return QIcon(self._thumbnail(photo))
        return None

    def _thumbnail(self, photo: Photo) -> QPixmap:
        pixmap = self._loader.pixmap(photo.sha256)
        if pixmap is not None:
            return pixmap
        problem = self._loader.problem(photo.sha256)
        if problem is not None:
            if problem not in self._problem_pixmaps:
                self._problem_pixmaps[problem] = _placeholder(problem, "danger")
            return self._problem_pixmaps[problem]
        self._loader.request(photo.sha256)
        return self._loading

    def _thumbnail_ready(self, key: str) -> None:
        for row in self._rows_of_key.get(key, ()):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    @staticmethod
    def thumb_size() -> QSize:
        return QSize(THUMB_SIZE, THUMB_SIZE)
