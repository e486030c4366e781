"""The main window's own actions, declared once: text, shortcut, the window's method they
call, the tip, and whether they change the logbook (the read-only mode disables those).

Archive, erasure, practitioners and the audit log live in ``record_actions``; backup and
restore in ``ui.backup.backup_actions``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the window's attribute
    text: str
    shortcut: Key | str | None  # with a shortcut: on the window, the tooltip shows it
    slot: str  # the window's method
    tip: str = ""
    writes: bool = False


WINDOW_ACTIONS = (
    ActionSpec(
        "new_client_action", "&New client…", Key.New, "new_client", "Add a client", writes=True
    ),
    ActionSpec(
        "new_session_action", "New &session…", "Ctrl+T", "new_session",
        "Record a session for the client", writes=True,
    ),
    ActionSpec(
        "edit_client_action", "&Edit client…", "Ctrl+E", "edit_client",
        "Edit the client's details", writes=True,
    ),
    ActionSpec(
        "export_action", "E&xport history…", "Ctrl+Shift+E", "export_client",
        "The client's history as PDF, CSV, JSON or a bundle with the photos",
    ),
    ActionSpec(
        "find_action", "&Find client", Key.Find, "focus_search",
        "Search clients by name, phone or email",
    ),
    ActionSpec("quit_action", "&Quit", Key.Quit, "close", "Close the logbook"),
    ActionSpec(
        "review_action", "&Sessions across clients…", "Ctrl+Shift+F", "open_review",
        "Find past sessions of every client: by date, area, device, reaction, lot",
    ),
    ActionSpec(
        "import_csv_action", "&Import from CSV…", None, "import_csv",
        "Clients and treatments from another system's CSV files", writes=True,
    ),
    ActionSpec(
        "backup_settings_action", "Automatic backups…", None, "edit_backup_settings",
        "How many daily automatic backups to keep", writes=True,
    ),
    ActionSpec(
        "safety_settings_action", "Safety rules…", None, "edit_safety_settings",
        "Wash-out periods, interval between sessions, screening and consent", writes=True,
    ),
    ActionSpec("about_action", "&About", None, "about"),
)  # fmt: skip


def build_actions(window: MainWindow) -> None:
    """Create each declared action as the window's attribute of its name."""
    for spec in WINDOW_ACTIONS:
        action = QAction(spec.text, window)
        if spec.tip:
            action.setStatusTip(spec.tip)
        if spec.shortcut is not None:
            key = QKeySequence(spec.shortcut)
            action.setShortcut(key)
            action.setToolTip(f"{spec.tip} ({key.toString()})")
            window.addAction(action)
        action.triggered.connect(getattr(window, spec.slot))
        setattr(window, spec.name, action)
