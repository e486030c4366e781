"""Cross-check against the sample photos made outside this project (``../shared/samples``
beside the project folder). Skipped on a clone without them: the tests that build their
own files cover the same cases."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from logger_app.logbook import Logbook
from logger_app.photos.store import files_under
from logger_app.records import ImportStatus, PhotoDetails
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ..photo_files import GPS_IFD

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"
NOW = datetime.fromisoformat("2025-06-02T12:00:00+00:00")

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no samples at {SAMPLES}")

# From the samples' README: size after import (upright).
EXPECTED_SIZES = {
    "phone_portrait_orientation6_gps.jpg": (3024, 4032),
    "front_4000x3000_gps.jpg": (4000, 3000),
    "progressive_2400x1600.jpg": (2400, 1600),
    "cmyk_1200x900.jpg": (1200, 900),
    "alpha_1000x800.png": (1000, 800),
    "gray16_800.png": (800, 800),
    "iphone_3024x4032.heic": (3024, 4032),
    "messenger_1600x1200.webp": (1600, 1200),
}


def test_every_sample_is_imported_or_refused_in_one_mixed_batch(
    logbook: Logbook, client, make_session
) -> None:
    session = logbook.record_session(make_session(client.id), now=NOW)
    good = sorted((SAMPLES / "photos").iterdir())
    bad = sorted((SAMPLES / "bad-photos").iterdir())
    files = [path for pair in zip(good, bad, strict=False) for path in pair]
    files += good[len(bad) :] + bad[len(good) :]
    results = logbook.import_photos(
        session.id, files, PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    )
    outcome = {result.path.name: result for result in results}
    assert {name for name, r in outcome.items() if r.status is ImportStatus.IMPORTED} == {
        path.name for path in good
    }
    for path in bad:
        result = outcome[path.name]
        assert result.status is ImportStatus.REFUSED, path.name
        assert result.reason, path.name
    assert logbook.photo_count() == len(good)
    # Nothing of the refused files was kept.
    assert len(list(files_under(logbook.data_dir / "photos"))) == len(good)

    for path in good:
        photo = logbook.photo(outcome[path.name].photo_id)
        if path.name in EXPECTED_SIZES:
            assert (photo.width, photo.height) == EXPECTED_SIZES[path.name], path.name
        with Image.open(logbook.photo_file(photo)) as stored:
            assert stored.size == (photo.width, photo.height)
            exif = stored.getexif()
            assert GPS_IFD not in exif, path.name
            assert exif.get(ExifTags.Base.Orientation) == 1
            # The samples mark their true top with a dark bar.
            top = stored.getpixel((stored.width // 2, 3))
            bottom = stored.getpixel((stored.width // 2, stored.height - 4))
            assert sum(top) < sum(bottom), f"{path.name} is not upright"
        assert logbook.photo_status(photo) == "ok"

    front = logbook.photo(outcome["front_4000x3000_gps.jpg"].photo_id)
    assert front.taken_at == datetime(2026, 3, 14, 10, 21, 5).astimezone()
    assert logbook.check_photos().problems_left == 0
