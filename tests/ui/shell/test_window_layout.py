"""The main window on a clinic laptop's 1280×720: the client list is as wide as the
practitioner drags it, and stays so at the next start; the session record below the
history shows a useful part of the record, not four lines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from ui.common.preferences import WINDOW_SPLITTER

from ..clients.test_history_columns import a_client


def drag(widget, start: QPointF, end: QPointF) -> None:
    """Press, move and release the left button over ``widget`` (as a hand on a mouse)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, where, button, held in (
        (QEvent.Type.MouseButtonPress, start, left, left),
        (QEvent.Type.MouseMove, end, none, left),
        (QEvent.Type.MouseButtonRelease, end, left, none),
    ):
        global_point = QPointF(widget.mapToGlobal(where.toPoint()))
        event = QMouseEvent(kind, where, global_point, button, held, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def test_the_client_list_is_resized_by_dragging_and_remembered(
    qtbot, open_window, data_dir
) -> None:
    window = open_window(data_dir)
    window.resize(1280, 720)
    splitter = window.splitter
    qtbot.waitUntil(lambda: splitter.sizes()[0] > 0)
    before = splitter.sizes()[0]
    handle = splitter.handle(1)
    middle = QPointF(handle.width() / 2, handle.height() / 2)
    drag(handle, middle, middle + QPointF(-80, 0))
    narrower = splitter.sizes()[0]
    assert narrower < before - 40
    assert not WINDOW_SPLITTER.get().isEmpty()  # remembered as soon as it moved

    window.close()
    again = open_window(data_dir)
    again.resize(1280, 720)
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] > 0)
    assert abs(again.splitter.sizes()[0] - narrower) <= 2


def test_at_1280_by_720_the_record_and_the_history_both_show_a_useful_part(qtbot, window) -> None:
    # A client whose page header is tall: concerns, allergies and medical notes.
    client_id = a_client(window)
    window.resize(1280, 720)
    window.show_client(client_id)
    page = window.client_page
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 3)
    record = page.detail_view
    lines = record.viewport().height() // record.fontMetrics().lineSpacing()
    assert lines >= 10, f"the record shows {lines} lines"
    view = page.history_view
    rows = view.viewport().height() // view.rowHeight(0)
    assert rows >= 7, f"the history shows {rows} rows"
