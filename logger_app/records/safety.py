"""Clinical safety: screenings, consent and the rules at the point of care."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..i18n import translatable, translate


@dataclass(frozen=True)
class ScreeningDetails:
    """A dated contraindication screening: what the client answered on ``screened_on``.
    Dates of past events (last isotretinoin dose, filler, neurotoxin) are None when
    the client never had them (or not recently enough to matter)."""

    client_id: int
    screened_on: date
    isotretinoin_last_dose: date | None = None
    pregnant_or_breastfeeding: bool = False
    anticoagulants_or_bleeding: bool = False
    # Active infection, acne, eczema, psoriasis or rosacea in the area to treat.
    active_skin_condition: bool = False
    active_skin_condition_note: str = ""  # which condition, where
    keloid_history: bool = False
    herpes_history: bool = False
    antiviral_prophylaxis: bool = False  # only with a herpes history
    filler_on: date | None = None
    neurotoxin_on: date | None = None
    chemo_or_malignancy: bool = False
    metal_or_anaesthetic_allergy: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Screening:
    id: int
    details: ScreeningDetails
    created_at: datetime


@dataclass(frozen=True)
class ConsentDetails:
    """Consent to treatment: the version of the consent text the client signed, when,
    and the signature: drawn (a PNG image), typed (the full name), or both."""

    client_id: int
    consent_version: str
    signed_on: date
    signature_png: bytes | None = None
    typed_name: str = ""


@dataclass(frozen=True)
class Consent:
    id: int
    details: ConsentDetails
    created_at: datetime


@dataclass(frozen=True)
class SafetySettings:
    """The clinic's choices where sources disagree; kept in the logbook, so every
    workstation applies the same. 0 weeks / months turns a wash-out or interval off.
    Why these defaults: README, "Clinical safety"."""

    isotretinoin_washout_months: int = 6
    filler_washout_weeks: int = 4
    neurotoxin_washout_weeks: int = 2
    min_interval_same_area_weeks: int = 4
    screening_valid_months: int = 6
    # The consent text currently in use ("" = any signed version will do).
    consent_version: str = ""
    # After other treatments on the client's history (a peel; a laser or IPL treatment).
    peel_washout_weeks: int = 2
    laser_washout_weeks: int = 4


class WarningSeverity(StrEnum):
    STOP = "stop"  # treating is usually contraindicated: only with a clinical reason
    CAUTION = "caution"  # treat with care, or adjust the plan


class WarningGroup(StrEnum):
    """The kinds of warning, each acknowledged once on the session form."""

    CONTRAINDICATIONS = "contraindications"
    WASHOUTS = "washouts"
    INTERVALS = "intervals"
    RECORDS = "records"

    @property
    def label(self) -> str:
        return translate("WarningGroup", _GROUP_LABELS[self])


_GROUP_LABELS = {
    WarningGroup.CONTRAINDICATIONS: translatable("WarningGroup", "Contraindications"),
    WarningGroup.WASHOUTS: translatable("WarningGroup", "Wash-outs"),
    WarningGroup.INTERVALS: translatable("WarningGroup", "Intervals"),
    WarningGroup.RECORDS: translatable("WarningGroup", "Records"),
}


@dataclass(frozen=True)
class SafetyWarning:
    """One rule that applies before a session. ``code`` is stable (it is stored with
    the acknowledgement): "no_screening", "washout.isotretinoin", "interval.left_cheek"."""

    code: str
    message: str
    severity: WarningSeverity = WarningSeverity.CAUTION

    @property
    def group(self) -> WarningGroup:
        """Screening and consent on file are records; wash-outs and intervals by their
        code; the rest (what the client has or is allergic to) contraindications."""
        kind = self.code.partition(".")[0]
        if kind in ("no_screening", "screening_old", "consent_missing", "consent_outdated"):
            return WarningGroup.RECORDS
        if kind == "washout":
            return WarningGroup.WASHOUTS
        if kind == "interval":
            return WarningGroup.INTERVALS
        return WarningGroup.CONTRAINDICATIONS

    @property
    def is_stop(self) -> bool:
        return self.severity is WarningSeverity.STOP


@dataclass(frozen=True)
class SafetyAcknowledgement:
    """A warning the practitioner acknowledged, as it read when the session was saved;
    ``reason``: why they went on past a stop ("" for a caution)."""

    code: str
    message: str
    acknowledged_at: datetime
    reason: str = ""

    @property
    def text(self) -> str:
        """The warning as it read, and the reason for going on past it when given."""
        if not self.reason:
            return self.message
        return translate(
            "SafetyAcknowledgement", "{warning} Gone on past this stop because: {reason}"
        ).format(warning=self.message, reason=self.reason)


# Record integrity: the audit log and the erasure of a client.
