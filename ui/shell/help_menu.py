"""The Help menu: the guide, the keyboard shortcuts, Report a problem…, About."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from logger_app.i18n import translate
from logger_app.problem_report import logbook_facts, write_problem_report

from ..common.prompts import message_box
from .guide import GuideDialog
from .shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

_log = logging.getLogger(__name__)

GUIDE_KEYS = QKeySequence.StandardKey.HelpContents  # F1 where the platform says so
SHORTCUTS_KEYS = "Ctrl+/"


class HelpActions(QObject):
    """The Help menu's own actions and what they open (kept for callers and tests)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.guide_dialog: GuideDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.result_box: QMessageBox | None = None
        self.guide_action = self._action(
            translate("HelpMenu", "&Guide"),
            translate("HelpMenu", "A short tour of the window"),
            self.open_guide,
            QKeySequence(GUIDE_KEYS),
            "guide",
        )
        self.shortcuts_action = self._action(
            translate("HelpMenu", "&Keyboard shortcuts…"),
            translate("HelpMenu", "Every shortcut of the window, in one list"),
            self.open_shortcuts,
            QKeySequence(SHORTCUTS_KEYS),
            "keyboardShortcuts",
        )
        self.report_action = self._action(
            translate("HelpMenu", "&Report a problem…"),
            translate(
                "HelpMenu",
                "Save the app's log and facts (no client's details) in a zip, to send to "
                "whoever supports you",
            ),
            self.report_problem,
            None,
            "reportProblem",
        )

    def _action(self, text: str, tip: str, slot, keys: QKeySequence | None, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setStatusTip(tip)
        if keys is not None and not keys.isEmpty():
            action.setShortcut(keys)
            action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            self._window.addAction(action)  # the key works wherever the focus is
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.guide_action, self.shortcuts_action, self.report_action]

    def open_guide(self) -> GuideDialog:
        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self._window)
        self.guide_dialog.show_page(0)
        self.guide_dialog.open()
        return self.guide_dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        """Read afresh each time: the actions of the moment."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(self._window)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    def report_problem(self) -> Path | None:
        """Ask where to save the report, save it, say where it is."""
        window = self._window
        suggested = Path.home() / f"logger-app-problem-report-{date.today():%Y-%m-%d}.zip"
        target = window.prompter.save_file(
            window,
            translate("HelpMenu", "Save the problem report"),
            suggested,
            translate("HelpMenu", "Zip archives (*.zip)"),
        )
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(".zip")
        try:
            written = write_problem_report(
                target, window.logbook.data_dir, logbook_facts(window.logbook)
            )
        except OSError as error:
            window.prompter.error(
                window,
                translate("HelpMenu", "Report a problem"),
                translate("HelpMenu", "The report could not be saved: {reason}").format(
                    reason=error.strerror or type(error).__name__
                ),
            )
            return None
        _log.info("A problem report was saved")
        text = translate(
            "HelpMenu",
            "The report was saved to {path}.\n\nIt holds the app's log and facts (version, "
            "system, schema), no client's details. Send it to whoever supports you.",
        ).format(path=written)
        # Not modal-blocking: a result to read, not a question.
        box = message_box(
            QMessageBox.Icon.Information, translate("HelpMenu", "Report a problem"), text, window
        )
        box.setObjectName("problemReportSaved")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.destroyed.connect(lambda: setattr(self, "result_box", None))
        self.result_box = box
        box.open()
        return written


def build_help_menu(window: MainWindow) -> QMenu:
    """The Help menu on the window's menu bar; its actions kept as ``window.help``."""
    window.help = HelpActions(window)
    menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
    menu.addActions([window.help.guide_action, window.help.shortcuts_action])
    menu.addSeparator()
    menu.addAction(window.help.report_action)
    menu.addSeparator()
    menu.addAction(window.about_action)
    return menu
