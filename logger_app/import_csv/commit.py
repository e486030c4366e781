"""Saving a planned import: all of it or nothing.

Every client and session goes through ``Logbook.add_client`` / ``record_session`` (so
through the same validation as the forms), inside one ``Logbook.batch()``: a failure on
the last row, or a cancel, leaves the logbook as it was. The rows are read from the
files again (``ImportPlan.replay``) and saved as they come, so a file of a million
rows is never in memory; a file changed since the dry run is refused, and so is a
reading that does not give what the dry run counted. Sessions are recorded without
the point-of-care safety checks (``enforce_safety=False``): they are past treatments,
and signed at once, with the meaning "imported", by the signed-in practitioner who
imports them (final records of the other system).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from ..errors import LogbookError, NotSignedInError, PassphraseNeededError, ValidationError
from ..i18n import translate
from ..logbook import Logbook
from ..records import ImportedFrom
from .model import ImportPlan, ImportSummary, PlannedOtherTreatment, count_of
from .reading import CsvReadError

_log = logging.getLogger(__name__)


class ImportRefused(LogbookError):
    """The plan has problems that block it; nothing was written."""


class ImportFailed(LogbookError):
    """A row failed while saving; the whole import was rolled back."""


class ImportCancelled(LogbookError):
    """Stopped on request before the end; the whole import was rolled back."""


def commit_import(
    logbook: Logbook,
    plan: ImportPlan,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Add the plan's clients and sessions in one transaction. Refuses a plan with
    blocking problems unless ``plan.options.skip_problem_rows``. The signed-in
    practitioner signs each session (NotSignedInError; PassphraseNeededError: confirm
    the passphrase and commit again)."""
    if logbook.signed_in is None:
        raise NotSignedInError(
            translate(
                "ImportCommit",
                "Sign in to import: the imported sessions are signed by whoever imports them.",
            )
        )
    if plan.fatal:
        raise ImportRefused(
            translate("ImportCommit", "Nothing was imported: {problems}").format(
                problems=" ".join(p.message for p in plan.fatal[:3])
            )
        )
    if plan.blocked:
        raise ImportRefused(
            translate(
                "ImportCommit",
                "Nothing was imported: {rows} with problems. Fix them in the files, or choose "
                "to skip the rows with problems (fixed later, importing the same files again "
                "adds them to the same clients).",
            ).format(
                rows=count_of(
                    plan.rows_with_problems,
                    translate("ImportCommit", "row"),
                    translate("ImportCommit", "rows"),
                )
            )
        )
    ids: dict[str, int] = {}
    try:
        with logbook.batch():
            counts = _save_all(logbook, plan, ids, progress, cancelled)
            maps = {f: dict(v) for f, v in plan.options.value_maps.items() if v}
            forgotten = {f: set(v) for f, v in plan.options.forgotten_values.items() if v}
            if maps or forgotten:
                # Remembered with the rows they translated: the next import of this
                # source starts from them (and no longer from the ones undone).
                logbook.remember_value_mappings(plan.source, maps, forget=forgotten)
    except CsvReadError as error:
        raise ImportFailed(
            translate("ImportCommit", "Nothing was imported: {problems}").format(problems=error)
        ) from error
    _log.info("CSV import done: %d clients, %d sessions, %d other treatments added; %d rows "
              "skipped", counts[0], counts[1], counts[2], plan.rows_with_problems)  # fmt: skip
    return ImportSummary(
        clients_added=counts[0],
        sessions_added=counts[1],
        rows_skipped=plan.rows_with_problems,
        duplicates_skipped=plan.skipped_duplicates,
        client_ids=tuple(ids[key] for key in ids if key not in counts[3]),
        other_treatments_added=counts[2],
        already_imported=plan.already_imported,
        linked_clients=plan.linked_clients,
    )


def _save_all(
    logbook: Logbook,
    plan: ImportPlan,
    ids: dict[str, int],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, int, int, dict[str, int]]:
    """Clients, sessions and other treatments added, and the clients imported before
    (by key) that rows were added to."""
    total = plan.client_count + plan.session_count + plan.other_treatment_count
    now = plan.options.now
    today = now.date() if now else None
    source = plan.source
    clients = sessions = others = 0
    replay = plan.replay()
    for planned in replay.clients():
        _stop_if(cancelled)
        came_from = ImportedFrom(source, planned.source_id)
        client = _save(
            plan.clients_file,
            planned.row,
            lambda p=planned, f=came_from: logbook.add_client(p.details, today, imported_from=f),
        )
        ids[planned.key] = client.id
        clients += 1
        _report(progress, clients, total)
    ids.update(replay.linked_ids)
    for treatment in replay.sessions():
        _stop_if(cancelled)
        client_id = ids[treatment.client_key]
        came_from = ImportedFrom(source, treatment.source_id)
        if isinstance(treatment, PlannedOtherTreatment):
            other = replace(treatment.details, client_id=client_id)
            _save(
                plan.treatments_file or "",
                treatment.row,
                lambda d=other, f=came_from: logbook.add_other_treatment(d, imported_from=f),
            )
            others += 1
        else:
            details = replace(treatment.details, client_id=client_id)
            _save(
                plan.treatments_file or "",
                treatment.row,
                # History from another system: not treated through this app, so no
                # warning was shown to acknowledge and no licence limit applied. Final
                # records there: signed (read-only) by whoever imports them, as imported.
                lambda d=details, f=came_from: logbook.record_session(
                    d, now, enforce_safety=False, sign=True, imported=True, imported_from=f
                ),
            )
            sessions += 1
        _report(progress, clients + sessions + others, total)
    if (clients, sessions, others) != (
        plan.client_count,
        plan.session_count,
        plan.other_treatment_count,
    ):
        raise ImportFailed(
            translate(
                "ImportCommit",
                "Nothing was imported: the files did not read the same as when they were "
                "checked (changed in between?). Check them again.",
            )
        )
    return clients, sessions, others, replay.linked_ids


def _save(file_name: str, row: int, save: Callable):
    try:
        return save()
    except (NotSignedInError, PassphraseNeededError):
        raise  # not the row's fault: the importer's passphrase, then the same commit again
    except ValidationError as error:
        raise ImportFailed(
            translate(
                "ImportCommit", "Nothing was imported: {file} row {row} was refused: {error}"
            ).format(file=file_name, row=row, error=error)
        ) from error
    except Exception as error:  # any failure (a full disk too) names its row, then rolls back
        raise ImportFailed(
            translate("ImportCommit", "Nothing was imported: {file} row {row}: {error}").format(
                file=file_name, row=row, error=error
            )
        ) from error


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(
            translate("ImportCommit", "The import was stopped: nothing was imported.")
        )


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    # Every 50 rows: a signal per row would flood the GUI thread on big files.
    if progress is not None and (done % 50 == 0 or done == total):
        progress(done, total)
