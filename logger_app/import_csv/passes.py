"""One reading of the files, row by row: the clients, then the sessions.

The dry run (``plan_import``) counts what the passes give; the commit
(``ImportPlan.replay``) saves it. Both read the same files with the same mapping,
options, date order, moment and logbook clients, so they see the same rows alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from .model import ColumnMapping, ImportOptions, NameKey, PlannedClient, PlannedSession
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
    ) -> None:
        linked = treatments is not None
        self._clients = ClientRows(
            clients, mapping, options, day_first, now, linked, known_names, log
        )
        self._treatments = (
            TreatmentRows(treatments, mapping, options, day_first, now, self._clients, log)
            if treatments is not None
            else None
        )

    def clients(self) -> Iterator[PlannedClient]:
        return self._clients.plan()

    def sessions(self) -> Iterator[PlannedSession]:
        """Only once ``clients()`` has been read to its end."""
        return self._treatments.plan() if self._treatments is not None else iter(())

    @property
    def skipped_duplicates(self) -> int:
        return self._clients.skipped_duplicates

    def notes(self) -> list[str]:
        return self._treatments.notes() if self._treatments is not None else []
