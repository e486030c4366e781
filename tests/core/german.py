"""The core's German, as the window's translator gives it, for tests without Qt."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from logger_app import i18n

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
def speaking_german() -> Iterator[None]:
    """The core speaks German inside, English again after (whatever happens)."""
    table = german_table()
    i18n.install_translator(lambda context, text, _d=None, _n=-1: table.get((context, text), text))
    try:
        yield
    finally:
        i18n.install_translator(None)
