"""Into an encrypted logbook: the photos are stored encrypted, and read back as exported."""

from __future__ import annotations

from pathlib import Path

from logger_app.bundle_import import import_bundle

from ...encrypted import new_encrypted
from .bundle_data import Source
from .test_round_trip import photos_of


def test_into_an_encrypted_logbook_the_photos_are_encrypted_on_disk(source: Source, tmp_path: Path):
    logbook, _ = new_encrypted(tmp_path / "encrypted")
    with logbook:
        [imported] = import_bundle(logbook, source.bundle).clients
        originals = photos_of(source.bundle)
        for photo in logbook.photos_of_client(imported.client_id):
            plain = originals[f"photos/{photo.sha256}.jpg"]
            assert logbook.photo_bytes(photo) == plain  # read back decrypted, as exported
            stored = logbook.photo_file(photo).read_bytes()
            assert plain[:64] not in stored  # kept encrypted on disk
