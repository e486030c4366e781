"""The audit log as a CSV file (what the Audit view's "Export CSV…" writes).

UTF-8 with a byte-order mark and comma-separated, like the history CSV; times in UTC
ISO 8601 with their offset, so entries from machines in other time zones sort together.
The text cells (who, the summary, the details) get a ``'`` in front when they start
like a spreadsheet formula, unless ``keep_formulas`` (see ``export.formulas``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from .export.formulas import neutralise_row
from .export.output import atomic_output
from .records import AuditEntry

COLUMNS = (
    "id",
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "client_id",
    "summary",
    "details",
)
# Text that people (or their clients' names in a summary) put there; the rest are
# ids, times and the app's own action and entity names.
TEXT_COLUMNS = frozenset({"actor", "summary", "details"})


def audit_row(entry: AuditEntry) -> dict[str, str]:
    return {
        "id": str(entry.id),
        "at": entry.at.isoformat(timespec="seconds"),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": "" if entry.entity_id is None else str(entry.entity_id),
        "client_id": "" if entry.client_id is None else str(entry.client_id),
        "summary": entry.summary,
        "details": json.dumps(entry.details, ensure_ascii=False, sort_keys=True),
    }


def write_audit_csv(
    entries: Iterable[AuditEntry],
    path: Path,
    data_dir: Path | None = None,
    *,
    keep_formulas: bool = False,
) -> Path:
    """``data_dir``: the logbook's, where the temporary file is registered."""
    with (
        atomic_output(path, data_dir) as temp,
        temp.open("w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for entry in entries:
            row = audit_row(entry)
            writer.writerow(row if keep_formulas else neutralise_row(row, TEXT_COLUMNS))
    return Path(path)
