"""Turning rows of the files into clients, with a problem for every value that cannot
be used as it is; ``Row`` is shared with ``treatment_rows``. Used by ``passes``;
writes nothing. Rows are read one at a time: per client only its id's first row, its
birth date and whether it is imported are kept, for linking the treatments."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from datetime import date, datetime
from typing import TypeVar

from ..export.formulas import restore_cell
from ..i18n import translate
from ..records import ClientDetails
from ..validation import validate_client
from .model import ClientField, ColumnMapping, ImportOptions, NameKey, PlannedClient, RowProblem
from .plan import name_key
from .problems import ProblemLog
from .reading import CsvTable, first_bad_byte, shown
from .translation import means_no_allergy
from .values import (
    UnknownValueError,
    day_text,
    parse_date,
    parse_fitzpatrick,
    parse_skin_type,
    split_full_name,
)

T = TypeVar("T")
SHOWN_ROWS = 5  # other rows named in "also used by row …"


class RowSource:
    """A file's name and width, where each field of the mapping is in its rows, and the
    columns no field takes that are kept in the notes (``kept``: all but ``dropped``)."""

    def __init__(self, table: CsvTable, fields: dict, dropped: Collection[str] = ()) -> None:
        self.table = table
        self.file = table.name
        self.width = len(table.headers)
        self.headers = {header: index for index, header in enumerate(table.headers)}
        self.fields: dict[object, tuple[str, int]] = {
            target: (header, self.headers[header])
            for target, header in fields.items()
            if header in self.headers
        }
        self.kept: tuple[tuple[str, int], ...] = kept_columns(table, fields, dropped)
        self.check_bytes = table.errors != "strict"  # UTF-8 but for a few bytes


def kept_columns(
    table: CsvTable, fields: dict, dropped: Collection[str]
) -> tuple[tuple[str, int], ...]:
    """(header, index) of the columns no field takes and the user keeps."""
    used = set(fields.values())
    return tuple(
        (header, index)
        for index, header in enumerate(table.headers)
        if header not in used and header not in dropped
    )


def kept_columns_note(table: CsvTable, fields: dict, dropped: Collection[str], where: str) -> str:
    """The plan's note on the columns no field takes: kept ``where``, or left out."""
    kept = [header for header, _ in kept_columns(table, fields, dropped)]
    left = [h for h in table.headers if h in dropped and h not in fields.values()]
    parts = []
    if kept:
        parts.append(
            translate("ImportRows", "columns kept in {where}, one line each: {columns}").format(
                where=where, columns=", ".join(kept)
            )
        )
    if left:
        parts.append(
            translate("ImportRows", "columns left out as chosen: {columns}").format(
                columns=", ".join(left)
            )
        )
    return f"{table.name}: {'; '.join(parts)}." if parts else ""


class Row:
    """One source row: its values, and the problems found in it."""

    __slots__ = ("number", "problems", "source", "unknown", "values")

    def __init__(self, source: RowSource, number: int, values: tuple[str, ...]) -> None:
        self.source = source
        self.number = number
        self.values = values
        self.problems: list[tuple[RowProblem, str | None]] = []  # with the kind, if named
        self.unknown: list[UnknownValueError] = []  # values no parser or mapping knows
        if source.check_bytes:
            self._bad_bytes()
        if len(values) != source.width:
            self.problem(
                "",
                translate(
                    "ImportRows",
                    "has {values} values but the header has {columns} columns "
                    "(a separator inside a value that is not in quotes?).",
                ).format(values=len(values), columns=source.width),
            )

    def _bad_bytes(self) -> None:
        for header, index in self.source.headers.items():
            byte = first_bad_byte(self.values[index]) if index < len(self.values) else None
            if byte is not None:
                self.problem(
                    header,
                    translate(
                        "ImportRows",
                        "byte {byte} is not UTF-8 (in {value}): correct the file, or skip the "
                        'row (--skip-problem-rows, or "Skip the rows with problems" in the '
                        "wizard).",
                    ).format(byte=f"0x{byte:02X}", value=repr(shown(self.values[index]))),
                )

    def kept_lines(self) -> list[str]:
        """The kept columns of the row as "Header: value" lines, empty cells left out;
        for the notes, so that nothing of the file is lost."""
        lines = []
        for header, index in self.source.kept:
            value = self.values[index].strip() if index < len(self.values) else ""
            if value:
                value = restore_cell(value) if value.startswith("'") else value
                lines.append(f"{header}: {value}")
        return lines

    def cell(self, target: object) -> str:
        """The cell of a field as written, less the ' that a CSV export puts before
        text that looks like a formula (see ``export.formulas``)."""
        place = self.source.fields.get(target)
        if place is None or place[1] >= len(self.values):
            return ""
        value = self.values[place[1]]
        return restore_cell(value) if value.startswith("'") else value  # the hot path

    def text(self, target: object) -> str:
        return self.cell(target).strip()

    def column(self, target: object) -> str:
        place = self.source.fields.get(target)
        return place[0] if place else ""

    def problem(
        self, column: str, message: str, blocking: bool = True, kind: str | None = None
    ) -> None:
        problem = RowProblem(self.source.file, self.number, column, message, blocking)
        self.problems.append((problem, kind))

    def parsed(self, target: object, parse: Callable[[str], T]) -> T | None:
        text = self.text(target)
        if not text:
            return None
        try:
            return parse(text)
        except UnknownValueError as error:
            self.unknown.append(error)
            self.problem(self.column(target), str(error), kind=f"unknown {error.field}")
            return None
        except ValueError as error:
            self.problem(self.column(target), str(error))
            return None

    def validation(self, problems: dict[str, str], columns: Callable[[str], str]) -> None:
        for key, message in problems.items():
            self.problem(columns(key), message)

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p, _ in self.problems)

    def report(self, log: ProblemLog) -> None:
        """Hand this row's problems to the log (and count the row if one blocks it)."""
        for problem, kind in self.problems:
            index = self.source.headers.get(problem.column)
            value = self.values[index] if index is not None and index < len(self.values) else ""
            log.add(problem, value, kind)
        for unknown in self.unknown:
            unknowns = log.unknown
            unknowns.add(unknown.field, unknown.key, unknown.value, self.number, self.source.file)
        if self.blocked:
            log.rows_with_problems += 1


def client_key(row: Row) -> str:
    return row.text(ClientField.CLIENT_ID) or f"row {row.number}"


class ClientRows:
    def __init__(
        self,
        table: CsvTable,
        mapping: ColumnMapping,
        options: ImportOptions,
        day_first: bool | None,
        now: datetime,
        linked: bool,
        known_names: frozenset[NameKey],
        log: ProblemLog,
        imported_before: Callable[[str, ClientDetails], bool] | None = None,
    ) -> None:
        """``imported_before(key, details)``: whether the row's client came from this
        source before (found by its id then, whoever else has the same name)."""
        self._table, self._options = table, options
        self._imported_before = imported_before or (lambda _key, _details: False)
        self._source = RowSource(table, mapping.clients, mapping.dropped)
        self._maps = options.value_maps
        self._day_first, self._today, self._linked = day_first, now.date(), linked
        self._known, self._log = known_names, log
        self.skipped_duplicates = 0
        # Client id -> its first row, and the rows of ids used more than once.
        self.first_rows: dict[str, int] = {}
        self.repeated: dict[str, list[int]] = {}
        # Per client id: its date of birth, or why its treatments are not imported
        # (a problem in its row, or skipped as already in the logbook).
        self.birth_dates: dict[str, date | None] = {}
        self.blocked_keys: dict[str, int] = {}
        self.skipped_keys: set[str] = set()

    @property
    def file_name(self) -> str:
        return self._table.name

    def plan(self) -> Iterator[PlannedClient]:
        """The clients to add, row by row (problems go to the log)."""
        self._index_ids()
        seen_names: dict[NameKey, int] = {}
        for number, values in self._table.rows():
            row = Row(self._source, number, values)
            planned = self._plan_row(row, seen_names)
            row.report(self._log)
            if planned is not None:
                yield planned

    def _index_ids(self) -> None:
        """A first reading of the ids: a repeated id is a problem of each of its rows."""
        place = self._source.fields.get(ClientField.CLIENT_ID)
        if place is None:
            return
        index = place[1]
        for number, values in self._table.rows():
            key = restore_cell(values[index]).strip() if index < len(values) else ""
            if key:
                first = self.first_rows.setdefault(key, number)
                if first != number:
                    self.repeated.setdefault(key, [first]).append(number)

    def _plan_row(self, row: Row, seen_names: dict[NameKey, int]) -> PlannedClient | None:
        key = client_key(row)
        details = self._details(row, key)
        if row.blocked or details is None:
            self.blocked_keys[key] = row.number
            return None
        self.birth_dates[key] = details.date_of_birth
        name = name_key(details.first_name, details.last_name, details.date_of_birth)
        if name in self._known and not self._imported_before(key, details):
            self._existing_duplicate(row, details)
            if not self._options.import_existing_duplicates:
                self.skipped_keys.add(key)
                self.skipped_duplicates += 1
                return None
        if name in seen_names:
            row.problem(
                "",
                translate(
                    "ImportRows",
                    "Same name and date of birth as row {row}: both are added as separate clients.",
                ).format(row=seen_names[name]),
                blocking=False,
                kind="same name",
            )
        seen_names.setdefault(name, row.number)
        return PlannedClient(row.number, key, details)

    def _existing_duplicate(self, row: Row, details: ClientDetails) -> None:
        born = (
            translate("ImportRows", ", born {date}").format(date=day_text(details.date_of_birth))
            if details.date_of_birth
            else ""
        )
        outcome = (
            translate("ImportRows", "added again as a separate client")
            if self._options.import_existing_duplicates
            else translate(
                "ImportRows",
                "skipped, with its treatments (to add it anyway: --import-duplicates, or "
                "“Also add clients already in the logbook”)",
            )
        )
        row.problem(
            "",
            translate("ImportRows", "{name}{born} is already in the logbook: {outcome}.").format(
                name=details.full_name, born=born, outcome=outcome
            ),
            blocking=False,
            kind="in the logbook",
        )

    def _details(self, row: Row, key: str) -> ClientDetails | None:
        if self._linked and not row.text(ClientField.CLIENT_ID):
            row.problem(
                row.column(ClientField.CLIENT_ID),
                translate(
                    "ImportRows",
                    "No client id: treatments cannot link. Fill it in the file, or skip the row "
                    "(--skip-problem-rows, or “Skip the rows with problems”).",
                ),
            )
        elif key in self.repeated:
            others = [str(n) for n in self.repeated[key] if n != row.number]
            shown = ", ".join(others[:SHOWN_ROWS])
            if len(others) > SHOWN_ROWS:
                shown += translate("ImportRows", " and {count} more").format(
                    count=f"{len(others) - SHOWN_ROWS:,}"
                )
            row.problem(
                row.column(ClientField.CLIENT_ID),
                translate(
                    "ImportRows",
                    "Client id {id} is also used by row {rows}: ids must be unique. Correct "
                    "the file, or choose another id column (--map client_id=HEADER, or on "
                    "“Match the columns”).",
                ).format(id=repr(key), rows=shown),
            )
        first, last = row.text(ClientField.FIRST_NAME), row.text(ClientField.LAST_NAME)
        name_column = row.column(ClientField.FIRST_NAME)
        if not first and not last and row.text(ClientField.FULL_NAME):
            first, last = split_full_name(row.text(ClientField.FULL_NAME))
            name_column = row.column(ClientField.FULL_NAME)
        born = row.parsed(ClientField.DATE_OF_BIRTH, lambda t: parse_date(t, self._day_first))
        maps = self._maps
        details = ClientDetails(
            first_name=first,
            last_name=last,
            date_of_birth=born,
            phone=row.text(ClientField.PHONE),
            email=row.text(ClientField.EMAIL),
            fitzpatrick=row.parsed(
                ClientField.FITZPATRICK, lambda t: parse_fitzpatrick(t, maps.get("fitzpatrick"))
            ),
            skin_type=row.parsed(
                ClientField.SKIN_TYPE, lambda t: parse_skin_type(t, maps.get("skin_type"))
            ),
            allergies=_allergies(row),
            medical_notes=_medical_notes(row),
            address=row.text(ClientField.ADDRESS),
            general_notes="\n".join(
                [t for t in (row.text(ClientField.GENERAL_NOTES),) if t] + row.kept_lines()
            ),
        )
        columns = {
            "first_name": name_column,
            "last_name": row.column(ClientField.LAST_NAME) or name_column,
            "date_of_birth": row.column(ClientField.DATE_OF_BIRTH),
            "email": row.column(ClientField.EMAIL),
            "phone": row.column(ClientField.PHONE),
            "allergies": row.column(ClientField.ALLERGIES),
            "medical_notes": row.column(ClientField.MEDICAL_NOTES) or row.column(ClientField.TAGS),
            "address": row.column(ClientField.ADDRESS),
            "general_notes": row.column(ClientField.GENERAL_NOTES),
        }
        problems = validate_client(details, self._today)
        for field_key in ("email", "phone"):
            if field_key in problems:  # say which value, not only what is expected
                problems[field_key] = f"{getattr(details, field_key)!r}: {problems[field_key]}"
        row.validation(problems, lambda k: columns.get(k, ""))
        return None if row.blocked else details


def _allergies(row: Row) -> str:
    """ "None", "n/a", "keine": no known allergy, said in a note; not an allergy."""
    text = row.text(ClientField.ALLERGIES)
    if means_no_allergy(text):
        row.problem(
            row.column(ClientField.ALLERGIES),
            translate("ImportRows", "{value} read as no known allergy.").format(value=repr(text)),
            blocking=False,
            kind="no allergy",
        )
        return ""
    return text


def _medical_notes(row: Row) -> str:
    """The medical notes, and the tags under them: "Eczema" is clinical, so it shows."""
    notes = row.text(ClientField.MEDICAL_NOTES)
    tags = [t.strip() for t in re.split(r"[,;|]", row.text(ClientField.TAGS)) if t.strip()]
    if tags:
        notes = "\n".join(filter(None, (notes, f"Tags: {', '.join(tags)}")))
    return notes
