"""The main window's actions, declared once in tables: text, shortcut, the method of the
object they hang off that they call, the tip, and whether they change the logbook (the
read-only mode disables those). Texts and tips are marked in the tables (context
"ShellActions", the print and backup tables' too) and translated where the action is made.

The window's own actions and those of ``record_actions`` (archive, erasure,
practitioners, the audit log) are here; backup and restore declare theirs in
``ui.backup.backup_actions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from logger_app.i18n import translatable, translate

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


WINDOW_ACTIONS = ActionTable(
    "",
    (
        ActionSpec(
            "new_client_action",
            translatable("ShellActions", "&New client…"),
            Key.New,
            "new_client",
            translatable("ShellActions", "Add a client"),
            writes=True,
        ),
        ActionSpec(
            "new_session_action",
            translatable("ShellActions", "New &session…"),
            "Ctrl+T",
            "new_session",
            translatable("ShellActions", "Record a session for the client"),
            writes=True,
        ),
        ActionSpec(
            "edit_client_action",
            translatable("ShellActions", "&Edit client…"),
            "Ctrl+E",
            "edit_client",
            translatable("ShellActions", "Edit the client's details"),
            writes=True,
        ),
        ActionSpec(
            "export_action",
            translatable("ShellActions", "E&xport history…"),
            "Ctrl+Shift+E",
            "export_client",
            translatable(
                "ShellActions", "The client's history as PDF, CSV, JSON or a bundle with the photos"
            ),
        ),
        ActionSpec(
            "find_action",
            translatable("ShellActions", "&Find client"),
            Key.Find,
            "focus_search",
            translatable("ShellActions", "Search clients by name, phone or email"),
        ),
        ActionSpec(
            "quit_action",
            translatable("ShellActions", "&Quit"),
            Key.Quit,
            "close",
            translatable("ShellActions", "Close the logbook"),
        ),
        ActionSpec(
            "review_action",
            translatable("ShellActions", "&Sessions across clients…"),
            "Ctrl+Shift+F",
            "open_review",
            translatable(
                "ShellActions",
                "Find past sessions of every client: by date, area, device, reaction, lot",
            ),
        ),
        ActionSpec(
            "start_page_action",
            translatable("ShellActions", "S&tart page"),
            "Alt+Home",
            "show_start_page",
            translatable(
                "ShellActions",
                "Today's sessions, follow-ups due, drafts waiting, clients opened lately",
            ),
            object_name="startPage",
        ),
        ActionSpec(
            "follow_ups_action",
            translatable("ShellActions", "&Follow-ups due…"),
            None,
            "open_follow_ups",
            translatable(
                "ShellActions",
                "Clients due for their next visit or their course's next session; "
                "save to a calendar",
            ),
            object_name="followUps",
        ),
        ActionSpec(
            "course_action",
            translatable("ShellActions", "Course &plan…"),
            None,
            "edit_course",
            translatable(
                "ShellActions",
                "The client's course of treatment: sessions planned, interval, areas",
            ),
            writes=True,
            object_name="coursePlan",
        ),
        ActionSpec(
            "other_treatment_action",
            translatable("ShellActions", "Record &other treatment…"),
            None,
            "record_other_treatment",
            translatable(
                "ShellActions",
                "A peel, laser, IPL, facial, filler or neurotoxin treatment in the "
                "client's history",
            ),
            writes=True,
            object_name="otherTreatmentAction",
        ),
        ActionSpec(
            "import_csv_action",
            translatable("ShellActions", "&Import from CSV…"),
            None,
            "import_csv",
            translatable("ShellActions", "Clients and treatments from another system's CSV files"),
            writes=True,
        ),
        ActionSpec(
            "import_bundle_action",
            translatable("ShellActions", "Import &client…"),
            None,
            "import_bundle",
            translatable(
                "ShellActions", "A client (or every client) exported as a bundle by another logbook"
            ),
            writes=True,
            object_name="importBundle",
        ),
        ActionSpec(
            "backup_settings_action",
            translatable("ShellActions", "Automatic backups…"),
            None,
            "edit_backup_settings",
            translatable("ShellActions", "How many daily automatic backups to keep"),
            writes=True,
        ),
        ActionSpec(
            "safety_settings_action",
            translatable("ShellActions", "Safety rules…"),
            None,
            "edit_safety_settings",
            translatable(
                "ShellActions", "Wash-out periods, interval between sessions, screening and consent"
            ),
            writes=True,
        ),
        ActionSpec(
            "auto_lock_action",
            translatable("ShellActions", "Auto-&lock…"),
            None,
            "edit_auto_lock",
            translatable(
                "ShellActions",
                "How many idle minutes before the window locks itself (the administrator's)",
            ),
            writes=True,
            object_name="autoLock",
        ),
        ActionSpec(
            "lock_action",
            translatable("ShellActions", "&Lock"),
            "Ctrl+L",
            "lock_window",
            translatable("ShellActions", "Hide everything until your passphrase is typed again"),
            object_name="lock",
        ),
        ActionSpec(
            "connect_server_action",
            translatable("ShellActions", "&Connect to clinic server…"),
            None,
            "connect_to_server",
            translatable(
                "ShellActions",
                "Open the logbook on the clinic's server, or go back to the file on this computer",
            ),
            object_name="connectServer",
        ),
        ActionSpec("about_action", translatable("ShellActions", "&About"), None, "about"),
    ),
)

RECORD_ACTIONS = ActionTable(
    "record_actions",
    (
        ActionSpec(
            "switch_action",
            translatable("ShellActions", "S&witch practitioner…"),
            None,
            "switch_practitioner",
            translatable(
                "ShellActions",
                "Lock the window for another practitioner to sign in (your open session form is "
                "kept as your draft)",
            ),
            object_name="switchPractitioner",
        ),
        ActionSpec(
            "practitioners_action",
            translatable("ShellActions", "&Practitioners…"),
            None,
            "manage_practitioners",
            translatable(
                "ShellActions", "Practitioners' profiles: name, credentials, maximum licensed depth"
            ),
            writes=True,
            object_name="practitioners",
        ),
        ActionSpec(
            "audit_action",
            translatable("ShellActions", "&Audit log…"),
            "Ctrl+Shift+L",
            "open_audit",
            translatable(
                "ShellActions", "Every change to the logbook: who, when, what; filter and export"
            ),
            object_name="auditLog",
        ),
        ActionSpec(
            "verify_action",
            translatable("ShellActions", "&Verify records…"),
            None,
            "verify_records",
            translatable(
                "ShellActions",
                "Check every signature, every signed record and the audit log's chain; "
                "nothing is changed",
            ),
            object_name="verifyRecords",
        ),
        ActionSpec(
            "recovery_sheet_action",
            translatable("ShellActions", "New recovery sheet…"),
            None,
            "new_recovery_sheet",
            translatable(
                "ShellActions",
                "Replace a lost recovery sheet: a new recovery key, and the old sheet "
                "opens nothing "
                "(the administrator's)",
            ),
            writes=True,
            object_name="newRecoverySheet",
        ),
        ActionSpec(
            "encrypt_photos_action",
            translatable("ShellActions", "Encrypt photos on the server…"),
            None,
            "encrypt_server_photos",
            translatable(
                "ShellActions",
                "Encrypt the photos kept on the clinic server with a key held by the "
                "practitioners' "
                "passphrases and a recovery sheet (the administrator's)",
            ),
            writes=True,
            object_name="encryptServerPhotos",
        ),
        ActionSpec(
            "archive_action",
            translatable("ShellActions", "&Archive client…"),
            None,
            "archive",
            translatable("ShellActions", "Hide the client from the list; nothing is deleted"),
            writes=True,
            object_name="archiveClient",
        ),
        ActionSpec(
            "unarchive_action",
            translatable("ShellActions", "&Unarchive client"),
            None,
            "unarchive",
            translatable("ShellActions", "Show the client in the list again"),
            writes=True,
            object_name="unarchiveClient",
        ),
        ActionSpec(
            "erase_action",
            translatable("ShellActions", "E&rase client…"),
            None,
            "erase",
            translatable(
                "ShellActions",
                "Delete the client and all of their records and photos, at their request",
            ),
            writes=True,
            object_name="eraseClient",
        ),
    ),
)


def build_actions(owner: QObject, table: ActionTable, window: QWidget) -> None:
    """Create each action of the table as the owner's attribute of its name, calling the
    owner's method; those with a shortcut are added to the window, so the key works
    wherever the focus is."""
    for spec in table.specs:
        action = QAction(translate("ShellActions", spec.text), owner)
        tip = translate("ShellActions", spec.tip) if spec.tip else ""
        if spec.object_name:
            action.setObjectName(spec.object_name)
        if tip:
            action.setStatusTip(tip)
        if spec.shortcut is not None:
            key = QKeySequence(spec.shortcut)
            action.setShortcut(key)
            # The key as the user's keyboard names it (Qt translates "Ctrl" itself).
            action.setToolTip(f"{tip} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
            window.addAction(action)
        action.triggered.connect(getattr(owner, spec.slot))
        setattr(owner, spec.name, action)
