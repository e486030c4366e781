"""A logbook that can only be read (on read-only media, or on a full disk): a banner at
the top of the window says why, and every control that would change the logbook is
disabled and stays so. The actions that write are marked so in the tables that declare
them (``actions``, ``ui.backup.backup_actions``); the buttons are listed here.

The core refuses every write of such a logbook anyway (ReadOnlyLogbookError before it
starts); this spares the user forms they could not save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from logger_app.i18n import translate

from ..backup.backup_actions import BACKUP_ACTIONS
from .actions import RECORD_ACTIONS, WINDOW_ACTIONS
from .print_actions import PRINT_ACTIONS

if TYPE_CHECKING:
    from .main_window import MainWindow

# The main window's actions that change the logbook, its files or its settings
# (attribute paths from the window), as their tables mark them. Export, backup, review
# and the audit log read.
WRITE_ACTIONS = tuple(
    path
    for table in (WINDOW_ACTIONS, RECORD_ACTIONS, BACKUP_ACTIONS, PRINT_ACTIONS)
    for path in table.write_paths()
)
# Buttons of the client page that change the record (object names).
WRITE_BUTTONS = (
    "newSession",
    "editClient",
    "editDraft",
    "signSession",
    "deleteDraft",
    "amendSession",
    "addPhotos",
    "deletePhoto",
    "newScreening",
    "newConsent",
    "coursePlan",
    "recordOtherTreatment",
    "editOtherTreatment",
    "deleteOtherTreatment",
    "startNewClient",
    "startImport",
)


class _StayDisabled(QObject):
    """The window enables its controls as the selection changes: a write control is
    disabled again at once."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changed = event.type() == QEvent.Type.EnabledChange
        if changed and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


def _keep_disabled(action: QAction) -> None:
    action.setEnabled(False)
    action.enabledChanged.connect(lambda enabled: enabled and action.setEnabled(False))


def write_actions(window: MainWindow) -> list[QAction]:
    found = []
    for path in WRITE_ACTIONS:
        target: object = window
        for name in path.split("."):
            target = getattr(target, name)
        assert isinstance(target, QAction), path
        found.append(target)
    return found


def write_buttons(window: MainWindow) -> list[QWidget]:
    return [button for name in WRITE_BUTTONS for button in window.findChildren(QWidget, name)]


def show_read_only(window: MainWindow, reason: str) -> QLabel:
    """Put the banner above the window's content and disable every write control."""
    banner = QLabel(
        translate("ReadOnlyBanner", "Read-only: {reason}").format(reason=reason),
        objectName="readOnlyBanner",
    )
    banner.setTextFormat(Qt.TextFormat.PlainText)  # the reason names a folder
    banner.setWordWrap(True)
    content = window.takeCentralWidget()
    holder = QWidget(objectName="readOnlyHolder")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    window.setCentralWidget(holder)
    for action in write_actions(window):
        _keep_disabled(action)
    keeper = _StayDisabled(window)
    for button in write_buttons(window):
        button.setEnabled(False)
        button.installEventFilter(keeper)
    # Photos dropped on the client page would be imported.
    window.client_page.setAcceptDrops(False)
    return banner
