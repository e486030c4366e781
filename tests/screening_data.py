"""A client "on file" for the safety rules: screened (nothing found) and consent signed.

Tests that are not about safety record sessions for such clients, so that the only
warnings left are the ones the test is about (or none)."""

from __future__ import annotations

from datetime import date

from logger_app.logbook import Logbook
from logger_app.records import ConsentDetails, ScreeningDetails

SCREENED_ON = date(2025, 1, 2)


def put_on_file(logbook: Logbook, client_id: int, on: date = SCREENED_ON) -> None:
    """A screening with nothing to report and a consent signed by typed name, on ``on``."""
    logbook.add_screening(ScreeningDetails(client_id, on), today=on)
    logbook.add_consent(ConsentDetails(client_id, "1", on, typed_name="Signed in full"), today=on)
