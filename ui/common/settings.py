"""The app's own preferences (window layout, last practitioner): not clinical data."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "MicroneedlingLogbook"
APPLICATION = "logger-app"


def app_settings() -> QSettings:
    """An INI file in the user's config folder; explicit names so that tests, which set
    no application name, read and write the same (isolated) place."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


# Who is using the app: chosen at start, remembered for the next start (a name of the
# logbook's practitioners; a name the logbook no longer has is asked for again).
CURRENT_PRACTITIONER_KEY = "practitioner/current"


def remembered_practitioner() -> str:
    return str(app_settings().value(CURRENT_PRACTITIONER_KEY, "") or "")


def remember_practitioner(name: str) -> None:
    app_settings().setValue(CURRENT_PRACTITIONER_KEY, name)
