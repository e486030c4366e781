"""A client's contraindication screenings and signed consent."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from ..logbook import Logbook
from ..records import ConsentDetails, ScreeningDetails


def add_demo_screening(
    logbook: Logbook,
    rng: random.Random,
    client_id: int,
    days: Sequence[date],
    medical: str,
    allergies: str,
) -> None:
    """Screened and consent signed (typed) at the first visit, screened again at the last
    one when the series is long; the answers follow the medical notes. One client in
    twenty has nothing on file, so the demo shows what that looks like."""
    if rng.random() < 0.05:
        return
    first, last = days[0], days[-1]
    notes = medical.lower()
    answers = {
        "herpes_history": "cold sores" in notes,
        "antiviral_prophylaxis": "cold sores" in notes,
        "anticoagulants_or_bleeding": "aspirin" in notes,
        "metal_or_anaesthetic_allergy": any(
            word in allergies for word in ("Lidocaine", "Nickel", "Tetracaine")
        ),
    }
    for day in (first, last) if (last - first).days > 180 else (first,):
        isotretinoin = None
        if "isotretinoin" in notes:
            isotretinoin = day - timedelta(days=rng.randint(400, 700))
        details = ScreeningDetails(
            client_id, day, isotretinoin_last_dose=isotretinoin, notes=medical, **answers
        )
        logbook.add_screening(details, today=day)
    name = logbook.client(client_id).full_name
    logbook.add_consent(ConsentDetails(client_id, "1", first, typed_name=name), today=first)
