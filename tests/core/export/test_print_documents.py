"""What the app prints, drawn on a paged device (a PDF writer standing in for the
printer) and read back with pypdf: the aftercare sheet (one page, in plain words), a
session's record and the history report (the PDF report's own document)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize, QPdfWriter

from logger_app.export import load_history
from logger_app.export.aftercare import SENTENCES, aftercare_html, aftercare_sheet
from logger_app.export.pdf_report import print_report, write_pdf
from logger_app.export.print_records import record_printed, session_history
from logger_app.export.printing import print_html
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, ClinicDetails, SessionDetails
from logger_app.vocabulary import Aftercare, Area, Device

from ...signing import sign_in_admin
from ..export_data import NAME, ExportBook, build_export_book, pdf_text

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


def _pdf_device(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    return writer


def _pages(path: Path) -> list[str]:
    return [pdf_text(page.extract_text() or "") for page in PdfReader(path).pages]


def _print(html: str, path: Path, **options: bool) -> int:
    device = _pdf_device(path)
    count = print_html(html, device, **options)
    del device  # the file is complete once the writer goes
    return count


def test_the_aftercare_sheet_is_one_page_in_plain_words(book: ExportBook, tmp_path: Path):
    out = tmp_path / "aftercare.pdf"
    with Logbook.open(book.data_dir) as logbook:
        sign_in_admin(logbook)
        logbook.save_clinic_details(ClinicDetails("Glow Skin Clinic", "+44 20 7946 0000"))
        sheet = aftercare_sheet(logbook, book.session_ids[0])
    assert _print(aftercare_html(sheet), out, one_page=True) == 1
    [page] = _pages(out)
    assert " ".join(NAME) in page and "treated on 10 Jan 2025" in page
    assert "Glow Skin Clinic" in page and "+44 20 7946 0000" in page
    assert "Your next visit is due on 1 Jul 2025" in page
    for item in (Aftercare.SPF, Aftercare.NO_MAKEUP):
        assert pdf_text(SENTENCES[item]) in page
    assert pdf_text(SENTENCES[Aftercare.NO_ACTIVES]) not in page  # not advised that day
    # The client's paper: no depth, device, lot or product.
    for internal in ("mm", "Pen", "HA-0", "Hyaluronic", "Lidocaine"):
        assert internal not in page


def test_every_aftercare_item_and_a_long_name_still_fit_one_page(
    data_dir: Path, tmp_path: Path
) -> None:
    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("A" * 100, "B" * 100), today=NOW.date())
        session = logbook.record_session(
            SessionDetails(
                client.id, NOW, "Dr Jane Doe", Device.PEN, (AreaTreatment(Area.FOREHEAD, 0.5),),
                aftercare=tuple(Aftercare),
            ),
            now=NOW,
            enforce_safety=False,
        )  # fmt: skip
        sign_in_admin(logbook)
        logbook.save_clinic_details(ClinicDetails("C" * 200, "+1 (555) 010-0199"))
        sheet = aftercare_sheet(logbook, session.id)
    html = aftercare_html(sheet) + "<p>filler paragraph</p>" * 60  # far more than a page
    out = tmp_path / "long.pdf"
    assert _print(html, out, one_page=True) == 1
    assert len(PdfReader(out).pages) == 1
    assert "filler paragraph" in _pages(out)[0]
    assert sheet.next_visit is None
    assert "to be arranged" in aftercare_html(sheet)
    assert len(sheet.advice) == len(Aftercare) - 1  # the written sheet is this paper


def test_typed_text_on_the_aftercare_sheet_prints_literally(data_dir: Path, tmp_path: Path):
    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("<b>Ann</b>", "Smith & Co"), today=NOW.date())
        session = logbook.record_session(
            SessionDetails(
                client.id, NOW, "Dr Jane Doe", Device.PEN, (AreaTreatment(Area.FOREHEAD, 0.5),),
                aftercare=(Aftercare.SPF,), next_visit_due=date(2025, 7, 1),
            ),
            now=NOW,
            enforce_safety=False,
        )  # fmt: skip
        sign_in_admin(logbook)
        logbook.save_clinic_details(ClinicDetails("<i>Glow</i> & <b>Co</b>", "020 7946 0000"))
        html = aftercare_html(aftercare_sheet(logbook, session.id))
    assert "<b>Ann</b>" not in html and "&lt;b&gt;Ann&lt;/b&gt;" in html
    out = tmp_path / "escaped.pdf"
    _print(html, out, one_page=True)
    [page] = _pages(out)
    assert "<b>Ann</b> Smith & Co" in page
    assert "<i>Glow</i> & <b>Co</b>" in page


def test_a_long_text_without_one_page_runs_on_to_more_pages(tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    count = _print("".join(f"<p>Line {n}</p>" for n in range(200)), out)
    assert count == len(PdfReader(out).pages) > 1
    pages = _pages(out)
    assert "Line 0" in pages[0] and "Line 199" in pages[-1]


def test_the_history_printed_is_the_reports_own_document(book: ExportBook, tmp_path: Path):
    written, printed = tmp_path / "written.pdf", tmp_path / "printed.pdf"
    with Logbook.open(book.data_dir) as logbook:
        history = load_history(logbook, book.client_id)
        write_pdf(history, book.data_dir, written, photos=logbook)
        device = _pdf_device(printed)
        device.setResolution(600)  # a printer's own resolution: scaled, the same pages
        print_report(history, device, photos=logbook)
        del device
    assert _pages(printed) == _pages(written)
    assert "Session 3 of 3" in " ".join(_pages(printed))


def test_a_session_printed_alone(book: ExportBook, tmp_path: Path) -> None:
    out = tmp_path / "session.pdf"
    with Logbook.open(book.data_dir) as logbook:
        history = session_history(logbook, book.session_ids[1])
        device = _pdf_device(out)
        print_report(history, device, photos=logbook)
        del device
        before = logbook.audit_count()
        record_printed(logbook, "session", book.client_id, book.session_ids[1])
        entry = logbook.audit_entries(limit=1)[0]
        assert logbook.audit_count() == before + 1
    assert [r.session.id for r in history.sessions] == [book.session_ids[1]]
    text = " ".join(_pages(out))
    assert "14 Feb 2025" in text and "2.5 mm" in text
    assert "10 Jan 2025, " not in text and "Session 1 of 1" in text
    assert (entry.action, entry.entity, entry.client_id) == ("print", "client", book.client_id)
    assert NAME[0] not in entry.summary


def test_printed_text_is_dark_ink_in_a_dark_window_theme(qapp) -> None:
    """A dark theme's light text colour must not reach the paper."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QTextDocument

    from logger_app.export.paper import draw_on_paper

    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    qapp.setPalette(dark)
    try:
        doc = QTextDocument()
        doc.setHtml("<p style='font-size:40pt'>Aftercare ■■■■</p>")
        image = QImage(900, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        draw_on_paper(doc, painter, QRectF(0, 0, 900, 200))
        painter.end()
    finally:
        qapp.setPalette(before)
    darkest = min(
        image.pixelColor(x, y).lightness() for x in range(0, 900, 3) for y in range(0, 200, 3)
    )
    assert darkest < 60


def _sizes_of(path: Path, word: str) -> list[float]:
    """The size (points) each piece of text holding ``word`` is drawn at."""
    sizes: list[float] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if word in text:
            a, b, c, d = (
                tm[0] * cm[0] + tm[1] * cm[2],
                tm[0] * cm[1] + tm[1] * cm[3],
                tm[2] * cm[0] + tm[3] * cm[2],
                tm[2] * cm[1] + tm[3] * cm[3],
            )
            sizes.append(round(font_size * abs(a * d - b * c) ** 0.5, 1))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_a_printer_of_another_resolution_draws_header_and_footer_the_same_size(
    book: ExportBook, tmp_path: Path
) -> None:
    written, printed = tmp_path / "written.pdf", tmp_path / "printed.pdf"
    with Logbook.open(book.data_dir) as logbook:
        history = session_history(logbook, book.session_ids[0])
        write_pdf(history, book.data_dir, written, photos=logbook)
        device = _pdf_device(printed)
        device.setResolution(1200)  # a high-resolution printer
        print_report(history, device, photos=logbook)
        del device
    for word in ("dential", "Page"):  # "Confidential" (with an fi ligature), "Page 1 of 1"
        assert _sizes_of(printed, word) == _sizes_of(written, word) != []
        assert all(7.5 <= size <= 8.5 for size in _sizes_of(printed, word))
