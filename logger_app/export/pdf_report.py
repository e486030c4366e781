"""The PDF report a clinic sends: the client, every session, the photos, page numbers.

Drawn with Qt's own text layout and PDF writer (QtGui only: no widget, so it runs in a
worker thread and headless, see ``qt_headless``). The content is cut into blocks — the
client, each session's record, each row of photos — each laid out on its own and packed
onto A4 pages, so a session never starts at the foot of a page without its details and
a photo is never cut in two; headers and footers ("Page 3 of 7") are drawn once the
number of pages is known.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLineF,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from ..errors import LogbookError, PhotoFileError
from ..i18n import translate
from ..photos.thumbnails import REPORT_SIZE
from ..records import Photo
from ..text import date_text, datetime_text
from .history import ClientHistory
from .output import (
    Cancel,
    ExportError,
    FolderPhotos,
    PhotoFiles,
    Progress,
    atomic_output,
    check_cancel,
    never,
)
from .paper import draw_on_paper
from .pdf_history_html import other_treatments_html, signature_images
from .pdf_html import (
    PHOTO_COLUMNS,
    STYLE,
    client_html,
    end_html,
    photo_row_html,
    session_html,
    short_head,
)
from .qt_headless import ensure_gui_application

RESOLUTION = 300  # dots per inch of the PDF's coordinate space (text stays vector)
# A4 with margins (mm): left, top, right, bottom. Header and footer sit in the margins.
MARGINS_MM = (18.0, 20.0, 18.0, 20.0)
HEADER_OFFSET_MM = 11.0  # baseline of the header/footer text from the page edge
BLOCK_GAP_MM = 3.0
SESSION_GAP_MM = 7.0
PHOTO_ROW_GAP_MM = 1.5
# 512 px over a 53 mm box is ~245 dpi: print quality at ~12 KB a photo. Made once and
# kept in the thumbnail cache, like the app's own 256 and 1024 px thumbnails.
PHOTO_EDGE = REPORT_SIZE
BODY_POINT_SIZE = 10.0
FONT_FAMILIES = ["Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "DejaVu Sans"]


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


@dataclass
class _Block:
    html: str
    gap_mm: float = BLOCK_GAP_MM
    images: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class _Slice:
    """A part of a laid-out block on a page: ``height`` from ``source_top`` of the block,
    drawn at ``top`` of the page body."""

    doc: QTextDocument
    top: float
    source_top: float
    height: float


def write_pdf(
    history: ClientHistory,
    data_dir: Path,
    path: Path,
    progress: Progress | None = None,
    cancel: Cancel = never,
    *,
    photos: PhotoFiles | None = None,
) -> Path:
    """Write the report to ``path`` (whole or not at all). ``progress(done, total)`` is
    called after each session is prepared and as pages are drawn; ``cancel()`` returning
    True stops the work (ExportCancelled) and leaves nothing behind. ``photos``: where
    the photos are read (the Logbook, on either home; by default ``data_dir``'s photo
    folder)."""
    ensure_gui_application()
    files = photos if photos is not None else FolderPhotos(Path(data_dir))
    # Three equal parts: photos and content per session, layout, pages drawn.
    third = max(1, len(history.sessions))
    steps = 3 * third
    report = progress or (lambda done, total: None)
    blocks = list(_blocks(history, files, cancel, lambda done: report(done, steps)))
    with atomic_output(path, data_dir) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(_a4())
        writer.setTitle(
            translate("PdfReport", "Treatment history — {name}").format(
                name=history.client.full_name
            )
        )
        writer.setCreator(f"Microneedling Logbook {history.app_version}")
        _draw_report(history, blocks, writer, writer, cancel, lambda part: report(part, steps))
        del writer  # closes the file before it is renamed (Windows)
    return Path(path)


def print_report(
    history: ClientHistory,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
    cancel: Cancel = never,
    *,
    photos: PhotoFiles,
) -> None:
    """The same report as ``write_pdf``, drawn on ``device``: a printer, or its preview
    (set to A4 portrait, the page filled edge to edge as the PDF's). It is laid out
    at the PDF's resolution and scaled to the device's, so both read alike."""
    ensure_gui_application()
    third = max(1, len(history.sessions))
    steps = 3 * third
    report = progress or (lambda done, total: None)
    blocks = list(_blocks(history, photos, cancel, lambda done: report(done, steps)))
    device.setPageLayout(_a4())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    layout_device = QPdfWriter(buffer)  # never drawn on: its fonts and sizes only
    layout_device.setResolution(RESOLUTION)
    layout_device.setPageLayout(_a4())
    _draw_report(history, blocks, device, layout_device, cancel, lambda part: report(part, steps))


def _a4() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )


def _draw_report(
    history: ClientHistory,
    blocks: Sequence[_Block],
    device: QPagedPaintDevice,
    layout_device: QPagedPaintDevice,
    cancel: Cancel,
    report: Callable[[int], None],
) -> None:
    """Lay the blocks out on ``layout_device``'s pages and draw them on ``device``
    (the same, or a printer: scaled from one to the other). ``report(done)`` counts the
    second and third thirds of the work."""
    third = max(1, len(history.sessions))
    page_size = QSizeF(layout_device.width(), layout_device.height())
    body = QRectF(
        _mm(MARGINS_MM[0]),
        _mm(MARGINS_MM[1]),
        page_size.width() - _mm(MARGINS_MM[0] + MARGINS_MM[2]),
        page_size.height() - _mm(MARGINS_MM[1] + MARGINS_MM[3]),
    )
    docs = []
    for index, block in enumerate(blocks, start=1):
        check_cancel(cancel)
        docs.append((_layout(block, layout_device, body.width()), block.gap_mm))
        report(third + third * index // len(blocks))
    pages = _pack(docs, body.size())
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(
            translate("PdfReport", "The report cannot be drawn there (the printer refused it).")
        )
    try:
        scale = device.width() / page_size.width()
        painter.scale(scale, scale)
        for index, page in enumerate(pages):
            check_cancel(cancel)
            if index:
                device.newPage()
            _draw_frame(painter, history, page_size, index + 1, len(pages))
            for part in page:
                painter.save()
                painter.translate(body.left(), body.top() + part.top - part.source_top)
                draw_on_paper(
                    part.doc, painter, QRectF(0, part.source_top, body.width(), part.height)
                )
                painter.restore()
            report(2 * third + third * (index + 1) // len(pages))
    finally:
        painter.end()


# ------------------------------------------------------------------------ content


def _blocks(
    history: ClientHistory, files: PhotoFiles, cancel: Cancel, done: Callable[[int], None]
) -> Iterator[_Block]:
    """The report's blocks in reading order. The photos' report thumbnails are all
    requested at once from a few threads (Pillow decodes without holding the GIL) and
    collected session by session, so progress moves as each session is complete."""
    yield _Block(client_html(history), gap_mm=0, images=signature_images(history))
    if history.other_treatments:
        yield _Block(other_treatments_html(history.other_treatments), gap_mm=SESSION_GAP_MM)
    total = len(history.sessions)
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(workers, thread_name_prefix="pdf-photos") as pool:
        pending = [
            [(photo, pool.submit(_photo_jpeg, files, photo)) for photo in r.photos]
            for r in history.sessions
        ]
        try:
            for number, (record, jobs) in enumerate(zip(history.sessions, pending, strict=True)):
                check_cancel(cancel)
                html = session_html(record, number + 1, total, history.zone.zone)
                yield _Block(html, gap_mm=SESSION_GAP_MM)
                yield from _photo_blocks(jobs, history.zone.zone)
                done(number + 1)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    if not history.sessions:
        done(1)
    yield _Block(end_html(history), gap_mm=SESSION_GAP_MM)


def _photo_jpeg(files: PhotoFiles, photo: Photo) -> bytes:
    """The photo as shown in the report; PhotoFileError with a short reason if its file
    is gone or damaged (the report says so in place of the photo). Runs in a pool
    thread: on the server the Logbook fetches on a connection of the thread's own."""
    # The photo itself first: a thumbnail left in the cache is no proof that it is there.
    try:
        with files.open_photo(photo):
            pass
    except PhotoFileError:
        if files.on_server:
            raise PhotoFileError("its file is missing or damaged on the clinic server") from None
        raise PhotoFileError("its file is missing from the data folder") from None
    try:
        return files.thumbnail_bytes(photo, PHOTO_EDGE)
    except PhotoFileError:
        raise PhotoFileError("its file cannot be read") from None


def _photo_blocks(
    jobs: Sequence[tuple[Photo, Future[bytes]]], zone: tzinfo | None = None
) -> Iterator[_Block]:
    for start in range(0, len(jobs), PHOTO_COLUMNS):
        row = jobs[start : start + PHOTO_COLUMNS]
        images: dict[str, bytes] = {}
        sources: dict[int, str] = {}
        problems: dict[int, str] = {}
        for photo, job in row:
            try:
                images[f"photo-{photo.id}"] = job.result()
                sources[photo.id] = f"photo-{photo.id}"
            except (LogbookError, OSError, ValueError) as error:
                problems[photo.id] = f"{photo.original_name}: {error}"
        heading = (
            translate("PdfReport", "Photos ({count})").format(count=len(jobs)) if start == 0 else ""
        )
        html = photo_row_html([p for p, _ in row], sources, problems, heading, zone)
        yield _Block(html, BLOCK_GAP_MM if start == 0 else PHOTO_ROW_GAP_MM, images)


# ------------------------------------------------------------------------- layout


def _base_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_POINT_SIZE)
    return font


def _layout(block: _Block, writer: QPagedPaintDevice, width: float) -> QTextDocument:
    doc = QTextDocument()
    # Laid out for the PDF itself: points become the writer's pixels, and CSS pixels
    # (image sizes, padding) are scaled from 96 dpi.
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_base_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(block.html)
    for name, data in block.images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QByteArray(data))
    doc.setTextWidth(width)
    return doc


def _pack(docs: Sequence[tuple[QTextDocument, float]], body: QSizeF) -> list[list[_Slice]]:
    """Blocks onto pages: a block that does not fit in what is left of a page starts the
    next one; a block taller than a page is cut at line boundaries by Qt's pagination."""
    pages: list[list[_Slice]] = [[]]
    y = 0.0
    for doc, gap_mm in docs:
        height = doc.size().height()
        gap = _mm(gap_mm) if y > 0 else 0.0
        if y + gap + height <= body.height():
            pages[-1].append(_Slice(doc, y + gap, 0.0, height))
            y += gap + height
        elif height <= body.height():
            pages.append([_Slice(doc, 0.0, 0.0, height)])
            y = height
        else:
            doc.setPageSize(QSizeF(body.width(), body.height()))
            if pages[-1]:
                pages.append([])
            count = doc.pageCount()
            for number in range(count):
                if number:
                    pages.append([])
                pages[-1].append(_Slice(doc, 0.0, number * body.height(), body.height()))
            # Paginated, its height runs to the end of its content on its last page.
            y = doc.size().height() - (count - 1) * body.height()
    return pages


def _draw_frame(
    painter: QPainter, history: ClientHistory, page: QSizeF, number: int, count: int
) -> None:
    """Header and footer: who the report is about, when it was made, the audit log's
    head (shortened; the last page gives it whole), page N of M."""
    left, right = _mm(MARGINS_MM[0]), page.width() - _mm(MARGINS_MM[2])
    font = _base_font()
    # 8 pt in the page's own units (RESOLUTION dots per inch): the same on a printer,
    # whose painter is scaled to it, as in the PDF.
    font.setPixelSize(round(8 / 72 * RESOLUTION))
    painter.setFont(font)
    painter.setPen(QPen(QColor("#5b6670")))
    client = history.client
    who = translate("PdfReport", "Treatment history · {name}").format(name=client.full_name)
    if client.details.date_of_birth:
        who += translate("PdfReport", " · born {day}").format(
            day=date_text(client.details.date_of_birth)
        )
    made = translate("PdfReport", "Generated {when} · Microneedling Logbook {version}").format(
        when=datetime_text(history.generated_at, zone=history.zone.zone),
        version=history.app_version,
    )
    if history.audit_head is not None:
        made += translate("PdfReport", " · Audit log head {head}").format(
            head=short_head(history.audit_head)
        )
    line_height = painter.fontMetrics().height()
    header = QRectF(left, _mm(HEADER_OFFSET_MM) - line_height, right - left, line_height)
    footer = QRectF(left, page.height() - _mm(HEADER_OFFSET_MM), right - left, line_height)
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | bottom, who)
    painter.drawText(
        header, Qt.AlignmentFlag.AlignRight | bottom, translate("PdfReport", "Confidential")
    )
    painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | bottom, made)
    page_text = translate("PdfReport", "Page {number} of {count}").format(
        number=number, count=count
    )
    painter.drawText(footer, Qt.AlignmentFlag.AlignRight | bottom, page_text)
    painter.setPen(QPen(QColor("#c5ced6"), _mm(0.2)))
    gap = _mm(1.5)
    painter.drawLine(QLineF(left, header.bottom() + gap, right, header.bottom() + gap))
    painter.drawLine(QLineF(left, footer.top() - gap, right, footer.top() - gap))
