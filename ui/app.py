"""Starting the GUI: the application object, the logbook, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from logger_app import __version__
from logger_app.app_log import configure_logging, stop_logging
from logger_app.errors import LogbookError
from logger_app.i18n import translate
from logger_app.logbook import Logbook

from .common.app_icon import app_icon
from .common.error_handler import install_error_handler
from .common.language import chosen_language, install_language
from .common.preferences import APPLICATION, ORGANISATION
from .common.prompts import Prompter
from .common.theme import apply_theme
from .shell.main_window import MainWindow
from .shell.server_banner import offer_local_drafts, show_when_server_lost

if TYPE_CHECKING:
    from .identity.start_window import StartWindow

_log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, created and styled on first use."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not app.property("logbook_configured"):
        app.setProperty("logbook_configured", True)
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        # Before any window is built: every text is translated as its widget is made.
        install_language(app, chosen_language())
        app.setApplicationDisplayName(translate("App", "Microneedling Logbook"))
        app.setWindowIcon(app_icon())  # every window's, and the taskbar's
        app.setDesktopFileName("logger-app")  # the desktop entry (its icon on Wayland)
        if app.style().name().lower() != "fusion":
            # Never replaced under live widgets: they keep pointers into the old style.
            app.setStyle("Fusion")
        # Light or dark as the desktop (or the user's choice) says; every colour from the
        # one theme table.
        apply_theme(app)
    return app  # type: ignore[return-value]


def open_main_window(
    data_dir: Path,
    prompter: Prompter | None = None,
    database_url: str | None = None,
    practitioner: str | None = None,
    passphrase: str | None = None,
) -> MainWindow | StartWindow | None:
    """Open the logbook (on the clinic server of ``database_url`` or the remembered one,
    else in ``data_dir``) and show its window at the sign-in screen; with
    ``practitioner`` and ``passphrase`` (an unattended start) signed in at once, a
    refusal shown on the sign-in screen. An encrypted logbook, or a new folder, shows
    the start window first (sign in, or the first profile); it opens the main window.
    None if the user gave up on an unreachable server. LogbookError if the logbook
    cannot be opened."""
    from .server.login import FILE, open_at_start

    prompter = prompter or Prompter()
    opened = open_at_start(data_dir, database_url, prompter)
    if opened is None:
        return None
    if opened == FILE:
        return _open_file(data_dir, prompter, practitioner, passphrase)
    return _show_window(opened, prompter, practitioner, passphrase)


def _show_window(
    logbook: Logbook,
    prompter: Prompter,
    practitioner: str | None = None,
    passphrase: str | None = None,
) -> MainWindow:
    window = MainWindow(logbook, prompter)
    # Sessions kept here while the server was out of reach: offered once someone is in.
    window.lock.opened.connect(
        lambda: offer_local_drafts(window), Qt.ConnectionType.SingleShotConnection
    )
    if practitioner and logbook.signed_in is None:
        window.lock.sign_in_as(practitioner, passphrase or "")
    window.show()
    return window


def _open_file(
    data_dir: Path, prompter: Prompter, practitioner: str | None, passphrase: str | None
) -> MainWindow | StartWindow:
    """The logbook file: opened at once when plain; an encrypted one opens from the
    start window's sign-in (or at once, unattended); a new folder's is made there."""
    from logger_app.logbook.unlocking import (
        folder_is_encrypted,
        needs_new_logbook,
        open_signed_in,
    )

    from .identity.start_window import StartWindow

    setup = needs_new_logbook(data_dir)  # a folder where none can be made: LogbookError
    if not setup and not folder_is_encrypted(data_dir):
        logbook = Logbook.open(data_dir, create=True)
        return _show_window(logbook, prompter, practitioner, passphrase)
    refusal: LogbookError | None = None
    if not setup and practitioner:
        try:
            logbook = open_signed_in(data_dir, practitioner, passphrase or "")
        except LogbookError as error:
            refusal = error  # shown on the sign-in screen, as for a plain logbook
        else:
            return _show_window(logbook, prompter)
    start = StartWindow(data_dir, prompter, lambda book: _show_window(book, prompter), setup=setup)
    if refusal is not None and start.unlock_screen is not None:
        start.unlock_screen.start(preselect=practitioner or "")
        start.unlock_screen.error.show_message(str(refusal))
    start.show()
    return start


def run_gui(
    data_dir: Path,
    prompter: Prompter | None = None,
    database_url: str | None = None,
    practitioner: str | None = None,
    passphrase: str | None = None,
    verbose: bool = False,
) -> int:
    """The window until it is closed: its exit status. Logs into the data folder's
    ``logs/`` (``verbose``: on stderr too); every unexpected error, from start-up on,
    is logged and said in plain words (``ui.common.error_handler``)."""
    app = application()
    prompter = prompter or Prompter()
    handler = install_error_handler(prompter, configure_logging(data_dir, verbose=verbose))
    _log.info("The window starts (version %s)", __version__)
    try:
        return _run_window(app, data_dir, prompter, database_url, practitioner, passphrase)
    except Exception as error:  # at start-up: nothing was opened, nothing is lost
        _log.exception("The window could not start")
        print(f"logger-app: an unexpected error stopped the start: {type(error).__name__}",
              file=sys.stderr)  # fmt: skip
        handler.show_now(error)
        return 1
    finally:
        _log.info("The window ends")
        handler.uninstall()
        stop_logging()


def _run_window(
    app: QApplication,
    data_dir: Path,
    prompter: Prompter,
    database_url: str | None,
    practitioner: str | None,
    passphrase: str | None,
) -> int:
    try:
        shown = open_main_window(data_dir, prompter, database_url, practitioner, passphrase)
    except LogbookError as error:
        # Shown, not a traceback: the user can act on it (another folder, permissions).
        print(f"logger-app: {error}", file=sys.stderr)
        _log.warning("The logbook cannot be opened: %s", type(error).__name__)
        prompter.error(None, translate("App", "The logbook cannot be opened"), str(error))
        return 2
    if shown is None:  # the server out of reach, and the user gave up
        return 0
    windows: list[MainWindow] = []
    restore_hooks: list[Callable[[], None]] = []

    def started(window: MainWindow) -> None:
        windows.append(window)
        # The automatic backup copies the file in the data folder: not the server's.
        if not window.logbook.read_only and not window.logbook.on_server:
            window.start_automatic_backup()
        restore_hooks.append(show_when_server_lost(window))

    if isinstance(shown, MainWindow):
        started(shown)
    else:  # the start window: the main window follows once the logbook is open
        shown.window_opened.connect(started)
    try:
        code = app.exec()
    finally:
        for restore in reversed(restore_hooks):
            restore()
    for window in windows:
        window.logbook.close()
    return code
