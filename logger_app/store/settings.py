"""The clinic's safety settings: one row, shared by every workstation on the logbook.
No row means the app's defaults (``SafetySettings()``)."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlite_utils import Database

from ..records import SafetySettings
from .timestamps import to_db_time, utc_now

_COLUMNS = tuple(field.name for field in fields(SafetySettings))


class SettingsStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def safety(self) -> SafetySettings:
        row = next(self._db.query("SELECT * FROM safety_settings WHERE id = 1"), None)
        if row is None:
            return SafetySettings()
        return SafetySettings(**{name: row[name] for name in _COLUMNS})

    def save_safety(self, settings: SafetySettings) -> SafetySettings:
        row = asdict(settings) | {
            "id": 1,
            "consent_version": settings.consent_version.strip(),
            "updated_at": to_db_time(utc_now()),
        }
        with self._db.atomic():
            self._db["safety_settings"].upsert(row, pk="id")
        return self.safety()
