"""File and folder names made from client names: letters of every script kept, nothing
a file system refuses (Windows, macOS, Linux), never empty."""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import pytest

from logger_app.export import default_file_name, export_all
from logger_app.export.output import (
    NAME_PART_BYTES,
    NAME_PART_CHARACTERS,
    client_folder,
    name_part,
)
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails

DAY = date(2026, 11, 21)
UNSAFE = set('/\\:*?"<>|') | {chr(c) for c in range(32)} | {"\x7f"}


@pytest.mark.parametrize(
    ("first", "last", "folder"),
    [
        ("Иван", "Петров", "client-2-Иван-Петров"),
        ("王芳", "", "client-2-王芳"),
        ("Zoë", "Ñúñez", "client-2-Zoë-Ñúñez"),
        # Decomposed accents (as macOS hands file names over) become composed ones.
        ("Zoe\u0308", "N\u0303u\u0301n\u0303ez", "client-2-Zoë-Ñúñez"),
        ("مريم", "العلي", "client-2-مريم-العلي"),
        ("Chloé", "O'Brien", "client-2-Chloé-OBrien"),
        ("Ann/Marie", 'A:B*C?"D<E>F|G\\H', "client-2-Ann-Marie-A-B-C-D-E-F-G-H"),
        ("Tab\tand\nline", "end. . .", "client-2-Tab-and-line-end"),
        ("CON", "", "client-2-CON"),
        ("...", "  ", "client-2"),
        ("???", "***", "client-2"),
    ],
)
def test_client_folder_keeps_letters_of_every_script(first, last, folder) -> None:
    name = f"{first} {last}".strip()
    made = client_folder(2, name)
    assert made == folder
    assert unicodedata.is_normalized("NFC", made)
    assert not UNSAFE & set(made) and not made.endswith((".", " "))


def test_a_name_part_is_never_a_device_name_and_stays_short() -> None:
    assert name_part("con") == "_con" and name_part("LPT1") == "_LPT1"
    assert name_part("Connie") == "Connie"
    long = name_part("Ёлка " * 100)
    assert len(long) <= NAME_PART_CHARACTERS and not long.endswith("-")
    wide = name_part("𠀀" * 100)  # four bytes each
    assert len(wide.encode("utf-8")) <= NAME_PART_BYTES
    # A letter with six accents (no composed form): 60 characters would cut one.
    letter = "q\u0301\u0302\u0303\u0304\u0306\u0307"
    accents = name_part(letter * 20)
    assert accents == letter * (NAME_PART_CHARACTERS // len(letter))


def test_export_file_names_of_other_scripts_keep_their_letters() -> None:
    assert default_file_name("Иван Петров", "pdf", DAY) == "Иван-Петров-history-2026-11-21.pdf"
    assert default_file_name("王芳", "csv", DAY) == "王芳-history-2026-11-21.csv"
    # Latin names stay in plain ASCII, as before.
    assert default_file_name("Zoë Ñúñez", "json", DAY) == "Zoe-Nunez-history-2026-11-21.json"
    assert default_file_name("***", "json", DAY) == "client-history-2026-11-21.json"


def test_bundle_of_every_client_names_folders_in_their_script(
    logbook: Logbook, tmp_path: Path, qapp
) -> None:
    ivan = logbook.add_client(ClientDetails("Иван", "Петров"), today=DAY)
    fang = logbook.add_client(ClientDetails("芳", "王"), today=DAY)
    out = tmp_path / "all.zip"
    export_all(logbook, "bundle", out)
    with zipfile.ZipFile(out) as archive:
        folders = {name.split("/")[0] for name in archive.namelist()}
    assert folders == {f"client-{ivan.id}-Иван-Петров", f"client-{fang.id}-芳-王"}
    # Unpacked on this disk, the names are the same.
    with zipfile.ZipFile(out) as archive:
        archive.extractall(tmp_path / "unpacked")
    assert {p.name for p in (tmp_path / "unpacked").iterdir()} == folders
