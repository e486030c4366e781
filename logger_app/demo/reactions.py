"""The skin's reactions to a session: mostly the expected ones, rarely an adverse one."""

from __future__ import annotations

import random

from ..records import ReactionObservation
from ..vocabulary import ADVERSE_REACTIONS, Device, ObservedWhen, Reaction, Severity
from .draws import weighted
from .series import Plan

_ADVERSE_WEIGHTS = {
    Reaction.BRUISING: 30,
    Reaction.ACNE_FLARE: 25,
    Reaction.PIH: 12,
    Reaction.CONTACT_DERMATITIS: 10,
    Reaction.HERPES: 8,
    Reaction.TRAM_TRACK: 8,
    Reaction.INFECTION: 4,
    Reaction.GRANULOMA: 3,
}
assert set(_ADVERSE_WEIGHTS) == ADVERSE_REACTIONS
_ADVERSE_NOTES = {
    Reaction.BRUISING: "Small bruise, faded within a week.",
    Reaction.ACNE_FLARE: "A few papules on day 3; settled without treatment.",
    Reaction.PIH: "Faint darkening at follow-up; strict SPF advised.",
    Reaction.CONTACT_DERMATITIS: "Itchy rash after serum; alternative to be patch tested.",
    Reaction.HERPES: "Cold sore on day 2; client started aciclovir.",
    Reaction.TRAM_TRACK: "Faint linear marks; pressure and angle reviewed.",
    Reaction.INFECTION: "Localised pustules; referred to GP, resolved with antibiotics.",
    Reaction.GRANULOMA: "Small firm papules at follow-up; referred to dermatologist.",
}


def draw_reactions(
    rng: random.Random, plan: Plan, device: Device, deepest: float
) -> tuple[ReactionObservation, ...]:
    # Keyed by (reaction, observed): the logbook refuses the same pair twice.
    seen: dict[tuple[Reaction, ObservedWhen], ReactionObservation] = {}

    def add(reaction: Reaction, severity: int, observed: ObservedWhen, note: str = "") -> None:
        seen.setdefault(
            (reaction, observed), ReactionObservation(reaction, Severity(severity), observed, note)
        )

    deep = deepest >= 1.0 or device is Device.RF
    if rng.random() < 0.92:
        add(Reaction.ERYTHEMA, rng.choice((1, 1, 2, 2) if not deep else (1, 2, 2, 3)),
            ObservedWhen.IMMEDIATELY_AFTER)  # fmt: skip
    if rng.random() < 0.15:
        add(Reaction.ERYTHEMA, rng.choice((0, 0, 1)), ObservedWhen.FOLLOW_UP)
    if rng.random() < 0.3:
        add(Reaction.SWELLING, rng.choice((1, 1, 2)),
            rng.choice((ObservedWhen.IMMEDIATELY_AFTER, ObservedWhen.FOLLOW_UP)))  # fmt: skip
    if rng.random() < 0.25:
        add(Reaction.TINGLING, rng.choice((0, 1, 1)), ObservedWhen.DURING)
    if rng.random() < (0.6 if deep else 0.2):
        add(Reaction.PINPOINT_BLEEDING, rng.choice((1, 1, 2)), ObservedWhen.DURING)
    if rng.random() < 0.12:
        add(Reaction.TENDERNESS, 1, ObservedWhen.FOLLOW_UP)
    if rng.random() < 0.18:
        add(Reaction.DRYNESS_PEELING, rng.choice((1, 1, 2)), ObservedWhen.FOLLOW_UP)
    if rng.random() < 0.03:
        weights = dict(_ADVERSE_WEIGHTS)
        if plan.cold_sores:
            weights[Reaction.HERPES] *= 6
        if plan.darker_skin:
            weights[Reaction.PIH] *= 3
        reaction = weighted(rng, weights)
        observed = (
            ObservedWhen.IMMEDIATELY_AFTER
            if reaction in (Reaction.BRUISING, Reaction.TRAM_TRACK) and rng.random() < 0.6
            else ObservedWhen.FOLLOW_UP
        )
        add(reaction, rng.choices((1, 2, 3), weights=(6, 3, 1))[0], observed,
            _ADVERSE_NOTES[reaction])  # fmt: skip
    return tuple(seen.values())
