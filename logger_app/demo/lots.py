"""Product lots on the demo clinic's shelf, so a recall search finds its clients."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from ..records import ProductUse
from ..vocabulary import ProductRole
from .draws import HISTORY_DAYS
from .practitioners import PRACTITIONERS

_LOT_PREFIXES = {
    "Hyaluronic acid serum": "HA",
    "PRP": "PRP",
    "Growth factor serum": "GF",
    "Peptide serum": "PS",
    "Exosome serum": "EXO",
    "Post-procedure recovery balm": "RB",
    "Cooling hydrogel mask": "HM",
}
OTHER_PRODUCTS = ("Post-procedure recovery balm", "Cooling hydrogel mask")


@dataclass(frozen=True)
class Lot:
    code: str
    delivered: date
    expiry: date


class LotPools:
    """A few lots per product over the clinic's history, so that a lot search (a recall)
    finds every client treated while that lot was on the shelf."""

    def __init__(self, rng: random.Random, today: date) -> None:
        start = today - timedelta(days=HISTORY_DAYS + 400)
        self._pools: dict[str, list[Lot]] = {}
        for product, prefix in _LOT_PREFIXES.items():
            lots: list[Lot] = []
            made = start + timedelta(days=rng.randint(0, 90))
            while made <= today:
                expiry = _months_after(made, rng.choice((18, 24, 24, 36)))
                lots.append(Lot(f"{prefix}{made:%y-%m%d}", made + timedelta(days=21), expiry))
                made += timedelta(days=rng.randint(90, 150))
            self._pools[product] = lots
        # Some practitioners write the expiry down, some rarely do.
        self._expiry_habit = {name: rng.choice((0.2, 0.5, 0.9)) for name in PRACTITIONERS}

    def use(
        self, rng: random.Random, product: str, day: date, role: ProductRole, practitioner: str
    ) -> ProductUse:
        # Stock rotates: the newest delivered lot, sometimes the one before it still.
        on_shelf = [lot for lot in self._pools[product] if lot.delivered <= day]
        lot = on_shelf[-2] if len(on_shelf) > 1 and rng.random() < 0.25 else on_shelf[-1]
        record_expiry = rng.random() < self._expiry_habit[practitioner]
        return ProductUse(
            product=product,
            lot=lot.code,
            expiry=lot.expiry if record_expiry else None,
            role=role,
        )


def _months_after(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    return date(day.year + month_index // 12, month_index % 12 + 1, 1)
