"""Tab in the order the form shows its fields: Qt's default is the order widgets were
made in, so rows added later (areas, reactions) and warnings shown later would come
last. The form sets the whole chain again whenever rows or warnings change."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

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
