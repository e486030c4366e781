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
