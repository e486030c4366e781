"""The PDF report of a client who moves: other treatments, address and general notes,
the drawn consent signature as a picture, the clinic's days and times, and amendments
whose "Was"/"Now" columns break between words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from logger_app.export import export_client
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ConsentDetails,
    PractitionerDetails,
    ScreeningDetails,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device

from ...signing import TEST_PASSPHRASE
from ..export_data import pdf_text
from ..safety.test_screenings_store import signature_png
from .moved_client import MovedClient, build_moved_client, machine_zone

OLD_NOTE = "Hyperpigmentation along the jawline, photosensitivity discussed"
NEW_NOTE = "Hyperpigmentation resolving; recommended sunscreen reapplication every afternoon"


@pytest.fixture
def moved(logbook: Logbook) -> MovedClient:
    # The first profile, signed in at once: who signs and amends below.
    logbook.add_practitioner(PractitionerDetails("Maya Okafor", "RN"), TEST_PASSPHRASE)
    return build_moved_client(logbook)


def report(logbook: Logbook, client_id: int, path: Path) -> list[str]:
    with machine_zone("UTC"):  # exported far from the clinic
        export_client(logbook, client_id, "pdf", path)
    return [pdf_text(page.extract_text() or "") for page in PdfReader(path).pages]


def test_report_shows_other_treatments_address_and_the_clinics_day(
    logbook: Logbook, moved: MovedClient, tmp_path: Path
) -> None:
    text = " ".join(report(logbook, moved.client_id, tmp_path / "h.pdf"))
    assert "Address 12 Ponsonby Road Auckland 1011" in text
    assert "General notes Prefers morning appointments" in text
    assert "Other treatments (2)" in text
    # Oldest first, like the sessions; the detail beside the kind; products with lots.
    assert text.index("5 Jan 2025 Chemical peel (TCA 20 %)") < text.index("1 Feb 2025 Facial")
    assert "Dr Aroha Ngata" in text and "lot L-2291" in text and "Neutraliser" in text
    # 00:30 in Auckland, on a computer in UTC (where it is 11 Jan, 11:30).
    assert "Session 1 of 1 · 12 Jan 2025, 00:30" in text
    assert "11 Jan 2025" not in text
    assert "1 session, 0 photos, 2 other treatments." in text
    assert "Times are given in the clinic's time zone, Pacific/Auckland." in text


def test_drawn_signature_is_shown_as_a_picture(
    logbook: Logbook, moved: MovedClient, tmp_path: Path
) -> None:
    drawn = signature_png(600, 200)
    logbook.add_screening(ScreeningDetails(moved.client_id, date(2025, 1, 2)))
    logbook.add_consent(
        ConsentDetails(moved.client_id, "2", date(2025, 1, 2), drawn, "Иван Петров"),
        today=date(2025, 1, 2),
    )
    out = tmp_path / "h.pdf"
    text = report(logbook, moved.client_id, out)[0]
    # (Compared without white space: pypdf puts a space after the opening quote.)
    said = "signature drawn (below) and name typed “Иван Петров”"
    assert "".join(said.split()) in "".join(text.split())
    [image] = PdfReader(out).pages[0].images
    picture = image.image
    assert picture is not None
    # Its shape kept (3:1), and sharp enough to print: not shrunk to a thumbnail.
    assert abs(picture.width / picture.height - 3) < 0.05
    assert picture.width >= 240


def test_amendment_columns_break_between_words(
    logbook: Logbook, moved: MovedClient, tmp_path: Path
) -> None:
    session = logbook.record_session(
        SessionDetails(
            moved.client_id,
            datetime(2025, 3, 3, 22, 15, tzinfo=UTC),
            "Maya Okafor",
            Device.PEN,
            (AreaTreatment(Area.LEFT_CHEEK, 1.0, 3),),
            notes=OLD_NOTE,
        ),
        enforce_safety=False,
        sign=True,
    )
    logbook.amend_session(session.id, "notes", NEW_NOTE, "Photosensitivity discussed afterwards")
    words = set(" ".join(report(logbook, moved.client_id, tmp_path / "h.pdf")).split())
    for word in ("Hyperpigmentation", "photosensitivity", "reapplication", "recommended"):
        assert any(word in token for token in words), word
    # Nothing broken off a word either: no token is a word's stray end.
    assert not {"n", "tion", "ation", "ntation"} & words
