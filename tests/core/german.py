"""A stand-in German for core tests: a dict-backed translator and the German conventions,
installed for a ``with`` block and always taken away again."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from logger_app import i18n
from ui import translations

# (context, English) -> German: a few real words; every other text is marked "DE:" so
# that a test sees whether it went through translate at all.
WORDS: Mapping[tuple[str, str], str] = {
    ("Area", "Left cheek"): "Linke Wange",
    ("Area", "Forehead"): "Stirn",
    ("Device", "Pen"): "Stift",
    ("OtherTreatmentKind", "Chemical peel"): "Chemisches Peeling",
    ("Severity", "Mild"): "Leicht",
    ("ObservedWhen", "During treatment"): "Während der Behandlung",
    ("Fitzpatrick", "Type {name}"): "Typ {name}",
    ("Amendments", "{field} ({of})"): "{field} ({of})",
    ("Amendments", "Depth"): "Tiefe",
}


def fake_german(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return WORDS.get((context, text), "DE:" + text)


@contextmanager
def speaking_german() -> Iterator[None]:
    i18n.install_translator(fake_german)
    i18n.install_conventions(i18n.GERMAN)
    try:
        yield
    finally:
        i18n.install_translator(None)
        i18n.install_conventions(None)


def german_table() -> dict[tuple[str, str], str]:
    """Every finished German translation of the core's catalogs, as the .qm holds them
    (read by the catalog tool's own reader)."""
    return {
        (message.context, message.source): message.translation
        for message in translations.messages("de")
        if message.finished and message.catalog.startswith("logger_app")
    }


@contextmanager
def speaking_catalog_german() -> Iterator[None]:
    """The core speaks the catalogs' real German inside, English again after."""
    table = german_table()
    i18n.install_translator(lambda context, text, _d=None, _n=-1: table.get((context, text), text))
    try:
        yield
    finally:
        i18n.install_translator(None)
