"""Thumbnails: right size, made once, made cheaply (scaled JPEG decoding), thread-safe."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, JpegImagePlugin

from logger_app.errors import PhotoFileError
from logger_app.photos.decode import DecodedPhoto
from logger_app.photos.store import encode_jpeg, files_under, photo_path, put
from logger_app.photos.thumbnails import (
    GRID_SIZE,
    PREVIEW_SIZE,
    ensure_thumbnail,
    thumbnail_path,
)

from ..photo_files import picture


def stored_photo(data_dir: Path, width: int, height: int, seed: int = 0) -> str:
    image = picture(width, height, seed)
    return put(data_dir, encode_jpeg(DecodedPhoto(image, "JPEG"))).sha256


@pytest.fixture(scope="module")
def twelve_megapixels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One 4000×3000 stored photo, shared by the tests of this module (slow to make)."""
    data_dir = tmp_path_factory.mktemp("big")
    return data_dir, stored_photo(data_dir, 4000, 3000)


@pytest.mark.parametrize("size", [GRID_SIZE, PREVIEW_SIZE])
def test_thumbnails_fit_their_size_and_keep_the_aspect(
    twelve_megapixels: tuple[Path, str], size: int
) -> None:
    data_dir, sha = twelve_megapixels
    path = ensure_thumbnail(data_dir, sha, size)
    assert path == thumbnail_path(data_dir, sha, size)
    assert path == data_dir / "thumbnails" / str(size) / sha[:2] / f"{sha}.jpg"
    with Image.open(path) as thumb:
        assert thumb.format == "JPEG"
        assert thumb.size == (size, size * 3 // 4)
        assert not thumb.getexif()


def test_a_portrait_thumbnail_is_bounded_by_its_height(tmp_path: Path) -> None:
    sha = stored_photo(tmp_path, 600, 900)
    with Image.open(ensure_thumbnail(tmp_path, sha, GRID_SIZE)) as thumb:
        assert max(thumb.size) == GRID_SIZE
        assert thumb.size[1] == GRID_SIZE


def test_a_small_photo_is_not_enlarged(tmp_path: Path) -> None:
    sha = stored_photo(tmp_path, 200, 100)
    with Image.open(ensure_thumbnail(tmp_path, sha, PREVIEW_SIZE)) as thumb:
        assert thumb.size == (200, 100)


def test_a_thumbnail_is_made_once(tmp_path: Path) -> None:
    sha = stored_photo(tmp_path, 800, 600)
    first = ensure_thumbnail(tmp_path, sha, GRID_SIZE)
    made = first.stat().st_mtime_ns
    again = ensure_thumbnail(tmp_path, sha, GRID_SIZE)
    assert again == first
    assert again.stat().st_mtime_ns == made


def test_an_empty_thumbnail_left_by_a_crash_is_made_again(tmp_path: Path) -> None:
    sha = stored_photo(tmp_path, 800, 600)
    path = thumbnail_path(tmp_path, sha, GRID_SIZE)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    ensure_thumbnail(tmp_path, sha, GRID_SIZE)
    with Image.open(path) as thumb:
        assert max(thumb.size) == GRID_SIZE


def test_a_12_megapixel_photo_is_decoded_at_one_eighth_for_the_grid(
    twelve_megapixels: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, sha = twelve_megapixels
    drafts: list[tuple[str, tuple[int, int]]] = []
    decoded_sizes: list[tuple[int, int]] = []
    real_draft = JpegImagePlugin.JpegImageFile.draft
    real_load = JpegImagePlugin.JpegImageFile.load

    def draft(self, mode, size):
        drafts.append((mode, size))
        return real_draft(self, mode, size)

    def load(self):
        decoded_sizes.append(self.size)
        return real_load(self)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", draft)
    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", load)
    thumbnail_path(data_dir, sha, GRID_SIZE).unlink(missing_ok=True)
    ensure_thumbnail(data_dir, sha, GRID_SIZE)
    assert drafts[0] == ("RGB", (GRID_SIZE, GRID_SIZE))
    assert decoded_sizes[0] == (500, 375)  # 4000×3000 / 8, not 12 megapixels


def test_thumbnails_can_be_made_from_several_threads_at_once(tmp_path: Path) -> None:
    shas = [stored_photo(tmp_path, 640, 480, seed) for seed in range(3)]
    jobs = [(sha, size) for sha in shas for size in (GRID_SIZE, PREVIEW_SIZE)] * 4
    with ThreadPoolExecutor(max_workers=6) as pool:
        paths = list(pool.map(lambda job: ensure_thumbnail(tmp_path, *job), jobs))
    assert len(set(paths)) == 6
    for path in set(paths):
        with Image.open(path) as thumb:
            thumb.load()
    leftovers = [p for p in files_under(tmp_path / "thumbnails") if p.name.startswith(".")]
    assert leftovers == []


def test_the_thumbnail_of_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(PhotoFileError, match="missing"):
        ensure_thumbnail(tmp_path, "ab" * 32, GRID_SIZE)
    assert not (tmp_path / "thumbnails").exists() or not list(files_under(tmp_path / "thumbnails"))


def test_thumbnail_sizes_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        thumbnail_path(tmp_path, "ab" * 32, 0)


def test_the_thumbnail_of_an_unreadable_file_says_so(tmp_path: Path) -> None:
    sha = stored_photo(tmp_path, 64, 48)
    photo_path(tmp_path, sha).write_bytes(b"overwritten by something else")
    with pytest.raises(PhotoFileError, match="cannot be read"):
        ensure_thumbnail(tmp_path, sha, GRID_SIZE)


def test_import_makes_every_thumbnail_size_from_the_decoded_picture(tmp_path):
    from logger_app.logbook import Logbook
    from logger_app.photos.thumbnails import THUMBNAIL_SIZES, thumbnail_path
    from logger_app.records import AreaTreatment, ClientDetails, PhotoDetails, SessionDetails
    from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind

    from ...screening_data import put_on_file
    from ..photo_files import picture, save

    source = save(picture(seed=3), tmp_path / "front.jpg", "JPEG")
    with Logbook.open(tmp_path / "data", create=True) as logbook:
        client = logbook.add_client(ClientDetails("Ann", "Lee"))
        put_on_file(logbook, client.id)
        session = logbook.record_session(
            SessionDetails(
                client.id,
                datetime(2025, 5, 5, 10, tzinfo=UTC),
                "Maya",
                Device.PEN,
                (AreaTreatment(Area.FOREHEAD, 0.5),),
            )
        )
        [result] = logbook.import_photos(
            session.id, [source], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
        )
        photo = logbook.photo(result.photo_id)
        for size in THUMBNAIL_SIZES:
            path = thumbnail_path(logbook.data_dir, photo.sha256, size)
            with Image.open(path) as thumb:
                assert max(thumb.size) == min(size, max(photo.width, photo.height))
            # Asking for it later finds it made: no second decode of the stored photo.
            assert logbook.photo_thumbnail(photo, size) == path
