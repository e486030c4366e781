"""The window shown before the logbook is open: signing in to an encrypted logbook
(``UnlockScreen``) or the first start in a new folder (``SetupScreen``). Once one of
them hands over the open logbook, the main window takes its place and size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from logger_app.i18n import translate
from logger_app.logbook import Logbook

from ..common.preferences import WINDOW_GEOMETRY
from ..common.prompts import Prompter
from ..shell.window_state import DEFAULT_SIZE
from .setup_screen import SetupScreen
from .unlock_screen import UnlockScreen

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


class StartWindow(QWidget):
    """``window_opened``: the main window, shown on the logbook the screen opened."""

    window_opened = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        prompter: Prompter,
        make_window: Callable[[Logbook], MainWindow],
        *,
        setup: bool,
    ) -> None:
        super().__init__(objectName="startWindow")
        self.prompter = prompter
        self.main_window: MainWindow | None = None
        self._make_window = make_window
        self.page: UnlockScreen | SetupScreen
        if setup:
            self.page = SetupScreen(data_dir, prompter)
            self.setWindowTitle(translate("StartWindow", "Microneedling Logbook — New logbook"))
        else:
            self.page = UnlockScreen(data_dir)
            self.page.start()
            self.setWindowTitle(translate("StartWindow", "Microneedling Logbook — Sign in"))
        self.page.opened.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        geometry = WINDOW_GEOMETRY.get()  # where the main window will be
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    @property
    def unlock_screen(self) -> UnlockScreen | None:
        return self.page if isinstance(self.page, UnlockScreen) else None

    @property
    def setup_screen(self) -> SetupScreen | None:
        return self.page if isinstance(self.page, SetupScreen) else None

    def _opened(self, logbook: Logbook) -> None:
        window = self._make_window(logbook)
        window.setGeometry(self.geometry())
        self.main_window = window
        window.show()
        self.window_opened.emit(window)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        setup = self.setup_screen
        if self.main_window is None and setup is not None and setup.waiting_for_sheet:
            leave = self.prompter.confirm(
                self,
                translate("StartWindow", "Leave without the recovery sheet?"),
                translate(
                    "StartWindow",
                    "The recovery key is shown only now. Without your passphrase or this sheet, "
                    "the logbook cannot be opened by anyone, including us.",
                ),
                translate("StartWindow", "Leave without it"),
            )
            if not leave:
                event.ignore()
                return
        if self.main_window is None:  # an opened logbook not handed on is closed
            if setup is not None:
                setup.abandon()
            else:
                self.page.abandon()
        super().closeEvent(event)
