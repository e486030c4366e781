"""Why a file is not imported, in plain words: what the file is (from its first bytes),
and what a decoder's failure means. Never a library's own wording or a class name."""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import translate

READABLE = "JPEG, PNG, WebP, TIFF or HEIC"

# How each readable format starts: a file that starts so but does not open is damaged.
_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"RIFF", "WebP"),
)
# Picture formats the logbook does not accept (fewer decoders see untrusted files, and
# these are not what cameras and phones make): named, so the person knows what to do.
_OTHER_FORMATS = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"%!PS", "EPS"),
    (b"\xc5\xd0\xd3\xc6", "EPS"),
    (b"/* XPM */", "XPM"),
    (b"! XPM2", "XPM"),
    (b"8BPS", "Photoshop (PSD)"),
    (b"%PDF", "PDF"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"icns", "ICNS"),
    (b"DDS ", "DDS"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"),
    (b"\xff\x4f\xff\x51", "JPEG 2000"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "JPEG XL"),
    (b"\xff\x0a", "JPEG XL"),
    (b"qoif", "QOI"),
    (b"v/1\x01", "OpenEXR"),
    (b"#?RADIANCE", "Radiance HDR"),
    (b"SIMPLE  =", "FITS"),
)
_NETPBM = {b"1": "PBM", b"2": "PGM", b"3": "PPM", b"4": "PBM", b"5": "PGM", b"6": "PPM"}
_NETPBM |= {b"7": "PAM", b"f": "PFM", b"F": "PFM"}
# Sizes of the header that follows a BMP's 14-byte file header.
_BMP_HEADERS = {12, 16, 40, 52, 56, 64, 108, 124}
_VIDEO_BRANDS = (b"qt  ", b"isom", b"iso2", b"mp41", b"mp42", b"M4V ", b"3gp4", b"3gp5")
_BY_SUFFIX = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".png": "PNG",
    ".webp": "WebP",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".heic": "HEIC",
    ".heif": "HEIC",
    ".avif": "AVIF",
}
# No picture of any accepted format fits in fewer bytes (a 1×1 PNG takes 67).
SHORTEST_PICTURE = 32


def not_accepted(name: str) -> str:
    if name == "PDF":
        return translate(
            "PhotoReasons", "PDF files are not accepted: save the photo as {formats}"
        ).format(formats=READABLE)
    return translate(
        "PhotoReasons", "{format} images are not accepted: save the photo as {formats}"
    ).format(format=name, formats=READABLE)


def cut_short(size: int, name: str | None) -> str:
    amount = (
        translate("PhotoReasons", "1 byte")
        if size == 1
        else translate("PhotoReasons", "{count} bytes").format(count=size)
    )
    if name:
        return translate(
            "PhotoReasons", "the file is cut short ({amount}): not a complete {format}"
        ).format(amount=amount, format=name)
    return translate(
        "PhotoReasons", "the file is cut short ({amount}): not a complete photo"
    ).format(amount=amount)


def damaged(name: str) -> str:
    return translate("PhotoReasons", "the {format} data is damaged or cut short").format(
        format=name
    )


def other_format(head: bytes) -> str | None:
    """The name of a picture format the logbook does not accept, if ``head`` (the
    file's first bytes) starts like one."""
    for signature, name in _OTHER_FORMATS:
        if head.startswith(signature):
            return name
    if re.match(rb"P[1-7fF]\s", head):
        return _NETPBM[head[1:2]]
    if head.startswith(b"BM") and int.from_bytes(head[14:18], "little") in _BMP_HEADERS:
        return "BMP"
    return None


def unreadable(data: bytes, path: Path) -> str:
    """Why ``data``, which no accepted decoder opened, is not a photo it can import."""
    head = data[:1024]
    accepted = next((name for signature, name in _SIGNATURES if head.startswith(signature)), None)
    if len(data) < SHORTEST_PICTURE:
        begun = next((n for s, n in _SIGNATURES if s.startswith(head) or head.startswith(s)), None)
        if begun or not _is_text(head):
            return cut_short(len(data), begun or _BY_SUFFIX.get(path.suffix.lower()))
    if head[4:8] == b"ftyp":
        if head[8:12] in _VIDEO_BRANDS:
            return translate("PhotoReasons", "it is a video, not a photo")
        return translate("PhotoReasons", "the HEIC/HEIF data is damaged or not a picture")
    if accepted == "WebP" and head[8:12] != b"WEBP":
        accepted = None  # another RIFF file (a WAV or AVI)
    if accepted:
        return damaged(accepted)
    other = other_format(head)
    if other:
        return not_accepted(other)
    if _is_text(head):
        if re.match(rb"\s*<(!doctype html|html|\?xml|svg|head|body)", head, re.IGNORECASE):
            return translate("PhotoReasons", "it is a web page or XML text, not a photo")
        return translate("PhotoReasons", "it is a text file, not a photo")
    return translate(
        "PhotoReasons", "it is not a photo in a format the logbook reads ({formats})"
    ).format(formats=READABLE)


def _is_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        if error.start < len(head) - 3:
            return False
        text = head[: error.start].decode("utf-8")
    return bool(text) and all(char.isprintable() or char in "\t\r\n\f" for char in text)


# What decoders say when the data stops early or does not make sense.
_DAMAGE_WORDS = re.compile(
    r"truncated|decoder error|broken data stream|unrecognized data stream|buffer overrun|"
    r"incomplete|end of file|eof|premature|corrupt|crc|invalid|bad |unexpected|"
    r"tile cannot extend|not enough (image )?data|read error|cannot read",
    re.IGNORECASE,
)
_TEXT_BLOCK_WORDS = re.compile(r"MAX_TEXT|text chunk|Decompressed data too large", re.IGNORECASE)


def decode_failure(error: BaseException, name: str) -> str:
    """A decoder's exception as a reason naming the format ``name``."""
    if isinstance(error, MemoryError):
        return translate("PhotoReasons", "the picture is too large to open on this computer")
    message = str(error)
    if _TEXT_BLOCK_WORDS.search(message):
        return translate("PhotoReasons", "the file carries an oversized text block and was refused")
    if isinstance(error, (EOFError, SyntaxError)) or _DAMAGE_WORDS.search(message):
        return damaged(name)
    return translate(
        "PhotoReasons",
        "the {format} file cannot be read: it is damaged or of a kind the logbook does not read",
    ).format(format=name)
