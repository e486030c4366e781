"""The recovery sheet: one A4 page with the recovery key of an encrypted logbook, made at
setup to be printed and locked away.

The key opens the logbook when every passphrase is forgotten, so the sheet says plainly
what it is, where the logbook is, and how to use it. Everything on it that is not ours
(the key, the logbook's location: a folder path can hold any character) is escaped:
nothing given to it is ever read as markup.

Drawn with Qt's text layout (QtGui only, headless as the PDF report): ``write_recovery_sheet``
writes the PDF whole (owner-only, temp file then rename); ``paint_recovery_sheet`` draws
the same page on any paged device, so the window can send it to a printer without the
key ever touching the disk.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ..crypto import data_key
from ..i18n import translatable, translate
from ..text import datetime_text
from .output import ExportError, atomic_output
from .paper import draw_on_paper
from .qt_headless import ensure_gui_application

TITLE = translatable("RecoverySheet", "Recovery sheet")
GROUPS_PER_ROW = 4  # 14 groups: rows of 4, 4, 4 and 2, each short enough to copy at once
RESOLUTION = 300
MARGINS_MM = (20.0, 20.0, 20.0, 18.0)  # left, top, right, bottom
FONT_FAMILIES = ["Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "DejaVu Sans"]
MONO_FAMILIES = "'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, 'Courier New'"

STYLE = f"""
h1 {{ font-size: 20pt; font-weight: 600; color: #1f3347; margin: 0 0 4px 0; }}
h2 {{ font-size: 12pt; font-weight: 600; color: #1f3347; margin: 14px 0 4px 0; }}
p {{ margin: 0 0 5px 0; }}
.lead {{ font-size: 11.5pt; }}
.warning {{ color: #b3261e; font-weight: 600; }}
.muted {{ color: #5b6670; }}
table.key {{ border-collapse: collapse; margin: 8px 0 6px 0; }}
table.key td {{ font-family: {MONO_FAMILIES}; font-size: 22pt; padding: 4px 12px 4px 12px; }}
table.key td.row {{ font-family: {MONO_FAMILIES}; font-size: 10pt; color: #5b6670;
                   vertical-align: middle; }}
table.facts th {{ text-align: left; font-weight: normal; color: #5b6670;
                  padding: 1px 14px 1px 0; }}
code {{ font-family: {MONO_FAMILIES}; }}
p.command {{ margin: 2px 0 6px 18px; }}
"""


def key_rows(text: str) -> list[list[str]]:
    """The key's 14 groups of 4 in rows as printed. ValueError (RecoveryKeyFormatError)
    if ``text`` is not a whole, valid recovery key: a sheet that cannot open the
    logbook is never printed."""
    groups = data_key.recovery_text(data_key.parse_recovery_text(text)).split("-")
    return [groups[i : i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]


def recovery_sheet_html(recovery_text: str, logbook_location: str, created_at: datetime) -> str:
    """The sheet's content as Qt rich text, every given string escaped."""
    rows = "".join(
        f"<tr><td class='row'>{number}</td>"
        + "".join(f"<td>{escape(group)}</td>" for group in groups)
        + "</tr>"
        for number, groups in enumerate(key_rows(recovery_text), start=1)
    )

    def t(text: str) -> str:
        return escape(translate("RecoverySheet", text))

    facts = (
        "<table class='facts'>"
        f"<tr><th>{t('Logbook')}</th><td>{escape(logbook_location)}</td></tr>"
        f"<tr><th>{t('Made')}</th><td>{escape(datetime_text(created_at))}</td></tr>"
        "</table>"
    )
    title = translate("RecoverySheet", "{title}: Microneedling Logbook").format(
        title=translate("RecoverySheet", TITLE)
    )
    # A message with <b> is markup of our own (nothing given goes into it).
    in_app = translate(
        "RecoverySheet",
        "In the app: on the sign-in screen choose <b>Use the recovery sheet…</b> and "
        "type the key. Spaces, dashes and upper or lower case do not matter, and a "
        "typing mistake is caught by the last group.",
    )
    return (
        f"<h1>{escape(title)}</h1>"
        f"<p class='lead'>{t(_LEAD)}</p>"
        f"<table class='key'>{rows}</table>"
        f"<p class='muted'>{t(_LETTERS)}</p>"
        f"{facts}"
        f"<h2>{t('Without it, nothing can be recovered')}</h2>"
        f"<p class='warning'>{t(_ENCRYPTED)}</p>"
        f"<h2>{t('Keep it locked away')}</h2>"
        f"<p>{t(_LOCKED)}</p>"
        f"<h2>{t('How to use it')}</h2>"
        f"<p>{in_app}</p>"
        f"<p>{t(_COMMAND_LINE)}</p>"
        # A line of its own: Qt would break the option at its dashes.
        "<p class='command'><code>logger-app … --recovery-key-file FILE</code></p>"
        f"<p>{t(_THEN)}</p>"
    )


_LEAD = translatable(
    "RecoverySheet",
    "This key opens the encrypted logbook named below when every practitioner's passphrase "
    "is forgotten. Keep it: it is shown only once.",
)
_LETTERS = translatable(
    "RecoverySheet", "The key has no letter I, L or O: those shapes are the digits 1 and 0."
)
_ENCRYPTED = translatable(
    "RecoverySheet",
    "The logbook is encrypted. Without a practitioner's passphrase or this sheet, nobody can "
    "read its records again: not the clinic, not the makers of the app, not a repair shop.",
)
_LOCKED = translatable(
    "RecoverySheet",
    "Store this sheet in a safe or a locked drawer, away from the computer and its bag, and "
    "never as a photo or a file on the computer or in e-mail. Whoever holds this sheet and a "
    "copy of the logbook can read every record in it.",
)
_COMMAND_LINE = translatable(
    "RecoverySheet",
    "On the command line: type the key into a file only you can read, give it with the "
    "option below, and delete the file afterwards:",
)
_THEN = translatable(
    "RecoverySheet", "Then set a new passphrase for every practitioner who forgot theirs."
)
# Headings said through t() above, marked for the catalogs.
_MARKED = (
    translatable("RecoverySheet", "Logbook"),
    translatable("RecoverySheet", "Made"),
    translatable("RecoverySheet", "Without it, nothing can be recovered"),
    translatable("RecoverySheet", "Keep it locked away"),
    translatable("RecoverySheet", "How to use it"),
)


def _base_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(10.5)
    return font


def paint_recovery_sheet(
    device: QPagedPaintDevice, recovery_text: str, logbook_location: str, created_at: datetime
) -> None:
    """Draw the sheet on one A4 page of ``device`` (a QPdfWriter, or the window's
    QPrinter). ExportError if the device cannot be painted on."""
    ensure_gui_application()
    html = recovery_sheet_html(recovery_text, logbook_location, created_at)
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    dots_per_mm = device.logicalDpiX() / 25.4
    left, top, right, bottom = (value * dots_per_mm for value in MARGINS_MM)
    body = QRectF(left, top, device.width() - left - right, device.height() - top - bottom)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # points laid out in the device's dots
    doc.setDefaultFont(_base_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(body.width())
    doc.setPageSize(QSizeF(body.width(), body.height()))
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(
            translate("RecoverySheet", "The recovery sheet cannot be drawn on this device.")
        )
    try:
        painter.translate(body.topLeft())
        draw_on_paper(doc, painter, QRectF(0, 0, body.width(), body.height()))
    finally:
        painter.end()


def write_recovery_sheet(
    path: Path, recovery_text: str, logbook_location: str, created_at: datetime
) -> None:
    """Write the sheet as a one-page A4 PDF at ``path``: whole or not at all, readable by
    its owner only. ExportError if the folder is missing or not writable."""
    path = Path(path)
    # Checked before anything is made: no temporary file for a key that is not one.
    key_rows(recovery_text)
    ensure_gui_application()
    with atomic_output(path) as temp:  # made owner-only; Qt writes into it as it is
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        # Nothing of the key or the place in the metadata.
        writer.setTitle(translate("RecoverySheet", TITLE))
        writer.setCreator("Microneedling Logbook")
        paint_recovery_sheet(writer, recovery_text, logbook_location, created_at)
        del writer  # closes the file before it is renamed (Windows)
