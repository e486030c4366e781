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

from ..i18n import translatable, translate
from ..records import ClientListEntry
from .linking import links_by_name, same_file, still_there
from .model import (
    ClientField,
    ColumnMapping,
    ImportOptions,
    ImportPlan,
    KnownLinks,
    NameKey,
    PlannedSession,
    RowProblem,
    TreatmentField,
    count_of,
)
from .problems import ProblemLog
from .reading import CsvTable
from .values import date_order_evidence

# Where the date order is chosen: the CLI's options and the wizard's control.
DATE_ORDER_CONTROLS = translatable(
    "ImportPlan", '--day-first or --month-first; in the wizard: "Dates like 03/04/2024"'
)


def name_key(first: str, last: str, born: date | None) -> NameKey:
    return (first.strip().casefold(), last.strip().casefold(), born)


def plan_import(
    clients: CsvTable,
    treatments: CsvTable | None,
    mapping: ColumnMapping,
    options: ImportOptions,
    existing: Iterable[ClientListEntry] = (),
    links: KnownLinks | None = None,
) -> ImportPlan:
    """The dry run: ``existing`` are the logbook's clients (``Logbook.list_clients()``),
    to flag clients that are already there; ``links``: what earlier imports of the same
    source remembered (``linking.known_links``), so that only what is missing is added.

    ``treatments`` the same file as ``clients``: clients and appointments in one file,
    each row an appointment carrying its client's columns."""
    from .passes import Passes

    existing = list(existing)
    links = still_there(links or KnownLinks(), existing)
    one_file = same_file(clients, treatments)  # mapped by ``linking.map_files``
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
        one_file=one_file,
        links=links,
    )
    if fatal or order_problems:
        return replace(base, problems=tuple(fatal + order_problems), notes=tuple(notes))
    now = options.now or datetime.now().astimezone()
    # A client imported from this source before is found by its id, not its name.
    linked = set(links.clients.values())
    known = frozenset(
        name_key(e.first_name, e.last_name, e.date_of_birth) for e in existing if e.id not in linked
    )
    log = ProblemLog()
    passes = Passes(clients, treatments, mapping, options, day_first, now, known, log, links)
    client_count = sum(1 for _ in passes.clients())
    kinds = [isinstance(t, PlannedSession) for t in passes.sessions()]
    notes += _link_notes(clients, treatments, mapping, one_file, len(passes.linked_ids))
    return replace(
        base,
        client_count=client_count,
        session_count=sum(kinds),
        other_treatment_count=len(kinds) - sum(kinds),
        linked_clients=len(passes.linked_ids),
        already_imported=passes.already_imported,
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
                        translate(
                            "ImportPlan",
                            "{field}: there is no column {header} (the columns are: {columns}).",
                        ).format(
                            field=target.label,
                            header=repr(header),
                            columns=", ".join(table.headers),
                        ),
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
                translate(
                    "ImportPlan",
                    "Choose the columns of the first and last name (or of the full name).",
                ),
            )
        )
    if treatments is not None:
        by_name = links_by_name(mapping)
        for present, file_name, what in (
            (
                ClientField.CLIENT_ID in names or by_name,
                clients.name,
                translate("ImportPlan", "Choose the column of the client id (to link treatments)."),
            ),
            (
                TreatmentField.CLIENT_ID in mapping.treatments or by_name,
                treatments.name,
                translate(
                    "ImportPlan",
                    "Choose the column of the client id (the link to the clients file), "
                    "or of the client's name.",
                ),
            ),
            (
                TreatmentField.DATE in mapping.treatments,
                treatments.name,
                translate("ImportPlan", "Choose the column of the treatment date."),
            ),
        ):
            if not present:
                problems.append(RowProblem(file_name, 0, "", what))
    return problems


def _date_order(
    clients: CsvTable,
    treatments: CsvTable | None,
    mapping: ColumnMapping,
    options: ImportOptions,
) -> tuple[bool | None, str, list[RowProblem]]:
    if options.day_first is not None:
        chosen = _order_name(options.day_first)
        note = translate("ImportPlan", "Dates read {order}, as chosen.").format(order=chosen)
        return options.day_first, note, []
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
        note = translate("ImportPlan", "Dates read {order}: detected from {example}.").format(
            order=_order_name(evidence.day_first), example=example
        )
        return evidence.day_first, note, []
    if evidence.day_first_example and evidence.month_first_example:
        message = translate(
            "ImportPlan",
            "The files mix day-first ({day_first}) and month-first ({month_first}) dates: "
            "choose the date order ({controls}); the dates that do not fit it will be listed "
            "as problems.",
        ).format(
            day_first=evidence.day_first_example,
            month_first=evidence.month_first_example,
            controls=translate("ImportPlan", DATE_ORDER_CONTROLS),
        )
        return None, _must_choose_order(), [RowProblem("", 0, "", message)]
    if evidence.ambiguous_example:
        message = translate(
            "ImportPlan",
            "Dates like {example} could be day/month or month/day and no date in the files "
            "tells which: choose the date order ({controls}).",
        ).format(
            example=evidence.ambiguous_example,
            controls=translate("ImportPlan", DATE_ORDER_CONTROLS),
        )
        return None, _must_choose_order(), [RowProblem("", 0, "", message)]
    return None, translate("ImportPlan", "The dates do not depend on a day/month order."), []


def _must_choose_order() -> str:
    return translate("ImportPlan", "The date order must be chosen.")


def _order_name(day_first: bool) -> str:
    if day_first:
        return translate("ImportPlan", "day first (DD/MM/YYYY)")
    return translate("ImportPlan", "month first (MM/DD/YYYY)")


def _reading_notes(
    clients: CsvTable, treatments: CsvTable | None, mapping: ColumnMapping
) -> list[str]:
    from .rows import kept_columns_note

    notes: list[str] = []
    one_file = treatments is clients
    for table in (clients, None if one_file else treatments):
        if table is None:
            continue
        rows = count_of(
            table.row_count, translate("ImportPlan", "row"), translate("ImportPlan", "rows")
        )
        notes.append(
            translate(
                "ImportPlan",
                "{file}: {rows}, {encoding}, separated by {delimiter}; header on row {row}.",
            ).format(
                file=table.name,
                rows=rows,
                encoding=table.encoding_name,
                delimiter=table.delimiter_name,
                row=table.header_row,
            )
        )
    # What no field takes is kept in the notes of the record the row makes: a client's
    # general notes, or each treatment's (in one file of appointments, the appointment's).
    if treatments is None or not one_file:
        where = translate("ImportPlan", _CLIENT_NOTES)
        notes.append(kept_columns_note(clients, mapping.clients, mapping.dropped, where))
    if treatments is not None:
        fields = mapping.treatments
        if one_file:
            fields = {**{f"client {k}": h for k, h in mapping.clients.items()}, **fields}
        where = translate("ImportPlan", _TREATMENT_NOTES)
        notes.append(kept_columns_note(treatments, fields, mapping.dropped, where))
    return [note for note in notes if note]


_CLIENT_NOTES = translatable("ImportPlan", "the general notes")
_TREATMENT_NOTES = translatable("ImportPlan", "each treatment's notes")


def _link_notes(
    clients: CsvTable,
    treatments: CsvTable | None,
    mapping: ColumnMapping,
    one_file: bool,
    linked_clients: int,
) -> list[str]:
    notes: list[str] = []
    if one_file:
        notes.append(
            translate(
                "ImportPlan",
                "{file} holds the clients and their appointments: each row is an "
                "appointment, each client is taken from its first row (by client id, or by "
                "name and date of birth).",
            ).format(file=clients.name)
        )
    link_header = mapping.treatments.get(TreatmentField.CLIENT_ID)
    if treatments is not None and link_header and not one_file:
        notes.append(
            translate("ImportPlan", "{file} is linked to {clients} by {column}.").format(
                file=treatments.name, clients=clients.name, column=repr(link_header)
            )
        )
    if treatments is not None and links_by_name(mapping):
        with_born = TreatmentField.CLIENT_BIRTH_DATE in mapping.treatments
        if with_born:
            note = translate(
                "ImportPlan",
                "{file} has no client id: its rows are linked to the clients by name and "
                "date of birth (case and accents aside).",
            )
        else:
            note = translate(
                "ImportPlan",
                "{file} has no client id: its rows are linked to the clients by name "
                "(case and accents aside).",
            )
        notes.append(note.format(file=treatments.name))
    if linked_clients:
        count = count_of(
            linked_clients, translate("ImportPlan", "client"), translate("ImportPlan", "clients")
        )
        notes.append(
            translate(
                "ImportPlan",
                "{clients} of {file} were imported before from this source: not added "
                "again; their rows not imported yet are added to them.",
            ).format(clients=count, file=clients.name)
        )
    return notes
