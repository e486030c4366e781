"""Words and numbers in the user's language, without Qt in the core.

The core marks what a practitioner reads with ``translate("Context", "English text")``
(said at once) or ``translatable("Context", "English text")`` (a label kept in a table and
said later with ``translate``). Qt's ``lupdate`` collects both into the ``.ts`` catalogs
in ``resources/i18n`` (``python -m ui.translations update``); the window installs Qt's
translator here at start-up, so the core speaks German when the window does. Headless
commands install nothing and speak English.

Exports (CSV, JSON) never go through here: they stay machine-readable in any language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# (context, source text, disambiguation, count) -> the text to show. Qt's
# QCoreApplication.translate has exactly this shape.
Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language. With ``n`` >= 0, ``%n`` in the text stands for
    it (and the translation may pick a plural form). The context must be a string
    literal, so that ``lupdate`` finds it."""
    return _translator(context, text, disambiguation, n)


def translatable(context: str, text: str) -> str:
    """Marks ``text`` for the catalogs without translating it now: for labels defined at
    import time and shown later through ``translate(context, text)``."""
    del context
    return text


def install_translator(translator: Translator | None) -> None:
    """The function every ``translate`` goes through from now on; None for English."""
    global _translator
    _translator = translator or _english


@dataclass(frozen=True)
class Conventions:
    """How numbers and days are written for the reader (screens, messages, reports):
    the window installs its language's. ``logger_app.text`` writes through these."""

    decimal_point: str = "."
    thousands_separator: str = ","
    # strftime format of a day; None: the English "3 Mar 2026", month names in English
    # whatever the machine's locale.
    date_format: str | None = None


ENGLISH = Conventions()
GERMAN = Conventions(decimal_point=",", thousands_separator=".", date_format="%d.%m.%Y")

_conventions = ENGLISH


def conventions() -> Conventions:
    """The number and date conventions of the language the window speaks."""
    return _conventions


def install_conventions(chosen: Conventions | None) -> None:
    """The conventions every number and day is written in from now on; None: English."""
    global _conventions
    _conventions = chosen or ENGLISH
