"""The gallery lists the latest session first, like the history, and counts a photo file
attached to two sessions once."""

from __future__ import annotations

from datetime import UTC, datetime

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, PhotoDetails, SessionDetails
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind
from ui.photos.photo_gallery_model import IS_HEADER_ROLE

from ..driving import choose
from .gallery_data import make_photo, open_gallery


def _headers(model) -> list[str]:
    return [
        model.index(r).data()
        for r in range(model.rowCount())
        if model.index(r).data(IS_HEADER_ROLE)
    ]


def test_the_latest_session_comes_first_like_the_history(qtbot, open_window, photo_logbook):
    window = open_window(photo_logbook)
    gallery = open_gallery(qtbot, window)
    headers = _headers(gallery.model)
    assert [h.split(" — ")[0].split(",")[0] for h in headers] == ["3 Jun 2026", "3 Mar 2026"]
    history = window.client_page.history_model
    assert [history.index(r, 0).data().split(",")[0] for r in range(2)] == [
        "3 Jun 2026",
        "3 Mar 2026",
    ]
    # Comparing still defaults to the earliest and the latest, whatever the listing.
    compare = gallery.open_compare()
    first, second = compare.chosen()
    assert "3 Mar 2026" in first.title and "3 Jun 2026" in second.title


def test_a_file_in_two_sessions_is_one_photo(qtbot, open_window, photo_logbook, tmp_path):
    with Logbook.open(photo_logbook) as logbook:
        [client] = logbook.list_clients()
        later = logbook.record_session(
            SessionDetails(
                client_id=client.id,
                started_at=datetime(2026, 9, 3, 10, tzinfo=UTC),
                practitioner_name="Maya Okafor",
                device=Device.PEN,
                areas=(AreaTreatment(Area.LEFT_CHEEK, 1.0),),
            ),
            enforce_safety=False,  # the screening's age is not what this test is about
        )
        # The March file again, as an after photo of September's session.
        again = make_photo(tmp_path / "front-again.jpg", 60)
        [_result] = logbook.import_photos(
            later.id, [again], PhotoDetails(PhotoKind.AFTER, PhotoAngle.FRONT)
        )
        first_sha = logbook.photos_of_client(client.id)[0].sha256
        assert logbook.photos_of_client(client.id)[-1].sha256 == first_sha  # one file
    window = open_window(photo_logbook)
    gallery = open_gallery(qtbot, window)
    assert len(gallery.model.photos()) == 3  # shown in each session it belongs to
    assert gallery.summary.text() == "2 photos; 1 of them in more than one session"

    choose(gallery.kind_filter, PhotoKind.AFTER)
    assert len(gallery.visible_photos()) == 1
    assert gallery.summary.text() == "1 of 2 photos match the filters"
    choose(gallery.kind_filter, PhotoKind.BEFORE)
    assert len(gallery.visible_photos()) == 2
    assert gallery.summary.text() == "2 photos; 1 of them in more than one session"
