"""Small helpers to drive the real widgets the way a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, value) -> None:
    """Select an item the way a user picks it from the list."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    target.selectAll()
    qtbot.keyClicks(target, text)


def wait_closed(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.current_dialog is None, timeout=3000)


def work_as(window, name: str) -> None:
    """``name`` signs in at the window (their profile made or protected if need be, see
    ``tests.signing``), as if at its sign-in screen."""
    from ..signing import sign_in

    sign_in(window.logbook, name)
    window.lock.start()
