"""Handing a locked window to another practitioner: what the first one left open.

Their unsaved session form is saved as a draft through the form's own save, while they
are still the one signed in (the draft and its audit entry are theirs); a form that
cannot be saved so (a problem to correct, a question to answer) is kept on this
computer like a session kept while the server was out of reach, offered at the next
start. Nobody is asked anything: the person at the keyboard is someone else. Every
other window they had open is closed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from logger_app.i18n import translate

from ..session.session_form import SessionDialog

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


class Unattended:
    """A Prompter with nobody to answer: every question declined, messages dropped."""

    def confirm(self, *_args: object) -> bool:
        return False

    def discard_changes(self, *_args: object) -> bool:
        return False

    def error(self, *_args: object) -> None:
        return None

    def ask_text(self, *_args: object) -> None:
        return None

    ask_password = ask_text
    choose = ask_text
    ask_int = ask_text


def describe_open_form(window: MainWindow) -> str:
    """What the practitioner has open, for the lock screen ("" when nothing to keep)."""
    dialog = window.current_dialog
    if isinstance(dialog, SessionDialog) and dialog.has_unsaved_changes():
        return translate("Handover", "an unsaved session form")
    return ""


def hand_over(window: MainWindow, name: str, windows: Sequence[QWidget]) -> str:
    """Keep ``name``'s unsaved session form as their draft and close ``windows`` (the
    ones hidden at the lock): what happened, said to the next practitioner."""
    note = ""
    dialog = window.current_dialog
    if isinstance(dialog, SessionDialog) and isValid(dialog) and dialog.has_unsaved_changes():
        with dialog.answering(Unattended()):
            dialog.save()
        if dialog.saved_session is not None:
            note = translate(
                "Handover", "The session form {name} had open was saved as their draft."
            ).format(name=name)
        else:
            dialog.keep_as_local_draft()
            note = translate(
                "Handover",
                "The session form {name} had open could not be saved as a draft yet: it is "
                "kept on this computer and offered when the logbook next opens.",
            ).format(name=name)
    # Saving may have opened what follows it (the photo import): closed with the rest.
    close_all(window, [*windows, *other_windows(window)])
    return note


def other_windows(window: QWidget) -> list[QWidget]:
    """The app's windows on screen other than ``window``: dialogs, viewers, message
    boxes; not menus or tooltips, which close themselves."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget is not window and widget.isVisible() and not _transient(widget)
    ]


def _transient(widget: QWidget) -> bool:
    kind = widget.windowType()
    return kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def close_all(window: MainWindow, windows: Sequence[QWidget]) -> None:
    """Close each window without questions (forms done, others closed); children
    first, so that a form's own sub-form goes before it."""
    unique = {id(widget): widget for widget in windows if isValid(widget)}
    for widget in sorted(unique.values(), key=depth, reverse=True):
        if not isValid(widget):
            continue  # deleted meanwhile (a message box that returned)
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)
        else:
            widget.close()
    window.current_dialog = None


def depth(widget: QWidget) -> int:
    """How deep in its window ``widget`` is (0 for a window, or one already gone)."""
    if not isValid(widget):
        return 0
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth
