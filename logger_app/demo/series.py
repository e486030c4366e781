"""A client's series: where and how they are treated, and when they come."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..vocabulary import GLIDE_SUGGESTIONS, NUMBING_SUGGESTIONS, Area, Concern, Device, Fitzpatrick
from .draws import HISTORY_DAYS, MAINTENANCE_CHANCE, MAINTENANCE_GAP_DAYS, SERIES_GAP_DAYS, weighted
from .practitioners import PRACTITIONER_WEIGHTS, PRACTITIONERS

_CHEEKS = (Area.LEFT_CHEEK, Area.RIGHT_CHEEK)
# Where each concern is usually treated; cheeks always come as a pair.
_CONCERN_AREAS: dict[Concern, tuple[tuple[Area, ...], ...]] = {
    Concern.ACNE_SCARS: (_CHEEKS, _CHEEKS, (Area.SCAR_SITE,), (Area.CHIN,), (Area.FOREHEAD,),
                         (Area.JAWLINE,), (Area.BACK,)),
    Concern.SURGICAL_SCARS: ((Area.SCAR_SITE,), (Area.SCAR_SITE,), (Area.ABDOMEN,)),
    Concern.FINE_LINES: ((Area.FOREHEAD,), (Area.PERIORBITAL,), (Area.PERIORBITAL,),
                         (Area.PERIORAL,), (Area.UPPER_LIP,), (Area.GLABELLA,)),
    Concern.WRINKLES: ((Area.FOREHEAD,), (Area.GLABELLA,), (Area.PERIORBITAL,),
                       (Area.PERIORAL,), (Area.NECK,)),
    Concern.HYPERPIGMENTATION: (_CHEEKS, _CHEEKS, (Area.FOREHEAD,), (Area.UPPER_LIP,),
                                (Area.DECOLLETAGE,), (Area.HANDS,)),
    Concern.SUN_DAMAGE: (_CHEEKS, (Area.FOREHEAD,), (Area.DECOLLETAGE,), (Area.HANDS,),
                         (Area.NECK,), (Area.ARMS,)),
    Concern.ENLARGED_PORES: ((Area.NOSE,), _CHEEKS, _CHEEKS, (Area.CHIN,), (Area.FOREHEAD,)),
    Concern.STRETCH_MARKS: ((Area.ABDOMEN,), (Area.ABDOMEN,), (Area.THIGHS,), (Area.THIGHS,),
                            (Area.ARMS,), (Area.BACK,)),
    Concern.TEXTURE: (_CHEEKS, _CHEEKS, (Area.FOREHEAD,), (Area.CHIN,), (Area.NOSE,)),
    Concern.LAXITY: ((Area.JAWLINE,), (Area.NECK,), (Area.PERIORBITAL,), _CHEEKS),
}  # fmt: skip
BODY_AREAS = frozenset(
    {Area.NECK, Area.DECOLLETAGE, Area.HANDS, Area.ARMS, Area.ABDOMEN, Area.THIGHS, Area.BACK}
)

DEVICE_WEIGHTS = {Device.PEN: 80, Device.RF: 8, Device.ROLLER: 6, Device.STAMP: 6}
_GLIDE_WEIGHTS = (45, 10, 20, 15, 10)  # in GLIDE_SUGGESTIONS order


@dataclass(frozen=True)
class Plan:
    """What a client's series looks like; sessions vary around it."""

    areas: tuple[Area, ...]
    candidate_areas: tuple[Area, ...]
    start_fraction: dict[Area, float]
    device: Device
    pen_cartridge: str
    practitioner: str
    numbing_agent: str | None
    numbing_minutes: int
    glide: str
    cold_sores: bool
    darker_skin: bool


def plan_series(
    rng: random.Random,
    concerns: Sequence[Concern],
    allergies: str,
    medical: str,
    fitzpatrick: Fitzpatrick,
) -> Plan:
    groups = [group for concern in concerns for group in _CONCERN_AREAS[concern]]
    candidates = tuple(dict.fromkeys(area for group in groups for area in group))
    target = rng.choice((1, 2, 2, 3, 3, 4))
    areas: list[Area] = []
    for group in rng.sample(groups, len(groups)):
        new = [area for area in group if area not in areas]
        if new and len(areas) + len(new) <= target:
            areas.extend(new)
        if len(areas) >= target:
            break
    if not areas:  # only a pair was on offer for a target of one
        areas = [rng.choice(candidates)]

    device = weighted(rng, DEVICE_WEIGHTS)
    agents = [
        agent
        for agent in NUMBING_SUGGESTIONS
        if not ("Lidocaine" in allergies and "lidocaine" in agent.lower())
        and not ("Tetracaine" in allergies and "tetracaine" in agent.lower())
    ]
    wants_numbing = rng.random() < 0.9 or device is Device.RF
    return Plan(
        areas=tuple(areas),
        candidate_areas=candidates,
        start_fraction={area: rng.uniform(0.0, 0.4) for area in Area},
        device=device,
        pen_cartridge=rng.choice(("12-pin", "16-pin", "24-pin", "36-pin", "36-pin", "42-pin")),
        practitioner=rng.choices(PRACTITIONERS, weights=PRACTITIONER_WEIGHTS)[0],
        # Allergic to both lidocaine and tetracaine: no topical anaesthetic at all.
        numbing_agent=rng.choice(agents) if wants_numbing and agents else None,
        numbing_minutes=rng.choice((20, 25, 30, 30, 30, 35, 40, 45)),
        glide=rng.choices(GLIDE_SUGGESTIONS, weights=_GLIDE_WEIGHTS)[0],
        cold_sores="cold sores" in medical,
        darker_skin=fitzpatrick >= Fitzpatrick.IV,
    )


def series_gaps(rng: random.Random, count: int) -> list[int]:
    """Days between consecutive visits: 4–6 weeks, now and then a maintenance break."""
    gaps = [
        rng.randint(*MAINTENANCE_GAP_DAYS)
        if rng.random() < MAINTENANCE_CHANCE
        else rng.randint(*SERIES_GAP_DAYS)
        for _ in range(count - 1)
    ]
    # Long series with many breaks would outgrow the clinic's history: shorten breaks.
    while sum(gaps) > HISTORY_DAYS - 60:
        longest = max(range(len(gaps)), key=gaps.__getitem__)
        gaps[longest] = SERIES_GAP_DAYS[1]
    return gaps


def visit_days(first: date, gaps: list[int], latest: date) -> list[date]:
    days = [first]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    # The clinic is closed on Sundays: move to Monday, or Saturday near the end.
    return [
        day if day.weekday() != 6 else day + timedelta(days=1 if day < latest else -1)
        for day in days
    ]
