"""How much memory importing one photo takes, judged from its header alone.

A file's size says little: a smooth 11000×8000 PNG is 360 KB and decodes to 350 MB. So
the import reckons, before any pixel is decoded, the peak of the whole import — the file
itself, the decoded picture in the decoder's mode, every full-size copy the pipeline
makes (mode conversion, flattening, turning upright, the stored JPEG) — and refuses a
file whose peak would pass ``MEMORY_LIMIT``. The figures follow what
``logger_app.photos.colour`` and ``decode`` do and were measured with
``benchmarks/bench_photo_memory.py``; change them together.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 2**20
MEMORY_LIMIT = 600 * MB
# The program itself while it imports: Python, Pillow, pillow-heif, SQLite (measured at
# about 60 MB), with room to spare.
PROCESS_RESERVE = 90 * MB
# The stored JPEG (quality 95, no chroma subsampling) of a detailed photograph, with the
# slack of the buffer it grows in; sensor noise alone can take more.
ENCODED_PER_PIXEL = 1.25

# Bytes per pixel of a picture in Pillow's memory: RGB takes 4 (padded), LA 4.
_ONE_BYTE = frozenset({"1", "L", "P"})
_TWO_BYTES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
# Modes that are 8-bit grey or palette when turned upright.
_GREY_OR_PALETTE = _ONE_BYTE | _TWO_BYTES | {"I", "F", "LA", "La"}
# Decoders that hold more than the decoded picture while decoding, per pixel, all
# included (measured): WebP keeps two canvases and a copy, pillow-heif its own buffer.
_DECODING = {"WEBP": 16.0, "HEIF": 8.0, "AVIF": 8.0}


def bytes_per_pixel(mode: str) -> int:
    if mode in _ONE_BYTE:
        return 1
    return 2 if mode in _TWO_BYTES else 4


def _converting(mode: str, transparency: bool) -> float:
    """Bytes per pixel at the peak of bringing a picture of ``mode`` to 8-bit RGB (see
    colour.py): the source and what is made from it, at once."""
    if mode in _ONE_BYTE or mode in _TWO_BYTES or mode in ("I", "F"):
        return 5  # source and its 8-bit grey (strip by strip), then that and the RGB
    if mode in ("LA", "La"):
        return 6  # source, the grey flattened onto white, Pillow's grey copy of it
    if mode == "RGB":
        return 4  # a colour key is whitened in place, strip by strip
    if mode in ("RGBA", "CMYK"):
        return 8  # source and the RGB made from it
    return 12  # premultiplied or palette alpha: through RGBA first


@dataclass(frozen=True)
class PhotoHeader:
    """What is known before decoding: size, the decoder's mode, the format, the file."""

    width: int
    height: int
    mode: str
    format: str
    file_bytes: int
    transparency: bool = False
    turned: bool = False  # EXIF orientation other than upright

    @property
    def pixels(self) -> int:
        return self.width * self.height


def import_peak(header: PhotoHeader) -> int:
    """Peak bytes of the whole import of that file: the largest of its stages."""
    pixels = header.pixels
    decoded = bytes_per_pixel(header.mode)
    decoding = header.file_bytes + pixels * _DECODING.get(header.format, decoded)
    converting = header.file_bytes + pixels * _converting(header.mode, header.transparency)
    if header.turned:
        # Turned once in 8 bits (grey or palette: 1 byte a pixel, colour: 4): two copies.
        smallest = 1 if header.mode in _GREY_OR_PALETTE else 4
        converting = max(converting, header.file_bytes + pixels * 2 * smallest)
    # The source file is let go once decoded; the RGB picture and its JPEG remain.
    encoding = pixels * (4 + ENCODED_PER_PIXEL)
    return PROCESS_RESERVE + int(max(decoding, converting, encoding))


def describe(header: PhotoHeader) -> str:
    """e.g. "11000 × 8000 pixels with transparency"."""
    what = [f"{header.width} × {header.height} pixels"]
    if header.mode in _TWO_BYTES:
        what.append("at 16 bits")
    elif header.mode in ("I", "F"):
        what.append("at 32 bits")
    elif header.mode == "CMYK":
        what.append("in CMYK")
    if header.transparency:
        what.append("with transparency")
    if header.turned:
        what.append("to be turned upright")
    return " ".join(what)


def amount(size: int) -> str:
    """Bytes in round words: "790 MB", "1.4 GB"."""
    if size >= 1000 * MB:
        return f"{size / 2**30:.1f} GB"
    return f"{max(10, round(size / MB / 10) * 10)} MB"


def too_much_memory(header: PhotoHeader, need: int) -> str:
    return (
        f"{describe(header)} needs about {amount(need)} to process; the limit is "
        f"{amount(MEMORY_LIMIT)}. Save it as a smaller JPEG and import that."
    )
