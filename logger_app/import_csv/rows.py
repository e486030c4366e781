"""Turning rows of the files into clients, with a problem for every value that cannot
be used as it is; ``Row`` is shared with ``treatment_rows``. Used by
``plan.plan_import``; writes nothing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TypeVar

from ..records import ClientDetails, ClientListEntry
from ..validation import validate_client
from .mapping import ClientField, ColumnMapping
from .plan import ImportOptions, PlannedClient, RowProblem
from .reading import CsvTable
from .values import parse_date, parse_fitzpatrick, parse_skin_type, split_full_name

T = TypeVar("T")


class Row:
    """One source row: its values by field, and the problems found in it."""

    def __init__(self, table: CsvTable, number: int, record: dict[str, str], fields: dict) -> None:
        self.table = table
        self.number = number
        self.record = record
        self.fields = fields
        self.problems: list[RowProblem] = []
        if number in table.ragged:
            self.problem(
                "",
                f"has {table.ragged[number]} values but the header has {len(table.headers)} "
                "columns (a separator inside a value that is not in quotes?).",
            )

    def text(self, target: object) -> str:
        header = self.fields.get(target)
        return self.record.get(header, "").strip() if header else ""

    def column(self, target: object) -> str:
        return self.fields.get(target, "")

    def problem(self, column: str, message: str, blocking: bool = True) -> None:
        self.problems.append(RowProblem(self.table.name, self.number, column, message, blocking))

    def parsed(self, target: object, parse: Callable[[str], T]) -> T | None:
        text = self.text(target)
        if not text:
            return None
        try:
            return parse(text)
        except ValueError as error:
            self.problem(self.column(target), str(error))
            return None

    def validation(self, problems: dict[str, str], columns: Callable[[str], str]) -> None:
        for key, message in problems.items():
            self.problem(columns(key), message)

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p in self.problems)


def _name_key(first: str, last: str, born: date | None) -> tuple[str, str, date | None]:
    return (first.strip().casefold(), last.strip().casefold(), born)


class ClientRows:
    def __init__(
        self,
        table: CsvTable,
        mapping: ColumnMapping,
        options: ImportOptions,
        day_first: bool | None,
        now: datetime,
        linked: bool,
    ) -> None:
        self._table, self._fields, self._options = table, mapping.clients, options
        self._day_first, self._today, self._linked = day_first, now.date(), linked
        self.clients: list[PlannedClient] = []
        self.problems: list[RowProblem] = []
        self.skipped_duplicates = 0
        # key -> (row, date of birth) of every client row, and the keys not imported
        # because of a problem, or skipped as already in the logbook.
        self.rows_by_key: dict[str, list[int]] = defaultdict(list)
        self.birth_dates: dict[str, date | None] = {}
        self.blocked_keys: dict[str, int] = {}
        self.skipped_keys: set[str] = set()

    @property
    def file_name(self) -> str:
        return self._table.name

    def plan(self, existing: Iterable[ClientListEntry]) -> None:
        in_logbook = {_name_key(e.first_name, e.last_name, e.date_of_birth) for e in existing}
        seen_names: dict[tuple, int] = {}
        rows = [Row(self._table, n, r, self._fields) for n, r in self._table.records()]
        for row in rows:
            key = row.text(ClientField.CLIENT_ID) or f"row {row.number}"
            self.rows_by_key[key].append(row.number)
        for row in rows:
            key = row.text(ClientField.CLIENT_ID) or f"row {row.number}"
            details = self._details(row, key)
            self.problems += row.problems
            if row.blocked or details is None:
                self.blocked_keys[key] = row.number
                continue
            self.birth_dates[key] = details.date_of_birth
            name = _name_key(details.first_name, details.last_name, details.date_of_birth)
            if name in in_logbook:
                self._existing_duplicate(row, details)
                if not self._options.import_existing_duplicates:
                    self.skipped_keys.add(key)
                    self.skipped_duplicates += 1
                    continue
            if name in seen_names:
                self.problems.append(
                    RowProblem(
                        self._table.name,
                        row.number,
                        "",
                        f"Same name and date of birth as row {seen_names[name]}: both are "
                        "added as separate clients.",
                        blocking=False,
                    )
                )
            seen_names.setdefault(name, row.number)
            self.clients.append(PlannedClient(row.number, key, details))

    def _existing_duplicate(self, row: Row, details: ClientDetails) -> None:
        born = f", born {details.date_of_birth:%d %b %Y}" if details.date_of_birth else ""
        outcome = (
            "added again as a separate client"
            if self._options.import_existing_duplicates
            else "skipped, with its treatments"
        )
        row.problem(
            "",
            f"{details.full_name}{born} is already in the logbook: {outcome}.",
            blocking=False,
        )
        self.problems.append(row.problems[-1])

    def _details(self, row: Row, key: str) -> ClientDetails | None:
        if self._linked and not row.text(ClientField.CLIENT_ID):
            row.problem(row.column(ClientField.CLIENT_ID), "No client id: treatments cannot link.")
        elif len(self.rows_by_key[key]) > 1:
            others = ", ".join(str(n) for n in self.rows_by_key[key] if n != row.number)
            row.problem(
                row.column(ClientField.CLIENT_ID),
                f"Client id {key!r} is also used by row {others}: ids must be unique.",
            )
        first, last = row.text(ClientField.FIRST_NAME), row.text(ClientField.LAST_NAME)
        name_column = row.column(ClientField.FIRST_NAME)
        if not first and not last and row.text(ClientField.FULL_NAME):
            first, last = split_full_name(row.text(ClientField.FULL_NAME))
            name_column = row.column(ClientField.FULL_NAME)
        born = row.parsed(ClientField.DATE_OF_BIRTH, lambda t: parse_date(t, self._day_first))
        details = ClientDetails(
            first_name=first,
            last_name=last,
            date_of_birth=born,
            phone=row.text(ClientField.PHONE),
            email=row.text(ClientField.EMAIL),
            fitzpatrick=row.parsed(ClientField.FITZPATRICK, parse_fitzpatrick),
            skin_type=row.parsed(ClientField.SKIN_TYPE, parse_skin_type),
            allergies=row.text(ClientField.ALLERGIES),
            medical_notes=row.text(ClientField.MEDICAL_NOTES),
        )
        columns = {
            "first_name": name_column,
            "last_name": row.column(ClientField.LAST_NAME) or name_column,
            "date_of_birth": row.column(ClientField.DATE_OF_BIRTH),
            "email": row.column(ClientField.EMAIL),
            "phone": row.column(ClientField.PHONE),
            "allergies": row.column(ClientField.ALLERGIES),
            "medical_notes": row.column(ClientField.MEDICAL_NOTES),
        }
        problems = validate_client(details, self._today)
        for field_key in ("email", "phone"):
            if field_key in problems:  # say which value, not only what is expected
                problems[field_key] = f"{getattr(details, field_key)!r}: {problems[field_key]}"
        row.validation(problems, lambda k: columns.get(k, ""))
        return None if row.blocked else details
