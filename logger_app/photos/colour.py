"""Bringing any accepted picture to 8-bit RGB, as stored: alpha flattened onto white,
16-bit grey scaled (not clipped), CMYK converted through its colour profile when it has
one. An RGB colour profile is kept, since it still describes the pixels."""

from __future__ import annotations

import io

from PIL import Image

_ALPHA_MODES = frozenset({"RGBA", "RGBa", "LA", "La", "PA"})
# Sensors and scanners often fill a 16-bit container with fewer significant bits.
_SIGNIFICANT_BITS = (8, 10, 12, 14, 16)


def to_rgb(image: Image.Image, icc_profile: bytes | None) -> tuple[Image.Image, bytes | None]:
    """The picture as RGB (``image`` itself when it already is), and the colour profile
    that goes with the result (None when it no longer applies)."""
    mode = image.mode
    keep_profile = icc_profile if _is_rgb_profile(icc_profile) else None
    if mode == "RGB":
        return image, keep_profile
    if mode in _ALPHA_MODES or "transparency" in image.info:
        return _flatten_on_white(image), keep_profile
    if mode == "CMYK":
        return _cmyk_to_rgb(image, icc_profile), None
    if mode.startswith("I") or mode == "F":
        return _deep_grey_to_8_bit(image).convert("RGB"), None
    return image.convert("RGB"), keep_profile if mode == "P" else None


def _is_rgb_profile(icc_profile: bytes | None) -> bool:
    # The ICC header names the profile's colour space at bytes 16–19.
    return bool(icc_profile) and icc_profile[16:20] == b"RGB "


def _flatten_on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, rgba).convert("RGB")


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


def _deep_grey_to_8_bit(image: Image.Image) -> Image.Image:
    """16-bit (or 32-bit) grey to 8-bit by scaling. Pillow's own conversion clips every
    value over 255 to white, so mid-grey 32768 would become white.

    The scale assumes the smallest usual bit depth that holds the brightest value: a true
    16-bit picture maps 65535 to 255, while 8- or 12-bit data written in a 16-bit file
    keeps its brightness instead of turning almost black.
    """
    if image.mode == "F":
        _, high = image.getextrema()
        if high <= 1.0:  # float data in 0..1
            return image.point(lambda value: value * 255).convert("L")
        image = image.convert("I")
    elif image.mode != "I":
        image = image.convert("I")
    _, high = image.getextrema()
    high = max(int(high), 0)
    bits = next((b for b in _SIGNIFICANT_BITS if high < 2**b), high.bit_length())
    if bits == 8:
        return image.convert("L")
    scale = 1 / 2 ** (bits - 8)
    return image.point(lambda value: value * scale).convert("L")
