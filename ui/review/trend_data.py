"""What the trend charts draw, as plain data (no Qt): points per area and per session,
split where the client stayed away so long that a line between would mislead, and the
words that say the same for a screen reader."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from logger_app.i18n import translate
from logger_app.records import Session
from logger_app.text import count_of, depth_text
from logger_app.vocabulary import Area, Severity

# A line joins two sessions at most this many months apart: after a longer break the
# course started over, and a line across the gap would suggest a steady change.
MAX_GAP_MONTHS = 6
DEPTH_STEP_MM = 0.25  # the depth axis' tick step: depths are chosen in quarter millimetres


@dataclass(frozen=True)
class TrendPoint:
    moment: datetime
    value: float
    draft: bool  # the session is not signed yet: its values may still change


def months_later(moment: datetime, months: int) -> datetime:
    """The same day ``months`` calendar months on (the month's last day if shorter)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def split_at_gaps(
    points: Sequence[TrendPoint], months: int = MAX_GAP_MONTHS
) -> list[list[TrendPoint]]:
    """``points`` (oldest first) in runs: a new run starts after a break of more than
    ``months`` months."""
    runs: list[list[TrendPoint]] = []
    for point in points:
        if runs and point.moment <= months_later(runs[-1][-1].moment, months):
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def _oldest_first(sessions: Sequence[Session]) -> list[Session]:
    return sorted(sessions, key=lambda s: (s.details.started_at, s.id))


def depth_runs(sessions: Sequence[Session]) -> dict[Area, list[list[TrendPoint]]]:
    """Per area, its depths over the sessions in runs split at long breaks."""
    points: dict[Area, list[TrendPoint]] = defaultdict(list)
    for session in _oldest_first(sessions):
        for area in session.details.areas:
            points[area.area].append(
                TrendPoint(session.details.started_at, area.depth_mm, not session.is_signed)
            )
    return {area: split_at_gaps(area_points) for area, area_points in points.items()}


def worst_severity(session: Session) -> Severity:
    """The session's worst reaction's severity (none recorded counts as none)."""
    return max((r.severity for r in session.details.reactions), default=Severity.NONE)


def severity_runs(sessions: Sequence[Session]) -> list[list[TrendPoint]]:
    return split_at_gaps(
        [
            TrendPoint(s.details.started_at, float(worst_severity(s)), not s.is_signed)
            for s in _oldest_first(sessions)
        ]
    )


def depth_axis_top(deepest: float, limit: float) -> float:
    """The depth axis' top: a whole tick step above the deepest depth, within ``limit``."""
    steps = int(deepest / DEPTH_STEP_MM + 1e-9) + 1
    return min(limit, max(2, steps) * DEPTH_STEP_MM)


def depth_summary(sessions: Sequence[Session], day: Callable[[date], str]) -> str:
    """The depth chart in words: per area, its first and latest depth and the range."""
    lines = []
    for area, runs in depth_runs(sessions).items():
        points = [point for run in runs for point in run]
        first, latest = points[0], points[-1]
        depths = [point.value for point in points]
        sessions_text = count_of(
            len(points),
            translate("TrendSummary", "session"),
            translate("TrendSummary", "sessions"),
        )
        line = translate("TrendSummary", "{area}: {sessions}, {depth} on {day}").format(
            area=area.label,
            sessions=sessions_text,
            depth=depth_text(first.value),
            day=day(first.moment.astimezone().date()),
        )
        if len(points) > 1:
            line += translate("TrendSummary", ", latest {depth} on {day}").format(
                depth=depth_text(latest.value), day=day(latest.moment.astimezone().date())
            )
            line += translate("TrendSummary", " (range {low} to {high})").format(
                low=depth_text(min(depths)), high=depth_text(max(depths))
            )
        if len(runs) > 1:
            breaks = len(runs) - 1
            line += (
                translate("TrendSummary", "; 1 break of over {months} months")
                if breaks == 1
                else translate("TrendSummary", "; {count} breaks of over {months} months")
            ).format(count=breaks, months=MAX_GAP_MONTHS)
        lines.append(line + ".")
    return "\n".join(lines)


def severity_summary(sessions: Sequence[Session], day: Callable[[date], str]) -> str:
    """The severity chart in words: how many sessions reached each severity, and the
    latest one's."""
    ordered = _oldest_first(sessions)
    if not ordered:
        return ""
    counts = {severity: 0 for severity in Severity}
    for session in ordered:
        counts[worst_severity(session)] += 1
    spread = ", ".join(
        f"{severity.label.lower()} {counts[severity]}" for severity in Severity if counts[severity]
    )
    latest = ordered[-1]
    drafts = sum(not s.is_signed for s in ordered)
    text = translate(
        "TrendSummary", "Worst reaction per session: {spread}. Latest, {day}: {severity}."
    ).format(
        spread=spread,
        day=day(latest.details.started_at.astimezone().date()),
        severity=worst_severity(latest).label.lower(),
    )
    if drafts == 1:
        text += translate("TrendSummary", " 1 draft not signed yet.")
    elif drafts:
        text += translate("TrendSummary", " {count} drafts not signed yet.").format(count=drafts)
    return text
