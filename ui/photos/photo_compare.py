"""Compare two photos: side by side, overlaid with an opacity, or split by a slider."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate

from ..common.display import rich_label
from .blend_view import BlendMode, BlendView
from .image_view import ImageView
from .photo_viewer import ViewerItem
from .thumbnail_loader import ThumbnailLoader


class CompareDialog(QDialog):
    """``items`` are every photo of the client; ``first`` and ``second`` index into them
    (by default: the same angle from the first and the latest session)."""

    def __init__(
        self,
        items: Sequence[ViewerItem],
        first: int,
        second: int,
        loader: ThumbnailLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CompareDialog", "Compare photos"))
        self.resize(1320, 860)
        self.items = list(items)
        self._loader = loader
        loader.ready.connect(self._refresh)

        self.first_choice = self._chooser("firstPhoto", first)
        self.second_choice = self._chooser("secondPhoto", second)
        self.side_by_side = QRadioButton(
            translate("CompareDialog", "Side by side"), objectName="modeSideBySide"
        )
        self.overlay = QRadioButton(translate("CompareDialog", "Overlay"), objectName="modeOverlay")
        self.split = QRadioButton(translate("CompareDialog", "Split"), objectName="modeSplit")
        self.side_by_side.setChecked(True)
        modes = QButtonGroup(self)
        for button in (self.side_by_side, self.overlay, self.split):
            modes.addButton(button)
        self._modes = modes
        modes.buttonToggled.connect(lambda _button, checked: checked and self._mode_changed())
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="blendSlider")
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider_label = QLabel()

        self.left_view, self.right_view = ImageView(), ImageView()
        self.left_view.setAccessibleName(translate("CompareDialog", "Earlier photo"))
        self.right_view.setAccessibleName(translate("CompareDialog", "Later photo"))
        self.left_caption = rich_label(objectName="photoCaption")
        self.right_caption = rich_label(objectName="photoCaption")
        for caption in (self.left_caption, self.right_caption):
            caption.setWordWrap(True)
        pair = QWidget()
        grid = QGridLayout(pair)
        grid.addWidget(self.left_view, 0, 0)
        grid.addWidget(self.right_view, 0, 1)
        grid.addWidget(self.left_caption, 1, 0)
        grid.addWidget(self.right_caption, 1, 1)
        self.blend = BlendView()
        self.blend.setAccessibleName(translate("CompareDialog", "Earlier and later photo, blended"))
        self.slider.setAccessibleName(
            translate("CompareDialog", "Blend between the earlier and the later photo")
        )
        self.blend_caption = rich_label(objectName="photoCaption")
        self.blend_caption.setWordWrap(True)
        blended = QWidget()
        blended_layout = QVBoxLayout(blended)
        blended_layout.addWidget(self.blend, 1)
        blended_layout.addWidget(self.blend_caption)
        self.pages = QStackedWidget()
        self.pages.addWidget(pair)
        self.pages.addWidget(blended)

        choosers = QHBoxLayout()
        for text, name, chooser in (
            (
                translate("CompareDialog", "Earlier:"),
                translate("CompareDialog", "Earlier photo"),
                self.first_choice,
            ),
            (
                translate("CompareDialog", "Later:"),
                translate("CompareDialog", "Later photo"),
                self.second_choice,
            ),
        ):
            label = QLabel(text)
            label.setBuddy(chooser)
            chooser.setAccessibleName(name)
            choosers.addWidget(label)
            choosers.addWidget(chooser, 1)
        controls = QHBoxLayout()
        for button in (self.side_by_side, self.overlay, self.split):
            controls.addWidget(button)
        controls.addSpacing(20)
        controls.addWidget(self.slider_label)
        controls.addWidget(self.slider, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addLayout(controls)
        layout.addWidget(self.pages, 1)
        self._mode_changed()
        self._refresh()

    def _chooser(self, name: str, index: int) -> QComboBox:
        combo = QComboBox(objectName=name)
        for item in self.items:
            combo.addItem(item.title)
        combo.setCurrentIndex(index)
        combo.currentIndexChanged.connect(self._refresh)
        return combo

    def chosen(self) -> tuple[ViewerItem, ViewerItem]:
        return self.items[self.first_choice.currentIndex()], self.items[
            self.second_choice.currentIndex()
        ]

    def _image(self, item: ViewerItem) -> QImage | None:
        if item.problem:
            return None
        self._loader.request(item.key)
        pixmap = self._loader.pixmap(item.key)
        return pixmap.toImage() if pixmap is not None else None

    def _refresh(self, *_args: object) -> None:
        first, second = self.chosen()
        first_image, second_image = self._image(first), self._image(second)
        for view, item, image in (
            (self.left_view, first, first_image),
            (self.right_view, second, second_image),
        ):
            view.set_image(
                image,
                item.problem
                or self._loader.problem(item.key)
                or translate("CompareDialog", "Loading…"),
            )
        self.left_caption.setText(first.details_html)
        self.right_caption.setText(second.details_html)
        self.blend.set_images(first_image, second_image)
        self.blend_caption.setText(
            translate(
                "CompareDialog", "<b>Base:</b> {base} &nbsp;&nbsp; <b>Over it:</b> {over}"
            ).format(base=escape(first.title), over=escape(second.title))
        )

    def _mode_changed(self) -> None:
        blended = self._modes.checkedButton() is not self.side_by_side
        self.pages.setCurrentIndex(1 if blended else 0)
        self.slider.setEnabled(blended)
        self.slider_label.setVisible(blended)
        self.slider.setVisible(blended)
        if self.overlay.isChecked():
            self.blend.set_mode(BlendMode.OVERLAY)
            self.slider_label.setText(translate("CompareDialog", "Opacity of the later photo"))
        elif self.split.isChecked():
            self.blend.set_mode(BlendMode.SPLIT)
            self.slider_label.setText(translate("CompareDialog", "Split position"))

        self._slider_moved(self.slider.value())

    def _slider_moved(self, value: int) -> None:
        if self.blend.mode is BlendMode.OVERLAY:
            self.blend.set_opacity(value / 100)
        else:
            self.blend.set_split(value / 100)
