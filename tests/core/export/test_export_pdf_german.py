"""The PDF report and the safety warnings in German, from the app's own catalogs: headings,
vocabulary, dates and depths as a German clinic writes them; typed text exactly as typed;
English untouched."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from logger_app import i18n
from logger_app.export import export_client
from logger_app.export.qt_headless import ensure_gui_application
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, SafetySettings, SessionDetails
from logger_app.screening import warnings_for_new_session
from logger_app.validation import depth_problem, validate_client
from logger_app.vocabulary import Area, Device
from ui import translations

from ..export_data import NAME, STOP_REASON, ExportBook, build_export_book
from .test_export_pdf import pdf_pages


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


@pytest.fixture
def german(tmp_path: Path) -> Iterator[None]:
    """The German catalogs compiled afresh and installed as the window installs them."""
    [compiled] = translations.build(("de",), into=tmp_path)
    app = ensure_gui_application()
    translator = QTranslator(app)
    assert translator.load(str(compiled))
    app.installTranslator(translator)
    i18n.install_translator(
        lambda context, text, disambiguation=None, n=-1: QCoreApplication.translate(
            context, text, disambiguation, n
        )
    )
    i18n.install_conventions(i18n.GERMAN)
    try:
        yield
    finally:
        app.removeTranslator(translator)
        i18n.install_translator(None)
        i18n.install_conventions(None)


def _report(book: ExportBook, out: Path) -> str:
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, "pdf", out)
    return " ".join(pdf_pages(out))


def test_the_report_reads_german(book: ExportBook, tmp_path: Path, german: None) -> None:
    text = _report(book, tmp_path / "verlauf.pdf")
    assert " ".join(NAME) in text  # typed names exactly as typed
    assert "Behandlungshistorie" in text and "Treatment history" not in text
    assert "Screening und Einwilligung" in text
    assert "Einwilligung Version 1 unterschrieben am 02.01.2025" in text
    # Acknowledged warnings read as they did when saved (here in English).
    assert "Vor der Behandlung bestätigt: Allergies on file: Lidocaine (hives)." in text
    assert f"Trotz dieses Stopps fortgefahren, weil: {STOP_REASON}" in text
    assert "Sitzung 1 von 3 · 10.01.2025" in text
    for heading in ("Behandelte Zonen", "Tiefe", "Durchgänge", "Hautreaktionen"):
        assert heading in text
    for depth in ("0,25 mm", "1,25 mm", "2,5 mm", "0,5 mm", "0,35 mm"):
        assert depth in text
    assert "0.25 mm" not in text
    assert "Stirn" in text and "Mischhaut" in text  # vocabulary: area, skin type
    assert "Vorher · Frontal · Stirn" in text  # a photo caption
    assert "Ende der Behandlungshistorie: 3 Sitzungen, 3 Fotos." in text
    assert "Seite 1 von" in text and "Vertraulich" in text


def test_english_is_back_after_german(book: ExportBook, tmp_path: Path) -> None:
    text = _report(book, tmp_path / "history.pdf")
    assert "Treatment history" in text and "Behandlungshistorie" not in text
    assert "0.25 mm" in text and "Session 1 of 3" in text


def test_warnings_and_field_messages_read_german(german: None) -> None:
    today = date(2025, 3, 10)
    previous = SessionDetails(
        client_id=1,
        started_at=datetime(2025, 3, 3, 10, tzinfo=UTC),
        practitioner_name="Olu Brown",
        device=Device.PEN,
        areas=(AreaTreatment(Area.LEFT_CHEEK, 0.5),),
    )
    warnings = warnings_for_new_session(None, None, None, [previous], SafetySettings(), today)
    assert [(w.code, w.message) for w in warnings] == [
        (
            "no_screening",
            "Kein Screening vorhanden: Fragen Sie nach Kontraindikationen und erfassen Sie "
            "vor der Behandlung ein Screening.",
        ),
        ("consent_missing", "Keine unterschriebene Einwilligung zur Behandlung vorhanden."),
        (
            "interval.left_cheek",
            "Linke Wange wurde am 03.03.2025 behandelt (vor 7 Tagen): Der Mindestabstand "
            "beträgt 4 Wochen (bis 31.03.2025).",
        ),
    ]
    assert warnings[0].group.label == "Unterlagen"
    assert depth_problem(3.5) == "Die Nadeltiefe muss zwischen 0,1 und 3,0 mm liegen."
    problems = validate_client(ClientDetails("", "Ångström"), today)
    assert problems == {"first_name": "Vorname ist erforderlich."}
