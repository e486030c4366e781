"""Photo files for the tests, made on the spot with Pillow and pillow-heif, so the suite
is complete on any clone.

Every picture has a dark bar along its true top and a red square at its top-left
corner: after import, both must be there again, whatever the file's orientation.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from pathlib import Path

import pillow_heif
from PIL import ExifTags, Image, ImageDraw

pillow_heif.register_heif_opener()

SKIN = (196, 150, 128)
BAR = (25, 25, 25)
MARK = (220, 30, 30)
GPS_IFD = 0x8825
TAKEN = "2025:05:01 10:15:00"


def picture(width: int = 400, height: int = 300, seed: int = 0) -> Image.Image:
    """An upright test picture: skin tone with some texture, dark bar at the top (a
    tenth of the height), red square at the top-left below the bar."""
    rnd = random.Random(seed)
    tone = tuple(max(0, min(255, c + rnd.randint(-20, 20))) for c in SKIN)
    image = Image.new("RGB", (width, height), tone)
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rnd.randrange(width), rnd.randrange(height)
        r = rnd.randint(2, max(3, width // 40))
        shade = tuple(max(0, c - rnd.randint(10, 40)) for c in tone)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)
    bar = max(2, height // 10)
    draw.rectangle((0, 0, width - 1, bar - 1), fill=BAR)
    side = max(4, min(width, height) // 8)
    draw.rectangle((0, bar + 2, side, bar + 2 + side), fill=MARK)
    return image


def exif_block(
    orientation: int | None = None,
    gps: bool = True,
    taken: str | None = TAKEN,
    offset: str | None = None,
    make: str | None = "Acme",
    model: str | None = "Phone 1",
) -> bytes:
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if make:
        exif[ExifTags.Base.Make] = make
    if model:
        exif[ExifTags.Base.Model] = model
    details = exif.get_ifd(ExifTags.IFD.Exif)
    if taken:
        details[ExifTags.Base.DateTimeOriginal] = taken
    if offset:
        details[ExifTags.Base.OffsetTimeOriginal] = offset
    if gps:
        location = exif.get_ifd(GPS_IFD)
        location[ExifTags.GPS.GPSLatitudeRef] = "N"
        location[ExifTags.GPS.GPSLatitude] = (48.0, 51.0, 24.0)
        location[ExifTags.GPS.GPSLongitudeRef] = "E"
        location[ExifTags.GPS.GPSLongitude] = (2.0, 21.0, 7.0)
    return exif.tobytes()


# How a camera stores an upright picture for each EXIF orientation: the inverse of the
# turn a viewer applies.
_STORED_AS = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def as_stored(upright: Image.Image, orientation: int) -> Image.Image:
    method = _STORED_AS[orientation]
    return upright.transpose(method) if method is not None else upright.copy()


def save(image: Image.Image, path: Path, format: str, **options) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format, **options)
    return path


def jpeg_bytes(image: Image.Image, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", **options)
    return out.getvalue()


def phone_jpeg(path: Path, width: int = 400, height: int = 300, **exif) -> Path:
    """A portrait phone photo as phones store it: sideways pixels, Orientation 6, GPS."""
    upright = picture(width, height)
    stored = as_stored(upright, 6)
    return save(stored, path, "JPEG", quality=90, exif=exif_block(orientation=6, **exif))


def sixteen_bit_grey_png(path: Path, values: list[int], width: int = 64) -> Path:
    """A 16-bit greyscale PNG of horizontal bands, one per value (0..65535)."""
    band = 16
    image = Image.new("I;16", (width, band * len(values)))
    for index, value in enumerate(values):
        # (pasting a plain number into an I;16 image writes 0: paste an image)
        image.paste(Image.new("I;16", (width, band), value), (0, index * band))
    return save(image, path, "PNG")


_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def flat_png(path: Path, width: int, height: int, colour_type: int = 6, bit_depth: int = 8) -> Path:
    """A valid all-zero PNG of any size and colour type (6: RGBA, fully transparent),
    written row by row without ever holding the picture in memory: even a huge one is
    small on disk (a decompression bomb)."""
    row = b"\x00" + b"\x00" * ((width * _PNG_CHANNELS[colour_type] * bit_depth + 7) // 8)
    squeeze = zlib.compressobj(9)
    chunks = []
    rows_per_step = max(1, (1 << 22) // len(row))
    for start in range(0, height, rows_per_step):
        chunks.append(squeeze.compress(row * min(rows_per_step, height - start)))
    chunks.append(squeeze.flush())

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    if colour_type == 3:
        data += chunk(b"PLTE", b"\x00\x00\x00")
    data += chunk(b"IDAT", b"".join(chunks)) + chunk(b"IEND", b"")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def one_bit_png(path: Path, width: int, height: int) -> Path:
    """A valid all-black 1-bit PNG of any size: a 24000×24000 one is ~70 KB on disk."""
    return flat_png(path, width, height, colour_type=0, bit_depth=1)


def fake_heic(path: Path, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    box = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic"
    path.write_bytes(box + bytes(rnd.randrange(256) for _ in range(4000)))
    return path


def garbage_after_jpeg_header(path: Path, seed: int = 3) -> Path:
    good = jpeg_bytes(picture(), quality=90, exif=exif_block())
    header_end = good.index(b"\xff\xdb")  # up to the quantisation tables
    rnd = random.Random(seed)
    path.write_bytes(good[:header_end] + bytes(rnd.randrange(256) for _ in range(20000)))
    return path


def truncated(path: Path, source: bytes, fraction: float = 0.5) -> Path:
    path.write_bytes(source[: int(len(source) * fraction)])
    return path


def sha256_hex(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def deep_tiff(
    path: Path,
    width: int,
    height: int,
    bands: int = 3,
    sample_format: int = 1,
    bits: int = 16,
    low: float = 0,
    high: float | None = None,
    extra_tags: tuple[tuple[int, int, int, int], ...] = (),
) -> Path:
    """A deflate-compressed TIFF of ``bands`` samples of ``bits`` bits per pixel (16-bit
    RGB, say, which Pillow cannot write), written strip by strip: a smooth horizontal
    ramp, so even a huge one is small on disk and is never held in memory whole.
    ``sample_format``: 1 unsigned integer, 3 floating point; the ramp runs from ``low``
    to ``high`` (default: the largest value of the type, 1.0 for floating point).
    ``extra_tags``: raw IFD entries (tag, type, count, value or offset) written as given,
    e.g. one pointing past the end of the file."""
    sample_bytes = bits // 8
    row_bytes = width * bands * sample_bytes
    rows_per_strip = max(1, min(height, (1 << 20) // row_bytes))
    code = {(1, 8): "B", (1, 16): "H", (1, 32): "I", (3, 32): "f"}[(sample_format, bits)]
    if high is None:
        high = 1.0 if sample_format == 3 else 2**bits - 1
    ramp = [low + (high - low) * x / max(1, width - 1) for x in range(width)]
    values = [v if sample_format == 3 else round(v) for v in ramp for _ in range(bands)]
    row = struct.pack(f"<{len(values)}{code}", *values)
    strips = []
    for start in range(0, height, rows_per_strip):
        strips.append(zlib.compress(row * min(rows_per_strip, height - start), 6))
    header_size = 8
    body = b"".join(strips)
    offsets, position = [], header_size
    for strip in strips:
        offsets.append(position)
        position += len(strip)
    extra = bytearray()
    extra_at = header_size + len(body)

    def array(kind: str, items: list[int]) -> int:
        nonlocal extra
        where = extra_at + len(extra)
        extra += struct.pack(f"<{len(items)}{kind}", *items)
        return where

    entries: list[tuple[int, int, int, int]] = []  # tag, type, count, value/offset

    def tag(number: int, kind: int, items: list[int]) -> None:
        if len(items) == 1:
            entries.append((number, kind, 1, items[0]))
        else:
            entries.append((number, kind, len(items), array("I" if kind == 4 else "H", items)))

    tag(256, 4, [width])
    tag(257, 4, [height])
    tag(258, 3, [bits] * bands)
    tag(259, 3, [8])  # deflate
    tag(262, 3, [2 if bands >= 3 else 1])
    tag(273, 4, offsets)
    tag(277, 3, [bands])
    tag(278, 4, [rows_per_strip])
    tag(279, 4, [len(strip) for strip in strips])
    tag(284, 3, [1])
    tag(339, 3, [sample_format] * bands)
    entries.extend(extra_tags)
    if len(extra) % 2:
        extra += b"\x00"
    ifd_at = extra_at + len(extra)
    ifd = struct.pack("<H", len(entries))
    for number, kind, count, value in sorted(entries):
        packed = struct.pack("<H", value) + b"\x00\x00" if kind == 3 and count == 1 else None
        ifd += struct.pack("<HHI", number, kind, count) + (packed or struct.pack("<I", value))
    ifd += struct.pack("<I", 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"II*\x00" + struct.pack("<I", ifd_at) + body + bytes(extra) + ifd)
    return path
