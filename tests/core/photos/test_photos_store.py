"""The stored copy of a photo and the content-addressed folder it lives in."""

from __future__ import annotations

import errno
import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import ExifTags, Image, JpegImagePlugin

from logger_app.errors import DiskFullError
from logger_app.photos import store
from logger_app.photos.decode import load_photo
from logger_app.photos.store import (
    encode_jpeg,
    file_matches,
    files_under,
    photo_path,
    put,
    sha256_of_file,
)

from ..photo_files import GPS_IFD, exif_block, phone_jpeg, picture, save

SECRET_NOTE = b"Clinic Rue de Rivoli 12, room 3"
XMP_WITH_LOCATION = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="48,51.4N" exif:GPSLongitude="2,21.1E"/></rdf:RDF></x:xmpmeta>'
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A phone photo carrying every kind of metadata that must not travel on."""
    with Image.open(phone_jpeg(tmp_path / "raw.jpg", 300, 400)) as raw:
        image = raw.copy()
    return save(
        image,
        tmp_path / "IMG_1234.jpg",
        "JPEG",
        quality=92,
        exif=exif_block(orientation=6, offset="+02:00"),
        xmp=XMP_WITH_LOCATION,
        comment=SECRET_NOTE,
    )


def test_the_stored_jpeg_keeps_only_time_camera_and_orientation_1(source: Path) -> None:
    data = encode_jpeg(load_photo(source))
    stored = Image.open(io.BytesIO(data))
    assert stored.format == "JPEG"
    assert stored.size == (300, 400)
    exif = stored.getexif()
    assert set(exif) <= {
        ExifTags.Base.Orientation,
        ExifTags.Base.Make,
        ExifTags.Base.Model,
        ExifTags.IFD.Exif,
    }
    assert exif[ExifTags.Base.Orientation] == 1
    assert (exif[ExifTags.Base.Make], exif[ExifTags.Base.Model]) == ("Acme", "Phone 1")
    assert GPS_IFD not in exif
    assert exif.get_ifd(GPS_IFD) == {}
    assert dict(exif.get_ifd(ExifTags.IFD.Exif)) == {
        ExifTags.Base.DateTimeOriginal: "2025:05:01 10:15:00",
        ExifTags.Base.OffsetTimeOriginal: "+02:00",
    }
    assert "xmp" not in stored.info
    assert "comment" not in stored.info
    assert b"GPS" not in data
    assert SECRET_NOTE not in data


def test_the_source_really_had_location_data(source: Path) -> None:
    """(So that the test above proves something.)"""
    data = source.read_bytes()
    with Image.open(source) as raw:
        assert raw.getexif().get_ifd(GPS_IFD)
    assert b"GPSLatitude" in data
    assert SECRET_NOTE in data


def test_the_stored_jpeg_is_quality_95_full_colour_resolution_baseline(source: Path) -> None:
    stored = Image.open(io.BytesIO(encode_jpeg(load_photo(source))))
    assert JpegImagePlugin.get_sampling(stored) == 0  # 4:4:4
    assert not stored.info.get("progressive")
    reference = io.BytesIO()
    load_photo(source).image.save(reference, "JPEG", quality=95, subsampling=0)
    assert stored.quantization == Image.open(reference).quantization


def test_encoding_is_deterministic(source: Path) -> None:
    assert encode_jpeg(load_photo(source)) == encode_jpeg(load_photo(source))


def test_an_rgb_colour_profile_is_kept_and_a_grey_one_dropped(tmp_path: Path) -> None:
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    rgb = save(picture(), tmp_path / "rgb.png", "PNG", icc_profile=srgb)
    assert Image.open(io.BytesIO(encode_jpeg(load_photo(rgb)))).info["icc_profile"] == srgb
    grey_profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()
    grey = save(picture().convert("L"), tmp_path / "grey.jpg", "JPEG", icc_profile=grey_profile)
    assert "icc_profile" not in Image.open(io.BytesIO(encode_jpeg(load_photo(grey)))).info


def test_put_names_the_file_by_its_hash(tmp_path: Path) -> None:
    data = b"\xff\xd8 not really a jpeg, the store does not care \xff\xd9"
    stored = put(tmp_path, data)
    sha = hashlib.sha256(data).hexdigest()
    assert stored.sha256 == sha
    assert stored.byte_size == len(data)
    assert stored.path == tmp_path / "photos" / sha[:2] / f"{sha}.jpg"
    assert stored.path.read_bytes() == data
    assert sha256_of_file(stored.path) == sha
    assert file_matches(stored.path, sha)
    # Health data: readable by the user alone.
    if os.name == "posix":
        assert stored.path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in files_under(tmp_path / "photos")] == [f"{sha}.jpg"]


def test_the_same_bytes_are_stored_once(tmp_path: Path) -> None:
    first = put(tmp_path, b"same bytes")
    written = first.path.stat().st_mtime_ns
    os.utime(first.path, ns=(written - 10**9, written - 10**9))
    again = put(tmp_path, b"same bytes")
    assert again == first
    assert first.path.stat().st_mtime_ns == written - 10**9  # not rewritten
    assert len(list(files_under(tmp_path / "photos"))) == 1


def test_a_changed_file_is_replaced_by_the_good_bytes(tmp_path: Path) -> None:
    stored = put(tmp_path, b"original bytes")
    stored.path.write_bytes(b"original bytez")
    assert not file_matches(stored.path, stored.sha256)
    put(tmp_path, b"original bytes")
    assert stored.path.read_bytes() == b"original bytes"


def test_writing_is_fsynced_file_then_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append("folder" if os.path.isdir(f"/proc/self/fd/{descriptor}") else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    put(tmp_path, b"durable")
    if os.name == "posix" and os.path.isdir("/proc/self/fd"):
        assert synced == ["file", "folder"]


@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
        (OSError(errno.EIO, "Input/output error"), OSError),
    ],
)
def test_a_failed_write_leaves_neither_the_file_nor_a_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: OSError, raised: type
) -> None:
    def failing(src, dst):
        raise failure

    monkeypatch.setattr(store.os, "replace", failing)
    with pytest.raises(raised) as error:
        put(tmp_path, b"never stored")
    if raised is DiskFullError:  # said in plain words, naming the data folder
        assert f"The disk holding the logbook ({tmp_path}) is full" in str(error.value)
    assert list(files_under(tmp_path / "photos")) == []


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ABC", "g" * 64, "A" * 64, ""])
def test_photo_path_accepts_only_a_sha256(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        photo_path(tmp_path, bad)
