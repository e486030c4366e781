"""Files that are not imported, one row per case: the reason in plain words (never a
library's wording), and nothing stored — no row, no photo file, no thumbnail, no
temporary file."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from logger_app.logbook import Logbook
from logger_app.records import ImportStatus, PhotoDetails
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ..photo_files import deep_tiff, flat_png, jpeg_bytes, picture

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
SAVE_AS = "save the photo as JPEG, PNG, WebP, TIFF or HEIC"


def encoded(image: Image.Image, format: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format, **options)
    return out.getvalue()


def png_bytes() -> bytes:
    return encoded(picture(200, 150), "PNG")


def scrambled_png() -> bytes:
    data = bytearray(png_bytes())
    start = data.index(b"IDAT") + 8
    data[start : start + 300] = random.Random(5).randbytes(300)
    return bytes(data)


def png_with_oversized_text() -> bytes:
    """A compressed text chunk that unpacks to 3 MB: more than Pillow lets a text chunk
    take (its MAX_TEXT_CHUNK)."""
    info = PngImagePlugin.PngInfo()
    info.add_text("comment", "x" * (3 << 20), zip=True)
    return encoded(picture(60, 40), "PNG", pnginfo=info)


def eps_bytes() -> bytes:
    return b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 40 30\nnewpath 0 0 moveto\n" * 3


XPM = b'/* XPM */\nstatic char *x[] = {\n"2 2 1 1",\n"a c #FF0000",\n"aa",\n"aa"};\n'


def tiff_bytes(tmp_path: Path) -> bytes:
    return deep_tiff(tmp_path / "source.tif", 300, 200).read_bytes()


def infinite_tiff() -> bytes:
    image = Image.new("F", (20, 10), 0.5)
    image.putpixel((3, 3), float("inf"))
    return encoded(image, "TIFF")


# name of the file, its bytes (made in tmp_path), the reason expected
CASES: dict[str, tuple[str, Callable[[Path], bytes], str]] = {
    "one byte of a PNG": (
        "photo.png",
        lambda tmp: png_bytes()[:1],
        "the file is cut short (1 byte): not a complete PNG",
    ),
    "two bytes named .png": (
        "photo.png",
        lambda tmp: b"\x00\x01",
        "the file is cut short (2 bytes): not a complete PNG",
    ),
    "the start of a PNG": (
        "photo.png",
        lambda tmp: png_bytes()[:20],
        "the file is cut short (20 bytes): not a complete PNG",
    ),
    "half a PNG (image file is truncated)": (
        "photo.png",
        lambda tmp: png_bytes()[: len(png_bytes()) // 2],
        "the PNG data is damaged or cut short",
    ),
    "scrambled PNG pixels (decoder error)": (
        "photo.png",
        lambda tmp: scrambled_png(),
        "the PNG data is damaged or cut short",
    ),
    "PNG with an oversized text block (MAX_TEXT_CHUNK)": (
        "photo.png",
        lambda tmp: png_with_oversized_text(),
        "the file carries an oversized text block and was refused",
    ),
    "half a TIFF": (
        "scan.tif",
        lambda tmp: tiff_bytes(tmp)[: len(tiff_bytes(tmp)) // 2],
        "the TIFF data is damaged or cut short",
    ),
    "float TIFF with an infinite value": (
        "scan.tif",
        lambda tmp: infinite_tiff(),
        "the picture cannot be shown: its values include infinite or undefined numbers",
    ),
    "EPS": ("figure.eps", lambda tmp: eps_bytes(), f"EPS images are not accepted: {SAVE_AS}"),
    "EPS named .jpg": (
        "photo.jpg",
        lambda tmp: eps_bytes(),
        f"EPS images are not accepted: {SAVE_AS}",
    ),
    "PGM": (
        "grey.pgm",
        lambda tmp: encoded(picture(40, 30).convert("L"), "PPM"),
        f"PGM images are not accepted: {SAVE_AS}",
    ),
    "PPM": (
        "colour.ppm",
        lambda tmp: encoded(picture(40, 30), "PPM"),
        f"PPM images are not accepted: {SAVE_AS}",
    ),
    "XPM": ("icon.xpm", lambda tmp: XPM, f"XPM images are not accepted: {SAVE_AS}"),
    "BMP": (
        "photo.bmp",
        lambda tmp: encoded(picture(40, 30), "BMP"),
        f"BMP images are not accepted: {SAVE_AS}",
    ),
    "GIF named .jpg": (
        "photo.jpg",
        lambda tmp: encoded(picture(40, 30).convert("P"), "GIF"),
        f"GIF images are not accepted: {SAVE_AS}",
    ),
    "PDF": (
        "scan.pdf",
        lambda tmp: encoded(picture(40, 30), "PDF"),
        f"PDF files are not accepted: {SAVE_AS}",
    ),
    "text named .jpg": (
        "photo.jpg",
        lambda tmp: b"these are my notes, not a photo\n" * 4,
        "it is a text file, not a photo",
    ),
    "a JPEG cut after its header": (
        "photo.jpg",
        lambda tmp: jpeg_bytes(picture(300, 200))[:400],
        "the file is incomplete: its JPEG data stops before the end",
    ),
    "11000×8000 RGBA PNG (360 KB, 350 MB decoded)": (
        "huge.png",
        lambda tmp: flat_png(tmp / "huge-source.png", 11000, 8000).read_bytes(),
        "the picture is too large: 11000 × 8000 pixels with transparency needs about 760 MB "
        "to process; the limit is 600 MB. Save it as a smaller JPEG and import that.",
    ),
}


@pytest.fixture
def session_id(logbook: Logbook, client, make_session) -> int:
    return logbook.record_session(make_session(client.id), now=NOW).id


def files_in(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


@pytest.mark.parametrize("case", list(CASES))
def test_a_file_is_refused_in_plain_words_and_nothing_is_stored(
    logbook: Logbook, session_id: int, tmp_path: Path, case: str
) -> None:
    name, make, expected = CASES[case]
    source = tmp_path / "camera" / name
    source.parent.mkdir()
    source.write_bytes(make(tmp_path))
    before = files_in(logbook.data_dir)

    [result] = logbook.import_photos(
        session_id, [source], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    )

    assert result.status is ImportStatus.REFUSED
    assert result.reason == expected
    for leak in ("Pillow", "PIL", "Error", "decoder", "MAX_TEXT", "Plugin"):
        assert leak not in result.reason
    assert logbook.photo_count() == 0
    assert files_in(logbook.data_dir) == before  # no photo, thumbnail or temporary file
