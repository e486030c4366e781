"""Starting the GUI: the application object, the logbook, the main window."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtWidgets import QApplication

from logger_app.errors import LogbookError
from logger_app.logbook import Logbook

from .main_window import MainWindow
from .prompts import Prompter
from .settings import APPLICATION, ORGANISATION


def application() -> QApplication:
    """The one QApplication, created and styled on first use."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not app.property("logbook_configured"):
        app.setProperty("logbook_configured", True)
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        app.setApplicationDisplayName("Microneedling Logbook")
        app.setStyle("Fusion")
        app.setStyleSheet(files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def open_main_window(data_dir: Path, prompter: Prompter | None = None) -> MainWindow:
    """Open the logbook in ``data_dir`` and show its window; LogbookError if it cannot."""
    window = MainWindow(Logbook.open(data_dir), prompter)
    window.show()
    return window


def run_gui(data_dir: Path, prompter: Prompter | None = None) -> int:
    app = application()
    prompter = prompter or Prompter()
    try:
        window = open_main_window(data_dir, prompter)
    except LogbookError as error:
        # Shown, not a traceback: the user can act on it (another folder, permissions).
        print(f"logger-app: {error}", file=sys.stderr)
        prompter.error(None, "The logbook cannot be opened", str(error))
        return 2
    window.start_automatic_backup()
    code = app.exec()
    window.logbook.close()
    return code
