"""The bundle: everything about a client in one zip, verifiable with sha256sum."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from logger_app.export import export_all, export_client
from logger_app.export.bundle import MANIFEST, PROBLEMS, verify_bundle
from logger_app.logbook import Logbook

from ..export_data import ExportBook, build_export_book


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


def test_bundle_holds_json_pdf_photos_and_a_manifest(book: ExportBook, tmp_path: Path):
    out = tmp_path / "bundle.zip"
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, "bundle", out)
        photos_of_client = logbook.photos_of_client(book.client_id)
        originals = {p.sha256: logbook.photo_file(p).read_bytes() for p in photos_of_client}
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        photos = {f"photos/{sha}.jpg" for sha in book.photo_hashes}
        assert names == {"history.json", "history.pdf", MANIFEST} | photos
        for sha, data in originals.items():
            assert archive.read(f"photos/{sha}.jpg") == data  # the stored file, untouched
        document = json.loads(archive.read("history.json"))
        files = {p["file"] for s in document["sessions"] for p in s["photos"]}
        assert files == photos
        manifest = archive.read(MANIFEST).decode("utf-8").splitlines()
        listed = {}
        for line in manifest:
            digest, name = line.split("  ", 1)
            listed[name] = digest
            assert hashlib.sha256(archive.read(name)).hexdigest() == digest
        assert set(listed) == names - {MANIFEST}
        pdf = tmp_path / "inside.pdf"
        pdf.write_bytes(archive.read("history.pdf"))
    assert len(PdfReader(pdf).pages) >= 1
    assert verify_bundle(out) == []


def test_manifest_checks_with_sha256sum(book: ExportBook, tmp_path: Path):
    out = tmp_path / "bundle.zip"
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, "bundle", out)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(unpacked)
    try:
        result = subprocess.run(
            ["sha256sum", "--check", "--strict", MANIFEST],
            cwd=unpacked,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        pytest.skip("sha256sum is not installed")
    assert result.returncode == 0, result.stdout + result.stderr


def test_verify_finds_a_changed_member(book: ExportBook, tmp_path: Path):
    out = tmp_path / "bundle.zip"
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, "bundle", out)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data + b" " if item.filename == "history.json" else data)
    assert verify_bundle(tampered) == ["history.json: checksum does not match"]


def test_missing_photo_file_is_listed_not_fatal(book: ExportBook, tmp_path: Path):
    out = tmp_path / "bundle.zip"
    with Logbook.open(book.data_dir) as logbook:
        photo = logbook.photos_of_client(book.client_id)[0]
        logbook.photo_file(photo).unlink()
        export_client(logbook, book.client_id, "bundle", out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        problems = archive.read(PROBLEMS).decode("utf-8")
    assert f"photos/{photo.sha256}.jpg" not in names
    assert f"photos/{photo.sha256}.jpg: the file is missing" in problems
    assert verify_bundle(out) == []


def test_every_client_in_its_own_folder(book: ExportBook, tmp_path: Path):
    out = tmp_path / "all.zip"
    seen = []
    with Logbook.open(book.data_dir) as logbook:
        export_all(logbook, "bundle", out, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
    # Letters kept as written (NFC), accents too; the apostrophe goes.
    first = f"client-{book.client_id}-Zoë-Ångström-Núñez"
    second = f"client-{book.other_client_id}-Chloé-OBrien"
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        assert {n.split("/")[0] for n in names} == {first, second}
        for folder in (first, second):
            expected = {f"{folder}/{name}" for name in ("history.json", "history.pdf", MANIFEST)}
            assert expected <= names
        assert len([n for n in names if n.startswith(f"{first}/photos/")]) == 3
        assert json.loads(archive.read(f"{second}/history.json"))["client"]["first_name"] == "Chloé"
    assert verify_bundle(out) == []
