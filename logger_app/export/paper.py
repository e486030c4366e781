"""Drawing a laid-out text on paper: dark ink, whatever the window's theme.

``QTextDocument.drawContents`` paints text in the application palette's text colour: in
a dark theme that is a light grey, nearly invisible on a white page. Every document the
app prints or writes as a PDF is drawn here instead, with the palette of paper."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument

INK = "#1b1f23"
PAPER = "#ffffff"


def paper_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor(INK))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a4f8b"))
    return palette


def draw_on_paper(doc: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """What ``doc.drawContents(painter, clip)`` does, in dark ink."""
    painter.save()
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    if clip.isValid():
        painter.setClipRect(clip)
        context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.restore()
