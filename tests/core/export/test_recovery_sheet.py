"""The recovery sheet as a PDF: one page holding the key, readable by its owner only."""

from __future__ import annotations

import stat
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from logger_app.crypto.data_key import new_recovery_key, recovery_text
from logger_app.export.recovery_sheet import WARNING, write_recovery_sheet


def test_the_sheet_holds_the_key_on_one_private_page(tmp_path: Path) -> None:
    key = recovery_text(new_recovery_key())
    path = write_recovery_sheet(
        tmp_path / "sheet.pdf", key, "/data/<logbook>.sqlite3", datetime(2025, 5, 1, 9, 30)
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pages = PdfReader(path).pages
    text = " ".join(pages[0].extract_text().split())
    assert len(pages) == 1
    assert key.replace("-", "") in text.replace(" - ", "").replace(" ", "")
    assert "/data/<logbook>.sqlite3" in text and "2025-05-01 09:30" in text
    assert " ".join(WARNING.split()) in text
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temporary left
