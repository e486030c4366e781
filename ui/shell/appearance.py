"""View → Appearance: follow the desktop, or always light, or always dark. The choice is
remembered (``APPEARANCE``) and applies at once, to every open window."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from logger_app.i18n import translatable, translate

from ..common.theme import APPEARANCE, apply_theme

CHOICES = (
    ("system", translatable("AppearanceMenu", "Follow the &system")),
    ("light", translatable("AppearanceMenu", "&Light")),
    ("dark", translatable("AppearanceMenu", "&Dark")),
)


def appearance_menu(parent: QWidget) -> QMenu:
    """The menu, its current choice ticked; ``menu.choices`` maps a choice to its action."""
    menu = QMenu(translate("AppearanceMenu", "&Appearance"), parent)
    menu.setObjectName("appearanceMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = APPEARANCE.get()
    actions: dict[str, QAction] = {}
    for choice, text in CHOICES:
        action = QAction(translate("AppearanceMenu", text), menu, checkable=True)
        action.setObjectName(f"appearance_{choice}")
        action.setChecked(choice == chosen)
        action.triggered.connect(lambda _checked=False, c=choice: choose_appearance(c))
        group.addAction(action)
        menu.addAction(action)
        actions[choice] = action
    menu.choices = actions  # type: ignore[attr-defined]
    follow_desktop()
    return menu


def choose_appearance(choice: str) -> None:
    APPEARANCE.set(choice)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app)


def follow_desktop() -> None:
    """While "system" is chosen, a change of the desktop's scheme restyles the app."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("logbook_follows_desktop"):
        return
    app.setProperty("logbook_follows_desktop", True)

    def desktop_changed() -> None:
        if APPEARANCE.get() == "system":
            apply_theme(app)

    app.styleHints().colorSchemeChanged.connect(desktop_changed)
