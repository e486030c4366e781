"""One reading of the files, row by row: the clients, then the sessions.

The dry run (``plan_import``) counts what the passes give; the commit
(``ImportPlan.replay``) saves it. Both read the same files with the same mapping,
options, date order, moment and logbook clients, so they see the same rows alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

from ..records import ClientDetails
from .linking import FirstRows, NameIndex, client_source_id, links_by_name, same_file
from .model import (
    ClientField,
    ColumnMapping,
    ImportOptions,
    KnownLinks,
    NameKey,
    PlannedClient,
    PlannedOtherTreatment,
    PlannedSession,
    TreatmentField,
)
from .problems import ProblemLog
from .reading import CsvTable
from .rows import ClientRows
from .treatment_rows import TreatmentRows


class Passes:
    def __init__(
        self,
        clients: CsvTable,
        treatments: CsvTable | None,
        mapping: ColumnMapping,
        options: ImportOptions,
        day_first: bool | None,
        now: datetime,
        known_names: frozenset[NameKey],
        log: ProblemLog,
        links: KnownLinks | None = None,
    ) -> None:
        # Clients and appointments in one file: a client from its first row only.
        one_file = same_file(clients, treatments)
        table = FirstRows(clients, mapping, day_first) if one_file else clients
        by_id = TreatmentField.CLIENT_ID in mapping.treatments
        linked = treatments is not None and by_id
        client_mapping, treatment_mapping = mapping, mapping
        if one_file:
            # The columns no field takes are the appointment's (a price, a room): kept in
            # each treatment's notes, not in the client's general notes of a first row.
            client_mapping = replace(mapping, dropped=set(clients.headers))
            used = set(mapping.clients.values())
            treatment_mapping = replace(mapping, dropped=set(mapping.dropped) | used)
        self._links = links or KnownLinks()
        # Clients imported from this source before: their key -> the logbook's client.
        self.linked_ids: dict[str, int] = {}
        self._by_client_id = ClientField.CLIENT_ID in mapping.clients
        self._clients = ClientRows(
            table,  # type: ignore[arg-type]  # read like a CsvTable
            client_mapping, options, day_first, now, linked, known_names, log,
            lambda key, details: self._source_id(key, details) in self._links.clients,
        )  # fmt: skip
        names = (
            NameIndex(table, mapping, day_first)  # type: ignore[arg-type]
            if treatments is not None and links_by_name(mapping)
            else None
        )
        self._treatments: TreatmentRows | None = None
        if treatments is not None:
            self._treatments = TreatmentRows(
                treatments, treatment_mapping, options, day_first, now, self._clients, log,
                self._links, names,
            )  # fmt: skip

    def clients(self) -> Iterator[PlannedClient]:
        """The clients to add; those imported from this source before are not added
        again, their new treatment rows go to them (``linked_ids``)."""
        for planned in self._clients.plan():
            details = planned.details
            source_id = self._source_id(planned.key, details)
            if source_id in self._links.clients:
                self.linked_ids[planned.key] = self._links.clients[source_id]
                continue
            yield PlannedClient(planned.row, planned.key, details, source_id)

    def _source_id(self, key: str, details: ClientDetails) -> str:
        """The client's id in the source: its id column, or its name and birth date."""
        return client_source_id(
            key if self._by_client_id else "",
            details.first_name,
            details.last_name,
            details.date_of_birth,
        )

    def sessions(self) -> Iterator[PlannedSession | PlannedOtherTreatment]:
        """Sessions and other treatments; only once ``clients()`` has been read to its end."""
        return self._treatments.plan() if self._treatments is not None else iter(())

    @property
    def skipped_duplicates(self) -> int:
        return self._clients.skipped_duplicates

    @property
    def already_imported(self) -> int:
        return self._treatments.already_imported if self._treatments is not None else 0

    def notes(self) -> list[str]:
        return self._treatments.notes() if self._treatments is not None else []
