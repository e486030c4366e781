"""The main window's menus and toolbar, built from the actions it already holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from logger_app.i18n import translate

from .appearance import appearance_menu
from .help_menu import build_help_menu
from .language_menu import language_menu

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    records = window.record_actions
    file_menu = bar.addMenu(translate("MainMenus", "&File"))
    file_menu.addActions([window.new_client_action, window.new_session_action])
    file_menu.addSeparator()
    file_menu.addActions([window.import_csv_action, window.import_bundle_action])
    file_menu.addSeparator()
    printing = window.print_actions
    file_menu.addActions([*printing.session_actions(), printing.print_history_action])
    file_menu.addSeparator()
    file_menu.addActions([window.lock_action, records.switch_action])
    file_menu.addAction(records.practitioners_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    client_menu = bar.addMenu(translate("MainMenus", "&Client"))
    client_menu.addAction(window.start_page_action)
    client_menu.addActions([window.find_action, window.edit_client_action, window.export_action])
    client_menu.addAction(window.course_action)
    client_menu.addAction(window.other_treatment_action)
    client_menu.addSeparator()
    client_menu.addActions(records.client_actions())
    logbook_menu = bar.addMenu(translate("MainMenus", "&Logbook"))
    logbook_menu.addAction(window.connect_server_action)
    logbook_menu.addSeparator()
    logbook_menu.addActions(window.backup_actions.actions())
    logbook_menu.addAction(records.verify_action)  # proof, beside the copies kept
    logbook_menu.addSeparator()
    logbook_menu.addAction(window.backup_settings_action)
    logbook_menu.addAction(window.safety_settings_action)
    logbook_menu.addActions([printing.consent_text_action, printing.clinic_details_action])
    logbook_menu.addAction(window.auto_lock_action)
    logbook_menu.addAction(records.recovery_sheet_action)
    logbook_menu.addAction(records.encrypt_photos_action)
    view_menu = bar.addMenu(translate("MainMenus", "&View"))
    window.appearance_menu = appearance_menu(window)
    view_menu.addMenu(window.appearance_menu)
    view_menu.addMenu(language_menu(window))
    review_menu = bar.addMenu(translate("MainMenus", "&Review"))
    review_menu.addAction(window.review_action)
    review_menu.addAction(window.follow_ups_action)
    review_menu.addAction(records.audit_action)
    build_help_menu(window)
    toolbar = window.addToolBar(translate("MainMenus", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(window.start_page_action)
    toolbar.addSeparator()
    toolbar.addActions([window.new_client_action, window.new_session_action])
    toolbar.addSeparator()
    toolbar.addAction(window.review_action)
