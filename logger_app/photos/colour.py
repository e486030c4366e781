"""Bringing any accepted picture to 8-bit RGB, as stored: transparency (an alpha channel
or a colour key) flattened onto white, 16-bit grey scaled by its bit depth (not clipped),
32-bit data scaled by its own range, CMYK converted through its colour profile when it
has one. An RGB colour profile is kept, since it still describes the pixels.

Done in two steps so that a picture is turned upright while it is smallest: ``to_8_bit``
(grey, palette or RGB, 8 bits a channel), then ``to_rgb``. Each step holds as few
full-size copies as it can — wide intermediates are made strip by strip, colour keys
and palettes changed in place — as ``logger_app.photos.memory`` reckons.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator

from PIL import Image, ImageChops

_ALPHA_MODES = frozenset({"RGBA", "RGBa", "LA", "La", "PA"})
_DEEP_MODES = frozenset({"I", "F", "I;16", "I;16L", "I;16B", "I;16N"})
_WHITE = (255, 255, 255)
# Sensors and scanners often fill a 16-bit container with fewer significant bits.
_SIGNIFICANT_BITS = (8, 10, 12, 14, 16)
# Wide intermediates (32-bit values, masks) are made for this many pixels at a time.
STRIP_PIXELS = 1 << 21


class UnusablePicture(ValueError):
    """The picture decodes but cannot be shown (its values are not numbers, say)."""


def to_8_bit(image: Image.Image, icc_profile: bytes | None) -> tuple[Image.Image, bytes | None]:
    """The picture as "L", "P" or "RGB" with nothing transparent left, and the colour
    profile that goes with it (None when it no longer applies). ``image`` itself may be
    changed (a colour key whitened, a palette flattened) and returned."""
    mode = image.mode
    keep_profile = icc_profile if _is_rgb_profile(icc_profile) else None
    key = image.info.get("transparency")
    if mode == "RGB":
        if isinstance(key, tuple):
            _whiten_colour_key(image, key)
        return image, keep_profile
    if mode == "P":
        _flatten_palette(image, key)
        return image, keep_profile
    if mode in _ALPHA_MODES:
        return _flatten_alpha(image), keep_profile
    if mode == "CMYK":
        return _cmyk_to_rgb(image, icc_profile), None
    if mode in _DEEP_MODES:
        return _deep_to_8_bit(image, key if isinstance(key, int) else None), None
    if mode == "1":
        image = image.convert("L")
    if mode in ("1", "L"):
        if isinstance(key, int):
            _whiten_grey_key(image, key if mode == "L" else 255 * bool(key))
        return image, None
    return image.convert("RGB"), None


def to_rgb(image: Image.Image) -> Image.Image:
    """An 8-bit picture (from ``to_8_bit``) as RGB: ``image`` itself when it already is."""
    return image if image.mode == "RGB" else image.convert("RGB")


def _is_rgb_profile(icc_profile: bytes | None) -> bool:
    # The ICC header names the profile's colour space at bytes 16–19.
    return bool(icc_profile) and icc_profile[16:20] == b"RGB "


def _strips(image: Image.Image) -> Iterator[tuple[int, int, int, int]]:
    rows = max(1, STRIP_PIXELS // max(1, image.width))
    for top in range(0, image.height, rows):
        yield (0, top, image.width, min(image.height, top + rows))


def _flatten_alpha(image: Image.Image) -> Image.Image:
    """Onto white: each pixel weighted by its opacity (a paste through its own alpha).
    Grey with alpha stays grey (a quarter of the memory of RGB)."""
    if image.mode in ("RGBa", "PA"):
        image = image.convert("RGBA")
    elif image.mode == "La":
        image = image.convert("LA")
    grey = image.mode == "LA"
    background = Image.new("L" if grey else "RGB", image.size, 255 if grey else _WHITE)
    background.paste(image, None, image)
    return background


def _flatten_palette(image: Image.Image, key: object) -> None:
    """A palette picture with transparent entries (a transparency key or chunk, or the
    palette's own alpha): each entry blended with white by its opacity, in the palette
    itself (no pixel is copied)."""
    palette = image.getpalette("RGBA") or []
    count = len(palette) // 4
    opacity = palette[3::4]
    if isinstance(key, int) and 0 <= key < count:
        opacity[key] = 0
    elif isinstance(key, bytes):
        opacity = [
            min(alpha, key[index]) if index < len(key) else alpha
            for index, alpha in enumerate(opacity)
        ]
    if all(alpha == 255 for alpha in opacity):
        return
    flat = [
        (palette[4 * index + band] * alpha + 255 * (255 - alpha) + 127) // 255
        for index, alpha in enumerate(opacity)
        for band in range(3)
    ]
    image.putpalette(flat, "RGB")
    image.info.pop("transparency", None)


def _whiten_colour_key(image: Image.Image, key: tuple[int, ...]) -> None:
    """Pixels of the transparent colour become white, in place. (A 16-bit file's key is
    matched on its high byte: the decoder keeps 8 bits.)"""
    key = tuple(value >> 8 if value > 255 else value for value in key[:3])
    tables = [[255 if value == wanted else 0 for value in range(256)] for wanted in key]
    for box in _strips(image):
        bands = image.crop(box).split()
        mask = bands[0].point(tables[0])
        for band, table in zip(bands[1:], tables[1:], strict=True):
            mask = ImageChops.multiply(mask, band.point(table))
        image.paste(_WHITE, box, mask)
    image.info.pop("transparency", None)


def _whiten_grey_key(image: Image.Image, key: int) -> None:
    mask = image.point([255 if value == key else 0 for value in range(256)])
    image.paste(255, None, mask)
    image.info.pop("transparency", None)


def _cmyk_to_rgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    if icc_profile:
        try:
            from PIL import ImageCms

            source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
            converted = ImageCms.profileToProfile(
                image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
            if converted is not None:
                return converted
        except Exception:
            pass  # no colour engine, or a broken profile: the plain conversion below
    return image.convert("RGB")


def _deep_to_8_bit(image: Image.Image, key: int | None) -> Image.Image:
    """16- or 32-bit grey to 8-bit by scaling; Pillow's own conversion clips every value
    over 255 to white, so mid-grey 32768 would become white.

    Whole numbers up to 65535 are scaled by the smallest usual bit depth that holds the
    brightest value: a true 16-bit picture maps 65535 to 255, while 8- or 12-bit data in
    a 16-bit file keeps its brightness instead of turning almost black.

    Floating point (and integers beyond 16 bits) have no agreed white: 0..1, 0..255,
    physical units, highlights above 1. They are scaled by their own range, from 0 (or
    their minimum if below) to their maximum, so that no such picture comes out black
    or clipped; what was darker stays darker.
    """
    low, high = image.getextrema()
    if not (math.isfinite(low) and math.isfinite(high)):
        raise UnusablePicture("its values include infinite or undefined numbers")
    if image.mode == "F" or low < 0 or high > 65535:
        low = min(low, 0)
        scale = 255 / (high - low) if high > low else 0.0
        offset = -low * scale + 0.5  # rounded, not cut off, by the conversion to 8 bits

        def strip_to_8_bit(strip: Image.Image) -> Image.Image:
            return strip.point(lambda value: value * scale + offset).convert("L")

    else:
        top = max(int(high), 0)
        bits = next(b for b in _SIGNIFICANT_BITS if top < 2**b)
        table = [min(255, round(value * 255 / (2**bits - 1))) for value in range(65536)]

        def strip_to_8_bit(strip: Image.Image) -> Image.Image:
            return (strip if strip.mode == "I" else strip.convert("I")).point(table, "L")

    grey = _by_strips(image, strip_to_8_bit)
    if key is not None and 0 <= key < 65536:
        mask_table = [255 if value == key else 0 for value in range(65536)]
        for box in _strips(image):
            strip = image.crop(box)
            mask = (strip if strip.mode == "I" else strip.convert("I")).point(mask_table, "L")
            grey.paste(255, box, mask)
    return grey


def _by_strips(image: Image.Image, convert: Callable[[Image.Image], Image.Image]) -> Image.Image:
    """``convert`` applied strip by strip into one new "L" picture: its intermediates
    (32-bit copies) never exist at full size."""
    result = Image.new("L", image.size)
    for box in _strips(image):
        result.paste(convert(image.crop(box)), box[:2])
    return result
