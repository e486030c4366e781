"""The dry run: what an import would add, and every problem, row by row.

Nothing is written here. The dry run reads the files row by row and keeps counts, the
problems (within bounds: see ``problems``) and the little that links the files (each
client id's row, birth date and fate); the clients and sessions themselves are not
kept. ``ImportPlan.replay()`` reads the files again and gives each planned client and
session in turn, ready-made ``ClientDetails`` and ``SessionDetails`` checked with the
same validation the logbook applies: the commit saves them as they come, so neither
needs memory for the whole file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from itertools import chain

from ..records import ClientListEntry
from .model import (
    ClientField,
    ColumnMapping,
    ImportOptions,
    ImportPlan,
    NameKey,
    RowProblem,
    TreatmentField,
    count_of,
)
from .problems import ProblemLog
from .reading import CsvTable
from .values import date_order_evidence


def name_key(first: str, last: str, born: date | None) -> NameKey:
    return (first.strip().casefold(), last.strip().casefold(), born)


def plan_import(
    clients: CsvTable,
    treatments: CsvTable | None,
    mapping: ColumnMapping,
    options: ImportOptions,
    existing: Iterable[ClientListEntry] = (),
) -> ImportPlan:
    """The dry run: ``existing`` are the logbook's clients (``Logbook.list_clients()``),
    to flag clients that are already there."""
    from .passes import Passes

    fatal = _mapping_problems(clients, treatments, mapping)
    day_first, date_order, order_problems = _date_order(clients, treatments, mapping, options)
    notes = [*clients.notes, *(treatments.notes if treatments else ())]
    notes += _reading_notes(clients, treatments, mapping)
    base = ImportPlan(
        clients_file=clients.name,
        treatments_file=treatments.name if treatments else None,
        options=options,
        day_first=day_first,
        date_order=date_order,
        client_rows=clients.row_count,
        treatment_rows=treatments.row_count if treatments else 0,
        mapping=mapping,
        sources=(clients, treatments),
    )
    if fatal or order_problems:
        return replace(base, problems=tuple(fatal + order_problems), notes=tuple(notes))
    now = options.now or datetime.now().astimezone()
    known = frozenset(name_key(e.first_name, e.last_name, e.date_of_birth) for e in existing)
    log = ProblemLog()
    passes = Passes(clients, treatments, mapping, options, day_first, now, known, log)
    client_count = sum(1 for _ in passes.clients())
    session_count = sum(1 for _ in passes.sessions())
    return replace(
        base,
        client_count=client_count,
        session_count=session_count,
        problems=tuple(log.listed),
        unlisted=log.unlisted(),
        rows_with_problems=log.rows_with_problems,
        notes=tuple(notes + passes.notes()),
        skipped_duplicates=passes.skipped_duplicates,
        unknown_values=log.unknown.values(),
        known_names=known,
        now=now,
    )


def _mapping_problems(
    clients: CsvTable, treatments: CsvTable | None, mapping: ColumnMapping
) -> list[RowProblem]:
    problems: list[RowProblem] = []
    for table, fields in ((clients, mapping.clients), (treatments, mapping.treatments)):
        if table is None:
            continue
        for target, header in fields.items():
            if header not in table.headers:
                problems.append(
                    RowProblem(
                        table.name,
                        0,
                        header,
                        f"{target.label}: there is no column {header!r} "
                        f"(the columns are: {', '.join(table.headers)}).",
                    )
                )
    names = mapping.clients
    if ClientField.FULL_NAME not in names and not (
        ClientField.FIRST_NAME in names and ClientField.LAST_NAME in names
    ):
        problems.append(
            RowProblem(
                clients.name,
                0,
                "",
                "Choose the columns of the first and last name (or of the full name).",
            )
        )
    if treatments is not None:
        for present, file_name, what in (
            (ClientField.CLIENT_ID in names, clients.name, "the client id (to link treatments)"),
            (
                TreatmentField.CLIENT_ID in mapping.treatments,
                treatments.name,
                "the client id (the link to the clients file)",
            ),
            (TreatmentField.DATE in mapping.treatments, treatments.name, "the treatment date"),
        ):
            if not present:
                problems.append(RowProblem(file_name, 0, "", f"Choose the column of {what}."))
    return problems


def _date_order(
    clients: CsvTable,
    treatments: CsvTable | None,
    mapping: ColumnMapping,
    options: ImportOptions,
) -> tuple[bool | None, str, list[RowProblem]]:
    if options.day_first is not None:
        chosen = "day first (DD/MM/YYYY)" if options.day_first else "month first (MM/DD/YYYY)"
        return options.day_first, f"Dates read {chosen}, as chosen.", []
    columns = [
        table.column(header)
        for table, header in (
            (clients, mapping.clients.get(ClientField.DATE_OF_BIRTH)),
            (treatments, mapping.treatments.get(TreatmentField.DATE)),
        )
        if table is not None and header in table.headers
    ]
    evidence = date_order_evidence(chain.from_iterable(columns))
    if evidence.day_first is not None:
        example = evidence.day_first_example or evidence.month_first_example
        order = "day first (DD/MM/YYYY)" if evidence.day_first else "month first (MM/DD/YYYY)"
        return evidence.day_first, f"Dates read {order}: detected from {example}.", []
    if evidence.day_first_example and evidence.month_first_example:
        message = (
            f"The files mix day-first ({evidence.day_first_example}) and month-first "
            f"({evidence.month_first_example}) dates: choose the date order; the dates that "
            "do not fit it will be listed as problems."
        )
        return None, "The date order must be chosen.", [RowProblem("", 0, "", message)]
    if evidence.ambiguous_example:
        message = (
            f"Dates like {evidence.ambiguous_example} could be day/month or month/day and "
            "no date in the files tells which: choose the date order."
        )
        return None, "The date order must be chosen.", [RowProblem("", 0, "", message)]
    return None, "The dates do not depend on a day/month order.", []


def _reading_notes(
    clients: CsvTable, treatments: CsvTable | None, mapping: ColumnMapping
) -> list[str]:
    from .rows import kept_columns_note

    notes: list[str] = []
    for table, fields in ((clients, mapping.clients), (treatments, mapping.treatments)):
        if table is None:
            continue
        notes.append(
            f"{table.name}: {count_of(table.row_count, 'row')}, {table.encoding_name}, "
            f"separated by {table.delimiter_name}; header on row {table.header_row}."
        )
        if table is clients:
            if note := kept_columns_note(table, fields, mapping.dropped, "the general notes"):
                notes.append(note)
            continue
        unused = [h for h in table.headers if h not in fields.values()]
        if unused:
            notes.append(f"{table.name}: columns not imported: {', '.join(unused)}.")
    return notes
