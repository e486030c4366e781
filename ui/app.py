"""Starting the GUI: the application object, the logbook, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

from PySide6.QtWidgets import QApplication

from logger_app.errors import LogbookError
from logger_app.logbook import Logbook

from .common.preferences import APPLICATION, CURRENT_PRACTITIONER, ORGANISATION
from .common.prompts import Prompter
from .shell.main_window import MainWindow
from .shell.server_banner import offer_local_drafts, show_when_server_lost

# Who is using the app, asked when the remembered one is not known: a name, or None.
ChoosePractitioner = Callable[[Logbook, Prompter], "str | None"]


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


def ask_practitioner(logbook: Logbook, prompter: Prompter) -> str | None:
    """The practitioners' dialog, choosing (pick a name or add a profile)."""
    from .clients.practitioners_dialog import PractitionersDialog

    dialog = PractitionersDialog(logbook, prompter, choosing=True)
    return dialog.chosen if dialog.exec() == PractitionersDialog.DialogCode.Accepted else None


def open_main_window(
    data_dir: Path,
    prompter: Prompter | None = None,
    choose: ChoosePractitioner = ask_practitioner,
    database_url: str | None = None,
) -> MainWindow | None:
    """Open the logbook (on the clinic server of ``database_url`` or the remembered one,
    else in ``data_dir``) and show its window, for the remembered practitioner or the
    one ``choose`` returns; None if nobody was chosen or the user gave up on an
    unreachable server. LogbookError if the logbook cannot be opened."""
    from .server.login import open_at_start

    prompter = prompter or Prompter()
    logbook = open_at_start(data_dir, database_url, prompter)
    if logbook is None:
        return None
    remembered = CURRENT_PRACTITIONER.get()
    if remembered and any(p.name == remembered for p in logbook.practitioners()):
        name: str | None = remembered
    else:
        name = choose(logbook, prompter)
    if not name:
        logbook.close()
        return None
    window = MainWindow(logbook, prompter)
    window.set_practitioner(name)
    window.show()
    offer_local_drafts(window)  # sessions kept here while the server was out of reach
    return window


def run_gui(
    data_dir: Path,
    prompter: Prompter | None = None,
    choose: ChoosePractitioner = ask_practitioner,
    database_url: str | None = None,
) -> int:
    app = application()
    prompter = prompter or Prompter()
    try:
        window = open_main_window(data_dir, prompter, choose, database_url)
    except LogbookError as error:
        # Shown, not a traceback: the user can act on it (another folder, permissions).
        print(f"logger-app: {error}", file=sys.stderr)
        prompter.error(None, "The logbook cannot be opened", str(error))
        return 2
    if window is None:  # nobody chose who they are: nothing is recorded without a name
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
