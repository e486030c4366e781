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
    UnknownValue,
    UnlistedProblems,
    offered_fields,
)
from .plan import plan_import
from .reading import CsvReadError, CsvTable, read_csv
from .translation import (
    VALUE_FIELDS,
    merged_maps,
    parse_map_value,
    source_of,
    value_choices,
)

__all__ = [
    "DEFAULT_PRACTITIONER",
    "VALUE_FIELDS",
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
    "UnknownValue",
    "UnlistedProblems",
    "apply_map_option",
    "auto_map",
    "commit_import",
    "known_links",
    "map_files",
    "merged_maps",
    "offered_fields",
    "one_file_mapping",
    "parse_map_value",
    "plan_import",
    "read_csv",
    "source_of",
    "value_choices",
]
