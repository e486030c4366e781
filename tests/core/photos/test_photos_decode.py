"""Reading photo files: what is accepted comes out upright, 8-bit RGB, with its capture
time; what is not a sound picture is refused with a reason that names the file."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from logger_app.errors import LogbookError, PhotoRefused
from logger_app.photos import decode
from logger_app.photos.decode import MAX_PIXELS, decode_photo, load_photo

from ..photo_files import (
    BAR,
    MARK,
    as_stored,
    exif_block,
    fake_heic,
    garbage_after_jpeg_header,
    jpeg_bytes,
    one_bit_png,
    phone_jpeg,
    picture,
    save,
    sixteen_bit_grey_png,
    truncated,
)


def near(pixel: tuple[int, ...], colour: tuple[int, ...], tolerance: int = 30) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def assert_upright(image: Image.Image) -> None:
    """The dark bar is along the top and the red mark at the top-left."""
    width, height = image.size
    for x in (width // 10, width // 2, width - width // 10):
        assert near(image.getpixel((x, 2)), BAR), f"no dark bar at the top (x={x})"
    assert not near(image.getpixel((width // 2, height - 3)), BAR), "dark bar at the bottom"
    bar = height // 10
    side = min(width, height) // 8
    assert near(image.getpixel((side // 2, bar + 2 + side // 2)), MARK), "mark not top-left"


def refusal(path: Path) -> PhotoRefused:
    with pytest.raises(PhotoRefused) as caught:
        load_photo(path)
    error = caught.value
    assert isinstance(error, LogbookError)
    assert str(error).startswith(f"{path.name}: ")
    assert error.reason and error.reason in str(error)
    return error


# Accepted


def test_a_phone_photo_with_orientation_6_comes_out_upright(tmp_path: Path) -> None:
    path = phone_jpeg(tmp_path / "portrait.jpg", width=300, height=400)
    with Image.open(path) as raw:
        assert raw.size == (400, 300)  # stored sideways
    photo = load_photo(path)
    assert photo.image.size == (300, 400)
    assert photo.image.mode == "RGB"
    assert_upright(photo.image)
    assert photo.source_format == "JPEG"
    assert (photo.make, photo.model) == ("Acme", "Phone 1")


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_is_applied(tmp_path: Path, orientation: int) -> None:
    upright = picture(320, 240)
    stored = as_stored(upright, orientation)
    path = save(
        stored,
        tmp_path / f"o{orientation}.jpg",
        "JPEG",
        quality=92,
        exif=exif_block(orientation=orientation),
    )
    photo = load_photo(path)
    assert photo.image.size == (320, 240)
    assert_upright(photo.image)


def test_the_capture_time_without_an_offset_is_local_time_of_this_computer(
    tmp_path: Path,
) -> None:
    path = phone_jpeg(tmp_path / "p.jpg", taken="2025:05:01 10:15:00")
    photo = load_photo(path)
    assert photo.taken_at == datetime(2025, 5, 1, 10, 15).astimezone()
    assert photo.taken_at.tzinfo is not None
    assert photo.date_time_original == "2025:05:01 10:15:00"
    assert photo.offset_time_original is None


def test_the_capture_time_keeps_its_recorded_offset(tmp_path: Path) -> None:
    path = phone_jpeg(tmp_path / "p.jpg", taken="2025:05:01 10:15:00", offset="+02:00")
    photo = load_photo(path)
    assert photo.taken_at == datetime(2025, 5, 1, 10, 15, tzinfo=timezone(timedelta(hours=2)))
    assert photo.taken_at.astimezone(UTC).hour == 8
    assert photo.offset_time_original == "+02:00"


@pytest.mark.parametrize("taken", [None, "0000:00:00 00:00:00", "    :  :     :  :  ", "soon"])
def test_no_usable_capture_time_gives_none(tmp_path: Path, taken: str | None) -> None:
    path = phone_jpeg(tmp_path / "p.jpg", taken=taken)
    photo = load_photo(path)
    assert photo.taken_at is None
    assert photo.date_time_original is None


def test_a_progressive_jpeg_is_accepted(tmp_path: Path) -> None:
    path = save(picture(600, 400), tmp_path / "progressive.jpg", "JPEG", progressive=True)
    with Image.open(path) as raw:
        assert raw.info.get("progressive")
    photo = load_photo(path)
    assert photo.image.size == (600, 400)
    assert_upright(photo.image)


def test_a_cmyk_jpeg_is_converted_to_rgb(tmp_path: Path) -> None:
    cmyk = Image.new("CMYK", (120, 90), (0, 255, 255, 0))  # pure red ink
    path = save(cmyk, tmp_path / "cmyk.jpg", "JPEG", quality=95)
    with Image.open(path) as raw:
        assert raw.mode == "CMYK"
    photo = load_photo(path)
    assert photo.image.mode == "RGB"
    assert near(photo.image.getpixel((60, 45)), (255, 0, 0), tolerance=12)


def test_a_png_with_alpha_is_flattened_onto_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (100, 80), (0, 0, 0, 0))
    image.paste((200, 40, 40, 255), (0, 0, 50, 80))
    image.paste((0, 0, 255, 128), (50, 0, 100, 80))
    path = save(image, tmp_path / "alpha.png", "PNG")
    photo = load_photo(path)
    assert photo.image.mode == "RGB"
    assert photo.image.getpixel((10, 10)) == (200, 40, 40)
    assert near(photo.image.getpixel((75, 40)), (127, 127, 255), tolerance=2)


def test_a_fully_transparent_png_becomes_white_not_black(tmp_path: Path) -> None:
    path = save(Image.new("RGBA", (40, 40), (0, 0, 0, 0)), tmp_path / "clear.png", "PNG")
    assert load_photo(path).image.getpixel((20, 20)) == (255, 255, 255)


def test_16_bit_grey_is_scaled_not_clipped(tmp_path: Path) -> None:
    """Pillow's own conversion would turn every value over 255 white."""
    path = sixteen_bit_grey_png(tmp_path / "grey16.png", [0, 16384, 32768, 49152, 65535])
    with Image.open(path) as raw:
        assert raw.mode.startswith("I")
    photo = load_photo(path)
    assert photo.image.mode == "RGB"
    greys = [photo.image.getpixel((10, 8 + 16 * band))[0] for band in range(5)]
    assert greys[0] == 0
    assert 63 <= greys[1] <= 65
    assert 127 <= greys[2] <= 129  # mid-grey stays mid-grey
    assert 191 <= greys[3] <= 193
    assert greys[4] == 255


def test_8_bit_values_in_a_16_bit_file_keep_their_brightness(tmp_path: Path) -> None:
    path = sixteen_bit_grey_png(tmp_path / "grey16.png", [46, 128, 200])
    greys = [load_photo(path).image.getpixel((10, 8 + 16 * band))[0] for band in range(3)]
    assert greys == [46, 128, 200]


@pytest.mark.parametrize(
    ("format", "suffix", "source_format"),
    [
        ("WEBP", "webp", "WebP"),
        ("TIFF", "tif", "TIFF"),
        ("HEIF", "heic", "HEIC"),
        ("PNG", "png", "PNG"),
    ],
)
def test_other_formats_are_accepted(
    tmp_path: Path, format: str, suffix: str, source_format: str
) -> None:
    options = {"quality": 90} if format in {"WEBP", "HEIF"} else {}
    path = save(picture(400, 300), tmp_path / f"photo.{suffix}", format, **options)
    photo = load_photo(path)
    assert photo.source_format == source_format
    assert photo.image.size == (400, 300)
    assert photo.image.mode == "RGB"
    assert_upright(photo.image)


def test_a_heic_with_exif_rotation_and_capture_time(tmp_path: Path) -> None:
    stored = as_stored(picture(300, 400), 6)
    path = save(
        stored,
        tmp_path / "phone.heic",
        "HEIF",
        quality=90,
        exif=exif_block(orientation=6, offset="-05:00"),
    )
    photo = load_photo(path)
    assert photo.image.size == (300, 400)
    assert_upright(photo.image)
    assert photo.taken_at == datetime(2025, 5, 1, 10, 15, tzinfo=timezone(timedelta(hours=-5)))


def test_a_jpeg_with_data_after_its_end_is_accepted(tmp_path: Path) -> None:
    """Some phones append their own data after the picture."""
    path = tmp_path / "trailer.jpg"
    path.write_bytes(jpeg_bytes(picture()) + b"SEFT" + bytes(range(256)) * 8)
    assert load_photo(path).image.size == (400, 300)


# Refused


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "zero_bytes.jpg"
    path.write_bytes(b"")
    assert "empty" in refusal(path).reason


def test_text_named_jpg_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "text_named_jpg.jpg"
    path.write_text("this is not an image\n" * 20, encoding="utf-8")
    assert refusal(path).reason == "it is a text file, not a photo"


def test_html_named_png_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "html_named_png.png"
    path.write_text("<html><body>not a png</body></html>", encoding="utf-8")
    assert "web page" in refusal(path).reason


def test_a_truncated_jpeg_is_refused_not_stored_half_grey(tmp_path: Path) -> None:
    source = jpeg_bytes(picture(1200, 900, seed=4), quality=92, exif=exif_block())
    path = truncated(tmp_path / "truncated_half.jpg", source)
    assert "incomplete" in refusal(path).reason


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_a_truncated_progressive_jpeg_is_refused(tmp_path: Path, fraction: float) -> None:
    source = jpeg_bytes(picture(800, 600, seed=5), quality=92, progressive=True)
    path = truncated(tmp_path / "cut.jpg", source, fraction)
    assert "incomplete" in refusal(path).reason


def test_pillow_refuses_a_cut_jpeg_even_without_the_end_marker_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two independent guards: our end-marker walk, and Pillow with
    LOAD_TRUNCATED_IMAGES off (which we never turn on)."""
    monkeypatch.setattr(decode, "_jpeg_has_end", lambda data: True)
    path = truncated(tmp_path / "cut.jpg", jpeg_bytes(picture(800, 600), quality=92))
    assert refusal(path).reason == "the JPEG data is damaged or cut short"


def test_an_end_marker_inside_a_header_segment_does_not_hide_a_cut_picture(
    tmp_path: Path,
) -> None:
    """An EXIF thumbnail has its own end marker, before the picture data."""
    thumbnail_like = b"\xff\xd8" + b"thumbnail" + b"\xff\xd9"
    segment = b"\xff\xe3" + (len(thumbnail_like) + 2).to_bytes(2, "big") + thumbnail_like
    source = jpeg_bytes(picture(800, 600), quality=92, extra=segment)
    path = truncated(tmp_path / "cut.jpg", source, 0.6)
    assert refusal(path).reason == "the file is incomplete: its JPEG data stops before the end"


def test_garbage_after_a_jpeg_header_is_refused(tmp_path: Path) -> None:
    path = garbage_after_jpeg_header(tmp_path / "garbage_after_header.jpg")
    assert "damaged" in refusal(path).reason or "incomplete" in refusal(path).reason


def test_random_bytes_in_the_middle_of_a_jpeg_are_refused(tmp_path: Path) -> None:
    data = bytearray(jpeg_bytes(picture(800, 600), quality=92))
    rnd = random.Random(11)
    start = len(data) // 3
    data[start : start + 3000] = bytes(rnd.randrange(256) for _ in range(3000))
    path = tmp_path / "scrambled.jpg"
    path.write_bytes(bytes(data))
    assert "damaged" in refusal(path).reason


def test_a_fake_heic_is_refused(tmp_path: Path) -> None:
    assert "HEIC" in refusal(fake_heic(tmp_path / "fake.heic")).reason


def test_a_decompression_bomb_is_refused_without_decoding(
    bomb_png: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = bomb_png
    assert path.stat().st_size < 200_000

    def never(self):
        raise AssertionError("the bomb was decoded")

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", never)
    reason = refusal(path).reason
    assert "too large" in reason
    assert "576 megapixels" in reason


def test_a_picture_just_over_the_limit_is_refused_from_its_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under Pillow's own bomb threshold, over ours: our check alone refuses it."""
    width, height = 9500, MAX_PIXELS // 9500 + 10
    assert MAX_PIXELS < width * height < Image.MAX_IMAGE_PIXELS
    path = one_bit_png(tmp_path / "huge.png", width, height)
    loads = []
    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", lambda self: loads.append(1))
    reason = refusal(path).reason
    assert f"{width}×{height} pixels" in reason
    assert loads == []


def test_a_gif_is_refused_as_an_unsupported_format(tmp_path: Path) -> None:
    path = save(picture(40, 30).convert("P"), tmp_path / "anim.gif", "GIF")
    reason = refusal(path).reason
    assert reason == "GIF images are not accepted: save the photo as JPEG, PNG, WebP, TIFF or HEIC"


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    assert "does not exist" in refusal(tmp_path / "gone.jpg").reason
    (tmp_path / "album").mkdir()
    assert "folder" in refusal(tmp_path / "album").reason


def test_decode_photo_names_the_file_it_was_given() -> None:
    with pytest.raises(PhotoRefused, match=r"^IMG_0001\.JPG: it is a text file"):
        decode_photo(b"hello", Path("/somewhere/IMG_0001.JPG"))
