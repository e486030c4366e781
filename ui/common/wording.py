"""Vocabulary labels inside a sentence: "Add right cheek, left cheek" in English, while
German keeps its nouns capitalised ("Rechte Wange, Linke Wange hinzufügen")."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def noun_in_sentence(label: str) -> str:
    """``label`` (a noun such as an area or a view) as it reads inside a sentence."""
    if QLocale().language() == QLocale.Language.German:
        return label
    return label.lower()
