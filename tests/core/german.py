"""A stand-in German for core tests: a dict-backed translator and the German conventions,
installed for a ``with`` block and always taken away again."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from logger_app import i18n

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


CATALOGS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "de"


def german_table() -> dict[tuple[str, str], str]:
    """Every finished German translation of the core's catalogs, as the .qm holds them."""
    table = {}
    for catalog in CATALOGS.glob("logger_app*.ts"):
        for context in ElementTree.parse(catalog).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                german = message.findtext("translation")
                if german:
                    table[(name, message.findtext("source") or "")] = german
    return table


@contextmanager
def speaking_catalog_german() -> Iterator[None]:
    """The core speaks the catalogs' real German inside, English again after."""
    table = german_table()
    i18n.install_translator(lambda context, text, _d=None, _n=-1: table.get((context, text), text))
    try:
        yield
    finally:
        i18n.install_translator(None)
