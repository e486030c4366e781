"""The language the window speaks: English, or German from the app's catalogs and Qt's own
(the buttons of standard dialogs), with that language's numbers and dates.

The choice (``LANGUAGE``: "" follows the system, "en", "de") is read once, at start-up,
before any window is built: a window's texts are set when it is made, so a new choice
applies at the next start (re-translating every open widget live is out of scope)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from logger_app import i18n

from .preferences import LANGUAGE

ENGLISH = "en"
GERMAN = "de"
SYSTEM = ""  # the preference's value for "follow the system"
LANGUAGES = {ENGLISH: "English", GERMAN: "Deutsch"}
_CONVENTIONS = {ENGLISH: i18n.ENGLISH, GERMAN: i18n.GERMAN}
_QT_LANGUAGES = {QLocale.Language.German: GERMAN}

_installed: list[QTranslator] = []
_current = ENGLISH


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language(system: QLocale | None = None) -> str:
    """The app's language nearest the system's (``QLocale.system()`` unless given): German
    for any German (de_DE, de_AT, de_CH), English for anything else."""
    locale = system if system is not None else QLocale.system()
    return _QT_LANGUAGES.get(locale.language(), ENGLISH)


def chosen_language(system: QLocale | None = None) -> str:
    """The language to start in: the remembered choice, else the system's. An unknown
    stored value (a hand-edited file) follows the system too."""
    choice = LANGUAGE.get()
    return choice if choice in LANGUAGES else system_language(system)


def installed_language() -> str:
    """The language installed last (English before any)."""
    return _current


def install_language(app: QCoreApplication, language: str) -> str:
    """Speak ``language`` from now on (unknown ones: English); the language installed.
    Widgets made afterwards read in it; those already made keep their texts."""
    global _current
    # Qt's default locale and translators are not for changing under a running job
    # (a PDF laid out in a worker reads them): the app sets them once, at start-up, and
    # anything that changes them later waits for the background work to end first.
    from .jobs import wait_for_jobs

    wait_for_jobs()
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
    # The default locale is what every widget made from now on writes numbers and days
    # in (spin boxes, date boxes): English is en_US's digits, German de_DE's.
    if QLocale().name() != QLocale(language).name():
        QLocale.setDefault(QLocale(language))
    i18n.install_translator(_translate)
    i18n.install_conventions(_CONVENTIONS[language])
    _current = language
    return language
