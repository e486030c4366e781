"""Records that cross the boundary between the core and its callers.

Small immutable dataclasses: the UI, the CLI and the exports never see sqlite rows.
"Details" classes are what a caller fills in; the others add what the logbook assigns.
One module per aggregate; every name is importable from here.
"""

from __future__ import annotations

from .audit import AuditEntry, AuditFilter, AuditHead, ErasureReport
from .clients import Client, ClientDetails, ClientListEntry, Practitioner, PractitionerDetails
from .day import (
    ClinicDetails,
    ConsentText,
    Course,
    CourseDetails,
    CourseProgress,
    DayEntry,
    DayOverview,
    FollowUpDue,
)
from .identity import PractitionerKey, StoredSignature
from .other_treatments import ImportedFrom, OtherTreatment, OtherTreatmentDetails, ProductLot
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
    WarningGroup,
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
    "AuditHead",
    "Client",
    "ClientDetails",
    "ClientListEntry",
    "ClinicDetails",
    "Consent",
    "ConsentDetails",
    "ConsentText",
    "Course",
    "CourseDetails",
    "CourseProgress",
    "DayEntry",
    "DayOverview",
    "ErasureReport",
    "FollowUpDue",
    "ImportStatus",
    "ImportedFrom",
    "Numbing",
    "OtherTreatment",
    "OtherTreatmentDetails",
    "Photo",
    "PhotoCheckReport",
    "PhotoDetails",
    "PhotoFileStatus",
    "PhotoImportResult",
    "Practitioner",
    "PractitionerDetails",
    "PractitionerKey",
    "ProductLot",
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
    "StoredSignature",
    "WarningGroup",
    "WarningSeverity",
]
