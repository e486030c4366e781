"""Weighted draws and the clinic's calendar, shared by every part of the demo."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")

# How far back the demo clinic's records go.
HISTORY_DAYS = 6 * 365
# Keeps every series (at 4–6 weeks apart) inside the history window.
MAX_SESSIONS_PER_CLIENT = 40
SERIES_GAP_DAYS = (28, 42)
MAINTENANCE_GAP_DAYS = (75, 210)
MAINTENANCE_CHANCE = 0.12


def weighted(rng: random.Random, weights: Mapping[T, float]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def pick_distinct(rng: random.Random, weights: Mapping[T, float], count: int) -> list[T]:
    """``count`` different items, drawn by weight without replacement."""
    pool = dict(weights)
    picked: list[T] = []
    for _ in range(min(count, len(pool))):
        item = weighted(rng, pool)
        picked.append(item)
        del pool[item]
    return picked
