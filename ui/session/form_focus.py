"""Tab in the order the form shows its fields: Qt's default is the order widgets were
made in, so rows added later (areas, reactions) and warnings shown later would come
last. The form sets the whole chain again whenever rows or warnings change."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

if TYPE_CHECKING:
    from .session_form import SessionDialog


def chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next (hidden or disabled ones are skipped by Qt
    as the user tabs)."""
    unique = list(dict.fromkeys(widgets))
    for before, after in pairwise(unique):
        QWidget.setTabOrder(before, after)


def chain_form(form: SessionDialog) -> None:
    """The session form top to bottom: the warnings, the fields (left column, then
    right), the photos, the buttons."""
    chain(
        [
            *form.safety.tab_widgets(),
            *form.fields.tab_widgets(),
            *form.photos.tab_widgets(),
            form.copy_button,
            form.keep_local_button,
            form.cancel_button,
            form.save_button,
            form.save_sign_button,
        ]
    )


class TabLeaves(QObject):
    """Tab leaves a date field at once instead of stepping through its day, month, year,
    hour and minute (arrows and typing still move between them): the date is usually
    right as it is, and Tab should reach the next field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and isinstance(watched, QWidget)
        ):
            watched.window().focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return True
        return False


def tab_leaves(*fields: QAbstractSpinBox) -> None:
    """The key goes to the field or to the line inside it: both are watched."""
    leaves = TabLeaves(fields[0])
    for field in fields:
        field.installEventFilter(leaves)
        for line in field.findChildren(QLineEdit):
            line.installEventFilter(leaves)
