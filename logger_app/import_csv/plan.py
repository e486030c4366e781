"""The dry run: what an import would add, and every problem, row by row.

Nothing is written here. The plan holds ready-made ``ClientDetails`` and
``SessionDetails`` (checked with the same validation the logbook applies), so the commit
only has to save them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from ..records import ClientDetails, ClientListEntry, SessionDetails
from ..vocabulary import Area, Device
from .mapping import ClientField, ColumnMapping, TreatmentField
from .reading import CsvTable
from .values import date_order_evidence, needs_date_order

DEFAULT_PRACTITIONER = "Imported"


@dataclass(frozen=True)
class ImportOptions:
    """What the user decides besides the mapping.

    ``day_first``: None detects the date order from the data. ``default_*``: used for
    treatment rows that do not record them (marked in the session notes); None makes
    such rows problems. ``skip_problem_rows``: commit the rest when some rows have
    problems. ``import_existing_duplicates``: add a client even when one of the same
    name and birth date is already in the logbook (otherwise it is skipped with its
    treatments). ``timezone``: of the times in the files (None: this computer's).
    ``now``: the moment validation compares against (None: the real now).
    """

    day_first: bool | None = None
    default_area: Area | None = None
    default_depth_mm: float | None = None
    default_device: Device | None = None
    practitioner: str = DEFAULT_PRACTITIONER
    skip_problem_rows: bool = False
    import_existing_duplicates: bool = False
    timezone: tzinfo | None = None
    now: datetime | None = None


@dataclass(frozen=True)
class RowProblem:
    """One problem of one row (``row`` 0: of the whole file or import). A problem that
    is not ``blocking`` is a warning: the row is imported, or skipped by choice."""

    file: str
    row: int
    column: str
    message: str
    blocking: bool = True

    def describe(self) -> str:
        where = f"{self.file} row {self.row}" if self.row else (self.file or "import")
        column = f", {self.column}" if self.column else ""
        kind = "" if self.blocking else "note: "
        return f"{where}{column}: {kind}{self.message}"


@dataclass(frozen=True)
class PlannedClient:
    row: int
    key: str  # the source's client id, or "row N" when no id column is mapped
    details: ClientDetails


@dataclass(frozen=True)
class PlannedSession:
    row: int
    client_key: str
    details: SessionDetails  # client_id is 0 until the client is added
    defaulted: tuple[str, ...] = ()  # fields set from the import's defaults


@dataclass(frozen=True)
class ImportPlan:
    clients_file: str
    treatments_file: str | None
    options: ImportOptions
    clients: tuple[PlannedClient, ...] = ()
    sessions: tuple[PlannedSession, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[str, ...] = ()
    day_first: bool | None = None
    date_order: str = ""
    client_rows: int = 0
    treatment_rows: int = 0
    skipped_duplicates: int = 0
    mapping: ColumnMapping = field(default_factory=ColumnMapping)

    @property
    def fatal(self) -> tuple[RowProblem, ...]:
        """Problems of the whole import: no row can be imported until they are fixed."""
        return tuple(p for p in self.problems if p.blocking and p.row == 0)

    @property
    def problem_rows(self) -> set[tuple[str, int]]:
        return {(p.file, p.row) for p in self.problems if p.blocking and p.row}

    @property
    def rows_with_problems(self) -> int:
        return len(self.problem_rows)

    @property
    def blocked(self) -> bool:
        """Whether the commit would be refused as the options stand."""
        return bool(self.fatal) or (bool(self.problem_rows) and not self.options.skip_problem_rows)

    @property
    def nothing_to_import(self) -> bool:
        return not self.clients and not self.sessions

    def counts_line(self) -> str:
        clients, sessions = len(self.clients), len(self.sessions)
        line = (
            f"{count_of(clients, 'client')} and {count_of(sessions, 'session')} to add; "
            f"{count_of(self.rows_with_problems, 'row')} with problems"
        )
        if self.skipped_duplicates:
            line += (
                f"; {count_of(self.skipped_duplicates, 'client')} already in the logbook skipped"
            )
        return line + "."


def count_of(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def plan_import(
    clients: CsvTable,
    treatments: CsvTable | None,
    mapping: ColumnMapping,
    options: ImportOptions,
    existing: Iterable[ClientListEntry] = (),
) -> ImportPlan:
    """The dry run: ``existing`` are the logbook's clients (``Logbook.list_clients()``),
    to flag clients that are already there."""
    from .rows import ClientRows
    from .treatment_rows import TreatmentRows

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
        client_rows=len(clients.rows),
        treatment_rows=len(treatments.rows) if treatments else 0,
        mapping=mapping,
    )
    if fatal or order_problems:
        return _replace(base, problems=tuple(fatal + order_problems), notes=tuple(notes))
    now = options.now or datetime.now().astimezone()
    client_rows = ClientRows(clients, mapping, options, day_first, now, treatments is not None)
    client_rows.plan(existing)
    problems = list(client_rows.problems)
    sessions: tuple[PlannedSession, ...] = ()
    if treatments is not None:
        treatment_rows = TreatmentRows(treatments, mapping, options, day_first, now, client_rows)
        treatment_rows.plan()
        problems += treatment_rows.problems
        sessions = tuple(treatment_rows.sessions)
        notes += treatment_rows.notes()
    return _replace(
        base,
        clients=tuple(client_rows.clients),
        sessions=sessions,
        problems=tuple(problems),
        notes=tuple(notes),
        skipped_duplicates=client_rows.skipped_duplicates,
    )


def _replace(plan: ImportPlan, **changes: object) -> ImportPlan:
    from dataclasses import replace

    return replace(plan, **changes)  # type: ignore[arg-type]


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
    values: list[str] = []
    for table, header in (
        (clients, mapping.clients.get(ClientField.DATE_OF_BIRTH)),
        (treatments, mapping.treatments.get(TreatmentField.DATE)),
    ):
        if table is not None and header in table.headers:
            values += [record[header] for _, record in table.records() if record[header].strip()]
    if options.day_first is not None:
        chosen = "day first (DD/MM/YYYY)" if options.day_first else "month first (MM/DD/YYYY)"
        return options.day_first, f"Dates read {chosen}, as chosen.", []
    evidence = date_order_evidence(values)
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
    if any(needs_date_order(value) for value in values):
        message = (
            f"Dates like {evidence.ambiguous_example} could be day/month or month/day and "
            "no date in the files tells which: choose the date order."
        )
        return None, "The date order must be chosen.", [RowProblem("", 0, "", message)]
    return None, "The dates do not depend on a day/month order.", []


def _reading_notes(
    clients: CsvTable, treatments: CsvTable | None, mapping: ColumnMapping
) -> list[str]:
    notes: list[str] = []
    for table, fields in ((clients, mapping.clients), (treatments, mapping.treatments)):
        if table is None:
            continue
        notes.append(
            f"{table.name}: {count_of(len(table.rows), 'row')}, {table.encoding_name}, "
            f"separated by {table.delimiter_name}; header on row {table.header_row}."
        )
        unused = [h for h in table.headers if h not in fields.values()]
        if unused:
            notes.append(f"{table.name}: columns not imported: {', '.join(unused)}.")
    return notes
