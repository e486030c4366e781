"""The client's photo gallery: filters, thumbnails by session, viewer and comparison."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import Client, Photo, Session
from logger_app.vocabulary import Area, PhotoAngle, PhotoKind

from ..common.display import format_date, plain_label
from ..common.prompts import Prompter
from ..common.wording import noun_in_sentence
from .photo_compare import CompareDialog
from .photo_files import PhotoFiles, photo_details_html
from .photo_gallery_model import (
    IS_HEADER_ROLE,
    THUMB_SIZE,
    PhotoGalleryModel,
    distinct_files,
    newest_sessions_first,
)
from .photo_viewer import PhotoViewer, ViewerItem
from .thumbnail_loader import ThumbnailLoader


class _GalleryDelegate(QStyledItemDelegate):
    """Session headers span the whole width; photos are fixed-size tiles."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        if index.data(IS_HEADER_ROLE):
            return QSize(max(200, self._view.viewport().width() - 24), 34)
        return QSize(184, 190)

    def initStyleOption(self, option, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        if index.data(IS_HEADER_ROLE):
            option.font = QFont(option.font)
            option.font.setBold(True)
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom


class _FilterProxy(QSortFilterProxyModel):
    """Keeps photos matching the chosen angle / kind / area, and the headers of sessions
    that still have a photo shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.angle: PhotoAngle | None = None
        self.kind: PhotoKind | None = None
        self.area: Area | None = None

    def set_filters(self, angle, kind, area) -> None:
        self.beginFilterChange()
        self.angle, self.kind, self.area = angle, kind, area
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _photo_matches(self, photo: Photo) -> bool:
        return (
            (self.angle is None or photo.angle == self.angle)
            and (self.kind is None or photo.kind == self.kind)
            and (self.area is None or photo.area == self.area)
        )

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model: PhotoGalleryModel = self.sourceModel()
        entry = model.gallery_row(row)
        if entry.photo is not None:
            return self._photo_matches(entry.photo)
        return any(
            self._photo_matches(photo)
            for photo in model.photos()
            if photo.session_id == entry.session.id
        )


class PhotoGallery(QWidget):
    add_requested = Signal()
    changed = Signal()

    def __init__(self, logbook: Logbook, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self._logbook = logbook
        self._prompter = prompter
        self.client: Client | None = None
        self._sessions: dict[int, Session] = {}
        self._files = PhotoFiles(logbook)
        self.grid_loader = ThumbnailLoader(self._files.grid, parent=self, fit=THUMB_SIZE)
        self.preview_loader = ThumbnailLoader(self._files.preview, parent=self)
        self.full_loader = ThumbnailLoader(self._files.full, parent=self)

        self.model = PhotoGalleryModel(self.grid_loader, self)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView(objectName="gallery")
        self.view.setAccessibleName(translate("PhotoGallery", "Photos of this client"))
        self.view.setModel(self.proxy)
        self.view.setViewMode(QListView.ViewMode.ListMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(6)
        self.view.setIconSize(PhotoGalleryModel.thumb_size())
        self.view.setItemDelegate(_GalleryDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self.open_viewer)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, activated=self.delete_selected)

        self.angle_filter = self._filter_combo(
            "angleFilter", translate("PhotoGallery", "All angles"), PhotoAngle
        )
        self.kind_filter = self._filter_combo(
            "kindFilter", translate("PhotoGallery", "All kinds"), PhotoKind
        )
        self.area_filter = self._filter_combo(
            "areaFilter", translate("PhotoGallery", "All areas"), Area
        )
        self.add_button = QPushButton(
            translate("PhotoGallery", "Add photos…"), objectName="addPhotos"
        )
        self.add_button.setToolTip(
            translate("PhotoGallery", "Attach photos to a session (or drop files here)")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.compare_button = QPushButton(
            translate("PhotoGallery", "Compare…"), objectName="comparePhotos"
        )
        self.compare_button.setToolTip(
            translate(
                "PhotoGallery",
                "Two photos side by side or overlaid (default: the same angle, first and latest)",
            )
        )
        self.compare_button.clicked.connect(self.open_compare)
        self.delete_button = QPushButton(
            translate("PhotoGallery", "Delete"), objectName="deletePhoto"
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = plain_label(objectName="clientCount")

        bar = QHBoxLayout()
        for label, combo in (
            (translate("PhotoGallery", "Angle"), self.angle_filter),
            (translate("PhotoGallery", "Kind"), self.kind_filter),
            (translate("PhotoGallery", "Area"), self.area_filter),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.compare_button)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def _filter_combo(self, name: str, everything: str, values) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setAccessibleName(  # e.g. "all angles"
            translate("PhotoGallery", "Show photos of: {which}").format(
                which=noun_in_sentence(everything)
            )
        )
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(value.label, value.value)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def use_logbook(self, logbook: Logbook) -> None:
        self.stop_loading()
        self._logbook = logbook
        self._files.use_logbook(logbook)
        self.client = None
        self.model.set_photos([], {})

    def stop_loading(self) -> None:
        """Drop thumbnail work not started yet, and forget what was made."""
        for loader in (self.grid_loader, self.preview_loader, self.full_loader):
            loader.cancel_pending()
            for sha in list(self._files.by_sha):
                loader.forget(sha)

    # Content
    def show_client(self, client: Client) -> None:
        for loader in (self.grid_loader, self.preview_loader, self.full_loader):
            loader.cancel_pending()
        self.client = client
        self._sessions = {s.id: s for s in self._logbook.sessions_of(client.id)}
        photos = newest_sessions_first(self._logbook.photos_of_client(client.id), self._sessions)
        self._files.by_sha = {photo.sha256: photo for photo in photos}
        self.model.set_photos(photos, self._sessions)
        self.add_button.setEnabled(bool(self._sessions))
        self._update_summary()

    def reload(self) -> None:
        if self.client is not None:
            for loader in (self.grid_loader, self.preview_loader, self.full_loader):
                for sha in list(self._files.by_sha):
                    loader.forget(sha)
            self.show_client(self.client)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            _enum_or_none(PhotoAngle, self.angle_filter.currentData()),
            _enum_or_none(PhotoKind, self.kind_filter.currentData()),
            _enum_or_none(Area, self.area_filter.currentData()),
        )
        self._update_summary()

    def visible_photos(self) -> list[Photo]:
        rows = (
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        )
        return [p for r in rows if (p := self.model.gallery_row(r).photo) is not None]

    def _update_summary(self) -> None:
        # Both counts in files: a photo attached to two sessions is one photo.
        photos = self.model.photos()
        total = distinct_files(photos)
        shown = distinct_files(self.visible_photos())
        if not self._sessions:
            text = translate("PhotoGallery", "No session yet: photos are attached to a session.")
        elif not total:
            text = translate("PhotoGallery", "No photos yet. Add photos, or drop image files here.")
        elif shown == total:
            text = (
                translate("PhotoGallery", "1 photo")
                if total == 1
                else translate("PhotoGallery", "{count} photos").format(count=total)
            )
            sessions_of_file: dict[str, set[int]] = {}
            for photo in photos:
                sessions_of_file.setdefault(photo.sha256, set()).add(photo.session_id)
            shared = sum(len(ids) > 1 for ids in sessions_of_file.values())
            if shared:
                text += translate(
                    "PhotoGallery", "; {count} of them in more than one session"
                ).format(count=shared)
        else:
            text = translate("PhotoGallery", "{shown} of {total} photos match the filters").format(
                shown=shown, total=total
            )
        self.summary.setText(text)
        self.compare_button.setEnabled(total >= 2)
        self.delete_button.setEnabled(total > 0)

    def selected_photos(self) -> list[Photo]:
        photos = []
        for index in self.view.selectionModel().selectedIndexes():
            row = self.model.gallery_row(self.proxy.mapToSource(index).row())
            if row.photo is not None:
                photos.append(row.photo)
        return photos

    # Viewer and comparison
    def viewer_items(self, photos: list[Photo]) -> list[ViewerItem]:
        items = []
        for photo in photos:
            session = self._sessions[photo.session_id]
            when = format_date(session.details.started_at.astimezone().date())
            items.append(
                ViewerItem(
                    photo.sha256,
                    translate("PhotoGallery", "{angle}, {kind} — {day}").format(
                        angle=photo.angle.label, kind=noun_in_sentence(photo.kind.label), day=when
                    ),
                    photo_details_html(photo, session),
                    self.grid_loader.problem(photo.sha256),
                )
            )
        return items

    def open_viewer(self, index: QModelIndex | None = None) -> PhotoViewer | None:
        photos = self.visible_photos()
        if index is None or not index.isValid():
            selected = self.selected_photos()
            start = photos.index(selected[0]) if selected else 0
        else:
            source = self.model.gallery_row(self.proxy.mapToSource(index).row())
            if source.photo is None:
                return None
            start = photos.index(source.photo)
        if not photos:
            return None
        viewer = PhotoViewer(
            self.viewer_items(photos), start, self.preview_loader, self.full_loader, self
        )
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        self.current_dialog = viewer
        return viewer

    def default_comparison(self, photos: list[Photo]) -> tuple[int, int]:
        """The same angle from the first and the latest session; the selected photo's
        angle when one is selected, else the angle seen in most sessions."""
        selected = self.selected_photos()
        if selected:
            angle = selected[0].angle
        else:
            sessions_by_angle: dict[PhotoAngle, set[int]] = {}
            for photo in photos:
                sessions_by_angle.setdefault(photo.angle, set()).add(photo.session_id)
            angle = max(sessions_by_angle, key=lambda a: len(sessions_by_angle[a]))

        # The gallery lists the latest session first: earliest means the oldest session.
        def started(i: int) -> object:
            return self._sessions[photos[i].session_id].details.started_at

        same = [i for i, p in enumerate(photos) if p.angle == angle]
        if len(same) < 2:
            same = list(range(len(photos)))
        return min(same, key=started), max(reversed(same), key=started)

    def open_compare(self) -> CompareDialog | None:
        photos = self.model.photos()
        if len(photos) < 2:
            return None
        first, second = self.default_comparison(photos)
        dialog = CompareDialog(self.viewer_items(photos), first, second, self.preview_loader, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.current_dialog = dialog
        return dialog

    def delete_selected(self) -> None:
        photos = self.selected_photos()
        if not photos:
            return
        signed = [p for p in photos if self._sessions[p.session_id].signed_at is not None]
        if signed:
            self._prompter.error(
                self,
                translate("PhotoGallery", "Photos of a signed session"),
                translate(
                    "PhotoGallery",
                    "{count} of the selected photos belong to a signed session: they are "
                    "part of the clinical record and cannot be deleted.",
                ).format(count=len(signed)),
            )
            return
        count = len(photos)
        question = (
            translate("PhotoGallery", "Delete this photo from the logbook? This cannot be undone.")
            if count == 1
            else translate(
                "PhotoGallery",
                "Delete these {count} photos from the logbook? This cannot be undone.",
            ).format(count=count)
        )
        if not self._prompter.confirm(
            self,
            translate("PhotoGallery", "Delete photos?"),
            question,
            translate("PhotoGallery", "Delete"),
        ):
            return
        try:
            for photo in photos:
                self._logbook.delete_photo(photo.id)
        except LogbookError as error:  # busy, disk full: this photo and the rest stay
            self._prompter.error(self, translate("PhotoGallery", "Not deleted"), str(error))

        self.reload()
        self.changed.emit()


def _enum_or_none(enum_type, value):
    return None if value is None else enum_type(value)
