"""The main window's size, place and splitter, remembered between starts (the
preferences are declared in ``ui.common.preferences``)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from ..common.preferences import WINDOW_GEOMETRY, WINDOW_SPLITTER

# The first start, before anything is remembered.
DEFAULT_SIZE = (1400, 860)


def restore_layout(window: QMainWindow, splitter: QSplitter) -> None:
    geometry = WINDOW_GEOMETRY.get()
    if not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    state = WINDOW_SPLITTER.get()
    if not state.isEmpty():
        splitter.restoreState(state)
    # Remembered as soon as it is moved (a crash or a power cut keeps it too).
    splitter.splitterMoved.connect(lambda *_: WINDOW_SPLITTER.set(splitter.saveState()))


def save_layout(window: QMainWindow, splitter: QSplitter) -> None:
    WINDOW_GEOMETRY.set(window.saveGeometry())
    WINDOW_SPLITTER.set(splitter.saveState())
