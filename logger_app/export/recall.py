"""Recall by lot: who got a product lot, and how to reach them.

A recalled lot means calling every client it went to: ``recall_contacts`` lists each
session that used the lot with its client's phone and email; ``export_contacts_csv``
writes them for a spreadsheet or a mail merge (text cells CSV-injection safe, see
``formulas``); ``contacts_html`` is the printed list. Each export or print is one audit
entry naming the lot and how many clients, never who (the names are in the file).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from ..i18n import translate
from ..logbook import Logbook
from ..records import SessionFilter
from ..text import count_of, date_text
from .formulas import neutralise_row
from .history import clinic_export_zone
from .output import ExportError, atomic_output

ENCODING = "utf-8-sig"  # as the other CSV exports: spreadsheets detect UTF-8
COLUMNS = ("client_id", "client_name", "phone", "email", "session_date", "product", "lot")
TEXT_COLUMNS = frozenset({"client_name", "phone", "email", "product", "lot"})
# Every session of the lot, not the review's first page: a recall must reach everyone.
ALL_SESSIONS = 1_000_000


@dataclass(frozen=True)
class RecallContact:
    """One session that used the lot: the client, how to reach them, what they got."""

    client_id: int
    client_name: str
    phone: str
    email: str
    session_id: int
    session_date: date
    product: str
    lot: str


def recall_contacts(logbook: Logbook, search: SessionFilter) -> list[RecallContact]:
    """One line per session matching ``search`` (which must name a lot) and product of
    that lot, by client name then date."""
    lot = search.lot.strip()
    if not lot:
        raise ValueError("a recall names the lot")
    contacts: list[RecallContact] = []
    clients = {}
    zone = clinic_export_zone(logbook)
    for listing in logbook.find_sessions(search, ALL_SESSIONS):
        client = clients.get(listing.client_id) or logbook.client(listing.client_id)
        clients[listing.client_id] = client
        session = logbook.session(listing.session_id)
        day = zone.local(session.details.started_at).date()
        for product in session.details.products:
            if product.lot == lot:
                contacts.append(
                    RecallContact(
                        client.id,
                        client.full_name,
                        client.details.phone,
                        client.details.email,
                        session.id,
                        day,
                        product.product,
                        product.lot,
                    )
                )
    contacts.sort(key=lambda c: (c.client_name.lower(), c.client_id, c.session_date))
    return contacts


def client_count(contacts: list[RecallContact]) -> int:
    return len({contact.client_id for contact in contacts})


def _row(contact: RecallContact) -> dict[str, str]:
    row = {
        "client_id": str(contact.client_id),
        "client_name": contact.client_name,
        "phone": contact.phone,
        "email": contact.email,
        "session_date": contact.session_date.isoformat(),
        "product": contact.product,
        "lot": contact.lot,
    }
    return neutralise_row(row, TEXT_COLUMNS)


def export_contacts_csv(
    logbook: Logbook, lot: str, contacts: list[RecallContact], path: Path
) -> Path:
    """Write the contacts (whole or not at all, readable by the owner only) and record
    the export: the lot and the number of clients, never their names."""
    if not contacts:
        raise ExportError(
            translate("Recall", "No client got lot {lot}: there is nothing to export.").format(
                lot=lot
            )
        )
    with (
        atomic_output(Path(path), logbook.data_dir) as temp,
        temp.open("w", encoding=ENCODING, newline="") as out,
    ):
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(_row(contact) for contact in contacts)
    count = client_count(contacts)
    logbook.record_event(
        "export",
        f"Recall contacts of a lot exported as CSV ({count} clients)",
        details={"lot": lot, "clients": count, "format": "csv", "path": str(path)},
    )
    return Path(path)


def record_contacts_printed(logbook: Logbook, lot: str, contacts: list[RecallContact]) -> int:
    """A printed contact list is a disclosure too: one audit entry, like the CSV's."""
    count = client_count(contacts)
    return logbook.record_event(
        "print",
        f"Recall contacts of a lot printed ({count} clients)",
        details={"lot": lot, "clients": count},
    )


def contacts_html(lot: str, contacts: list[RecallContact], printed_on: date) -> str:
    """The printed list: a table of who to call, every typed text escaped."""
    count = client_count(contacts)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(cell)}</td>"
            for cell in (
                c.client_name,
                c.phone or "—",
                c.email or "—",
                date_text(c.session_date),
                c.product,
            )
        )
        + "</tr>"
        for c in contacts
    )
    heading = "".join(
        f"<th>{escape(name)}</th>"
        for name in (
            translate("Recall", "Client"),
            translate("Recall", "Phone"),
            translate("Recall", "Email"),
            translate("Recall", "Session"),
            translate("Recall", "Product"),
        )
    )
    clients = count_of(count, translate("Recall", "client"), translate("Recall", "clients"))
    sessions = count_of(
        len(contacts), translate("Recall", "session"), translate("Recall", "sessions")
    )
    summary = translate(
        "Recall", "{clients}, {sessions}. Printed {day}. Confidential: client contact details."
    ).format(clients=clients, sessions=sessions, day=date_text(printed_on))
    title = translate("Recall", "Recall: lot {lot}").format(lot=lot)
    return (
        f"<h2>{escape(title)}</h2>"
        f"<p>{escape(summary)}</p>"
        f"<table width='100%' cellspacing='0' cellpadding='4' border='1'>"
        f"<tr>{heading}</tr>{rows}</table>"
    )
