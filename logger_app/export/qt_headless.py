"""Qt's text layout and PDF writer without a window: what the PDF report needs.

QTextDocument needs a QGuiApplication (fonts). The app already has one; the command line
makes one on the "offscreen" platform, so a PDF can be made over SSH, in a cron job or
on a server with no display at all. No widget is ever created here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from ..errors import LogbookError

_app: QGuiApplication | None = None  # kept alive for the life of the process


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one if there is none."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise LogbookError(
            "A PDF needs Qt's GUI module, but this process runs a console-only Qt "
            "application; export to PDF from the app or the command line instead."
        )
    _app = QGuiApplication(["logger-app", "-platform", "offscreen"])
    return _app
