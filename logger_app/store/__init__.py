"""All SQL of the logbook lives in this package (sqlite-utils over one SQLite file)."""

from .clients import ClientStore
from .database import DATABASE_FILENAME, open_database, schema_steps
from .photos import PhotoStore
from .practitioners import PractitionerStore
from .screenings import ScreeningStore
from .sessions import SessionStore
from .settings import SettingsStore

__all__ = [
    "DATABASE_FILENAME",
    "ClientStore",
    "PhotoStore",
    "PractitionerStore",
    "ScreeningStore",
    "SessionStore",
    "SettingsStore",
    "open_database",
    "schema_steps",
]
