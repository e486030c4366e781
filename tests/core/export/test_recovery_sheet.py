"""The recovery sheet: one A4 page, the key in groups to copy by hand, what it is for,
owner-only, and nothing given to it read as markup."""

from __future__ import annotations

import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from logger_app.crypto.data_key import RecoveryKeyFormatError, parse_recovery_text, recovery_text
from logger_app.export.output import ExportError
from logger_app.export.recovery_sheet import (
    key_rows,
    recovery_sheet_html,
    write_recovery_sheet,
)

from ..export_data import pdf_text

KEY = recovery_text(bytes(range(1, 33)))
MADE = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
ODD_PLACE = "/Users/ana/Logbook <b>bold</b> & <img src='x.png'> ‘Ålesund’"


def sheet_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), pdf_text(" ".join(p.extract_text() or "" for p in reader.pages))


def test_the_sheet_is_one_a4_page_with_the_key_in_groups(tmp_path: Path):
    out = tmp_path / "recovery.pdf"
    write_recovery_sheet(out, KEY, "/home/ana/Logbook", MADE)
    pages, text = sheet_text(out)
    assert pages == 1
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    groups = KEY.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    # Rows of four, numbered, in the key's order: copied by hand a row at a time.
    for number, row in enumerate(key_rows(KEY), start=1):
        assert f"{number} {' '.join(row)}" in text
    assert [len(r) for r in key_rows(KEY)] == [4, 4, 4, 2]
    assert "/home/ana/Logbook" in text
    assert "30 Nov 2026" in text
    # What it is for, the warning, where to keep it and how to use it, in plain words.
    assert "when every practitioner's passphrase is forgotten" in text
    assert "nobody can read its records again" in text
    assert "away from the computer" in text
    assert "Use the recovery sheet…" in text
    # pypdf spaces out monospaced glyphs: compared without spaces.
    assert "--recovery-key-fileFILE" in text.replace(" ", "")
    # The key is in the page, never in the document's metadata.
    metadata = PdfReader(out).metadata
    assert all(g not in str(value) for value in metadata.values() for g in groups[:3])


def test_the_key_is_printed_in_a_monospaced_font(tmp_path: Path):
    out = tmp_path / "recovery.pdf"
    write_recovery_sheet(out, KEY, "here", MADE)
    fonts = PdfReader(out).pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert any("Mono" in n or "Courier" in n or "Consolas" in n or "Menlo" in n for n in names)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_sheet_is_owner_only_and_nothing_else_is_left(tmp_path: Path):
    out = tmp_path / "recovery.pdf"
    os.umask(old := os.umask(0o022))  # the usual umask: files readable by all unless made so
    try:
        write_recovery_sheet(out, KEY, "here", MADE)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recovery.pdf"]


def test_a_sheet_replaces_an_older_file_whole_and_owner_only(tmp_path: Path):
    out = tmp_path / "recovery.pdf"
    out.write_text("an older file")
    out.chmod(0o644)
    write_recovery_sheet(out, KEY, "here", MADE)
    assert out.read_bytes().startswith(b"%PDF")
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_the_location_is_shown_as_typed_never_as_markup(tmp_path: Path):
    html = recovery_sheet_html(KEY, ODD_PLACE, MADE)
    assert "<b>bold</b>" not in html and "<img" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=&#x27;x.png&#x27;&gt;" in html
    out = tmp_path / "recovery.pdf"
    write_recovery_sheet(out, KEY, ODD_PLACE, MADE)
    _, text = sheet_text(out)
    assert "Logbook <b>bold</b> & <img src='x.png'> ‘Ålesund’" in text


def test_a_key_as_typed_is_printed_in_its_canonical_form(tmp_path: Path):
    typed = KEY.lower().replace("-", " ").replace("1", "l")
    rows = key_rows(typed)
    assert "-".join(g for row in rows for g in row) == KEY
    assert parse_recovery_text("".join(g for row in rows for g in row)) == bytes(range(1, 33))


def test_what_is_not_a_recovery_key_is_never_printed(tmp_path: Path):
    out = tmp_path / "recovery.pdf"
    mistyped = KEY[:-1] + ("0" if KEY[-1] != "0" else "1")
    for bad in ("", "not a key", KEY[:-5], mistyped):
        with pytest.raises(RecoveryKeyFormatError):
            write_recovery_sheet(out, bad, "here", MADE)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_said_plainly(tmp_path: Path):
    with pytest.raises(ExportError, match="does not exist"):
        write_recovery_sheet(tmp_path / "gone" / "recovery.pdf", KEY, "here", MADE)


def test_the_window_can_send_the_same_page_to_a_printer(tmp_path: Path):
    from PySide6.QtPrintSupport import QPrinter

    from logger_app.export.recovery_sheet import paint_recovery_sheet

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_recovery_sheet(printer, KEY, "/home/ana/Logbook", MADE)
    pages, text = sheet_text(tmp_path / "printed.pdf")
    assert pages == 1
    for number, row in enumerate(key_rows(KEY), start=1):
        assert f"{number} {' '.join(row)}" in text
