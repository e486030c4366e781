"""Needle depth against the licence and the usual range; what saving a session means."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..i18n import translatable, translate
from ..records import (
    AreaTreatment,
    SafetyWarning,
    SessionDetails,
)
from ..text import depth_text, range_text
from ..vocabulary import Area
from .wording import DEPTH_TOLERANCE_MM

MAX_REASON_LENGTH = 2000  # the database checks the same
STOP_REASON_MISSING = translatable(
    "ScreeningDepth", "A stop: say why you go on (the reason is kept with the session)."
)

# Needle depth


@dataclass(frozen=True)
class DepthFinding:
    """A depth the practitioner must change (refusal) or confirm: ``index`` is the
    area's position in the session, for a message next to its depth field."""

    index: int
    area: Area
    depth_mm: float
    code: str
    message: str


def depth_checks(
    areas: Sequence[AreaTreatment],
    practitioner_max_mm: float | None,
    usual_ranges: Mapping[Area, tuple[float, float]],
    practitioner: str = "",
) -> tuple[list[DepthFinding], list[DepthFinding]]:
    """(refusals, confirmations): depths above the practitioner's licensed maximum
    (None: no limit) are refused; depths above the usual range of their area ask for
    confirmation. A depth is one or the other, never both; exactly on a limit is within."""
    name = practitioner.strip()
    refusals: list[DepthFinding] = []
    confirmations: list[DepthFinding] = []
    for index, item in enumerate(areas):
        depth = item.depth_mm
        if practitioner_max_mm is not None and depth > practitioner_max_mm + DEPTH_TOLERANCE_MM:
            refusals.append(
                DepthFinding(
                    index,
                    item.area,
                    depth,
                    f"depth_above_max.{item.area.value}",
                    (
                        translate(
                            "ScreeningDepth",
                            "{depth} is above {name}'s licensed maximum of {most}.",
                        )
                        if name
                        else translate(
                            "ScreeningDepth",
                            "{depth} is above the practitioner's licensed maximum of {most}.",
                        )
                    ).format(
                        depth=depth_text(depth), name=name, most=depth_text(practitioner_max_mm)
                    ),
                )
            )
            continue
        usual = usual_ranges.get(item.area)
        if usual is not None and depth > usual[1] + DEPTH_TOLERANCE_MM:
            low, high = usual
            confirmations.append(
                DepthFinding(
                    index,
                    item.area,
                    depth,
                    f"depth_above_usual.{item.area.value}",
                    translate(
                        "ScreeningDepth", "{area} {depth} is above the usual {range}."
                    ).format(
                        area=item.area.label, depth=depth_text(depth), range=range_text(low, high)
                    ),
                )
            )
    return refusals, confirmations


def missing_acknowledgements(
    warnings: Sequence[SafetyWarning], acknowledged: Sequence[str]
) -> list[SafetyWarning]:
    given = set(acknowledged)
    return [warning for warning in warnings if warning.code not in given]


def review_session(
    details: SessionDetails,
    warnings: Sequence[SafetyWarning],
    practitioner_max_mm: float | None,
    usual_ranges: Mapping[Area, tuple[float, float]],
    enforce: bool = True,
    reasons: Mapping[str, str] | None = None,
) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """What saving ``details`` means for safety, given the ``warnings`` that apply on
    its day: (problems, acknowledgements to store).

    When ``enforce``: a depth above the licensed maximum is a problem of its depth field
    (``areas.N.depth_mm``), and every warning not acknowledged is a problem
    (``acknowledged.<code>``), and so is a stop acknowledged without its reason in
    ``reasons`` (``acknowledged.<code>.reason``). The acknowledgements kept are the codes
    of ``details.acknowledged`` that apply (a warning, or a depth above the usual range),
    each with its message as it reads now and the reason given for a stop; codes that
    no longer apply are dropped."""
    reasons = {code: text.strip() for code, text in (reasons or {}).items()}
    refusals, confirmations = depth_checks(
        details.areas, practitioner_max_mm, usual_ranges, details.practitioner_name
    )
    problems: dict[str, str] = {}
    if enforce:
        for finding in refusals:
            problems[f"areas.{finding.index}.depth_mm"] = finding.message
        for warning in missing_acknowledgements(warnings, details.acknowledged):
            problems[f"acknowledged.{warning.code}"] = translate(
                "ScreeningDepth", "Not acknowledged: {warning}"
            ).format(warning=warning.message)
        given = set(details.acknowledged)
        for warning in warnings:
            if warning.code not in given or not warning.is_stop:
                continue
            reason = reasons.get(warning.code, "")
            if not reason:
                problems[f"acknowledged.{warning.code}.reason"] = translate(
                    "ScreeningDepth", STOP_REASON_MISSING
                )
            elif len(reason) > MAX_REASON_LENGTH:
                problems[f"acknowledged.{warning.code}.reason"] = translate(
                    "ScreeningDepth", "Keep the reason under {count} characters."
                ).format(count=MAX_REASON_LENGTH)
    applicable = {w.code: w.message for w in warnings} | {f.code: f.message for f in confirmations}
    stops = {w.code for w in warnings if w.is_stop}
    kept = [
        (code, applicable[code], reasons.get(code, "") if code in stops else "")
        for code in dict.fromkeys(details.acknowledged)
        if code in applicable
    ]
    return problems, kept
