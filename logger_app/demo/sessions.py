"""One treatment session of a client's series, varied around the series' plan."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from ..records import AreaTreatment, Numbing, ProductUse, ReactionObservation, SessionDetails
from ..vocabulary import (
    ADVERSE_REACTIONS,
    DEFAULT_NEXT_VISIT_WEEKS,
    DEPTH_STEP_MM,
    GLIDE_SUGGESTIONS,
    MAX_DEPTH_MM,
    MIN_DEPTH_MM,
    USUAL_DEPTH_MM,
    Aftercare,
    Area,
    Device,
    Endpoint,
    ProductRole,
)
from .draws import SERIES_GAP_DAYS, weighted
from .lots import OTHER_PRODUCTS, LotPools
from .practitioners import PRACTITIONERS
from .reactions import draw_reactions
from .series import BODY_AREAS, DEVICE_WEIGHTS, Plan

# Sessions start 9:00–17:00 on the quarter hour and end by 18:00.
_OPENING = time(9, 0)
_LAST_START_MINUTES = 8 * 60
_CLOSING_MINUTES = 9 * 60

_PASSES = {Device.PEN: (2, 8), Device.ROLLER: (4, 8), Device.STAMP: (2, 4), Device.RF: (1, 3)}
_NUMBING_STRENGTHS = {
    "Lidocaine cream": ("4 %", "5 %"),
    "BLT (benzocaine/lidocaine/tetracaine)": ("20/6/4 %",),
    "EMLA (lidocaine/prilocaine)": ("5 %",),
    "Tetracaine gel": ("4 %",),
}

# (note, area it mentions or None): a note never names an area that was not treated.
_SESSION_NOTES: tuple[tuple[str, Area | None], ...] = (
    ("Client tolerated well; slight sensitivity on left cheek.", Area.LEFT_CHEEK),
    ("Tolerated well, no concerns raised.", None),
    ("Client reports smoother texture since last visit.", None),
    ("Mild discomfort over bony areas; pressure reduced.", None),
    ("Progress photos taken under standard lighting.", None),
    ("Client reports less redness after the last session than after the first.", None),
    ("Discussed home care; client using SPF daily.", None),
    ("Skin well prepared; no active breakouts.", None),
    ("Client asked about a chemical peel; advised to wait 4 weeks.", None),
    ("Client nervous at the start, settled quickly.", None),
    ("Forehead more sensitive than usual; depth kept conservative.", Area.FOREHEAD),
    ("Periorbital area treated with light pressure only.", Area.PERIORBITAL),
    ("Scar edges more defined; client pleased with progress.", Area.SCAR_SITE),
    ("Striae lighter in colour than at the first session.", Area.ABDOMEN),
)
_FIRST_SESSION_NOTE = "First session of the series; consent signed, baseline photos taken."
_MAINTENANCE_NOTE = "Maintenance session after a break of several months."


def draw_session(
    rng: random.Random,
    plan: Plan,
    lots: LotPools,
    *,
    client_id: int,
    day: date,
    index: int,
    gaps: list[int],
    recent: bool,
) -> SessionDetails:
    count = len(gaps) + 1
    is_last = index == count - 1
    after_break = index > 0 and gaps[index - 1] > SERIES_GAP_DAYS[1]
    progress = index / (count - 1) if count > 1 else 0.0

    device = plan.device
    if rng.random() < 0.08:
        others = {d: w for d, w in DEVICE_WEIGHTS.items() if d is not device}
        device = weighted(rng, others)
    areas = _session_areas(rng, plan)
    treated = tuple(
        AreaTreatment(
            area=area,
            depth_mm=_depth(rng, area, device, plan.start_fraction[area], progress),
            passes=rng.randint(*_PASSES[device]),
        )
        for area in areas
    )
    deepest = max(item.depth_mm for item in treated)

    duration = min(120, 20 + 10 * len(treated) + 5 * rng.randint(0, 4))
    latest_slot = min(_LAST_START_MINUTES, _CLOSING_MINUTES - duration) // 15
    start = datetime.combine(day, _OPENING) + timedelta(minutes=15 * rng.randint(0, latest_slot))
    # The local zone's offset on that day (summer or winter time), not today's.
    started_at = start.astimezone()

    numbing = None
    if plan.numbing_agent and rng.random() < (0.95 if device in (Device.PEN, Device.RF) else 0.7):
        numbing = Numbing(
            agent=plan.numbing_agent,
            strength=rng.choice(_NUMBING_STRENGTHS.get(plan.numbing_agent, ("",))),
            minutes=plan.numbing_minutes if rng.random() < 0.8 else rng.choice((20, 30, 45)),
        )

    practitioner = plan.practitioner if rng.random() < 0.85 else rng.choice(PRACTITIONERS)
    products: list[ProductUse] = []
    if rng.random() < 0.96:
        glide = plan.glide if rng.random() < 0.85 else rng.choice(GLIDE_SUGGESTIONS)
        products.append(lots.use(rng, glide, day, ProductRole.GLIDE, practitioner))
    if rng.random() < 0.08:
        other = rng.choice(OTHER_PRODUCTS)
        products.append(lots.use(rng, other, day, ProductRole.OTHER, practitioner))

    reactions = draw_reactions(rng, plan, device, deepest)
    continues = not is_last or recent
    next_due = (
        day + timedelta(weeks=DEFAULT_NEXT_VISIT_WEEKS)
        if continues and (is_last or gaps[index] <= SERIES_GAP_DAYS[1])
        else None
    )
    return SessionDetails(
        client_id=client_id,
        started_at=started_at,
        practitioner_name=practitioner,
        device=device,
        areas=treated,
        cartridge=_cartridge(rng, plan, device, areas),
        duration_minutes=duration if rng.random() < 0.92 else None,
        numbing=numbing,
        products=tuple(products),
        endpoint=_endpoint(rng, deepest) if rng.random() < 0.95 else None,
        reactions=reactions,
        aftercare=_aftercare(rng, areas, first=index == 0),
        next_visit_due=next_due,
        notes=_notes(rng, areas, index, after_break, reactions),
    )


def _session_areas(rng: random.Random, plan: Plan) -> list[Area]:
    areas = list(plan.areas)
    roll = rng.random()
    if roll < 0.12 and len(areas) > 1:
        areas.remove(rng.choice(areas))
    elif roll < 0.27:
        extra = [area for area in plan.candidate_areas if area not in areas] or [
            area for area in (Area.NECK, Area.FOREHEAD, Area.CHIN) if area not in areas
        ]
        if extra:
            areas.append(rng.choice(extra))
    return areas


def _depth(
    rng: random.Random, area: Area, device: Device, start_fraction: float, progress: float
) -> float:
    """A depth in the area's usual range (deeper for RF), rising gently over the series."""
    low, high = USUAL_DEPTH_MM[area]
    if device is Device.RF:
        low, high = min(low + 0.5, MAX_DEPTH_MM), min(high + 1.0, MAX_DEPTH_MM)
    fraction = start_fraction + (1.0 - start_fraction) * 0.6 * progress
    fraction = min(1.0, max(0.0, fraction + rng.uniform(-0.1, 0.1)))
    return _snap_depth(low + fraction * (high - low), low, high)


def _snap_depth(value: float, low: float, high: float) -> float:
    """``value`` on the 0.05 mm grid, inside [low, high] and the logbook's limits."""
    low = max(low, MIN_DEPTH_MM)
    high = min(high, MAX_DEPTH_MM)
    # round() first: 0.25 / 0.05 is 5.000000000000001 in floating point.
    low_step = math.ceil(round(low / DEPTH_STEP_MM, 6))
    high_step = math.floor(round(high / DEPTH_STEP_MM, 6))
    step = min(high_step, max(low_step, round(value / DEPTH_STEP_MM)))
    return round(step * DEPTH_STEP_MM, 2)


def _cartridge(rng: random.Random, plan: Plan, device: Device, areas: Sequence[Area]) -> str:
    if device is Device.ROLLER:
        return "Roller 192-needle"
    if device is Device.RF:
        body = any(area in BODY_AREAS for area in areas)
        return "RF 49-pin" if body or rng.random() < 0.3 else "RF 25-pin insulated"
    if device is Device.STAMP:
        return rng.choice(("36-pin", "42-pin"))
    if all(USUAL_DEPTH_MM[area][1] <= 0.5 for area in areas) and rng.random() < 0.35:
        return "Nano"  # superficial areas only
    if Area.SCAR_SITE in areas and rng.random() < 0.6:
        return "12-pin"  # fewer needles for focused scar work
    return plan.pen_cartridge if rng.random() < 0.85 else rng.choice(("16-pin", "24-pin", "36-pin"))


def _endpoint(rng: random.Random, deepest: float) -> Endpoint:
    if deepest < 0.5:
        options = (Endpoint.MILD_ERYTHEMA, Endpoint.MODERATE_ERYTHEMA)
        weights: tuple[int, ...] = (3, 1)
    elif deepest < 1.0:
        options = (Endpoint.MILD_ERYTHEMA, Endpoint.MODERATE_ERYTHEMA, Endpoint.MARKED_ERYTHEMA)
        weights = (1, 3, 1)
    elif deepest < 1.5:
        options = (Endpoint.MODERATE_ERYTHEMA, Endpoint.MARKED_ERYTHEMA, Endpoint.PINPOINT_BLEEDING)
        weights = (1, 2, 2)
    else:
        options = (Endpoint.PINPOINT_BLEEDING, Endpoint.UNIFORM_PINPOINT_BLEEDING)
        weights = (2, 1)
    return rng.choices(options, weights=weights)[0]


def _aftercare(rng: random.Random, areas: Sequence[Area], first: bool) -> tuple[Aftercare, ...]:
    face = any(area not in BODY_AREAS for area in areas)
    chances = {
        Aftercare.SPF: 0.97,
        Aftercare.NO_MAKEUP: 0.85 if face else 0.0,
        Aftercare.NO_ACTIVES: 0.7,
        Aftercare.NO_HEAT_EXERCISE: 0.6,
        Aftercare.SOOTHING: 0.65,
        Aftercare.CLEAN_PILLOWCASE: 0.45 if face else 0.0,
        Aftercare.WRITTEN_SHEET: 1.0 if first else 0.25,
    }
    return tuple(item for item, chance in chances.items() if rng.random() < chance)


def _notes(
    rng: random.Random,
    areas: Sequence[Area],
    index: int,
    after_break: bool,
    reactions: Sequence[ReactionObservation],
) -> str:
    if index == 0 and rng.random() < 0.6:
        return _FIRST_SESSION_NOTE
    if after_break and rng.random() < 0.5:
        return _MAINTENANCE_NOTE
    if any(r.reaction in ADVERSE_REACTIONS for r in reactions) and rng.random() < 0.7:
        return "Adverse reaction reported; see reactions. Plan reviewed with client."
    if rng.random() < 0.25:
        fitting = [text for text, area in _SESSION_NOTES if area is None or area in areas]
        return rng.choice(fitting)
    return ""
