"""The language the window speaks: English, or German from the app's catalogs and Qt's own
(the buttons of standard dialogs), with that language's numbers and dates."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from logger_app import i18n

ENGLISH = "en"
GERMAN = "de"
LANGUAGES = {ENGLISH: "English", GERMAN: "Deutsch"}
_CONVENTIONS = {ENGLISH: i18n.ENGLISH, GERMAN: i18n.GERMAN}

_installed: list[QTranslator] = []


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_language(app: QCoreApplication, language: str) -> str:
    """Speak ``language`` from now on (unknown ones: English); the language installed."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = ENGLISH
    if language != ENGLISH:
        catalog = resources.files("resources") / "i18n" / f"logger_app_{language}.qm"
        ours = QTranslator(app)
        if ours.load(str(catalog)):
            _installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            _installed.append(qt_own)
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    i18n.install_translator(_translate)
    i18n.install_conventions(_CONVENTIONS[language])
    return language
