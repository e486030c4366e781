"""The PDF report, read back with pypdf: what a clinic sends must say what was recorded."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from logger_app.export import ExportCancelled, export_all, export_client, load_history
from logger_app.export.pdf_report import write_pdf
from logger_app.logbook import Logbook

from ...signing import TEST_PASSPHRASE
from ..export_data import NAME, STOP_REASON, ExportBook, build_export_book, pdf_text


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


def pdf_pages(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [pdf_text(page.extract_text() or "") for page in reader.pages]


def test_report_shows_the_client_every_session_and_depth(book: ExportBook, tmp_path: Path):
    out = tmp_path / "history.pdf"
    seen: list[tuple[int, int]] = []
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, "pdf", out, lambda d, t: seen.append((d, t)))
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert " ".join(NAME) in text
    assert "Treatment history" in text
    assert "Screening and consent" in text and "2 Jan 2025 Nothing to report" in text
    assert "Consent version 1 signed 2 Jan 2025: name typed “Signed in full”." in text
    assert "Acknowledged before treatment: Allergies on file: Lidocaine (hives)." in text
    assert "Lidocaine (hives)" in text
    assert f"Gone on past this stop because: {STOP_REASON}" in text
    for day in ("10 Jan 2025", "14 Feb 2025", "21 Mar 2025"):
        assert f"{day}, " in text  # each session's heading, with its local time
    for depth in ("0.25 mm", "1.25 mm", "2.5 mm", "1.5 mm", "0.5 mm", "0.35 mm"):
        assert depth in text
    assert "Session 1 of 3" in text and "Session 3 of 3" in text
    assert "lot HA-1" in text
    assert "2 – moderate" in text
    assert "Before · Front · Forehead" in text  # a photo caption
    assert "End of the treatment history: 3 sessions, 3 photos." in text
    # Progress: once per session prepared, then as pages are drawn, up to the end.
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_every_page_has_its_number_and_the_generation_date(book: ExportBook, tmp_path: Path):
    with Logbook.open(book.data_dir) as logbook:
        history = load_history(logbook, book.client_id)
    out = write_pdf(history, book.data_dir, tmp_path / "h.pdf")
    pages = pdf_pages(out)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert re.search(r"Generated \d{1,2} \w{3} \d{4}, \d\d:\d\d", text)
        assert "Ångström-Núñez" in text  # the header says whose record it is
    reader = PdfReader(out)
    assert reader.metadata.title == f"Treatment history — {' '.join(NAME)}"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_photos_are_embedded(book: ExportBook, tmp_path: Path):
    with Logbook.open(book.data_dir) as logbook:
        out = export_client(logbook, book.client_id, "pdf", tmp_path / "h.pdf")
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert len(images) == 3


def test_a_missing_photo_file_is_reported_in_place(book: ExportBook, tmp_path: Path):
    with Logbook.open(book.data_dir) as logbook:
        photo = logbook.photos_of_client(book.client_id)[0]
        logbook.photo_file(photo).unlink()
        out = export_client(logbook, book.client_id, "pdf", tmp_path / "h.pdf")
    text = " ".join(pdf_pages(out))
    assert f"Photo not shown — {photo.original_name}: its file is missing" in text
    assert len([i for page in PdfReader(out).pages for i in page.images]) == 2


def test_a_client_without_sessions_still_gets_a_report(data_dir: Path, tmp_path: Path):
    from logger_app.records import ClientDetails

    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("Ann", "Lee"))
        out = export_client(logbook, client.id, "pdf", tmp_path / "h.pdf")
    text = " ".join(pdf_pages(out))
    assert "No sessions recorded." in text and "Page 1 of 1" in text


def test_cancel_stops_and_leaves_no_file(book: ExportBook, tmp_path: Path):
    folder = tmp_path / "out"
    folder.mkdir()
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # after the first session

    with Logbook.open(book.data_dir) as logbook, pytest.raises(ExportCancelled):
        export_client(logbook, book.client_id, "pdf", folder / "h.pdf", cancel=cancel)
    assert list(folder.iterdir()) == []


def test_every_client_as_a_zip_of_pdfs(book: ExportBook, tmp_path: Path):
    import zipfile

    out = tmp_path / "all.zip"
    with Logbook.open(book.data_dir) as logbook:
        export_all(logbook, "pdf", out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert names == [
        f"client-{book.client_id}-Zoë-Ångström-Núñez.pdf",
        f"client-{book.other_client_id}-Chloé-OBrien.pdf",
    ]


def test_typed_markup_is_printed_as_typed_and_loads_nothing(data_dir: Path, tmp_path: Path):
    """A client named "<img src='file:///…'>" is printed with those characters: the
    report neither renders the markup nor pulls the named picture into the PDF."""
    import os
    import shutil
    import tempfile

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter, QTextDocument

    from logger_app.records import (
        AreaTreatment,
        ClientDetails,
        ConsentDetails,
        PractitionerDetails,
        ProductUse,
        ScreeningDetails,
        SessionDetails,
    )
    from logger_app.vocabulary import Area, Device

    folder = Path(tempfile.mkdtemp(prefix="probe"))  # short: the markup fits in a name
    try:
        probe = folder / "p.png"
        image = QImage(4, 4, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        saved = image.save(str(probe))
        assert saved
        img = f"<img src='{QUrl.fromLocalFile(str(probe)).toString()}'>"
        link, heading, entity = (
            "<a href='https://example.invalid'>x</a>",
            "<h1>Big</h1>",
            "<b>&amp;</b>",
        )
        markup = f"{img} {link} {heading} {entity}"
        practitioner = f"Dr {link} {entity}"
        with Logbook.open(data_dir, create=True) as logbook:
            # The first profile, signed in at once: who signs and amends below.
            logbook.add_practitioner(PractitionerDetails(practitioner, img), TEST_PASSPHRASE)
            client = logbook.add_client(
                ClientDetails(img, f"{heading} {entity}", allergies=markup, medical_notes=markup)
            )
            day = datetime(2025, 1, 2, 10, tzinfo=UTC)
            logbook.add_screening(ScreeningDetails(client.id, day.date(), notes=markup))
            logbook.add_consent(
                ConsentDetails(client.id, "1", day.date(), typed_name=entity), today=day.date()
            )
            session = logbook.record_session(
                SessionDetails(
                    client.id,
                    day,
                    practitioner,
                    Device.PEN,
                    (AreaTreatment(Area.FOREHEAD, 0.5, note=markup),),
                    cartridge=entity,
                    products=(ProductUse(f"Serum {heading}", f"{entity}{img}"),),
                    notes=markup,
                ),
                enforce_safety=False,
                sign=True,
            )
            logbook.amend_session(session.id, "notes", f"{markup} (amended)", markup)
            os.utime(probe, (1_000_000_000, probe.stat().st_mtime))  # far in the past
            out = export_client(logbook, client.id, "pdf", tmp_path / "h.pdf")
        loaded = probe.stat().st_atime > 1_000_000_000

        # Lines wrap inside long words (after "//"): compared without white space.
        text = "".join("".join(pdf_pages(out)).split())
        for literal in (
            f"{img} {heading} {entity}",  # the name
            markup,  # allergies, notes, the area's note, the amendment
            f"Signed by {practitioner}",
            f"lot {entity}{img}",
            f"Serum {heading}",
            f"{markup} (amended)",
        ):
            assert "".join(literal.split()) in text, literal
        assert [i for page in PdfReader(out).pages for i in page.images] == []

        # The check is able to see a load: a document that renders the markup reads it.
        control = QTextDocument()
        control.setHtml(img)
        writer = QPdfWriter(str(tmp_path / "control.pdf"))
        painter = QPainter(writer)
        control.drawContents(painter)
        painter.end()
        if probe.stat().st_atime <= 1_000_000_000:
            pytest.skip("this file system does not update access times (noatime)")
        assert not loaded, "the report loaded the picture named in typed text"
    finally:
        shutil.rmtree(folder)
