"""What a person could read on screen: the text of every visible widget of every
visible window of the app (labels, fields, text boxes, buttons, the rows of visible
views, window titles)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model: one column (PySide hides its columnCount)
            return 1

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if value:
                        texts.append(str(value))
            first = model.index(row, 0, parent)
            try:
                nested = model.hasChildren(first)
            except TypeError:  # a flat model (PySide hides its hasChildren)
                nested = False
            if nested:
                walk(first)

    walk(QModelIndex())
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    hidden_echo = isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton) and not hidden_echo:
        texts.append(widget.text())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QComboBox):
        texts.append(widget.currentText())
    elif isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        texts += _model_texts(widget)
    if widget.toolTip():
        texts.append(widget.toolTip())
    return [text for text in texts if text]


def visible_texts() -> list[str]:
    """Every text on screen now, of every visible top-level widget of the app."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible():
                texts += widget_texts(widget)
    return texts


def showing(*words: str) -> list[str]:
    """The visible texts that hold any of ``words``."""
    return [text for text in visible_texts() if any(word in text for word in words)]
