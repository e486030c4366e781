"""Reading a photo file as the practitioner gives it.

Anything that is not a complete, sane picture is refused with a reason a person can act
on; what is accepted comes back upright, in 8-bit RGB, with its capture time. The file is
read into memory once: its hash, its checks and its decoding all see the same bytes.
"""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pillow_heif
from PIL import ExifTags, Image, ImageFile, ImageOps

from ..errors import PhotoRefused
from .colour import to_rgb

pillow_heif.register_heif_opener()
# A cut-off file must be refused, never filled up with grey and stored as a photo.
ImageFile.LOAD_TRUNCATED_IMAGES = False

MAX_FILE_BYTES = 256 * 1024 * 1024
# Refused from the header, before any pixel is decoded. Pillow itself warns from
# 89.5 megapixels and refuses from twice that: staying just under its warning means
# Pillow never warns about a picture we accept. (Phones make 12–50 MP.)
MAX_PIXELS = 89_000_000
# The stored copy is a JPEG, which cannot be larger than this on either side.
MAX_SIDE = 65_500
READABLE = "JPEG, PNG, WebP, TIFF or HEIC"
# Only these decoders ever see an imported file (less exposure to rarely used parsers).
_OPEN_AS = ("JPEG", "PNG", "WEBP", "TIFF", "HEIF", "AVIF")
_FORMAT_NAMES = {"MPO": "JPEG", "WEBP": "WebP", "HEIF": "HEIC"}
_EXIF_DATE = re.compile(r"^(\d{4})[:-](\d\d)[:-](\d\d)[ T](\d\d):(\d\d):(\d\d)")
_EXIF_OFFSET = re.compile(r"^([+-])(\d\d):(\d\d)$")


@dataclass(frozen=True)
class DecodedPhoto:
    """An accepted picture: ``image`` is upright, RGB, fully decoded, without metadata.

    The EXIF fields are kept as written in the file (for the stored copy's new, minimal
    EXIF); ``taken_at`` is their meaning as a point in time.
    """

    image: Image.Image
    source_format: str
    taken_at: datetime | None = None
    date_time_original: str | None = None
    offset_time_original: str | None = None
    make: str | None = None
    model: str | None = None
    icc_profile: bytes | None = None

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height


def load_photo(path: Path | str) -> DecodedPhoto:
    """Read and decode the file at ``path``, or raise ``PhotoRefused`` saying why not."""
    path = Path(path)
    return decode_photo(read_source(path), path)


def read_source(path: Path) -> bytes:
    try:
        if not path.is_file():
            if path.exists():
                raise PhotoRefused(path, "it is a folder, not a file")
            raise PhotoRefused(path, "the file does not exist (moved or deleted?)")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PhotoRefused(
                path, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB: not a photo"
            )
        data = path.read_bytes()
    except OSError as error:
        raise PhotoRefused(path, f"the file cannot be read: {error.strerror or error}") from None
    if not data:
        raise PhotoRefused(path, "the file is empty (0 bytes)")
    return data


def decode_photo(data: bytes, path: Path | str) -> DecodedPhoto:
    """Decode the bytes of the file ``path`` (named in any refusal)."""
    path = Path(path)
    if not data:
        raise PhotoRefused(path, "the file is empty (0 bytes)")
    if data.startswith(b"\xff\xd8") and not _jpeg_has_end(data):
        raise PhotoRefused(path, "the file is incomplete: its JPEG data stops before the end")
    try:
        image = Image.open(io.BytesIO(data), formats=_formats())
    except Image.UnidentifiedImageError:
        raise PhotoRefused(path, _unreadable_reason(data)) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PhotoRefused(path, _too_large_reason(str(error))) from None
    except Exception as error:  # any parser failure on untrusted bytes
        raise PhotoRefused(path, _damaged_reason(error)) from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoRefused(path, _too_large_reason(f"{width * height} pixels", width, height))
    if max(width, height) > MAX_SIDE:
        raise PhotoRefused(path, f"the picture is {width}×{height} pixels: too long to store")
    source_format = _FORMAT_NAMES.get(image.format or "", image.format or "?")
    try:
        image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PhotoRefused(path, _too_large_reason(str(error))) from None
    except MemoryError:
        raise PhotoRefused(path, "the picture is too large to open on this computer") from None
    except Exception as error:
        raise PhotoRefused(path, _damaged_reason(error)) from None
    capture = _capture_info(image)
    icc_profile = image.info.get("icc_profile")
    with contextlib.suppress(Exception):  # unreadable EXIF: no orientation to apply
        ImageOps.exif_transpose(image, in_place=True)
    try:
        rgb, icc_profile = to_rgb(image, icc_profile)
    except Exception as error:
        raise PhotoRefused(path, _damaged_reason(error)) from None
    # Nothing of the source's metadata may travel on (GPS, XMP, comments, ...).
    rgb.info = {}
    return DecodedPhoto(rgb, source_format, *capture, icc_profile=icc_profile)


def _formats() -> tuple[str, ...]:
    if not all(name in Image.OPEN for name in _OPEN_AS):
        Image.init()
    # AVIF only where this Pillow build has it; asking for an unknown format fails.
    return tuple(name for name in _OPEN_AS if name in Image.OPEN)


def _jpeg_has_end(data: bytes) -> bool:
    """Whether the JPEG's picture data is followed by its end marker (EOI). Walks the
    header segments to the first scan, so that the end marker of an embedded EXIF
    thumbnail is not mistaken for the picture's own. Unusual layouts pass: Pillow
    judges those."""
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return True
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
        elif marker == 0xDA:  # start of scan: entropy-coded data, never contains FFD9
            return data.find(b"\xff\xd9", position) != -1
        elif 0xD0 <= marker <= 0xD8 or marker == 0x01:  # markers without a length
            position += 2
        else:
            position += 2 + int.from_bytes(data[position + 2 : position + 4], "big")
    return False


# How each readable format starts: a file that starts so but does not open is damaged.
_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


def _unreadable_reason(data: bytes) -> str:
    head = data[:1024]
    if head[4:8] == b"ftyp":
        return "the HEIC/HEIF data is damaged or not a picture"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "the WebP data is damaged"
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            return f"the {name} data is damaged"
    if _is_text(head):
        if re.match(rb"\s*<(!doctype html|html|\?xml|svg|head|body)", head, re.IGNORECASE):
            return "it is a web page or XML text, not a photo"
        return "it is a text file, not a photo"
    return f"it is not a photo in a format the logbook reads ({READABLE})"


def _is_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        if error.start < len(head) - 3:
            return False
        text = head[: error.start].decode("utf-8")
    return all(char.isprintable() or char in "\t\r\n\f" for char in text)


def _too_large_reason(detail: str, width: int = 0, height: int = 0) -> str:
    match = re.search(r"(\d+) pixels", detail)
    size = f"{width}×{height} pixels, " if width else ""
    amount = f"{size}{int(match.group(1)) / 1e6:.0f} megapixels" if match else "too many pixels"
    # e.g. "24000×24000 pixels, 576 megapixels (the limit is 89)"
    return f"the picture is too large to import: {amount} (the limit is {MAX_PIXELS // 10**6})"


def _damaged_reason(error: BaseException) -> str:
    return f"the picture data is damaged or incomplete ({str(error) or type(error).__name__})"


def _capture_info(
    image: Image.Image,
) -> tuple[datetime | None, str | None, str | None, str | None, str | None]:
    """(taken_at, DateTimeOriginal, OffsetTimeOriginal, Make, Model) from the EXIF; a
    broken EXIF block counts as none."""
    try:
        exif = image.getexif()
        details = exif.get_ifd(ExifTags.IFD.Exif)
    except Exception:
        return None, None, None, None, None
    original = _text(details.get(ExifTags.Base.DateTimeOriginal))
    offset = _text(details.get(ExifTags.Base.OffsetTimeOriginal))
    taken_at = _exif_time(original, offset)
    if taken_at is None:
        original = offset = None
    elif offset and not _EXIF_OFFSET.match(offset):
        offset = None
    make = _text(exif.get(ExifTags.Base.Make))
    model = _text(exif.get(ExifTags.Base.Model))
    return taken_at, original, offset, make, model


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value[:64] or None


def _exif_time(text: str | None, offset: str | None) -> datetime | None:
    """EXIF "YYYY:MM:DD HH:MM:SS" at its recorded offset; with none recorded, the local
    time of this computer (where the camera's clock most likely was)."""
    match = _EXIF_DATE.match(text or "")
    if not match:
        return None
    try:
        moment = datetime(*(int(part) for part in match.groups()))
    except ValueError:  # "0000:00:00 00:00:00" and other placeholders
        return None
    if moment.year < 1900:
        return None
    zone = _EXIF_OFFSET.match(offset or "")
    if zone:
        sign, hours, minutes = zone.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        return moment.replace(tzinfo=timezone(-delta if sign == "-" else delta))
    return moment.astimezone()
