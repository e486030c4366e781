"""The vocabulary in the window's language; exports and imports in any language alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from logger_app.amendments import amendment_texts
from logger_app.export import export_client
from logger_app.import_csv.values import parse_areas, parse_device
from logger_app.logbook import Logbook
from logger_app.vocabulary import Area, Device, Fitzpatrick, ObservedWhen, Severity

from .export_data import ExportBook, build_export_book
from .german import speaking_german


def test_labels_are_said_in_the_installed_language_and_kept_in_english() -> None:
    assert Area.LEFT_CHEEK.label == Area.LEFT_CHEEK.english_label == "Left cheek"
    assert ObservedWhen.DURING.label_in_text == "during treatment"
    with speaking_german():
        assert Area.LEFT_CHEEK.label == "Linke Wange"
        assert Area.LEFT_CHEEK.english_label == "Left cheek"
        assert Fitzpatrick.III.label == "Typ III"
        assert Fitzpatrick.III.english_label == "Type III"
        assert Severity.MILD.label == "Leicht" and Severity.MILD.english_label == "Mild"
        # German keeps the capitals of its nouns inside a sentence.
        assert ObservedWhen.DURING.label_in_text == "Während der Behandlung"
        assert Severity.MILD.label_in_text == "Leicht"
    assert Area.LEFT_CHEEK.label == "Left cheek"


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


def _export(book: ExportBook, out: Path, kind: str) -> Path:
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, kind, out)
    return out


def test_csv_export_is_the_same_in_german(book: ExportBook, tmp_path: Path) -> None:
    english = _export(book, tmp_path / "en.csv", "csv").read_bytes()
    with speaking_german():
        german = _export(book, tmp_path / "de.csv", "csv").read_bytes()
    assert german == english
    assert b"Left cheek" in english and b"DE:" not in german


def test_json_export_is_the_same_in_german(book: ExportBook, tmp_path: Path) -> None:
    def read(path: Path) -> dict:
        document = json.loads(path.read_text(encoding="utf-8"))
        document.pop("exported_at")
        document.pop("audit_head")  # each export is an entry of the audit log
        return document

    english = read(_export(book, tmp_path / "en.json", "json"))
    with speaking_german():
        german = read(_export(book, tmp_path / "de.json", "json"))
    assert german == english
    text = json.dumps(german, ensure_ascii=False)
    assert "Left cheek" in text and "DE:" not in text and "Linke Wange" not in text


def test_imports_match_english_labels_in_any_language() -> None:
    assert parse_areas("Left cheek, Forehead") == (Area.LEFT_CHEEK, Area.FOREHEAD)
    with speaking_german():
        assert parse_areas("Left cheek, Forehead") == (Area.LEFT_CHEEK, Area.FOREHEAD)
        assert parse_areas("Linke Wange; Stirn") == (Area.LEFT_CHEEK, Area.FOREHEAD)
        assert parse_device("Pen") is Device.PEN
        assert parse_device("Stift") is Device.PEN
    with pytest.raises(ValueError):
        parse_areas("Linke Wange")  # German words only while German is spoken


def test_amendment_values_read_in_the_window_and_export_in_english() -> None:
    with speaking_german():
        shown = amendment_texts("areas.left_cheek.depth_mm", 1.0, 1.25)
        exported = amendment_texts("areas.left_cheek.depth_mm", 1.0, 1.25, english=True)
        kept = amendment_texts("next_visit_due", None, "2025-06-05", english=True)
        severity = amendment_texts("reactions.erythema.during.severity", 1, 2, english=True)
    assert shown == ("1 mm", "1,25 mm")
    assert exported == ("1 mm", "1.25 mm")
    assert kept == ("none", "5 Jun 2025")
    assert severity == ("Mild", "Moderate")
