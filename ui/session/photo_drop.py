"""The session form's photos: files dropped or chosen there, imported once the session
is saved (the practitioner then says what each one shows)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate

from ..common.prompts import Prompter
from ..photos.photo_import import image_filter


class PhotoDrop(QGroupBox):
    """The files to import, in the order given, each once (``pending``)."""

    def __init__(self, prompter: Prompter) -> None:
        super().__init__(translate("PhotoDrop", "Photos"))
        self._prompter = prompter
        self.pending: list[Path] = []
        column = QVBoxLayout(self)
        self.photo_list = QListWidget(objectName="pendingPhotos")
        self.photo_list.setMaximumHeight(90)
        self.hint = QLabel(
            translate(
                "PhotoDrop",
                "Drop photo files here, or add them: after saving you say what each shows.",
            ),
            objectName="emptyHint",
        )
        self.hint.setWordWrap(True)
        add = QPushButton(translate("PhotoDrop", "Add photos…"), objectName="attachPhotos")
        add.clicked.connect(self.choose)
        self.add_button = add
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        column.addWidget(self.hint)
        column.addWidget(self.photo_list)
        column.addLayout(row)
        self.photo_list.hide()

    def tab_widgets(self) -> list[QWidget]:
        return [self.photo_list, self.add_button]

    def choose(self) -> None:
        self.attach(
            self._prompter.open_files(
                self, translate("PhotoDrop", "Choose photos"), "", image_filter()
            )
        )

    def attach(self, files: list[Path]) -> None:
        for path in files:
            if path not in self.pending:
                self.pending.append(path)
                self.photo_list.addItem(path.name)
        self.photo_list.setVisible(bool(self.pending))
