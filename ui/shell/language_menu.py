"""View → Language: follow the system, or English, or German. The choice is remembered
(``LANGUAGE``) and applies at the next start: texts are translated as each widget is
made, and re-translating every open window live is out of scope."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from logger_app.i18n import translate

from ..common.language import ENGLISH, GERMAN, LANGUAGES, SYSTEM
from ..common.preferences import LANGUAGE

NEXT_START_MS = 8000  # how long the status bar says when the choice applies


def language_menu(window: QMainWindow) -> QMenu:
    """The menu, its current choice ticked; ``menu.choices`` maps a choice ("" for the
    system's) to its action."""
    menu = QMenu(translate("LanguageMenu", "&Language"), window)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = LANGUAGE.get()
    if chosen not in LANGUAGES:
        chosen = SYSTEM
    # A language's name is written in that language, as every app lists them: a reader
    # who cannot read the current one still finds their own.
    choices = (
        (SYSTEM, translate("LanguageMenu", "Follow the &system")),
        (ENGLISH, "&English"),
        (GERMAN, "&Deutsch"),
    )
    actions: dict[str, QAction] = {}
    for choice, text in choices:
        action = QAction(text, menu, checkable=True)
        action.setObjectName(f"language_{choice or 'system'}")
        action.setChecked(choice == chosen)
        action.triggered.connect(lambda _checked=False, c=choice: choose_language(window, c))
        group.addAction(action)
        menu.addAction(action)
        actions[choice] = action
    menu.choices = actions  # type: ignore[attr-defined]
    return menu


def choose_language(window: QMainWindow, choice: str) -> None:
    """Remember ``choice`` and say when it applies."""
    LANGUAGE.set(choice)
    window.statusBar().showMessage(
        translate("LanguageMenu", "The new language applies the next time the logbook starts."),
        NEXT_START_MS,
    )
