"""The review windows in German: the sessions across clients and the follow-ups due."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from ui.common.language import install_language
from ui.review.sessions_review import SessionsReview

from ...logbook_template import new_logbook
from ..driving import type_into


@pytest.fixture
def german(qapp):
    assert install_language(qapp, "de") == "de"
    try:
        yield
    finally:
        install_language(qapp, "en")


def test_the_sessions_review_reads_german(qtbot, german, data_dir, prompter):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Zoë", "Ångström-Weiß", date(1985, 5, 5)))
        for days_ago in (3, 17):
            logbook.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=datetime.now(UTC) - timedelta(days=days_ago),
                    practitioner_name="Maya Okafor",
                    device=Device.PEN,
                    areas=(AreaTreatment(Area.LEFT_CHEEK, 0.5),),
                ),
                enforce_safety=False,  # the words are the subject, not the screening
            )
        review = SessionsReview(logbook, prompter=prompter)
        qtbot.addWidget(review)

        assert review.windowTitle() == "Sitzungen aller Kunden"
        header = review.proxy.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Datum"
        assert review.clear_button.text() == "Filter zurücksetzen"
        assert review.summary.text() == "Treffer: 2 Sitzungen von 1 Kunde"
        assert review.model.index(0, 2).data().endswith(" 0,5 mm")  # the decimal comma

        type_into(qtbot, review.lot, "HA-<b>1</b>")
        qtbot.waitUntil(lambda: "Treffer: 0 Sitzungen von 0 Kunden" in review.summary.text())
        assert review.lot.text() == "HA-<b>1</b>"
