"""The history as a spreadsheet: one row per treated area of each session.

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
from ..records import AreaTreatment, Client
from .formulas import neutralise_row, restore_cell
from .history import ClientHistory, SessionRecord, load_history
from .output import Cancel, Progress, atomic_output, check_cancel, never

ENCODING = "utf-8-sig"
COLUMNS: tuple[str, ...] = (
    "client_id",
    "client_name",
    "date_of_birth",
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
)
LIST_SEPARATOR = "; "
# Cells of text a person typed: the only ones a formula can hide in. The others hold
# ids, dates, numbers and the app's own vocabulary, written as they are.
TEXT_COLUMNS = frozenset(
    {
        "client_name",
        "practitioner",
        "cartridge",
        "area_note",
        "numbing_agent",
        "numbing_strength",
        "glide_product",
        "glide_lot",
        "notes",
    }
)


def number(value: float | int | None) -> str:
    """A number as plain text with a dot: 1.25, 0.5, 2 (never "1,25" or "1.250000")."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return f"{value:.4f}".rstrip("0").rstrip(".")


def session_rows(client: Client, record: SessionRecord) -> Iterator[dict[str, str]]:
    """The rows of one session: one per area, in the order they were recorded."""
    d = record.session.details
    local = d.started_at.astimezone()
    glide = d.glide
    worst = max(d.reactions, key=lambda r: r.severity, default=None)
    shared = {
        "client_id": str(client.id),
        "client_name": client.full_name,
        "date_of_birth": _iso(client.details.date_of_birth),
        "session_id": str(record.session.id),
        "session_date": local.date().isoformat(),
        "session_time": f"{local:%H:%M}",
        "practitioner": d.practitioner_name,
        "device": d.device.label,
        "cartridge": d.cartridge,
        "numbing_agent": d.numbing.agent if d.numbing else "",
        "numbing_strength": d.numbing.strength if d.numbing else "",
        "numbing_minutes": number(d.numbing.minutes) if d.numbing else "",
        "glide_product": glide.product if glide else "",
        "glide_lot": glide.lot if glide else "",
        "endpoint": d.endpoint.label if d.endpoint else "",
        "worst_reaction": worst.reaction.label if worst else "",
        "worst_severity": str(int(worst.severity)) if worst else "",
        "reactions": LIST_SEPARATOR.join(
            f"{r.reaction.label} ({r.severity.label.lower()})" for r in d.reactions
        ),
        "aftercare": LIST_SEPARATOR.join(item.label for item in d.aftercare),
        "next_visit_due": _iso(d.next_visit_due),
        "notes": d.notes,
        "photo_count": str(len(record.photos)),
        # "yes": read-only, corrected only by amendments (counted); "no": a draft.
        "signed": "yes" if record.session.is_signed else "no",
        "amendments": str(len(record.session.amendments)),
    }
    # A session always has an area; should one ever have none, it still gets its row.
    for area in d.areas or (None,):
        yield shared | _area_cells(area)


def _area_cells(area: AreaTreatment | None) -> dict[str, str]:
    if area is None:
        return {"area": "", "depth_mm": "", "passes": "", "area_note": ""}
    return {
        "area": area.area.label,
        "depth_mm": number(area.depth_mm),
        "passes": number(area.passes),
        "area_note": area.note,
    }


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def history_rows(history: ClientHistory, keep_formulas: bool = False) -> Iterator[dict[str, str]]:
    for record in history.sessions:
        for row in session_rows(history.client, record):
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
    with (
        atomic_output(path, logbook.data_dir) as temp,
        temp.open("w", encoding=ENCODING, newline="") as out,
    ):
        writer = _writer(out)
        for done, client_id in enumerate(client_ids, start=1):
            check_cancel(cancel)
            history = load_history(
                logbook, client_id, generated_at=generated_at, practitioners=practitioners
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
