"""Recall by lot: every client a lot went to, with their phone and email; the contacts
exported as CSV (spreadsheet-formula safe) or printed, each audited by lot and count."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.errors import LogbookError
from logger_app.export.recall import (
    COLUMNS,
    client_count,
    contacts_html,
    export_contacts_csv,
    recall_contacts,
    record_contacts_printed,
)
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, ProductUse, SessionFilter

pytestmark = pytest.mark.both_homes

LOT = "HA24-0317"


@pytest.fixture
def recalled(logbook: Logbook, make_session) -> Logbook:
    """Ann had the lot twice, Bo once (and another lot), Cy never."""
    ann = logbook.add_client(ClientDetails("Ann", "Smith", phone="020 7946 0001", email="a@x.io"))
    bo = logbook.add_client(ClientDetails('=HYPERLINK("x")', "Jones", phone="+44 7700 900123"))
    cy = logbook.add_client(ClientDetails("Cy", "Other"))
    used = ProductUse("HA serum", lot=LOT)
    for client, day, products in (
        (ann, 1, (used,)),
        (ann, 20, (used, ProductUse("Saline", lot="S-1"))),
        (bo, 5, (ProductUse("Saline", lot="S-1"), ProductUse("-Booster", lot=LOT))),
        (cy, 6, (ProductUse("HA serum", lot="HA24-0318"),)),
    ):
        started = datetime(2025, 5, day, 10, tzinfo=UTC)
        logbook.record_session(
            make_session(client.id, started_at=started, products=products), enforce_safety=False
        )
    return logbook


def test_the_contacts_of_a_lot_name_each_session_that_used_it(recalled: Logbook) -> None:
    contacts = recall_contacts(recalled, SessionFilter(lot=LOT))
    assert [(c.client_name, c.session_date.day, c.product) for c in contacts] == [
        ('=HYPERLINK("x") Jones', 5, "-Booster"),
        ("Ann Smith", 1, "HA serum"),
        ("Ann Smith", 20, "HA serum"),
    ]
    assert client_count(contacts) == 2
    assert contacts[1].phone == "020 7946 0001" and contacts[1].email == "a@x.io"
    assert all(c.lot == LOT for c in contacts)
    assert recall_contacts(recalled, SessionFilter(lot="nothing")) == []
    with pytest.raises(ValueError):
        recall_contacts(recalled, SessionFilter())


def test_the_csv_is_formula_safe_and_one_audit_entry_names_lot_and_count(
    recalled: Logbook, tmp_path: Path
) -> None:
    contacts = recall_contacts(recalled, SessionFilter(lot=LOT))
    before = recalled.audit_count()
    out = export_contacts_csv(recalled, LOT, contacts, tmp_path / "recall.csv")
    with out.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.DictReader(source))
    assert tuple(rows[0]) == COLUMNS
    assert rows[0]["client_name"] == '\'=HYPERLINK("x") Jones'  # not a live formula
    assert rows[0]["product"] == "'-Booster" and rows[0]["phone"] == "'+44 7700 900123"
    assert rows[1]["session_date"] == "2025-05-01" and rows[1]["client_id"].isdigit()
    assert (out.stat().st_mode & 0o077) == 0  # the owner's only
    assert recalled.audit_count() == before + 1
    entry = recalled.audit_entries(limit=1)[0]
    assert entry.action == "export" and "2 clients" in entry.summary
    assert entry.details["lot"] == LOT and entry.details["clients"] == 2
    for name in ("Ann", "Jones", "HYPERLINK"):
        assert name not in entry.summary and name not in str(entry.details)


def test_printing_the_list_is_audited_and_escapes_typed_text(recalled: Logbook) -> None:
    contacts = recall_contacts(recalled, SessionFilter(lot=LOT))
    before = recalled.audit_count()
    record_contacts_printed(recalled, LOT, contacts)
    entry = recalled.audit_entries(limit=1)[0]
    assert recalled.audit_count() == before + 1
    assert entry.action == "print" and entry.details == {"lot": LOT, "clients": 2}
    html = contacts_html("<b>lot</b>", contacts, datetime(2025, 6, 2).date())
    assert "&lt;b&gt;lot&lt;/b&gt;" in html and "<b>lot</b>" not in html
    assert "2 clients, 3 sessions" in html


def test_nothing_to_export_writes_nothing(recalled: Logbook, tmp_path: Path) -> None:
    with pytest.raises(LogbookError, match="nothing to export"):
        export_contacts_csv(recalled, "nothing", [], tmp_path / "none.csv")
    assert not (tmp_path / "none.csv").exists()
