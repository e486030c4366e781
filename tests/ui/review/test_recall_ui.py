"""Recall from the sessions review: a lot typed, the clients it went to are listed with
phone and email, exported as CSV and printed, each audited without a name."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from logger_app.records import AreaTreatment, ClientDetails, ProductUse, SessionDetails
from logger_app.vocabulary import Area, Device
from tests.screening_data import put_on_file

from ...logbook_template import new_logbook
from ..driving import click, type_into

START = datetime(2025, 3, 3, 10, tzinfo=UTC)


@pytest.fixture
def lot_logbook(data_dir):
    with new_logbook(data_dir) as logbook:
        ann = logbook.add_client(ClientDetails("Ann", "Lee", phone="020 7946 0001"))
        ben = logbook.add_client(ClientDetails("Ben", "Park", email="ben@example.com"))
        cy = logbook.add_client(ClientDetails("Cy", "Ng", phone="07700 900123"))
        for week, client, lot in (
            (0, ann, "HA-1"),
            (4, ann, "HA-2"),
            (2, ben, "HA-2"),
            (3, cy, "X"),
        ):
            put_on_file(logbook, client.id)
            logbook.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=START + timedelta(weeks=week),
                    practitioner_name="Maya",
                    device=Device.PEN,
                    areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
                    products=(ProductUse("HA serum", lot),),
                )
            )
    return data_dir


def test_a_lot_lists_whom_to_contact_to_export_and_print(
    qtbot, qtmodeltester, open_window, lot_logbook, prompter, tmp_path
):
    window = open_window(lot_logbook)
    window.review_action.trigger()
    review = window.review_window
    recall = review.recall
    assert recall.isHidden()  # no lot: nothing to recall

    type_into(qtbot, review.lot, "HA-2")
    qtbot.waitUntil(lambda: recall.isVisible())
    qtmodeltester.check(recall.model, force_py=True)
    rows = [
        [recall.model.index(r, c).data() for c in range(recall.model.columnCount())]
        for r in range(recall.model.rowCount())
    ]
    assert [row[:3] for row in rows] == [
        ["Ann Lee", "020 7946 0001", "—"],
        ["Ben Park", "—", "ben@example.com"],
    ]
    assert recall.title.text() == "Recall: lot HA-2 — 2 clients to contact"

    before = window.logbook.audit_count()
    prompter.save_answer = tmp_path / "recall"  # ".csv" is added
    click(qtbot, recall.export_button)
    written = tmp_path / "recall.csv"
    with written.open(encoding="utf-8-sig", newline="") as source:
        exported = list(csv.DictReader(source))
    assert [(r["client_name"], r["phone"], r["email"], r["lot"]) for r in exported] == [
        ("Ann Lee", "020 7946 0001", "", "HA-2"),
        ("Ben Park", "", "ben@example.com", "HA-2"),
    ]
    assert str(written) in recall.result.text()

    click(qtbot, recall.print_button)
    [(title, pdf)] = prompter.printed
    assert title == "Recall contacts, lot HA-2"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Ann Lee" in text and "020 7946 0001" in text and "ben@example.com" in text
    assert "Cy Ng" not in text

    entries = window.logbook.audit_entries(limit=2)
    assert window.logbook.audit_count() == before + 2
    assert [(e.action, e.details["lot"], e.details["clients"]) for e in entries] == [
        ("print", "HA-2", 2),
        ("export", "HA-2", 2),
    ]
    assert not any("Ann" in e.summary or "Ben" in e.summary for e in entries)

    review.lot.clear()
    qtbot.waitUntil(lambda: recall.isHidden())


def test_a_closed_preview_prints_nothing_and_records_nothing(
    qtbot, open_window, lot_logbook, prompter
):
    window = open_window(lot_logbook)
    window.review_action.trigger()
    review = window.review_window
    type_into(qtbot, review.lot, "HA-1")
    qtbot.waitUntil(lambda: review.recall.isVisible())
    before = window.logbook.audit_count()
    prompter.print_answer = False
    click(qtbot, review.recall.print_button)
    assert len(prompter.printed) == 1  # previewed
    assert window.logbook.audit_count() == before
