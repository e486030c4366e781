"""The history's columns by importance: at 1280 pixels the practitioner and the record's
state are in view without sideways scrolling, the lesser columns give up room first,
and on a wide screen the areas column takes the room (not the last column)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from logger_app.records import AreaTreatment, ClientDetails, Numbing, ProductUse, SessionDetails
from logger_app.vocabulary import Area, Concern, Device, ProductRole
from ui.clients.history_columns import AREAS_MINIMUM, column_widths

TITLES = [
    "Date", "Areas and depths", "Device", "Numbing", "Worst reaction", "Lots", "Practitioner",
    "Record",
]  # fmt: skip
CONTENT = [130, 520, 160, 200, 190, 150, 170, 130]


def test_a_wide_pane_shows_every_column_whole_and_the_areas_take_the_rest() -> None:
    widths = column_widths(TITLES, CONTENT, 1800)
    for column in (0, 2, 3, 4, 5, 6, 7):
        assert widths[column] == CONTENT[column]
    assert widths[1] == 1800 - sum(CONTENT) + CONTENT[1]
    assert sum(widths.values()) == 1800


def test_a_narrow_pane_elides_then_hides_the_lesser_columns_first() -> None:
    roomy = column_widths(TITLES, CONTENT, 1150)
    assert all(roomy.values()), "nothing hidden while shrinking is enough"
    assert roomy[3] < CONTENT[3] and roomy[0] == CONTENT[0] and roomy[6] == CONTENT[6]
    assert roomy[1] >= AREAS_MINIMUM

    narrow = column_widths(TITLES, CONTENT, 860)
    assert narrow[5] == 0 and narrow[3] == 0  # lots, then numbing: hidden
    for column in (0, 4, 6, 7):  # date, worst reaction, practitioner, record: whole
        assert narrow[column] == CONTENT[column]
    assert narrow[1] >= AREAS_MINIMUM
    assert sum(narrow.values()) <= 860


def test_a_column_added_later_is_sized_as_a_lesser_one() -> None:
    widths = column_widths([*TITLES, "Map"], [*CONTENT, 400], 1300)
    assert widths[8] <= 140


def a_client(window) -> int:
    logbook = window.logbook
    client = logbook.add_client(
        ClientDetails(
            "Anna",
            "Smith",
            phone="+44 7700 900123",
            email="anna.smith@example.com",
            concerns=(Concern.ACNE_SCARS, Concern.FINE_LINES, Concern.HYPERPIGMENTATION),
            allergies="Lidocaine; latex",
            medical_notes="Takes a low-dose antihistamine in spring; keloid on the left shoulder.",
        )
    )
    for month in (2, 4, 6):
        logbook.record_session(
            SessionDetails(
                client_id=client.id,
                started_at=datetime(2026, month, 3, 10, tzinfo=UTC),
                practitioner_name="Tomás Ferreira-Lund MSc",
                device=Device.RF,
                cartridge="36-pin nano",
                areas=tuple(
                    AreaTreatment(area, 1.0)
                    for area in (Area.LEFT_CHEEK, Area.RIGHT_CHEEK, Area.FOREHEAD, Area.NECK)
                ),
                numbing=Numbing("Lidocaine / tetracaine cream", "23 % / 7 %", 40),
                products=(
                    ProductUse("Hyaluronic acid serum", "HA26-0317-B", role=ProductRole.GLIDE),
                ),
                acknowledged=(
                    "no_screening",
                    "consent_missing",
                    "allergies",
                    "allergy_match.numbing",
                ),
            ),
            reasons={
                "no_screening": "Screened on paper",
                "consent_missing": "Signed on paper",
                "allergy_match.numbing": "Patch-tested: no reaction",
            },
        )
    window.reload_clients()
    return client.id


@pytest.mark.parametrize("size", [(1280, 720), (1440, 900)])
def test_practitioner_and_record_are_in_view_without_sideways_scrolling(
    qtbot, window, size
) -> None:
    client_id = a_client(window)
    window.resize(*size)
    window.show_client(client_id)
    view = window.client_page.history_view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    qtbot.waitUntil(lambda: header.sectionViewportPosition(7) + header.sectionSize(7) > 0)
    assert not view.horizontalScrollBar().isVisible()
    width = view.viewport().width()
    for title in ("Date", "Areas and depths", "Worst reaction", "Practitioner", "Record"):
        column = TITLES.index(title)
        assert not header.isSectionHidden(column), title
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= width, title
    practitioner = TITLES.index("Practitioner")
    assert header.sectionSize(practitioner) >= view.sizeHintForColumn(practitioner)


def test_at_1920_the_areas_column_stretches_not_the_last(qtbot, window) -> None:
    client_id = a_client(window)
    window.resize(1920, 1080)
    window.show_client(client_id)
    view = window.client_page.history_view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    assert not header.stretchLastSection()
    sizes = [header.sectionSize(c) for c in range(len(TITLES))]
    assert max(sizes) == sizes[TITLES.index("Areas and depths")]
    assert all(not header.isSectionHidden(c) for c in range(len(TITLES)))
    # The last column is as wide as its words, no wider.
    record = TITLES.index("Record")
    assert sizes[record] <= max(view.sizeHintForColumn(record), header.sectionSizeHint(record))
    assert sum(sizes) <= view.viewport().width()
