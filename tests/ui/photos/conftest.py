from __future__ import annotations

from datetime import date

import pytest

from logger_app.records import ClientDetails, PhotoDetails
from logger_app.vocabulary import PhotoAngle, PhotoKind
from tests.screening_data import put_on_file

from ...logbook_template import new_logbook
from .gallery_data import make_photo, session_in


@pytest.fixture
def photo_logbook(data_dir, tmp_path):
    """A client with two sessions (March and June 2026) and a front photo in each."""
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Ines", "Cho", date(1985, 5, 5)))
        put_on_file(logbook, client.id, on=date(2026, 3, 1))
        for month, shade in ((3, 60), (6, 200)):
            session = logbook.record_session(session_in(client.id, month))
            photo = make_photo(tmp_path / f"front-{month}.jpg", shade)
            [result] = logbook.import_photos(
                session.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
            )
            assert result.status == "imported"
    return data_dir
