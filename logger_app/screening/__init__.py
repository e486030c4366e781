"""Clinical safety rules at the point of care: pure functions over records.

No I/O and no clock: the caller passes the day (and the time zone the day is counted
in). Every warning has a stable code, stored with its acknowledgement:

========================== ============================================================
``no_screening``           no screening on or before the day
``screening_old``          the latest screening is more than N months old
``consent_missing``        no signed consent on or before the day
``consent_outdated``       consent signed on another version than the current text
``allergies``              the client's record lists allergies
``allergy_match.*``        the numbing agent or a product names a listed allergy (stop)
``contraindication.*``     an answer of the latest screening (pregnancy, bleeding,
                           active_skin, keloid, herpes, chemo, allergy)
``washout.*``              isotretinoin, filler, neurotoxin, peel, laser (laser and IPL):
                           the wash-out is not over (stop); counted from the latest of
                           the screening's answer and the client's other treatments
``interval.<area>``        an area of the session was treated less than the minimum
                           interval ago
``depth_above_usual.<a>``  a depth above the usual range of the area (a confirmation)
========================== ============================================================

Every warning belongs to a group (``SafetyWarning.group``: contraindications, wash-outs,
intervals, records), acknowledged once on the form; a stop needs a reason to go on,
kept with its acknowledgement.

Boundaries: a wash-out or interval is over *on* its last day (last dose + 6 months,
last session + 4 weeks); a screening exactly N months old is still current.

One module per use case: ``wording`` (ranges, dates, words), ``client_rules`` (screening,
consent, contraindications, allergies), ``timing`` (wash-outs, intervals, a new
session's warnings), ``allergy`` (the cross-check of what is chosen), ``depth`` (needle
depth and the review of a session to save).
"""

from __future__ import annotations

from .allergy import allergy_entries, allergy_match_warnings, matching_allergies
from .client_rules import (
    allergy_warnings,
    consent_warnings,
    contraindication_warnings,
    screening_findings,
    screening_warnings,
)
from .depth import DepthFinding, depth_checks, missing_acknowledgements, review_session
from .timing import interval_warnings, warnings_for_new_session, washout_warnings
from .wording import (
    DEPTH_TOLERANCE_MM,
    MAX_CONSENT_VERSION_LENGTH,
    SETTING_RANGES,
    add_months,
)

__all__ = [
    "DEPTH_TOLERANCE_MM",
    "MAX_CONSENT_VERSION_LENGTH",
    "SETTING_RANGES",
    "DepthFinding",
    "add_months",
    "allergy_entries",
    "allergy_match_warnings",
    "allergy_warnings",
    "consent_warnings",
    "contraindication_warnings",
    "depth_checks",
    "interval_warnings",
    "matching_allergies",
    "missing_acknowledgements",
    "review_session",
    "screening_findings",
    "screening_warnings",
    "warnings_for_new_session",
    "washout_warnings",
]
