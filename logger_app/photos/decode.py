"""Reading a photo file as the practitioner gives it.

Anything that is not a complete, sane picture is refused with a reason a person can act
on; what is accepted comes back upright, in 8-bit RGB, with its capture time. The file is
read into memory once: its hash, its checks and its decoding all see the same bytes.

Before any pixel is decoded, the memory the whole import will need is reckoned from the
header (``memory.py``); a file that would pass the limit is refused then. Decoding runs
one file at a time in a process, with the libraries' warnings kept to ourselves: every
problem is said once, in the refusal.
"""

from __future__ import annotations

import io
import re
import threading
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pillow_heif
from PIL import ExifTags, Image, ImageFile

from ..errors import PhotoRefused
from ..i18n import translate
from . import memory, reasons
from .colour import UnusablePicture, to_8_bit, to_rgb

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
READABLE = reasons.READABLE
# Only these decoders ever see an imported file (less exposure to rarely used parsers).
_OPEN_AS = ("JPEG", "PNG", "WEBP", "TIFF", "HEIF", "AVIF")
_FORMAT_NAMES = {"MPO": "JPEG", "WEBP": "WebP", "HEIF": "HEIC"}
_EXIF_DATE = re.compile(r"^(\d{4})[:-](\d\d)[:-](\d\d)[ T](\d\d):(\d\d):(\d\d)")
_EXIF_OFFSET = re.compile(r"^([+-])(\d\d):(\d\d)$")
# EXIF orientation → the turn that makes the picture upright.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# One decode at a time: the memory limit holds for the process, previews and imports
# together, and the warning filters (process-wide) are changed by one thread only.
_ONE_AT_A_TIME = threading.Lock()


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
                raise PhotoRefused(path, translate("PhotoReasons", "it is a folder, not a file"))
            raise PhotoRefused(
                path, translate("PhotoReasons", "the file does not exist (moved or deleted?)")
            )
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PhotoRefused(
                path,
                translate("PhotoReasons", "the file is larger than {size} MB: not a photo").format(
                    size=MAX_FILE_BYTES // 2**20
                ),
            )
        data = path.read_bytes()
    except OSError as error:
        raise PhotoRefused(
            path,
            translate("PhotoReasons", "the file cannot be read: {error}").format(
                error=error.strerror or error
            ),
        ) from None
    if not data:
        raise PhotoRefused(path, translate("PhotoReasons", "the file is empty (0 bytes)"))
    return data


def decode_photo(data: bytes, path: Path | str) -> DecodedPhoto:
    """Decode the bytes of the file ``path`` (named in any refusal)."""
    path = Path(path)
    if not data:
        raise PhotoRefused(path, translate("PhotoReasons", "the file is empty (0 bytes)"))
    if data.startswith(b"\xff\xd8") and not _jpeg_has_end(data):
        raise PhotoRefused(
            path,
            translate("PhotoReasons", "the file is incomplete: its JPEG data stops before the end"),
        )
    with _ONE_AT_A_TIME, warnings.catch_warnings():
        # Pillow's and pillow-heif's warnings (a large picture, odd EXIF or TIFF tags)
        # would reach the terminal; what matters of them is in the refusal.
        warnings.simplefilter("ignore")
        return _decode(data, path)


def _decode(data: bytes, path: Path) -> DecodedPhoto:
    if len(data) < reasons.SHORTEST_PICTURE:  # no decoder needs to see it
        raise PhotoRefused(path, reasons.unreadable(data, path))
    try:
        image = Image.open(io.BytesIO(data), formats=_formats())
    except Image.UnidentifiedImageError:
        raise PhotoRefused(path, reasons.unreadable(data, path)) from None
    except Image.DecompressionBombError as error:
        raise PhotoRefused(path, _too_large_reason(str(error))) from None
    except Exception as error:  # any parser failure on untrusted bytes
        name = _format_name(None, data, path)
        raise PhotoRefused(path, reasons.decode_failure(error, name)) from None
    source_format = _format_name(image.format, data, path)
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoRefused(path, _too_large_reason(f"{width * height} pixels", width, height))
    if max(width, height) > MAX_SIDE:
        raise PhotoRefused(
            path,
            translate(
                "PhotoReasons", "the picture is {width}×{height} pixels: too long to store"
            ).format(width=width, height=height),
        )
    turned = _orientation(image, header_only=True) != 1
    _check_memory(image, len(data), turned, path)
    try:
        image.load()
    except Exception as error:  # MemoryError included
        raise PhotoRefused(path, reasons.decode_failure(error, source_format)) from None
    capture = _capture_info(image)
    icc_profile = image.info.get("icc_profile")
    orientation = _orientation(image)
    if orientation != 1 and not turned:  # found only now (EXIF after a PNG's pixels)
        _check_memory(image, len(data), True, path)
    if image.format == "WEBP":
        # Pillow's WebP decoder keeps two full-size canvases until the file is closed.
        loaded, image = image, image.copy()
        loaded.close()
    try:
        image, icc_profile = to_8_bit(image, icc_profile)
        if orientation in _UPRIGHT:
            image = image.transpose(_UPRIGHT[orientation])
        image = to_rgb(image)
    except UnusablePicture as problem:
        raise PhotoRefused(
            path,
            translate("PhotoReasons", "the picture cannot be shown: {problem}").format(
                problem=problem
            ),
        ) from None
    except Exception as error:
        raise PhotoRefused(path, reasons.decode_failure(error, source_format)) from None
    # Nothing of the source's metadata may travel on (GPS, XMP, comments, ...).
    image.info = {}
    return DecodedPhoto(image, source_format, *capture, icc_profile=icc_profile)


def import_memory(path: Path | str) -> int:
    """The peak memory (bytes) importing the file at ``path`` would take, as reckoned
    from its header before decoding; 0 for a file that is not an accepted picture."""
    data = Path(path).read_bytes()
    with _ONE_AT_A_TIME, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(io.BytesIO(data), formats=_formats()) as image:
                turned = _orientation(image, header_only=True) != 1
                return memory.import_peak(_header(image, len(data), turned))
        except Exception:
            return 0


def _header(image: Image.Image, file_bytes: int, turned: bool) -> memory.PhotoHeader:
    return memory.PhotoHeader(
        width=image.width,
        height=image.height,
        mode=image.mode,
        format=image.format or "",
        file_bytes=file_bytes,
        transparency=image.mode in ("RGBA", "RGBa", "LA", "La", "PA")
        or "transparency" in image.info,
        turned=turned,
    )


def _check_memory(image: Image.Image, file_bytes: int, turned: bool, path: Path) -> None:
    header = _header(image, file_bytes, turned)
    need = memory.import_peak(header)
    if need > memory.MEMORY_LIMIT:
        reason = memory.too_much_memory(header, need)
        raise PhotoRefused(
            path,
            translate("PhotoReasons", "the picture is too large: {reason}").format(reason=reason),
        )


def _orientation(image: Image.Image, header_only: bool = False) -> int:
    """The EXIF orientation (1: upright). ``header_only``: without decoding — a PNG
    keeps EXIF after its pixels at times, which is then found only once loaded."""
    try:
        if header_only and image.format == "PNG":
            raw = image.info.get("exif")
            exif = Image.Exif()
            if raw:
                exif.load(raw)
        else:
            exif = image.getexif()
        value = exif.get(ExifTags.Base.Orientation, 1)
    except Exception:  # unreadable EXIF: nothing to turn
        return 1
    return value if value in _UPRIGHT else 1


def _format_name(format: str | None, data: bytes, path: Path) -> str:
    if format:
        return _FORMAT_NAMES.get(format, format)
    for signature, name in (
        (b"\xff\xd8", "JPEG"),
        (b"\x89PNG", "PNG"),
        (b"II*\x00", "TIFF"),
        (b"MM\x00*", "TIFF"),
    ):
        if data.startswith(signature):
            return name
    if data[8:12] == b"WEBP":
        return "WebP"
    return "HEIC" if data[4:8] == b"ftyp" else "picture"


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


def _too_large_reason(detail: str, width: int = 0, height: int = 0) -> str:
    match = re.search(r"(\d+) pixels", detail)
    size = f"{width}×{height} pixels, " if width else ""
    amount = f"{size}{int(match.group(1)) / 1e6:.0f} megapixels" if match else "too many pixels"
    # e.g. "24000×24000 pixels, 576 megapixels (the limit is 89)"
    return f"the picture is too large to import: {amount} (the limit is {MAX_PIXELS // 10**6})"


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
