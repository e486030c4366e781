"""The session form's keyboard: it opens in its first field, and Tab follows the order
shown (the left column down, then the right one), rows added later included."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from ui.session.session_form import SessionDialog

from ..driving import click


def _owner(widget: QWidget) -> QWidget:
    """The field a focused inner editor belongs to (a combo's or spin box's line)."""
    parent = widget.parentWidget()
    return parent if isinstance(parent, (QComboBox, QAbstractSpinBox)) else widget


def _open(qtbot, window) -> SessionDialog:
    window.new_session_action.trigger()
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def test_the_form_opens_in_its_first_field(qtbot, follow_up_window) -> None:
    window = follow_up_window
    window.client_view.selectRow(0)
    form = _open(qtbot, window)
    # Her allergies to review first: the first input, at the top.
    [check] = form.safety.checks.values()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is check)
    qtbot.keyClick(check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _owner(QApplication.focusWidget()) is form.started_at)
    form.reject()
    # Nothing to review (no allergy on file any more): the date first.
    client = window.client_page.client
    window.logbook.update_client(client.id, replace(client.details, allergies=""))
    form = _open(qtbot, window)
    assert form.safety.warnings == []
    qtbot.waitUntil(lambda: _owner(QApplication.focusWidget()) is form.started_at)


def test_tab_follows_the_order_shown_added_rows_included(qtbot, follow_up_window) -> None:
    window = follow_up_window
    window.client_view.selectRow(0)
    form = _open(qtbot, window)
    [check] = form.safety.checks.values()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    form.numbing_box.setChecked(True)
    # A reaction first, then two areas: made in another order than they are shown.
    click(qtbot, form.reactions.add_button)
    click(qtbot, form.areas.add_button)
    click(qtbot, form.areas.add_button)
    f = form
    [reaction] = f.reactions.rows
    expected = [
        f.started_at, f.practitioner, f.duration, f.device, f.cartridge, f.numbing_box,
        f.numbing_agent, f.numbing_strength, f.numbing_minutes, f.glide_product, f.glide_lot,
        f.endpoint, f.book_next, f.next_visit, f.fields.area_chart.canvas,
        *f.areas.rows[0].widgets(), *f.areas.rows[1].widgets(), f.areas.add_button,
        *reaction.widgets(), f.reactions.add_button,
        *f.aftercare_boxes.values(), f.notes, f.photos.add_button,
        f.copy_button, f.cancel_button, f.save_button, f.save_sign_button,
    ]  # fmt: skip
    f.started_at.setFocus()
    qtbot.waitUntil(lambda: _owner(QApplication.focusWidget()) is f.started_at)
    seen = [f.started_at]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(_owner(QApplication.focusWidget()))
    assert seen == expected, [widget.objectName() for widget in seen]
