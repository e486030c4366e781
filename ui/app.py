"""Starting the GUI: the application object, the logbook, the main window."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from logger_app.errors import LogbookError

from .common.preferences import APPLICATION, ORGANISATION
from .common.prompts import Prompter
from .shell.main_window import MainWindow
from .shell.server_banner import offer_local_drafts, show_when_server_lost


def application() -> QApplication:
    """The one QApplication, created and styled on first use."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not app.property("logbook_configured"):
        app.setProperty("logbook_configured", True)
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        app.setApplicationDisplayName("Microneedling Logbook")
        app.setStyle("Fusion")
        # The look is light (style.qss): a dark system palette would put light text on it.
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet(files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def open_main_window(
    data_dir: Path,
    prompter: Prompter | None = None,
    database_url: str | None = None,
    practitioner: str | None = None,
    passphrase: str | None = None,
) -> MainWindow | None:
    """Open the logbook (on the clinic server of ``database_url`` or the remembered one,
    else in ``data_dir``) and show its window at the sign-in screen; with
    ``practitioner`` and ``passphrase`` (an unattended start) signed in at once, a
    refusal shown on the sign-in screen. None if the user gave up on an unreachable
    server. LogbookError if the logbook cannot be opened."""
    from .server.login import open_at_start

    prompter = prompter or Prompter()
    logbook = open_at_start(data_dir, database_url, prompter)
    if logbook is None:
        return None
    window = MainWindow(logbook, prompter)
    # Sessions kept here while the server was out of reach: offered once someone is in.
    window.lock.opened.connect(
        lambda: offer_local_drafts(window), Qt.ConnectionType.SingleShotConnection
    )
    if practitioner:
        window.lock.sign_in_as(practitioner, passphrase or "")
    window.show()
    return window


def run_gui(
    data_dir: Path,
    prompter: Prompter | None = None,
    database_url: str | None = None,
    practitioner: str | None = None,
    passphrase: str | None = None,
) -> int:
    app = application()
    prompter = prompter or Prompter()
    try:
        window = open_main_window(data_dir, prompter, database_url, practitioner, passphrase)
    except LogbookError as error:
        # Shown, not a traceback: the user can act on it (another folder, permissions).
        print(f"logger-app: {error}", file=sys.stderr)
        prompter.error(None, "The logbook cannot be opened", str(error))
        return 2
    if window is None:  # the server out of reach, and the user gave up
        return 0
    # The automatic backup copies the file in the data folder: not the server's records.
    if not window.logbook.read_only and not window.logbook.on_server:
        window.start_automatic_backup()
    restore_hook = show_when_server_lost(window)
    try:
        code = app.exec()
    finally:
        restore_hook()
    window.logbook.close()
    return code
