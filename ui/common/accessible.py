"""Names for screen readers. A field laid out with a label (a form's row) is named by
that label: the label's buddy is the field itself, not the box holding it with its error
line, and the field's accessible name is the label's words. Widgets without a label
(a table, a view, a button showing a symbol) are named where they are made."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_MNEMONIC = re.compile(r"&(?!&)")
# What a person types or picks in (a button or a tick box says its own words).
_FIELDS = (QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView)


def label_words(text: str) -> str:
    """A label's text as read out: no mnemonic ampersand, no trailing colon."""
    return _MNEMONIC.sub("", text).replace("&&", "&").strip().rstrip(":").strip()


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the focus for ``widget`` (its focus proxy's, if any)."""
    while widget.focusProxy() is not None and widget.focusProxy() is not widget:
        widget = widget.focusProxy()
    return widget


def name_from_labels(root: QWidget) -> None:
    """Every labelled field under ``root``: its label points at it, and names it; a box
    holding a single field (a titled "Notes" box) names it by its title."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        field = focus_target(buddy)
        if field is not buddy:
            label.setBuddy(field)  # Alt+key and the screen reader reach the field itself
        words = label_words(label.text())
        if words and not field.accessibleName():
            field.setAccessibleName(words)
    for box in root.findChildren(QGroupBox):
        fields = [
            child
            for child in box.findChildren(QWidget)
            if isinstance(child, _FIELDS)
            and not isinstance(child.parent(), QComboBox | QAbstractSpinBox)
        ]
        if len(fields) == 1 and box.title() and not fields[0].accessibleName():
            fields[0].setAccessibleName(label_words(box.title()))
