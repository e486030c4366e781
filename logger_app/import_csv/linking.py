"""Linking treatment rows to their clients, and rows to what earlier imports of the same
source brought in.

- Treatment rows link to the clients file by client id, or, when the file has none, by
  the client's name (case and accents do not matter; the birth date decides between
  namesakes when both files have one).
- Each imported row is remembered by its id in the source (``ImportedFrom``): the client
  id, the appointment id, or with none a key made of the row's content. Importing the
  same source again adds only the rows not yet there, to the same clients.
- Clients and appointments in one file: each client is planned from its first row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..export.formulas import restore_cell
from .model import ClientField, ColumnMapping, KnownLinks, TreatmentField
from .reading import CsvTable
from .values import normalise, parse_date, split_full_name

if TYPE_CHECKING:
    from ..logbook import Logbook
    from ..records import ClientListEntry

MAX_SOURCE_ID = 200  # longer content keys are kept as a digest


def known_links(logbook: Logbook, source: str) -> KnownLinks:
    """What earlier imports of ``source`` remembered, for ``plan_import``."""
    clients = {key: client for key, (client, _) in logbook.import_links(source, "client").items()}
    treatments = set(logbook.import_links(source, "session"))
    treatments |= set(logbook.import_links(source, "other_treatment"))
    return KnownLinks(clients, frozenset(treatments))


def still_there(links: KnownLinks, existing: list[ClientListEntry]) -> KnownLinks:
    """Links to clients since deleted (or archived) are forgotten: such rows are new."""
    ids = {entry.id for entry in existing}
    return KnownLinks(
        {key: client for key, client in links.clients.items() if client in ids},
        links.treatments,
    )


def person_key(first: str, last: str) -> str:
    """A name as compared between files: "Zoë MÜLLER" and "zoe muller" are one."""
    return normalise(f"{first} {last}")


def client_source_id(client_id: str, first: str, last: str, born: date | None) -> str:
    """A client's id in its source: its id column, or with none its name and birth date."""
    if client_id:
        return client_id
    return f"name:{person_key(first, last)}|{born.isoformat() if born else ''}"


def content_key(*parts: str) -> str:
    """The id of a row that has none of its own: made of what identifies it."""
    key = "row:" + "|".join(" ".join(part.split()) for part in parts)
    if len(key) > MAX_SOURCE_ID:
        key = "row:" + hashlib.sha256(key.encode()).hexdigest()
    return key


def _cell(values: tuple[str, ...], index: int | None) -> str:
    if index is None or index >= len(values):
        return ""
    value = values[index]
    return (restore_cell(value) if value.startswith("'") else value).strip()


def _indexes(table: CsvTable, fields: dict) -> dict:
    positions = {header: index for index, header in enumerate(table.headers)}
    return {target: positions.get(header) for target, header in fields.items()}


def _names(cells: dict, first: object, last: object, full: object) -> tuple[str, str]:
    given, family = cells.get(first, ""), cells.get(last, "")
    if not given and not family and cells.get(full):
        given, family = split_full_name(cells[full])
    return given, family


def _birth_date(text: str, day_first: bool | None) -> date | None:
    try:
        return parse_date(text, day_first) if text else None
    except ValueError:
        return None  # the clients pass reports it


@dataclass(frozen=True)
class Candidate:
    key: str  # as ``rows.client_key`` makes it: the id, or "row N"
    row: int
    born: date | None


class NameIndex:
    """The clients file's rows by name, to link appointments that name their client."""

    def __init__(self, table: CsvTable, mapping: ColumnMapping, day_first: bool | None) -> None:
        self._by_name: dict[str, list[Candidate]] = {}
        at = _indexes(table, mapping.clients)
        for number, values in table.rows():
            cells = {target: _cell(values, index) for target, index in at.items()}
            first, last = _names(
                cells, ClientField.FIRST_NAME, ClientField.LAST_NAME, ClientField.FULL_NAME
            )
            if not first and not last:
                continue
            key = cells.get(ClientField.CLIENT_ID) or f"row {number}"
            born = _birth_date(cells.get(ClientField.DATE_OF_BIRTH, ""), day_first)
            self._by_name.setdefault(person_key(first, last), []).append(
                Candidate(key, number, born)
            )

    def find(self, first: str, last: str, born: date | None) -> list[Candidate]:
        """The clients of that name; with a birth date, those born that day (or whose
        birth date is not known)."""
        found = self._by_name.get(person_key(first, last), [])
        if born is not None:
            found = [c for c in found if c.born in (born, None)]
        return found


def links_by_name(mapping: ColumnMapping) -> bool:
    """Whether the treatments link to their clients by name (no client id column)."""
    fields = mapping.treatments
    return TreatmentField.CLIENT_ID not in fields and (
        TreatmentField.CLIENT_NAME in fields
        or TreatmentField.CLIENT_LAST_NAME in fields
        or TreatmentField.CLIENT_FIRST_NAME in fields
    )


def treatment_names(row_text, day_first: bool | None) -> tuple[str, str, date | None]:
    """The client's name and birth date as a treatment row gives them."""
    cells = {
        target: row_text(target)
        for target in (
            TreatmentField.CLIENT_FIRST_NAME,
            TreatmentField.CLIENT_LAST_NAME,
            TreatmentField.CLIENT_NAME,
        )
    }
    first, last = _names(
        cells,
        TreatmentField.CLIENT_FIRST_NAME,
        TreatmentField.CLIENT_LAST_NAME,
        TreatmentField.CLIENT_NAME,
    )
    return first, last, _birth_date(row_text(TreatmentField.CLIENT_BIRTH_DATE), day_first)


# Clients and appointments in one file
def same_file(clients: CsvTable, treatments: CsvTable | None) -> bool:
    return treatments is not None and (
        treatments is clients or treatments.path.resolve() == clients.path.resolve()
    )


class FirstRows:
    """The rows of a one-file export that introduce a client: the first row of each
    client id, or (without ids) of each name and birth date. Read like a ``CsvTable``."""

    def __init__(self, table: CsvTable, mapping: ColumnMapping, day_first: bool | None) -> None:
        self._table, self._day_first = table, day_first
        self._at = _indexes(table, mapping.clients)

    def __getattr__(self, name: str) -> object:
        # Everything but its rows is the table's: name, headers, encoding, …
        return getattr(self._table, name)

    def rows(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        seen: set[str] = set()
        for number, values in self._table.rows():
            cells = {target: _cell(values, index) for target, index in self._at.items()}
            first, last = _names(
                cells, ClientField.FIRST_NAME, ClientField.LAST_NAME, ClientField.FULL_NAME
            )
            identity = cells.get(ClientField.CLIENT_ID) or (
                f"{person_key(first, last)}|{cells.get(ClientField.DATE_OF_BIRTH, '')}"
            )
            if identity not in seen:
                seen.add(identity)
                yield number, values


# Only these client fields keep a column that the treatments use too: in one file,
# "Notes" are the appointment's, not the client's medical notes.
_SHARED = {
    ClientField.CLIENT_ID,
    ClientField.FIRST_NAME,
    ClientField.LAST_NAME,
    ClientField.FULL_NAME,
    ClientField.DATE_OF_BIRTH,
}
_CLIENT_IN_ROW = {
    TreatmentField.CLIENT_ID: ClientField.CLIENT_ID,
    TreatmentField.CLIENT_NAME: ClientField.FULL_NAME,
    TreatmentField.CLIENT_FIRST_NAME: ClientField.FIRST_NAME,
    TreatmentField.CLIENT_LAST_NAME: ClientField.LAST_NAME,
    TreatmentField.CLIENT_BIRTH_DATE: ClientField.DATE_OF_BIRTH,
}


def one_file_mapping(mapping: ColumnMapping) -> ColumnMapping:
    """The mapping of a one-file export: the treatments link by the client's own
    columns (its id when there is one), and a column the treatments use is not also
    a client's (other than the client's id, name and birth date)."""
    treatments = {t: h for t, h in mapping.treatments.items() if t not in _CLIENT_IN_ROW}
    used = set(treatments.values())
    clients = {f: h for f, h in mapping.clients.items() if f in _SHARED or h not in used}
    for target, client_field in _CLIENT_IN_ROW.items():
        if client_field in clients:
            treatments[target] = clients[client_field]
    if treatments.get(TreatmentField.SOURCE_ID) == clients.get(ClientField.CLIENT_ID):
        treatments.pop(TreatmentField.SOURCE_ID, None)  # "ID": the client's, not the row's
    if TreatmentField.CLIENT_ID in treatments:  # linked by id: the names are not needed
        for target in list(_CLIENT_IN_ROW)[1:]:
            treatments.pop(target, None)
    return ColumnMapping(clients, treatments, set(mapping.dropped))


def map_files(clients: CsvTable, treatments: CsvTable | None) -> ColumnMapping:
    """``auto_map`` of the files; of a one-file export (the same file twice), with the
    columns the appointments use left to them (see ``one_file_mapping``)."""
    from .mapping import auto_map

    mapping = auto_map(clients.headers, treatments.headers if treatments else ())
    if same_file(clients, treatments):
        return one_file_mapping(mapping)
    if treatments is not None:
        _link_by_the_clients_id_header(mapping, treatments)
    return mapping


def _link_by_the_clients_id_header(mapping: ColumnMapping, treatments: CsvTable) -> None:
    """With no link column found by its name, a treatments column named like the
    clients file's id column is the link ("external_id" in both files), even where its
    name alone would make it the row's own id; another id column may then be that."""
    from .mapping import auto_map

    link = mapping.clients.get(ClientField.CLIENT_ID)
    if link is None or TreatmentField.CLIENT_ID in mapping.treatments:
        return
    header = next((h for h in treatments.headers if normalise(h) == normalise(link)), None)
    if header is None:
        return
    for target, mapped in list(mapping.treatments.items()):
        if mapped == header:
            del mapping.treatments[target]
    mapping.treatments[TreatmentField.CLIENT_ID] = header
    if TreatmentField.SOURCE_ID not in mapping.treatments:
        free = [h for h in treatments.headers if h not in mapping.treatments.values()]
        own_id = auto_map((), free).treatments.get(TreatmentField.SOURCE_ID)
        if own_id is not None:
            mapping.treatments[TreatmentField.SOURCE_ID] = own_id
