"""Import clients and their treatment history from CSV files of other software.

``read_csv`` -> ``auto_map`` (edit the ``ColumnMapping``) -> ``plan_import`` (the dry
run, per-row problems) -> ``commit_import`` (all or nothing). No widgets, no SQL here:
the commit goes through the ``Logbook``.
"""

from .commit import ImportCancelled, ImportFailed, ImportRefused, commit_import
from .linking import known_links, map_files, one_file_mapping
from .mapping import apply_map_option, auto_map
from .model import (
    DEFAULT_PRACTITIONER,
    ClientField,
    ColumnMapping,
    ImportOptions,
    ImportPlan,
    ImportSummary,
    KnownLinks,
    PlannedClient,
    PlannedOtherTreatment,
    PlannedSession,
    RowProblem,
    TreatmentField,
    UnlistedProblems,
    offered_fields,
)
from .plan import plan_import
from .reading import CsvReadError, CsvTable, read_csv

__all__ = [
    "DEFAULT_PRACTITIONER",
    "ClientField",
    "ColumnMapping",
    "CsvReadError",
    "CsvTable",
    "ImportCancelled",
    "ImportFailed",
    "ImportOptions",
    "ImportPlan",
    "ImportRefused",
    "ImportSummary",
    "KnownLinks",
    "PlannedClient",
    "PlannedOtherTreatment",
    "PlannedSession",
    "RowProblem",
    "TreatmentField",
    "UnlistedProblems",
    "apply_map_option",
    "auto_map",
    "commit_import",
    "known_links",
    "map_files",
    "offered_fields",
    "one_file_mapping",
    "plan_import",
    "read_csv",
]
