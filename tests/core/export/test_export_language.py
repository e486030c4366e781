"""CSV and JSON are for software: the same bytes whatever language the window speaks
(ISO days, "0.5" depths, English keys and vocabulary values), apart from the moment of
export written in the JSON. Each language exports its own copy of the same logbook: an
export is audited, and the JSON names the audit log's head."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from logger_app.export import export_client
from logger_app.logbook import Logbook
from ui.common.language import ENGLISH, GERMAN, install_language

from ..export_data import ExportBook, build_export_book

EXPORTED_AT = re.compile(rb'"exported_at": ?"[^"]*"')


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


def exported(data_dir: Path, client_id: int, fmt: str, path: Path) -> bytes:
    with Logbook.open(data_dir) as logbook:
        export_client(logbook, client_id, fmt, path)
    return EXPORTED_AT.sub(b'"exported_at": "(the moment)"', path.read_bytes())


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_export_is_the_same_in_german(qapp, book: ExportBook, tmp_path: Path, fmt: str) -> None:
    copy = shutil.copytree(book.data_dir, tmp_path / "same-logbook")
    english = exported(book.data_dir, book.client_id, fmt, tmp_path / f"english.{fmt}")
    install_language(qapp, GERMAN)
    try:
        german = exported(copy, book.client_id, fmt, tmp_path / f"german.{fmt}")
    finally:
        install_language(qapp, ENGLISH)
    assert german == english
    assert b"0.5" in english or b"0.75" in english  # depths with a point: the test can see
    assert re.search(rb"\d{4}-\d{2}-\d{2}", english)  # ISO days
    assert not re.search(rb"\d{2}\.\d{2}\.\d{4}", german)  # never the German day
