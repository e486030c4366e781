"""The photo viewer: one photo large, zoom and pan, previous/next with the keyboard, and
the session's data beside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate
from logger_app.text import number_text

from ..common.display import plain_label
from .image_view import ImageView
from .thumbnail_loader import ThumbnailLoader


@dataclass(frozen=True)
class ViewerItem:
    key: str  # what the loaders are asked for (the photo's content hash)
    title: str
    details_html: str
    problem: str | None = None  # set when the file is missing or altered


class PhotoViewer(QDialog):
    """Shows ``items[index]``: the preview at once, the full resolution when loaded."""

    def __init__(
        self,
        items: Sequence[ViewerItem],
        index: int,
        preview: ThumbnailLoader,
        full: ThumbnailLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PhotoViewer", "Photo"))
        self.resize(1280, 840)
        self.items = list(items)
        self.index = index
        self._preview = preview
        self._full = full
        self._preview.ready.connect(self._arrived)
        self._full.ready.connect(self._arrived)

        self.view = ImageView()
        self.view.setAccessibleName(translate("PhotoViewer", "Photo"))
        self.details = QTextBrowser(objectName="photoDetails")
        self.details.setAccessibleName(translate("PhotoViewer", "About this photo"))
        self.details.setMinimumWidth(280)
        self.title = plain_label(objectName="formTitle")
        self.position = QLabel(objectName="clientCount")
        self.zoom_label = QLabel(objectName="clientCount")
        self.view.zoom_changed.connect(
            lambda z: self.zoom_label.setText(f"{number_text(round(z * 100))} %")
        )

        buttons = QHBoxLayout()
        for text, slot, name, key in (
            ("◀", self.previous, translate("PhotoViewer", "Previous photo"), "Left"),
            ("▶", self.next, translate("PhotoViewer", "Next photo"), "Right"),
            ("−", self.view.zoom_out, translate("PhotoViewer", "Zoom out"), "-"),
            ("+", self.view.zoom_in, translate("PhotoViewer", "Zoom in"), "+"),
            (
                translate("PhotoViewer", "Fit"),
                self.view.fit,
                translate("PhotoViewer", "Fit to window"),
                "0",
            ),
            ("100 %", self.view.actual_size, translate("PhotoViewer", "Actual size"), "1"),
        ):
            button = QPushButton(text)
            button.setToolTip(f"{name} ({key})")
            button.setAccessibleName(name)  # "Zoom in", not "+"
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.zoom_label)
        buttons.addStretch(1)
        buttons.addWidget(self.position)

        for keys, slot in (
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space), self.next),
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace), self.previous),
            ((Qt.Key.Key_Plus, Qt.Key.Key_Equal), self.view.zoom_in),
            ((Qt.Key.Key_Minus,), self.view.zoom_out),
            ((Qt.Key.Key_0,), self.view.fit),
            ((Qt.Key.Key_1,), self.view.actual_size),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.details, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([960, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.show_index(index)

    def current(self) -> ViewerItem:
        return self.items[self.index]

    def show_index(self, index: int) -> None:
        self.index = max(0, min(index, len(self.items) - 1))
        item = self.current()
        self.title.setText(item.title)
        self.details.setHtml(item.details_html)
        self.position.setText(
            translate("PhotoViewer", "{number} of {count}").format(
                number=self.index + 1, count=len(self.items)
            )
        )
        if item.problem:
            self.view.set_image(None, item.problem)
            return
        self._full.request(item.key)
        self._preview.request(item.key)
        self._show_best()

    def _show_best(self) -> None:
        item = self.current()
        full, preview = self._full.pixmap(item.key), self._preview.pixmap(item.key)
        problem = self._full.problem(item.key) or self._preview.problem(item.key)
        best = full or preview
        if best is not None:
            self.view.set_image(best)
        elif problem:
            self.view.set_image(
                None,
                translate("PhotoViewer", "This photo cannot be shown: {problem}").format(
                    problem=problem
                ),
            )
        else:
            self.view.set_image(None, translate("PhotoViewer", "Loading…"))

    def _arrived(self, key: str) -> None:
        if self.items and key == self.current().key:
            self._show_best()

    def next(self) -> None:
        if self.index < len(self.items) - 1:
            self.show_index(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_index(self.index - 1)
