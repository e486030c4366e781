"""The records of an import: the fields and their mapping to columns, the options, the
plan a dry run makes (with its row problems) and the summary of a commit.

Plain dataclasses and enums; the reading, planning and committing that fill them are
in the other modules of this package.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from ..i18n import conventions, translatable, translate
from ..records import ClientDetails, OtherTreatmentDetails, SessionDetails
from ..text import count_of
from ..vocabulary import Area, Device, LabelledEnum

if TYPE_CHECKING:
    from .passes import Passes
    from .reading import CsvTable


class ClientField(LabelledEnum):
    CLIENT_ID = ("client_id", translatable("ClientField", "Client id (links the treatments)"))
    FIRST_NAME = ("first_name", translatable("ClientField", "First name"))
    LAST_NAME = ("last_name", translatable("ClientField", "Last name"))
    FULL_NAME = (
        "full_name",
        translatable("ClientField", "Full name (split when no first/last columns)"),
    )
    DATE_OF_BIRTH = ("date_of_birth", translatable("ClientField", "Date of birth"))
    PHONE = ("phone", translatable("ClientField", "Phone"))
    EMAIL = ("email", translatable("ClientField", "Email"))
    ALLERGIES = ("allergies", translatable("ClientField", "Allergies"))
    MEDICAL_NOTES = ("medical_notes", translatable("ClientField", "Medical notes / notes"))
    SKIN_TYPE = ("skin_type", translatable("ClientField", "Skin type"))
    FITZPATRICK = ("fitzpatrick", translatable("ClientField", "Fitzpatrick type"))
    ADDRESS = ("address", translatable("ClientField", "Address"))
    GENERAL_NOTES = (
        "general_notes",
        translatable("ClientField", "General notes"),
    )  # not medical: preferences…
    TAGS = (
        "tags",
        translatable("ClientField", "Tags (in medical notes)"),
    )  # clinical: "Eczema" must show


class TreatmentField(LabelledEnum):
    CLIENT_ID = (
        "client_id",
        translatable("TreatmentField", "Client id (link to the clients file)"),
    )
    DATE = ("date", translatable("TreatmentField", "Date (required)"))
    TIME = ("time", translatable("TreatmentField", "Time"))
    NOTES = ("notes", translatable("TreatmentField", "Notes (kept as session notes)"))
    SERVICE = (
        "service",
        translatable("TreatmentField", "Service / treatment name (kept in the notes)"),
    )
    AREA = ("area", translatable("TreatmentField", "Area(s)"))
    DEPTH = ("depth", translatable("TreatmentField", "Needle depth (mm)"))
    DEVICE = ("device", translatable("TreatmentField", "Device"))
    PRACTITIONER = ("practitioner", translatable("TreatmentField", "Practitioner"))
    STATUS = (
        "status",
        translatable(
            "TreatmentField", "Appointment status (cancelled / no-show rows are left out)"
        ),
    )
    # The row's own id in the source (appointment, booking, treatment id): remembered,
    # so importing the same files again adds only the rows not yet imported.
    SOURCE_ID = ("source_id", translatable("TreatmentField", "Appointment id"))
    PRODUCT = ("product", translatable("TreatmentField", "Product(s)"))
    LOT = ("lot", translatable("TreatmentField", "Lot number(s)"))
    # Appointments linked by name when the file has no client id.
    CLIENT_NAME = ("client_name", translatable("TreatmentField", "Client's name (the link)"))
    CLIENT_FIRST_NAME = ("client_first_name", translatable("TreatmentField", "Client's first name"))
    CLIENT_LAST_NAME = ("client_last_name", translatable("TreatmentField", "Client's last name"))
    CLIENT_BIRTH_DATE = (
        "client_birth_date",
        translatable("TreatmentField", "Client's date of birth"),
    )


# Fields a form offers only when the files need them: a column was found for them, or
# (the client's name) the treatments have no client id to link by and no column was
# found for any of them.
_LINK_BY_NAME = (
    TreatmentField.CLIENT_NAME,
    TreatmentField.CLIENT_FIRST_NAME,
    TreatmentField.CLIENT_LAST_NAME,
    TreatmentField.CLIENT_BIRTH_DATE,
)
_WHEN_FOUND = (TreatmentField.SOURCE_ID, TreatmentField.PRODUCT, TreatmentField.LOT)


def offered_fields(kind: type[LabelledEnum], chosen: Mapping) -> list:
    """The fields of ``kind`` a mapping form shows, given the columns ``chosen``."""
    if kind is not TreatmentField:
        return list(kind)
    names_needed = TreatmentField.CLIENT_ID not in chosen and not any(
        chosen.get(f) for f in _LINK_BY_NAME
    )
    hidden = (*_WHEN_FOUND, *(() if names_needed else _LINK_BY_NAME))
    return [f for f in kind if chosen.get(f) or f not in hidden]


@dataclass
class ColumnMapping:
    """Field -> header of the file; a field left out is "not in the file"."""

    clients: dict[ClientField, str] = field(default_factory=dict)
    treatments: dict[TreatmentField, str] = field(default_factory=dict)
    # Headers of columns the logbook has no field for that the user chose not to keep
    # (the others are kept in the notes, labelled with their header).
    dropped: set[str] = field(default_factory=set)

    def describe(self) -> list[str]:
        lines = [f"clients.{f.value} <- {h!r}" for f, h in self.clients.items()]
        return lines + [f"treatments.{f.value} <- {h!r}" for f, h in self.treatments.items()]


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
        if self.row:
            where = translate("RowProblem", "{file} row {row}").format(file=self.file, row=self.row)
        else:
            where = self.file or translate("RowProblem", "import")
        column = f", {self.column}" if self.column else ""
        kind = "" if self.blocking else translate("RowProblem", "note: ")
        return f"{where}{column}: {kind}{self.message}"


@dataclass(frozen=True)
class UnlistedProblems:
    """``count`` more problems of the same kind as ``example``, not listed one by one."""

    example: RowProblem
    count: int

    def describe(self) -> str:
        example = self.example.describe()
        if self.count == 1:
            return translate(
                "UnlistedProblems", "… and 1 more row with the same problem as {example}"
            ).format(example=example)
        return translate(
            "UnlistedProblems", "… and {count} more rows with the same problem as {example}"
        ).format(
            count=f"{self.count:,}".replace(",", conventions().thousands_separator), example=example
        )


# Dates
@dataclass(frozen=True)
class DateOrderEvidence:
    """What the numeric dates of the files say about their order."""

    day_first_example: str | None = None  # e.g. "25/03/2024": only day-first fits
    month_first_example: str | None = None
    ambiguous_example: str | None = None  # e.g. "03/04/2024": both fit (needs_date_order)

    @property
    def day_first(self) -> bool | None:
        """True/False when the data decide it, None when they do not (or contradict)."""
        if self.day_first_example and not self.month_first_example:
            return True
        if self.month_first_example and not self.day_first_example:
            return False
        return None


NameKey = tuple[str, str, date | None]


# Values of the files the logbook does not know (a German skin type, say)
MAX_UNKNOWN_PER_FIELD = 200  # distinct values counted per field; the rest are not listed


@dataclass(frozen=True)
class UnknownValue:
    """A value of a vocabulary field (``skin_type``, ``area``…) that no parser or
    mapping understands: ``rows`` rows hold it, the first is ``first_row`` of ``file``.
    ``value`` is as the file writes it (its first occurrence)."""

    field: str
    value: str
    rows: int
    first_row: int
    file: str = ""


class UnknownValues:
    """The unknown values of a dry run, counted per field and value (bounded)."""

    def __init__(self) -> None:
        self._seen: dict[str, dict[str, list]] = {}  # field -> key -> [value, rows, first, file]

    def add(self, field: str, key: str, value: str, row: int, file: str) -> None:
        values = self._seen.setdefault(field, {})
        entry = values.get(key)
        if entry is not None:
            entry[1] += 1
        elif len(values) < MAX_UNKNOWN_PER_FIELD:
            values[key] = [value, 1, row, file]

    def values(self) -> tuple[UnknownValue, ...]:
        return tuple(
            UnknownValue(field, value, rows, first, file)
            for field, values in self._seen.items()
            for value, rows, first, file in values.values()
        )


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
    # The system or file set the rows come from: each imported row's own id is
    # remembered under it (importing it again adds only what is missing), and so are
    # the value mappings. Blank: named after the clients file.
    source: str = ""
    # Source values translated to the logbook's, per field: {"skin_type": {"trocken":
    # "dry"}} (source values as ``values.normalise`` writes them).
    value_maps: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Remembered mappings the user undid ("not mapped"): forgotten for the source when
    # the import is saved, so they do not come back the next time.
    forgotten_values: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedClient:
    row: int
    key: str  # the source's client id, or "row N" when no id column is mapped
    details: ClientDetails
    source_id: str = ""  # remembered with the client (its id, or a key of its name)


@dataclass(frozen=True)
class PlannedSession:
    row: int
    client_key: str
    details: SessionDetails  # client_id is 0 until the client is added
    defaulted: tuple[str, ...] = ()  # fields set from the import's defaults
    source_id: str = ""  # remembered with the session (see ``TreatmentField.SOURCE_ID``)


@dataclass(frozen=True)
class PlannedOtherTreatment:
    """A treatment row that is not microneedling: a peel, facial, massage…"""

    row: int
    client_key: str
    details: OtherTreatmentDetails  # client_id is 0 until the client is added
    source_id: str = ""


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
    # Values of vocabulary fields not understood (map them: ``ImportOptions.value_maps``).
    unknown_values: tuple[UnknownValue, ...] = ()
    # What ``replay`` needs to read the same rows the same way again.
    sources: tuple[CsvTable | None, CsvTable | None] = field(default=(None, None), repr=False)
    known_names: frozenset[NameKey] = field(default=frozenset(), repr=False)
    now: datetime | None = field(default=None, repr=False)
    # Other treatments, rows remembered from earlier imports of the same source.
    other_treatment_count: int = 0  # other treatments (peels, facials…) to add
    linked_clients: int = 0  # clients imported earlier: their new rows are added to them
    already_imported: int = 0  # treatment rows imported earlier: skipped
    one_file: bool = False  # clients and their appointments in one file
    links: KnownLinks = field(default_factory=lambda: KnownLinks(), repr=False)

    @property
    def source(self) -> str:
        """The name the rows' ids are remembered under (see ``ImportOptions.source``)."""
        return self.options.source.strip() or self.clients_file

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
        return not self.client_count and not self.session_count and not self.other_treatment_count

    def counts_line(self) -> str:
        added = [_clients(self.client_count), _sessions(self.session_count)]
        if self.other_treatment_count:
            added.append(_other_treatments(self.other_treatment_count))
        line = translate("ImportPlan", "{listed} and {last} to add; {rows} with problems").format(
            listed=", ".join(added[:-1]), last=added[-1], rows=_rows(self.rows_with_problems)
        )
        if self.already_imported or self.linked_clients:
            line += translate("ImportPlan", "; {clients} and {rows} already imported").format(
                clients=_clients(self.linked_clients),
                rows=_treatment_rows(self.already_imported),
            )
        if self.skipped_duplicates:
            line += translate("ImportPlan", "; {clients} already in the logbook skipped").format(
                clients=_clients(self.skipped_duplicates)
            )
        return line + "."

    def replay(self) -> Passes:
        """The files read again as the dry run read them: ``clients()``, then
        ``sessions()``, give what this plan counted, one at a time. Raises
        ``CsvReadError`` if a file changed since."""
        from .passes import Passes
        from .problems import ProblemLog

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
            self.links,
        )

    def planned_clients(self) -> Iterator[PlannedClient]:
        return self.replay().clients()

    def planned_sessions(self) -> Iterator[PlannedSession]:
        return (t for t in self.planned_treatments() if isinstance(t, PlannedSession))

    def planned_other_treatments(self) -> Iterator[PlannedOtherTreatment]:
        return (t for t in self.planned_treatments() if isinstance(t, PlannedOtherTreatment))

    def planned_treatments(self) -> Iterator[PlannedSession | PlannedOtherTreatment]:
        """Sessions and other treatments, in file order."""
        passes = self.replay()
        for _ in passes.clients():
            pass  # the sessions depend on which clients are imported
        return passes.sessions()


@dataclass(frozen=True)
class ImportSummary:
    clients_added: int
    sessions_added: int
    rows_skipped: int  # rows with problems left out by choice
    duplicates_skipped: int  # clients already in the logbook, left out by choice
    client_ids: tuple[int, ...] = ()  # the new clients, in file order
    other_treatments_added: int = 0
    already_imported: int = 0  # treatment rows imported before, left out
    linked_clients: int = 0  # clients imported before that rows were added to

    def describe(self) -> str:
        added = [_clients(self.clients_added), _sessions(self.sessions_added)]
        if self.other_treatments_added:
            added.append(_other_treatments(self.other_treatments_added))
        text = (
            translate("ImportSummary", "Imported {listed} and {last}.").format(
                listed=", ".join(added[:-1]), last=added[-1]
            )
            if self.clients_added or self.sessions_added or self.other_treatments_added
            else translate("ImportSummary", "Nothing was imported: there was nothing to add.")
        )
        if self.linked_clients:
            text += translate(
                "ImportSummary",
                " {clients} had been imported before: their new rows were added to them.",
            ).format(clients=_clients(self.linked_clients))
        if self.already_imported:
            text += translate("ImportSummary", " Left out {rows} imported before.").format(
                rows=_treatment_rows(self.already_imported)
            )
        if self.rows_skipped:
            text += translate("ImportSummary", " Skipped {rows} with problems.").format(
                rows=_rows(self.rows_skipped)
            )
        if self.duplicates_skipped:
            text += translate("ImportSummary", " Skipped {clients} already in the logbook.").format(
                clients=_clients(self.duplicates_skipped)
            )
        return text


@dataclass(frozen=True)
class KnownLinks:
    """What earlier imports of a source remembered (``Logbook.import_links``): its
    client ids with the logbook's client, and its treatment rows already imported."""

    clients: Mapping[str, int] = field(default_factory=dict)  # source id -> client id
    treatments: frozenset[str] = frozenset()  # source ids of sessions and other treatments


# Counts of the plan and the summary, their nouns in the reader's language.
def _clients(n: int) -> str:
    return count_of(n, translate("ImportCounts", "client"), translate("ImportCounts", "clients"))


def _sessions(n: int) -> str:
    return count_of(n, translate("ImportCounts", "session"), translate("ImportCounts", "sessions"))


def _other_treatments(n: int) -> str:
    return count_of(
        n,
        translate("ImportCounts", "other treatment"),
        translate("ImportCounts", "other treatments"),
    )


def _rows(n: int) -> str:
    return count_of(n, translate("ImportCounts", "row"), translate("ImportCounts", "rows"))


def _treatment_rows(n: int) -> str:
    return count_of(
        n, translate("ImportCounts", "treatment row"), translate("ImportCounts", "treatment rows")
    )
