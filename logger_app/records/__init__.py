"""Records that cross the boundary between the core and its callers.

Small immutable dataclasses: the UI, the CLI and the exports never see sqlite rows.
"Details" classes are what a caller fills in; the others add what the logbook assigns.
One module per aggregate; every name is importable from here.
"""

from __future__ import annotations

from .audit import AuditEntry, AuditFilter, ErasureReport
from .clients import Client, ClientDetails, ClientListEntry, Practitioner, PractitionerDetails
from .photos import (
    ImportStatus,
    Photo,
    PhotoCheckReport,
    PhotoDetails,
    PhotoFileStatus,
    PhotoImportResult,
)
from .safety import (
    Consent,
    ConsentDetails,
    SafetyAcknowledgement,
    SafetySettings,
    SafetyWarning,
    Screening,
    ScreeningDetails,
    WarningSeverity,
)
from .sessions import (
    Amendment,
    AreaTreatment,
    Numbing,
    ProductUse,
    ReactionObservation,
    Session,
    SessionDetails,
    SessionFilter,
    SessionListing,
    SessionSummary,
)

__all__ = [
    "Amendment",
    "AreaTreatment",
    "AuditEntry",
    "AuditFilter",
    "Client",
    "ClientDetails",
    "ClientListEntry",
    "Consent",
    "ConsentDetails",
    "ErasureReport",
    "ImportStatus",
    "Numbing",
    "Photo",
    "PhotoCheckReport",
    "PhotoDetails",
    "PhotoFileStatus",
    "PhotoImportResult",
    "Practitioner",
    "PractitionerDetails",
    "ProductUse",
    "ReactionObservation",
    "SafetyAcknowledgement",
    "SafetySettings",
    "SafetyWarning",
    "Screening",
    "ScreeningDetails",
    "Session",
    "SessionDetails",
    "SessionFilter",
    "SessionListing",
    "SessionSummary",
    "WarningSeverity",
]
