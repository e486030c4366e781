"""The one entry object to a logbook (``Logbook``), composed of use-case services."""

from .facade import Logbook
from .guard import WRITE_USE_CASES

__all__ = ["WRITE_USE_CASES", "Logbook"]
