"""Other treatments (peels, laser, filler…) as a contract of the core: recorded, changed,
deleted and listed through the Logbook, checked before anything is written, audited once
per change, refused on a read-only logbook, erased with their client."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from logger_app.errors import NotFoundError, ReadOnlyLogbookError, ValidationError
from logger_app.logbook import Logbook
from logger_app.records import (
    Client,
    ClientDetails,
    ImportedFrom,
    OtherTreatmentDetails,
    ProductLot,
)
from logger_app.vocabulary import OtherTreatmentKind as Kind

from ...database_rules import refused_by_database
from ...signing import sign_in

pytestmark = pytest.mark.both_homes


def _peel(client: Client, on: date = date(2025, 5, 1), **fields: object) -> OtherTreatmentDetails:
    return OtherTreatmentDetails(client.id, on, Kind.CHEMICAL_PEEL, **fields)  # type: ignore[arg-type]


def _problems(logbook: Logbook, details: OtherTreatmentDetails) -> dict[str, str]:
    before = (logbook.other_treatment_count(), logbook.audit_count())
    with pytest.raises(ValidationError) as refused:
        logbook.add_other_treatment(details)
    assert (logbook.other_treatment_count(), logbook.audit_count()) == before  # nothing kept
    return refused.value.problems


def test_recorded_changed_listed_newest_first_and_deleted(logbook: Logbook, client: Client):
    products = (ProductLot("TCA 20 %", "L-42"), ProductLot("Neutraliser"))
    first = logbook.add_other_treatment(
        _peel(client, kind_detail="TCA 20 %", notes="Frosting level 1", products=products,
              practitioner_name="Dr Jane Doe")
    )  # fmt: skip
    laser = logbook.add_other_treatment(
        OtherTreatmentDetails(client.id, date(2025, 5, 20), Kind.LASER, "Fraxel")
    )
    other = logbook.add_other_treatment(
        OtherTreatmentDetails(client.id, date(2025, 5, 1), Kind.OTHER, "Dermaplaning")
    )
    got = logbook.other_treatment(first.id)
    assert got.details.products == products and got.details.notes == "Frosting level 1"
    assert got.details.kind_text == "Chemical peel (TCA 20 %)"
    assert logbook.other_treatment(other.id).details.kind_text == "Dermaplaning"
    assert got.source == "" and got.created_at is not None
    # Newest first; two on one day: the one recorded last first.
    listed = [t.id for t in logbook.other_treatments_of(client.id)]
    assert listed == [laser.id, other.id, first.id]
    changed = logbook.update_other_treatment(
        first.id, replace(first.details, notes="Mild frosting", products=products[:1])
    )
    assert logbook.other_treatment(first.id) == changed
    assert changed.details.notes == "Mild frosting"
    assert changed.details.products == products[:1]
    logbook.delete_other_treatment(laser.id)
    with pytest.raises(NotFoundError):
        logbook.other_treatment(laser.id)
    assert logbook.other_treatment_count() == 2
    assert [t.id for t in logbook.other_treatments_of(client.id)] == [other.id, first.id]


def test_each_change_is_one_audit_entry(logbook: Logbook, client: Client):
    count = logbook.audit_count()
    treatment = logbook.add_other_treatment(_peel(client))
    assert logbook.audit_count() == count + 1
    logbook.update_other_treatment(treatment.id, replace(treatment.details, notes="Fine"))
    assert logbook.audit_count() == count + 2
    logbook.delete_other_treatment(treatment.id)
    assert logbook.audit_count() == count + 3
    newest = logbook.audit_entries(limit=3)
    assert [(e.action, e.entity) for e in newest] == [
        ("delete", "other_treatment"), ("update", "other_treatment"),
        ("create", "other_treatment"),
    ]  # fmt: skip
    assert "Fine" not in " ".join(e.summary for e in newest)  # no client data in the log


def test_what_cannot_be_saved_is_said_per_field(logbook: Logbook, add_client):
    client = add_client("Bea", "Young", date_of_birth=date(2001, 4, 5))
    tomorrow = date.today() + timedelta(days=2)  # ahead of the clinic's day in any zone
    assert "future" in _problems(logbook, _peel(client, tomorrow))["performed_on"]
    assert "birth" in _problems(logbook, _peel(client, date(2000, 1, 1)))["performed_on"]
    nameless = OtherTreatmentDetails(client.id, date(2025, 5, 1), Kind.OTHER, "  ")
    assert "Name the treatment" in _problems(logbook, nameless)["kind_detail"]
    long = _problems(
        logbook,
        _peel(client, kind_detail="x" * 201, notes="n" * 20_001, practitioner_name="p" * 300),
    )
    assert set(long) == {"kind_detail", "notes", "practitioner_name"}
    rows = (ProductLot("Serum", "L" * 101), ProductLot("  ", "L1"))
    found = _problems(logbook, _peel(client, products=rows))
    assert set(found) == {"products.0.lot", "products.1.product"}
    many = tuple(ProductLot(f"P{n}") for n in range(21))
    assert "at most 20" in _problems(logbook, _peel(client, products=many))["products"]
    hidden = _problems(logbook, _peel(client, notes="ok\x00evil"))
    assert "notes" in hidden
    treatment = logbook.add_other_treatment(_peel(client))
    with pytest.raises(ValidationError):
        logbook.update_other_treatment(treatment.id, replace(treatment.details, kind=Kind.OTHER))
    with pytest.raises(ValidationError) as moved:
        other = add_client("Cy", "Other")
        logbook.update_other_treatment(treatment.id, replace(treatment.details, client_id=other.id))
    assert "client_id" in moved.value.problems
    assert logbook.other_treatment(treatment.id) == treatment


def test_a_read_only_logbook_refuses_every_change(logbook: Logbook, client: Client):
    treatment = logbook.add_other_treatment(_peel(client))
    logbook._context.read_only = ReadOnlyLogbookError("The logbook is on read-only media.")
    try:
        for change in (
            lambda: logbook.add_other_treatment(_peel(client)),
            lambda: logbook.update_other_treatment(treatment.id, treatment.details),
            lambda: logbook.delete_other_treatment(treatment.id),
            lambda: logbook.remember_value_mappings("Old app", {"skin_type": {"x": "dry"}}),
        ):
            with pytest.raises(ReadOnlyLogbookError):
                change()
        assert logbook.other_treatments_of(client.id) == [treatment]  # reading still works
    finally:
        logbook._context.read_only = None


def test_erasing_a_client_leaves_none_of_their_treatments_or_import_links(
    logbook: Logbook, add_client
):
    sign_in(logbook, "Maya Okafor")  # the administrator erases
    source = ImportedFrom("Old clinic app", "C-7")
    zed = logbook.add_client(ClientDetails("Zed", "Gone", address="1 High St"),
                             today=date(2025, 6, 2), imported_from=source)  # fmt: skip
    kept = add_client("Ann", "Kept")
    logbook.add_other_treatment(_peel(zed), ImportedFrom("Old clinic app", "T-1"))
    logbook.add_other_treatment(_peel(zed, notes="Second"))
    mine = logbook.add_other_treatment(_peel(kept), ImportedFrom("Old clinic app", "T-2"))
    report = logbook.erase_client(zed.id, "Zed Gone")
    assert report.other_rows >= 3  # two treatments, a client link, a treatment link
    assert logbook.other_treatments_of(zed.id) == []
    assert logbook.import_links("Old clinic app", "client") == {}
    assert logbook.import_links("Old clinic app", "other_treatment") == {"T-2": (kept.id, mine.id)}
    assert [t.id for t in logbook.other_treatments_of(kept.id)] == [mine.id]
    left = logbook._db.execute(
        "SELECT count(*) FROM import_links WHERE client_id = ?", [zed.id]
    ).fetchone()[0]
    assert left == 0


def test_address_and_general_notes_round_trip(logbook: Logbook):
    details = ClientDetails(
        "Ann", "Smith", address="Flat 2\n12 Rue de l'Église\n75001 Paris",
        general_notes="Prefers morning appointments <b>not bold</b>",
    )  # fmt: skip
    client = logbook.add_client(details, today=date(2025, 6, 2))
    assert logbook.client(client.id).details == details
    changed = replace(details, address="", general_notes="Call after 5 pm")
    logbook.update_client(client.id, changed, today=date(2025, 6, 2))
    assert logbook.client(client.id).details == changed
    entry = logbook.audit_entries(limit=1)[0]
    assert "address" in entry.summary and "general_notes" in entry.summary
    assert "Call after" not in entry.summary


def test_imported_treatments_remember_their_source_row(logbook: Logbook, client: Client):
    made = logbook.add_other_treatment(_peel(client), ImportedFrom("Booking app", "A-17"))
    assert logbook.other_treatment(made.id).source == "Booking app: A-17"
    assert logbook.import_links("Booking app", "other_treatment") == {"A-17": (client.id, made.id)}
    with refused_by_database(logbook):  # the same source row cannot be imported twice
        logbook.add_other_treatment(_peel(client), ImportedFrom("Booking app", "A-17"))
    assert logbook.other_treatment_count() == 1
