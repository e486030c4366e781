"""A new session of a client whose course is under way starts from the plan: the course's
areas, each at its suggested (conservative) depth."""

from __future__ import annotations

from datetime import date

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment
from logger_app.vocabulary import suggested_depth_mm


def planned_areas(logbook: Logbook, client_id: int, today: date) -> tuple[AreaTreatment, ...]:
    """The areas of the client's open, incomplete course; none without one."""
    progress = logbook.course_progress(client_id, today)
    if progress is None or progress.complete:
        return ()
    areas = progress.course.details.areas
    return tuple(AreaTreatment(area=area, depth_mm=suggested_depth_mm(area)) for area in areas)
