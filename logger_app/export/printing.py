"""Short documents printed from the app (the aftercare sheet, a recall list): HTML built
by the core, laid out with Qt's text layout on any paged device — a printer, its
preview, or a PDF writer in tests and headless use. QtGui only, like the PDF report.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPainter, QTextDocument

from ..i18n import translate
from .output import ExportError
from .paper import draw_on_paper
from .qt_headless import ensure_gui_application

MARGIN_MM = 15.0
BODY_POINT_SIZE = 11.0
FONT_FAMILIES = ["Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "DejaVu Sans"]
STYLE = """
h1 { font-size: 20pt; margin: 0 0 4pt 0; }
h2 { font-size: 15pt; margin: 10pt 0 4pt 0; }
p, li { line-height: 130%; }
li { margin-bottom: 5pt; }
th { text-align: left; background-color: #e8ecef; }
.muted { color: #5b6670; }
table.box { border-color: #9aa5ad; border-style: solid; margin-top: 12pt; }
"""


def _document(html: str, device: QPagedPaintDevice, width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def print_html(html: str, device: QPagedPaintDevice, *, one_page: bool = False) -> int:
    """Draw ``html`` on ``device``'s pages (its paper as chosen, 15 mm margins) and
    return how many pages it took. ``one_page``: a text longer than a page is scaled
    down to fit one (an aftercare sheet is one sheet of paper, whatever was given)."""
    ensure_gui_application()
    device.setPageMargins(QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
    page = QSizeF(device.width(), device.height())
    scale = 1.0
    doc = _document(html, device, page.width())
    if one_page:
        # Narrower text runs longer: a few rounds find the scale at which it fits.
        for _ in range(6):
            height = doc.size().height() * scale
            if height <= page.height():
                break
            scale *= page.height() / height
            doc.setTextWidth(page.width() / scale)
    else:
        doc.setPageSize(page)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(translate("ExportPrinting", "The printer did not accept the page."))
    try:
        if one_page:
            painter.scale(scale, scale)
            draw_on_paper(doc, painter, QRectF(0, 0, page.width() / scale, page.height() / scale))
            return 1
        count = doc.pageCount()
        for number in range(count):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            draw_on_paper(
                doc, painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
        return count
    finally:
        painter.end()
