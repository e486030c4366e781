"""The app's own preferences (who is working, window layout, backups), each declared
once with its key, default and type. Not clinical data: that lives in the logbook."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from logger_app.backup import DEFAULT_KEEP

ORGANISATION = "MicroneedlingLogbook"
APPLICATION = "logger-app"

T = TypeVar("T", str, int, QByteArray)


def app_settings() -> QSettings:
    """An INI file in the user's config folder; explicit names so that tests, which set
    no application name, read and write the same (isolated) place."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


@dataclass(frozen=True)
class Preference(Generic[T]):
    """One remembered value: ``get()`` gives the default when it was never set or the
    stored text cannot be read as ``type`` (a hand-edited file, an older version)."""

    key: str
    default: T
    type: type[T]

    def get(self) -> T:
        stored = app_settings().value(self.key)
        if stored is None:
            return self.default
        if self.type is QByteArray:
            return stored if isinstance(stored, QByteArray) else self.default
        try:
            return self.type(stored)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        app_settings().setValue(self.key, value)


# The last practitioner to sign in here: the name only (never a passphrase), preselected
# on the sign-in screen and offered first on a new session form.
CURRENT_PRACTITIONER = Preference("practitioner/current", "", str)
WINDOW_GEOMETRY = Preference("main_window/geometry", QByteArray(), QByteArray)
WINDOW_SPLITTER = Preference("main_window/splitter", QByteArray(), QByteArray)
BACKUP_KEEP = Preference("backup/keep", DEFAULT_KEEP, int)  # automatic backups kept
BACKUP_LAST_FOLDER = Preference("backup/last_folder", "", str)  # where "Back up now" saved
# The clinic server the window opens on (postgresql://user@host:port/db?sslmode=...),
# never with its password (that is in the system keyring); "" for the file logbook.
SERVER_URL = Preference("server/url", "", str)
# The clients last opened on this workstation, for the start page: ids only (never a name),
# the latest first, comma-separated.
RECENT_CLIENTS = Preference("start/recent_clients", "", str)
RECENT_KEPT = 8
# What the window looks like: "system" follows the desktop's light or dark setting, else
# "light" or "dark" (View → Appearance).
APPEARANCE = Preference("appearance/theme", "system", str)
# The language the window speaks: "" follows the system's, else "en" or "de" (View →
# Language); read once at start-up.
LANGUAGE = Preference("ui/language", "", str)

ALL = (
    CURRENT_PRACTITIONER,
    WINDOW_GEOMETRY,
    WINDOW_SPLITTER,
    BACKUP_KEEP,
    BACKUP_LAST_FOLDER,
    SERVER_URL,
    RECENT_CLIENTS,
    APPEARANCE,
    LANGUAGE,
)


def recent_client_ids() -> list[int]:
    """The ids of the clients last opened here, the latest first (unreadable ones skipped)."""
    return [int(part) for part in RECENT_CLIENTS.get().split(",") if part.strip().isdigit()]


def remember_client(client_id: int) -> None:
    """``client_id`` opened now: first in the recent list, which keeps ``RECENT_KEPT``."""
    ids = [client_id, *(i for i in recent_client_ids() if i != client_id)][:RECENT_KEPT]
    RECENT_CLIENTS.set(",".join(str(i) for i in ids))


def forget_clients(client_ids: set[int]) -> None:
    """Erased or archived clients leave the recent list."""
    ids = [i for i in recent_client_ids() if i not in client_ids]
    RECENT_CLIENTS.set(",".join(str(i) for i in ids))
