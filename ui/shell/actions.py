"""The main window's actions, declared once in tables: text, shortcut, the method of the
object they hang off that they call, the tip, and whether they change the logbook (the
read-only mode disables those).

The window's own actions and those of ``record_actions`` (archive, erasure,
practitioners, the audit log) are here; backup and restore declare theirs in
``ui.backup.backup_actions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the owner's attribute
    text: str
    shortcut: Key | str | None  # with a shortcut: on the window, the tooltip shows it
    slot: str  # the owner's method
    tip: str = ""
    writes: bool = False
    object_name: str = ""


@dataclass(frozen=True)
class ActionTable:
    owner: str  # the attribute path of the object they hang off, from the window
    specs: tuple[ActionSpec, ...]

    def write_paths(self) -> list[str]:
        """The attribute paths, from the window, of the actions that change the logbook."""
        prefix = f"{self.owner}." if self.owner else ""
        return [prefix + spec.name for spec in self.specs if spec.writes]


WINDOW_ACTIONS = ActionTable("", (
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
        "start_page_action", "S&tart page", "Alt+Home", "show_start_page",
        "Today's sessions, follow-ups due, drafts waiting, clients opened lately",
        object_name="startPage",
    ),
    ActionSpec(
        "follow_ups_action", "&Follow-ups due…", None, "open_follow_ups",
        "Clients due for their next visit or their course's next session; save to a calendar",
        object_name="followUps",
    ),
    ActionSpec(
        "course_action", "Course &plan…", None, "edit_course",
        "The client's course of treatment: sessions planned, interval, areas",
        writes=True, object_name="coursePlan",
    ),
    ActionSpec(
        "other_treatment_action", "Record &other treatment…", None, "record_other_treatment",
        "A peel, laser, IPL, facial, filler or neurotoxin treatment in the client's history",
        writes=True, object_name="otherTreatmentAction",
    ),
    ActionSpec(
        "import_csv_action", "&Import from CSV…", None, "import_csv",
        "Clients and treatments from another system's CSV files", writes=True,
    ),
    ActionSpec(
        "import_bundle_action", "Import &client…", None, "import_bundle",
        "A client (or every client) exported as a bundle by another logbook", writes=True,
        object_name="importBundle",
    ),
    ActionSpec(
        "backup_settings_action", "Automatic backups…", None, "edit_backup_settings",
        "How many daily automatic backups to keep", writes=True,
    ),
    ActionSpec(
        "safety_settings_action", "Safety rules…", None, "edit_safety_settings",
        "Wash-out periods, interval between sessions, screening and consent", writes=True,
    ),
    ActionSpec(
        "auto_lock_action", "Auto-&lock…", None, "edit_auto_lock",
        "How many idle minutes before the window locks itself (the administrator's)",
        writes=True, object_name="autoLock",
    ),
    ActionSpec(
        "lock_action", "&Lock", "Ctrl+L", "lock_window",
        "Hide everything until your passphrase is typed again", object_name="lock",
    ),
    ActionSpec(
        "connect_server_action", "&Connect to clinic server…", None, "connect_to_server",
        "Open the logbook on the clinic's server, or go back to the file on this computer",
        object_name="connectServer",
    ),
    ActionSpec("about_action", "&About", None, "about"),
))  # fmt: skip

RECORD_ACTIONS = ActionTable("record_actions", (
    ActionSpec(
        "switch_action", "S&witch practitioner…", None, "switch_practitioner",
        "Lock the window for another practitioner to sign in (your open session form is "
        "kept as your draft)",
        object_name="switchPractitioner",
    ),
    ActionSpec(
        "practitioners_action", "&Practitioners…", None, "manage_practitioners",
        "Practitioners' profiles: name, credentials, maximum licensed depth",
        writes=True, object_name="practitioners",
    ),
    ActionSpec(
        "audit_action", "&Audit log…", "Ctrl+Shift+L", "open_audit",
        "Every change to the logbook: who, when, what; filter and export",
        object_name="auditLog",
    ),
    ActionSpec(
        "verify_action", "&Verify records…", None, "verify_records",
        "Check every signature, every signed record and the audit log's chain; "
        "nothing is changed", object_name="verifyRecords",
    ),
    ActionSpec(
        "recovery_sheet_action", "New recovery sheet…", None, "new_recovery_sheet",
        "Replace a lost recovery sheet: a new recovery key, and the old sheet opens nothing "
        "(the administrator's)", writes=True, object_name="newRecoverySheet",
    ),
    ActionSpec(
        "encrypt_photos_action", "Encrypt photos on the server…", None,
        "encrypt_server_photos",
        "Encrypt the photos kept on the clinic server with a key held by the practitioners' "
        "passphrases and a recovery sheet (the administrator's)",
        writes=True, object_name="encryptServerPhotos",
    ),
    ActionSpec(
        "archive_action", "&Archive client…", None, "archive",
        "Hide the client from the list; nothing is deleted",
        writes=True, object_name="archiveClient",
    ),
    ActionSpec(
        "unarchive_action", "&Unarchive client", None, "unarchive",
        "Show the client in the list again", writes=True, object_name="unarchiveClient",
    ),
    ActionSpec(
        "erase_action", "E&rase client…", None, "erase",
        "Delete the client and all of their records and photos, at their request",
        writes=True, object_name="eraseClient",
    ),
))  # fmt: skip


def build_actions(owner: QObject, table: ActionTable, window: QWidget) -> None:
    """Create each action of the table as the owner's attribute of its name, calling the
    owner's method; those with a shortcut are added to the window, so the key works
    wherever the focus is."""
    for spec in table.specs:
        action = QAction(spec.text, owner)
        if spec.object_name:
            action.setObjectName(spec.object_name)
        if spec.tip:
            action.setStatusTip(spec.tip)
        if spec.shortcut is not None:
            key = QKeySequence(spec.shortcut)
            action.setShortcut(key)
            action.setToolTip(f"{spec.tip} ({key.toString()})")
            window.addAction(action)
        action.triggered.connect(getattr(owner, spec.slot))
        setattr(owner, spec.name, action)
