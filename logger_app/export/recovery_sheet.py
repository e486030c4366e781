"""The recovery sheet of an encrypted logbook: its recovery key on one printable page.

The same document is written as a PDF (``write_recovery_sheet``) or printed by the
window (``sheet_document``). The PDF is owner-only: it opens the logbook.
"""

from __future__ import annotations

import os
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from .output import ExportError, atomic_output
from .qt_headless import ensure_gui_application

WARNING = (
    "Without your passphrase or this sheet, the logbook cannot be opened by anyone, including us."
)


def sheet_document(
    recovery_text: str, logbook_location: str, created_at: datetime
) -> QTextDocument:
    """The sheet as a document (every text escaped: the location is a path)."""
    ensure_gui_application()
    document = QTextDocument()
    document.setHtml(
        "<h1>Recovery sheet — Microneedling Logbook</h1>"
        f"<p>Logbook: {escape(logbook_location)}<br>"
        f"Made: {escape(created_at.strftime('%Y-%m-%d %H:%M'))}</p>"
        "<p>Recovery key:</p>"
        f"<p style='font-family: monospace; font-size: 16pt'><b>{_key_lines(recovery_text)}</b></p>"
        f"<p>{escape(WARNING)}</p>"
        "<p>If every passphrase is forgotten, choose “Forgot your passphrase? Use the "
        "recovery sheet…” on the sign-in screen and type this key: you then choose a new "
        "passphrase.</p>"
        "<p>Keep this sheet somewhere safe and private, away from the computer: anyone "
        "holding it can open the logbook.</p>"
    )
    return document


def _key_lines(recovery_text: str) -> str:
    """The key in two lines of groups, easier to read out and type than one long line."""
    groups = recovery_text.split("-")
    half = (len(groups) + 1) // 2
    return "<br>".join(escape(" - ".join(part)) for part in (groups[:half], groups[half:]))


def write_recovery_sheet(
    path: Path | str, recovery_text: str, logbook_location: str, created_at: datetime
) -> Path:
    """Write the sheet to ``path`` as a one-page A4 PDF (whole or not at all), readable
    by its owner only."""
    target = Path(path)
    document = sheet_document(recovery_text, logbook_location, created_at)
    with atomic_output(target) as temp:
        os.chmod(temp, 0o600)
        writer = QPdfWriter(str(temp))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
            )
        )
        writer.setTitle("Recovery sheet — Microneedling Logbook")
        document.print_(writer)
        del writer  # closes the file before it is renamed (Windows)
        if not temp.exists() or temp.stat().st_size == 0:
            raise ExportError(f"The recovery sheet cannot be written to {target.parent}.")
    return target
