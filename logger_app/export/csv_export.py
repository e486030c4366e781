"""The history as a spreadsheet: one row per treated area of each session, one per other
treatment (a peel, a facial...), and one for a client with neither, so that every client
is in the file. Each row names its ``record_type``; the client's columns are on every row.
Days and times are the clinic's (its time zone), whichever computer exports.

A flat view for spreadsheets and statistics; the JSON export is the complete record
(every product, each reaction's note, photo details). UTF-8 with a byte-order mark so
that spreadsheet programs detect the encoding; numbers with a dot ("1.25"), whatever the
machine's locale, so they read back exactly. Cell text is written as recorded, never
altered (a spreadsheet user who opens it with formulas enabled sees what was typed).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from ..logbook import Logbook
from ..records import AreaTreatment, Client, OtherTreatment
from ..vocabulary import ProductRole
from .formulas import neutralise_row, restore_cell
from .history import ClientHistory, SessionRecord, clinic_export_zone, load_history
from .output import Cancel, Progress, atomic_output, check_cancel, never
from .zone import ExportZone

ENCODING = "utf-8-sig"
COLUMNS: tuple[str, ...] = (
    "client_id",
    "client_name",
    "date_of_birth",
    "phone",
    "email",
    "allergies",
    "address",
    "general_notes",
    "record_type",
    "session_id",
    "session_date",
    "session_time",
    "practitioner",
    "device",
    "cartridge",
    "area",
    "depth_mm",
    "passes",
    "area_note",
    "numbing_agent",
    "numbing_strength",
    "numbing_minutes",
    "glide_product",
    "glide_lot",
    "endpoint",
    "worst_reaction",
    "worst_severity",
    "reactions",
    "aftercare",
    "next_visit_due",
    "notes",
    "photo_count",
    "signed",
    "amendments",
    "other_treatment_id",
    "treatment_kind",
    "treatment_detail",
    "products",
)
# What a row is: one area of a session, another treatment, or a client with no records.
SESSION_ROW = "session"
OTHER_TREATMENT_ROW = "other_treatment"
CLIENT_ROW = "client"
LIST_SEPARATOR = "; "
# Cells of text a person typed: the only ones a formula can hide in. The others hold
# ids, dates, numbers and the app's own vocabulary, written as they are.
TEXT_COLUMNS = frozenset(
    {
        "client_name",
        "phone",
        "email",
        "allergies",
        "address",
        "general_notes",
        "practitioner",
        "cartridge",
        "area_note",
        "numbing_agent",
        "numbing_strength",
        "glide_product",
        "glide_lot",
        "notes",
        "treatment_detail",
        "products",
    }
)


def number(value: float | int | None) -> str:
    """A number as plain text with a dot: 1.25, 0.5, 2 (never "1,25" or "1.250000")."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return f"{value:.4f}".rstrip("0").rstrip(".")


def client_cells(client: Client) -> dict[str, str]:
    """The client's columns, on each of their rows."""
    d = client.details
    return {
        "client_id": str(client.id),
        "client_name": client.full_name,
        "date_of_birth": _iso(d.date_of_birth),
        "phone": d.phone,
        "email": d.email,
        "allergies": d.allergies,
        "address": d.address,
        "general_notes": d.general_notes,
    }


def session_rows(
    client: Client, record: SessionRecord, zone: ExportZone | None = None
) -> Iterator[dict[str, str]]:
    """The rows of one session: one per area, in the order they were recorded.
    ``zone``: where its day and time are read (None: this computer's)."""
    d = record.session.details
    local = zone.local(d.started_at) if zone else d.started_at.astimezone()
    glide = d.glide
    worst = max(d.reactions, key=lambda r: r.severity, default=None)
    shared = {
        **client_cells(client),
        "record_type": SESSION_ROW,
        "session_id": str(record.session.id),
        "session_date": local.date().isoformat(),
        "session_time": f"{local:%H:%M}",
        "practitioner": d.practitioner_name,
        "device": d.device.english_label,
        "cartridge": d.cartridge,
        "numbing_agent": d.numbing.agent if d.numbing else "",
        "numbing_strength": d.numbing.strength if d.numbing else "",
        "numbing_minutes": number(d.numbing.minutes) if d.numbing else "",
        "glide_product": glide.product if glide else "",
        "glide_lot": glide.lot if glide else "",
        "endpoint": d.endpoint.english_label if d.endpoint else "",
        "worst_reaction": worst.reaction.english_label if worst else "",
        "worst_severity": str(int(worst.severity)) if worst else "",
        "reactions": LIST_SEPARATOR.join(
            f"{r.reaction.english_label} ({r.severity.english_label.lower()})" for r in d.reactions
        ),
        "aftercare": LIST_SEPARATOR.join(item.english_label for item in d.aftercare),
        "next_visit_due": _iso(d.next_visit_due),
        "notes": d.notes,
        "photo_count": str(len(record.photos)),
        # "yes": read-only, corrected only by amendments (counted); "no": a draft.
        "signed": "yes" if record.session.is_signed else "no",
        "amendments": str(len(record.session.amendments)),
        "products": LIST_SEPARATOR.join(
            _product(p.product, p.lot, "" if p.role is ProductRole.GLIDE else p.role.english_label)
            for p in d.products
        ),
    }
    # A session always has an area; should one ever have none, it still gets its row.
    for area in d.areas or (None,):
        yield shared | _area_cells(area)


def other_treatment_row(client: Client, treatment: OtherTreatment) -> dict[str, str]:
    """One row: its date (a day in the clinic already), kind, detail, practitioner,
    notes and products with their lots."""
    d = treatment.details
    return client_cells(client) | {
        "record_type": OTHER_TREATMENT_ROW,
        "other_treatment_id": str(treatment.id),
        "session_date": d.performed_on.isoformat(),
        "treatment_kind": d.kind.english_label,
        "treatment_detail": d.kind_detail,
        "practitioner": d.practitioner_name,
        "notes": d.notes,
        "products": LIST_SEPARATOR.join(_product(p.product, p.lot) for p in d.products),
    }


def _product(product: str, lot: str, role: str = "") -> str:
    """ "Vitamin C serum (after treatment), lot A12"."""
    return product + (f" ({role.lower()})" if role else "") + (f", lot {lot}" if lot else "")


def _area_cells(area: AreaTreatment | None) -> dict[str, str]:
    if area is None:
        return {"area": "", "depth_mm": "", "passes": "", "area_note": ""}
    return {
        "area": area.area.english_label,
        "depth_mm": number(area.depth_mm),
        "passes": number(area.passes),
        "area_note": area.note,
    }


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def history_rows(history: ClientHistory, keep_formulas: bool = False) -> Iterator[dict[str, str]]:
    """Sessions and other treatments by date (oldest first; a session before another
    treatment of the same day); a client with neither has one row of their own."""
    client = history.client
    dated: list[tuple[date, int, list[dict[str, str]]]] = [
        (
            history.local_day(r.session.details.started_at),
            0,
            list(session_rows(client, r, history.zone)),
        )
        for r in history.sessions
    ]
    dated += [
        (t.details.performed_on, 1, [other_treatment_row(client, t)])
        for t in reversed(history.other_treatments)
    ]
    dated.sort(key=lambda item: (item[0], item[1]))
    rows = [row for _, _, group in dated for row in group]
    if not rows:
        rows = [client_cells(client) | {"record_type": CLIENT_ROW}]
    for row in rows:
        yield row if keep_formulas else neutralise_row(row, TEXT_COLUMNS)


def _writer(out: TextIO) -> csv.DictWriter:
    # newline="" on the file and \r\n rows: what RFC 4180 and spreadsheets expect, and
    # line breaks inside notes stay inside their quoted cell.
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    return writer


def write_rows(path: Path, rows: Iterable[dict[str, str]], data_dir: Path | None = None) -> Path:
    with (
        atomic_output(path, data_dir) as temp,
        temp.open("w", encoding=ENCODING, newline="") as out,
    ):
        _writer(out).writerows(rows)
    return Path(path)


def write_csv(
    history: ClientHistory,
    path: Path,
    data_dir: Path | None = None,
    *,
    keep_formulas: bool = False,
) -> Path:
    """``data_dir``: the logbook's, where the temporary file is registered."""
    return write_rows(path, history_rows(history, keep_formulas), data_dir)


def export_all_csv(
    logbook: Logbook,
    path: Path,
    progress: Progress | None = None,
    cancel: Cancel = never,
    keep_formulas: bool = False,
) -> Path:
    """Every client's rows in one file, client by client (streamed: one history in
    memory at a time)."""
    generated_at = datetime.now(UTC).replace(microsecond=0)
    client_ids = logbook.client_ids()
    practitioners = logbook.practitioners()
    zone = clinic_export_zone(logbook)
    with (
        atomic_output(path, logbook.data_dir) as temp,
        temp.open("w", encoding=ENCODING, newline="") as out,
    ):
        writer = _writer(out)
        for done, client_id in enumerate(client_ids, start=1):
            check_cancel(cancel)
            history = load_history(
                logbook,
                client_id,
                generated_at=generated_at,
                practitioners=practitioners,
                zone=zone,
            )
            writer.writerows(history_rows(history, keep_formulas))
            if progress is not None:
                progress(done, len(client_ids))
    return Path(path)


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of an exported file, as recorded: the ``'`` put before a text cell that
    looked like a formula is taken off again (for checks and round trips)."""
    with Path(path).open(encoding=ENCODING, newline="") as source:
        return [
            {key: restore_cell(v) if key in TEXT_COLUMNS else v for key, v in row.items()}
            for row in csv.DictReader(source)
        ]
