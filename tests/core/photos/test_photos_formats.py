"""Pictures of the less common kinds come out as they look: transparency keyed by a
colour flattened onto white like an alpha channel, 16- and 32-bit data scaled (never
clipped or left almost black), turned upright whatever their mode."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from logger_app.photos.decode import decode_photo, load_photo

from ..photo_files import BAR, MARK, deep_tiff, picture

GREEN = (0, 255, 0)
RED = (200, 10, 10)
WHITE = (255, 255, 255)


def encoded(image: Image.Image, format: str = "PNG", **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format, **options)
    return out.getvalue()


def keyed_rgb() -> bytes:
    """Green marks the transparent background; a red square is the subject."""
    image = Image.new("RGB", (40, 30), GREEN)
    image.paste(RED, (0, 0, 10, 10))
    return encoded(image, transparency=GREEN)


def keyed_grey() -> bytes:
    image = Image.new("L", (40, 30), 77)
    image.paste(200, (0, 0, 10, 10))
    return encoded(image, transparency=77)


def palette(transparency: int | bytes | None) -> bytes:
    image = Image.new("P", (40, 30), 1)
    image.putpalette([*RED, *GREEN, 0, 0, 255])
    image.paste(0, (0, 0, 10, 10))
    options = {} if transparency is None else {"transparency": transparency}
    return encoded(image, **options)


def palette_with_alpha() -> bytes:
    """The palette's own alpha: red opaque, green half, blue clear."""
    image = Image.new("P", (40, 30), 1)
    image.putpalette([*RED, 255, *GREEN, 128, 0, 0, 255, 0], "RGBA")
    image.paste(0, (0, 0, 10, 10))
    image.paste(2, (30, 0, 40, 30))
    return encoded(image)


def grey_with_alpha() -> bytes:
    image = Image.new("LA", (40, 30), (0, 0))
    image.paste((50, 255), (0, 0, 10, 10))
    image.paste((0, 128), (20, 0, 40, 30))
    return encoded(image)


# bytes, then (point, colour expected there) pairs
CASES = {
    "RGB PNG with a transparent colour key": (
        keyed_rgb,
        [((5, 5), RED), ((30, 20), WHITE)],
    ),
    "grey PNG with a transparent grey key": (
        keyed_grey,
        [((5, 5), (200, 200, 200)), ((30, 20), WHITE)],
    ),
    "palette PNG with a transparent entry": (
        lambda: palette(1),
        [((5, 5), RED), ((30, 20), WHITE)],
    ),
    "palette PNG with a half-transparent entry": (
        lambda: palette(bytes([255, 128])),
        [((5, 5), RED), ((30, 20), (127, 255, 127))],
    ),
    "palette PNG whose palette carries alpha": (
        palette_with_alpha,
        [((5, 5), RED), ((20, 20), (127, 255, 127)), ((35, 20), WHITE)],
    ),
    "palette PNG without transparency": (
        lambda: palette(None),
        [((5, 5), RED), ((30, 20), GREEN)],
    ),
    "grey PNG with alpha": (
        grey_with_alpha,
        [((5, 5), (50, 50, 50)), ((15, 15), WHITE), ((30, 15), (127, 127, 127))],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_transparency_is_flattened_onto_white(case: str) -> None:
    make, expected = CASES[case]
    photo = decode_photo(make(), "photo.png")
    assert photo.image.mode == "RGB"
    for point, colour in expected:
        assert photo.image.getpixel(point) == colour, point


# TIFF samples: a horizontal ramp from ``low`` to ``high``; left, middle, right as 8-bit.
DEEP = {
    "32-bit float, 0 to 1": (dict(bands=1, sample_format=3, bits=32), (0, 128, 255)),
    # Pillow's own conversion would cut these to 0..4 of 255: almost black.
    "32-bit float, 0 to 4 (highlights above 1)": (
        dict(bands=1, sample_format=3, bits=32, high=4.0),
        (0, 128, 255),
    ),
    "32-bit float, 0 to 0.25 (a dim range)": (
        dict(bands=1, sample_format=3, bits=32, high=0.25),
        (0, 128, 255),
    ),
    "32-bit float, -1 to 1": (
        dict(bands=1, sample_format=3, bits=32, low=-1.0, high=1.0),
        (0, 128, 255),
    ),
    "32-bit integer, 0 to a million": (dict(bands=1, bits=32, high=1_000_000), (0, 128, 255)),
    "32-bit integer holding 12-bit values": (dict(bands=1, bits=32, high=4095), (0, 128, 255)),
    "16-bit grey": (dict(bands=1), (0, 128, 255)),
    "16-bit RGB": (dict(), (0, 128, 255)),
}


@pytest.mark.parametrize("case", list(DEEP))
def test_deep_pictures_are_scaled_to_8_bits(tmp_path: Path, case: str) -> None:
    options, (left, middle, right) = DEEP[case]
    path = deep_tiff(tmp_path / "deep.tif", 101, 10, **options)
    photo = load_photo(path)
    assert photo.image.mode == "RGB"
    assert photo.image.getpixel((0, 5)) == (left,) * 3
    assert abs(photo.image.getpixel((50, 5))[0] - middle) <= 1
    assert photo.image.getpixel((100, 5)) == (right,) * 3


@pytest.mark.parametrize("mode", ["I;16", "L", "P", "RGBA", "LA", "CMYK"])
def test_a_turned_picture_of_any_mode_comes_out_upright(tmp_path: Path, mode: str) -> None:
    """Turned once converted to 8 bits (where it is smallest): the orientation read
    before the conversion still applies."""
    upright = picture(120, 90)
    if mode == "I;16":
        stored = upright.convert("L").point(lambda value: value * 256, "I").convert("I;16")
    elif mode == "P":
        stored = upright.convert("P", palette=Image.Palette.ADAPTIVE, colors=64)
    else:
        stored = upright.convert(mode)
    stored = stored.transpose(Image.Transpose.ROTATE_90)  # as Orientation 6 stores it
    path = tmp_path / "turned.tif"
    stored.save(path, "TIFF", tiffinfo={274: 6})
    photo = load_photo(path)
    assert photo.image.size == (120, 90)
    top = photo.image.getpixel((60, 2))
    assert all(abs(a - b) <= 40 for a, b in zip(top, BAR, strict=True)), top
    if mode not in ("I;16", "L", "LA"):
        mark = photo.image.getpixel((6, 9 + 2 + 5))
        assert all(abs(a - b) <= 40 for a, b in zip(mark, MARK, strict=True)), mark
