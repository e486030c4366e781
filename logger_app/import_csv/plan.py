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

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from itertools import chain
from typing import TYPE_CHECKING

from ..records import ClientDetails, ClientListEntry, SessionDetails
from ..vocabulary import Area, Device
from .mapping import ClientField, ColumnMapping, TreatmentField
from .problems import ProblemLog, RowProblem, UnlistedProblems
from .reading import CsvTable
from .values import date_order_evidence

if TYPE_CHECKING:
    from .passes import Passes

NameKey = tuple[str, str, date | None]

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
    problems: tuple[RowProblem, ...] = ()  # listed one by one (see ``problems``)
    unlisted: tuple[UnlistedProblems, ...] = ()  # counted per kind, past the listed ones
    notes: tuple[str, ...] = ()
    day_first: bool | None = None
    date_order: str = ""
    client_rows: int = 0
    treatment_rows: int = 0
    client_count: int = 0  # clients to add
    session_count: int = 0  # sessions to add
    rows_with_problems: int = 0  # rows with a blocking problem
    skipped_duplicates: int = 0
    mapping: ColumnMapping = field(default_factory=ColumnMapping)
    # What ``replay`` needs to read the same rows the same way again.
    sources: tuple[CsvTable | None, CsvTable | None] = field(default=(None, None), repr=False)
    known_names: frozenset[NameKey] = field(default=frozenset(), repr=False)
    now: datetime | None = field(default=None, repr=False)

    @property
    def fatal(self) -> tuple[RowProblem, ...]:
        """Problems of the whole import: no row can be imported until they are fixed."""
        return tuple(p for p in self.problems if p.blocking and p.row == 0)

    @property
    def blocked(self) -> bool:
        """Whether the commit would be refused as the options stand."""
        return bool(self.fatal) or (
            bool(self.rows_with_problems) and not self.options.skip_problem_rows
        )

    @property
    def nothing_to_import(self) -> bool:
        return not self.client_count and not self.session_count

    def counts_line(self) -> str:
        line = (
            f"{count_of(self.client_count, 'client')} and "
            f"{count_of(self.session_count, 'session')} to add; "
            f"{count_of(self.rows_with_problems, 'row')} with problems"
        )
        if self.skipped_duplicates:
            line += (
                f"; {count_of(self.skipped_duplicates, 'client')} already in the logbook skipped"
            )
        return line + "."

    def replay(self) -> Passes:
        """The files read again as the dry run read them: ``clients()``, then
        ``sessions()``, give what this plan counted, one at a time. Raises
        ``CsvReadError`` if a file changed since."""
        from .passes import Passes

        clients, treatments = self.sources
        if clients is None or self.fatal:
            raise ValueError("This plan cannot be replayed: it has no files or is blocked.")
        return Passes(
            clients,
            treatments,
            self.mapping,
            self.options,
            self.day_first,
            self.now or datetime.now().astimezone(),
            self.known_names,
            ProblemLog(),
        )

    def planned_clients(self) -> Iterator[PlannedClient]:
        return self.replay().clients()

    def planned_sessions(self) -> Iterator[PlannedSession]:
        passes = self.replay()
        for _ in passes.clients():
            pass  # the sessions depend on which clients are imported
        return passes.sessions()


def count_of(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


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
    notes: list[str] = []
    for table, fields in ((clients, mapping.clients), (treatments, mapping.treatments)):
        if table is None:
            continue
        notes.append(
            f"{table.name}: {count_of(table.row_count, 'row')}, {table.encoding_name}, "
            f"separated by {table.delimiter_name}; header on row {table.header_row}."
        )
        unused = [h for h in table.headers if h not in fields.values()]
        if unused:
            notes.append(f"{table.name}: columns not imported: {', '.join(unused)}.")
    return notes
