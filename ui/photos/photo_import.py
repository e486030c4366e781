"""The photo import dialog: choose files (or drop them), say what they show for the whole
batch and per photo, match the framing against the previous photo of the same angle,
then import off the GUI thread with a progress bar and one result per file."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import ImportStatus, Photo, PhotoDetails, PhotoImportResult, Session
from logger_app.vocabulary import Area, PhotoAngle, PhotoKind

from ..common.changes import ChangeRelay
from ..common.display import format_datetime, plain_tooltip, rich_label
from ..common.form_support import combo_enum
from ..common.jobs import JobHandle, run_job
from ..common.prompts import Prompter
from ..common.theme import color, tinted
from .blend_view import BlendMode, BlendView
from .import_thumbnails import (
    THUMBNAIL_EDGE,
    broken_icon,
    centre_in_row,
    icon_size,
    loading_icon,
    picture_icon,
)
from .photo_jobs import FilePreview, import_photo_files, make_preview

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.heif"
COLUMNS = (
    translatable("PhotoImportDialog", "File"),
    translatable("PhotoImportDialog", "Kind"),
    translatable("PhotoImportDialog", "Angle"),
    translatable("PhotoImportDialog", "Area"),
    translatable("PhotoImportDialog", "Result"),
)


def image_filter() -> str:
    """The file dialog's filter of photo files, in the user's language."""
    return translate("PhotoImportDialog", "Photos ({patterns});;All files (*)").format(
        patterns=IMAGE_PATTERNS
    )


def dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """Local files of a drag, in the order given."""
    return [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]


def _combo(values, none_label: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value in values:
        combo.addItem(value.label, value.value)
    return combo


class PhotoImportDialog(QDialog):
    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        sessions: Sequence[Session],
        session_id: int | None = None,
        files: Sequence[Path] = (),
        parent: QWidget | None = None,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(parent)
        self._changes = changes  # the client's page hears of the photos as they come
        self.setWindowTitle(translate("PhotoImportDialog", "Add photos"))
        self.resize(1240, 760)
        self.setAcceptDrops(True)
        self._logbook = logbook
        self._prompter = prompter
        self._sessions = sorted(sessions, key=lambda s: s.details.started_at, reverse=True)
        self.files: list[Path] = []
        self.results: list[PhotoImportResult] = []
        self._job: JobHandle | None = None
        self._previews: dict[str, QImage] = {}
        self._preview_problems: dict[str, str] = {}
        self._client_photos: list[Photo] = (
            logbook.photos_of_client(self._sessions[0].details.client_id) if self._sessions else []
        )

        self.session = QComboBox(objectName="importSession")
        for session in self._sessions:
            self.session.addItem(format_datetime(session.details.started_at), session.id)
        if session_id is not None:
            self.session.setCurrentIndex(self.session.findData(session_id))
        self.batch_kind = _combo(PhotoKind)
        self.batch_angle = _combo(PhotoAngle)
        self.batch_area = _combo(Area, "—")
        self.apply_button = QPushButton(
            translate("PhotoImportDialog", "Apply to all photos"), objectName="applyToAll"
        )
        self.apply_button.clicked.connect(self.apply_batch)
        batch = QGroupBox(translate("PhotoImportDialog", "For the whole batch"))
        batch_form = QFormLayout(batch)
        batch_form.addRow(translate("PhotoImportDialog", "Session"), self.session)
        batch_form.addRow(translate("PhotoImportDialog", "Kind"), self.batch_kind)
        batch_form.addRow(translate("PhotoImportDialog", "Angle"), self.batch_angle)
        batch_form.addRow(translate("PhotoImportDialog", "Area"), self.batch_area)
        batch_form.addRow(self.apply_button)

        self.table = QTableWidget(0, len(COLUMNS), objectName="importFiles")
        self.table.setHorizontalHeaderLabels(
            [translate("PhotoImportDialog", column) for column in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        # Each file's thumbnail beside its name: which photo is which at a glance.
        self.table.setIconSize(icon_size())
        self.table.verticalHeader().setDefaultSectionSize(icon_size().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_preview)

        self.ghost = BlendView()
        self.ghost.set_mode(BlendMode.OVERLAY)
        self.ghost_label = rich_label(objectName="clientCount")
        self.ghost_label.setWordWrap(True)
        self.ghost_opacity = QSlider(Qt.Orientation.Horizontal, objectName="ghostOpacity")
        self.ghost_opacity.setRange(0, 100)
        self.ghost_opacity.setValue(50)
        self.ghost_opacity.valueChanged.connect(lambda v: self.ghost.set_opacity(v / 100))
        self.ghost.set_opacity(0.5)
        preview = QGroupBox(
            translate(
                "PhotoImportDialog", "Framing: the previous photo of this angle, half transparent"
            )
        )
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.ghost, 1)
        preview_layout.addWidget(self.ghost_label)
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(QLabel(translate("PhotoImportDialog", "Previous photo's opacity")))
        opacity_row.addWidget(self.ghost_opacity, 1)
        preview_layout.addLayout(opacity_row)

        self.choose_button = QPushButton(
            translate("PhotoImportDialog", "Choose files…"), objectName="chooseFiles"
        )
        self.choose_button.clicked.connect(self.choose_files)
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.hide()
        self.status = rich_label(objectName="clientCount")
        self.status.setWordWrap(True)
        self.import_button = QPushButton(
            translate("PhotoImportDialog", "Import"), objectName="startImport"
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(
            translate("PhotoImportDialog", "Cancel"), objectName="closeImport"
        )
        self.close_button.clicked.connect(self._cancel_or_close)

        left = QVBoxLayout()
        left.addWidget(batch)
        left.addWidget(self.table, 1)
        left.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(preview, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.status, 2)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.add_files(files)

    # Files
    def choose_files(self) -> None:
        self.add_files(
            self._prompter.open_files(
                self, translate("PhotoImportDialog", "Choose photos"), "", image_filter()
            )
        )

    def add_files(self, files: Sequence[Path]) -> None:
        for path in files:
            if path in self.files:
                continue
            self.files.append(path)
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = _read_only(path.name, str(path))
            name.setIcon(loading_icon())
            self.table.setItem(row, 0, name)
            for column, combo in (
                (1, _combo(PhotoKind)),
                (2, _combo(PhotoAngle)),
                (3, _combo(Area, "—")),
            ):
                source = (self.batch_kind, self.batch_angle, self.batch_area)[column - 1]
                combo.setCurrentIndex(source.currentIndex())
                combo.currentIndexChanged.connect(self._show_preview)
                centre_in_row(combo, self.table.verticalHeader().defaultSectionSize())
                self.table.setCellWidget(row, column, combo)
            self.table.setItem(row, 4, _read_only("", ""))
            self._run(
                make_preview(path, THUMBNAIL_EDGE),
                on_success=lambda preview, key=str(path): self._preview_ready(key, preview),
                on_failure=lambda reason, key=str(path): self._preview_failed(key, reason),
            )
        if self.files and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def apply_batch(self) -> None:
        for row in range(self.table.rowCount()):
            for column, source in (
                (1, self.batch_kind),
                (2, self.batch_angle),
                (3, self.batch_area),
            ):
                self.table.cellWidget(row, column).setCurrentIndex(source.currentIndex())

    def details_of_row(self, row: int) -> PhotoDetails:
        return PhotoDetails(
            kind=combo_enum(self.table.cellWidget(row, 1), PhotoKind),
            angle=combo_enum(self.table.cellWidget(row, 2), PhotoAngle),
            area=combo_enum(self.table.cellWidget(row, 3), Area),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event) and self._job is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(dropped_files(event))
        event.acceptProposedAction()

    # Preview with the ghost of the previous photo of the same angle
    def _selected_row(self) -> int | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return min(rows) if rows else None

    def previous_photo(self, angle: PhotoAngle) -> Photo | None:
        same = [p for p in self._client_photos if p.angle == angle]
        return same[-1] if same else None

    def _show_preview(self) -> None:
        row = self._selected_row()
        if row is None:
            self.ghost.set_images(None, None)
            return
        path = self.files[row]
        new = self._previews.get(str(path))
        angle = combo_enum(self.table.cellWidget(row, 2), PhotoAngle)
        previous = self.previous_photo(angle)
        ghost = None
        if previous is not None:
            from logger_app.photos.thumbnails import PREVIEW_SIZE

            try:
                ghost = QImage.fromData(self._logbook.thumbnail_bytes(previous, PREVIEW_SIZE))
            except Exception:  # no ghost then; the import is unaffected
                ghost = None
        self.ghost.set_images(new, ghost)
        problem = self._preview_problems.get(str(path))
        if problem:
            self.ghost_label.setText(tinted(escape(problem), "danger"))
        elif previous is None:
            self.ghost_label.setText(
                escape(
                    translate(
                        "PhotoImportDialog", "No earlier {angle} photo of this client."
                    ).format(angle=angle.label)
                )
            )
        else:
            when = format_datetime(previous.taken_at or previous.imported_at)
            self.ghost_label.setText(
                escape(
                    translate("PhotoImportDialog", "Over it: the {angle} photo of {when}.").format(
                        angle=angle.label, when=when
                    )
                )
            )

    def _preview_ready(self, path: str, preview: FilePreview) -> None:
        self._previews[path] = preview.image
        row = self._row_of(path)
        if row is not None:
            self.table.item(row, 0).setIcon(picture_icon(preview.thumbnail))
        self._show_preview()

    def _row_of(self, path: str) -> int | None:
        return self.files.index(Path(path)) if Path(path) in self.files else None

    def _preview_failed(self, path: str, reason: str) -> None:
        self._preview_problems[path] = reason
        row = self._row_of(path)
        if row is not None:
            self.table.item(row, 0).setIcon(broken_icon())
        if row is not None and not self.results:
            self.table.item(row, 4).setText(
                translate("PhotoImportDialog", "Will be refused: {reason}").format(reason=reason)
            )
        self._show_preview()

    # Import
    def start_import(self) -> None:
        if not self.files or self._job is not None:
            return
        per_file = {path: self.details_of_row(row) for row, path in enumerate(self.files)}
        work = import_photo_files(
            self.session.currentData(), self.files, self.details_of_row(0), per_file
        )
        self._job = self._run(
            work,
            data_dir=self._logbook.data_dir,
            database_url=self._logbook.database_url,
            data_key=self._logbook.data_key,
            actor=self._logbook.actor,
            on_progress=self._progress,
            on_success=self._finished,
            on_failure=self._failed,
        )
        self.progress.setRange(0, len(self.files))
        self.progress.setValue(0)
        self.progress.show()
        count = len(self.files)
        self.status.setText(
            translate("PhotoImportDialog", "Importing 1 photo…")
            if count == 1
            else translate("PhotoImportDialog", "Importing {count} photos…").format(count=count)
        )
        self.close_button.setText(translate("PhotoImportDialog", "Stop"))
        self._update_buttons()

    def _run(self, work, **options) -> JobHandle:
        # Deleted with its window while working: stop, and report nothing more.
        return run_job("photos", work, parent=self, changes=self._changes, **options)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.status.setText(
            translate("PhotoImportDialog", "Imported {done} of {total}…").format(
                done=done, total=total
            )
        )

    def _finished(self, results: list[PhotoImportResult]) -> None:
        self._job = None
        self.results = results
        by_path = {result.path: result for result in results}
        counts = {status: 0 for status in ImportStatus}
        for row, path in enumerate(self.files):
            result = by_path.get(path)
            text = (
                translate("PhotoImportDialog", "Not imported (stopped)")
                if result is None
                else _describe(result)
            )
            if result is not None:
                counts[result.status] += 1
            item = self.table.item(row, 4)
            item.setText(text)
            item.setToolTip(plain_tooltip(text))
            if result is not None and result.status is ImportStatus.REFUSED:
                item.setForeground(color("danger"))
        self.status.setText(
            translate(
                "PhotoImportDialog",
                "{imported} imported, {duplicates} already there, {refused} refused.",
            ).format(
                imported=counts[ImportStatus.IMPORTED],
                duplicates=counts[ImportStatus.DUPLICATE],
                refused=counts[ImportStatus.REFUSED],
            )
        )
        self.close_button.setText(translate("PhotoImportDialog", "Close"))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._job = None
        self.status.setText(tinted(escape(message), "danger"))
        self.close_button.setText(translate("PhotoImportDialog", "Close"))
        self._update_buttons()

    def _cancel_or_close(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.status.setText(translate("PhotoImportDialog", "Stopping after the current photo…"))
            return
        if self.results:
            self.accept()
        else:
            self.reject()

    def _update_buttons(self) -> None:
        running = self._job is not None
        done = bool(self.results)
        self.import_button.setEnabled(bool(self.files) and not running and not done)
        self.choose_button.setEnabled(not running and not done)
        self.apply_button.setEnabled(not running and not done)

    def reject(self) -> None:
        if self._job is not None:  # closing while importing: stop, then close when done
            self._job.cancel()
            return
        super().reject()


def _describe(result: PhotoImportResult) -> str:
    if result.status is ImportStatus.IMPORTED:
        return translate("PhotoImportDialog", "Imported")
    if result.status is ImportStatus.DUPLICATE:
        return translate("PhotoImportDialog", "Already in this session")
    return translate("PhotoImportDialog", "Refused: {reason}").format(reason=result.reason)


def _read_only(text: str, tooltip: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(plain_tooltip(tooltip or text))
    return item
