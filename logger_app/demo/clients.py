"""One fictional client with their whole history: details, sessions, screening."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..logbook import Logbook
from ..records import ClientDetails
from .draws import HISTORY_DAYS, pick_distinct, weighted
from .lots import LotPools
from .people import (
    ALLERGIES,
    CONCERN_WEIGHTS,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    FITZPATRICK_WEIGHTS,
    LAST_NAMES,
    MEDICAL_NOTES,
    SKIN_TYPE_WEIGHTS,
    birth_date,
    email,
    phone,
    years_after,
)
from .screenings import add_demo_screening
from .series import plan_series, series_gaps, visit_days
from .sessions import draw_session
from .signers import DemoSigners


def add_demo_client(
    logbook: Logbook,
    signers: DemoSigners,
    rng: random.Random,
    lots: LotPools,
    now: datetime,
    sessions_per_client: tuple[int, int],
) -> None:
    today = now.date()
    # Name and session count are drawn first so they never depend on the date.
    female = rng.random() < 0.8
    first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
    last = rng.choice(LAST_NAMES)
    count = rng.randint(*sessions_per_client)
    gaps = series_gaps(rng, count)

    born = birth_date(rng, today)
    # The series must fit between the 18th birthday (+2 days, so the UTC date is safe
    # too) and yesterday; an older client is more plausible than squeezed visits.
    window_start = today - timedelta(days=HISTORY_DAYS)
    yesterday = today - timedelta(days=1)
    span = timedelta(days=sum(gaps))
    earliest = max(years_after(born, 18) + timedelta(days=2), window_start)
    if earliest + span > yesterday:
        # +1 day: a 29 February birthday moves the 18th birthday by a day.
        born -= (earliest + span - yesterday) + timedelta(days=1 + rng.randint(0, 300))
        earliest = max(years_after(born, 18) + timedelta(days=2), window_start)
    slack = (yesterday - (earliest + span)).days
    # About a third are mid-series: their last visit was recent and the next is due.
    if rng.random() < 0.35:
        last_day = yesterday - timedelta(days=rng.randint(0, min(45, slack)))
    else:
        last_day = earliest + span + timedelta(days=rng.randint(0, slack))
    days = visit_days(last_day - span, gaps, yesterday)

    concerns = pick_distinct(rng, CONCERN_WEIGHTS, rng.choice((1, 1, 2, 2, 2, 3)))
    allergies = ""
    if rng.random() < 0.12:
        picked = pick_distinct(rng, dict.fromkeys(ALLERGIES, 1), rng.choice((1, 1, 2)))
        allergies = ", ".join(sorted(picked))
    medical = rng.choice(MEDICAL_NOTES) if rng.random() < 0.15 else ""
    fitzpatrick = weighted(rng, FITZPATRICK_WEIGHTS)
    details = ClientDetails(
        first_name=first,
        last_name=last,
        date_of_birth=born,
        phone=phone(rng),
        email=email(rng, first, last) if rng.random() < 0.93 else "",
        fitzpatrick=fitzpatrick,
        skin_type=weighted(rng, SKIN_TYPE_WEIGHTS),
        concerns=tuple(concerns),
        allergies=allergies,
        medical_notes=medical,
    )
    plan = plan_series(rng, concerns, allergies, medical, fitzpatrick)
    # The client's practitioner takes them in, records and signs their sessions with
    # their own key; yesterday's are drafts still (finished and signed later).
    signers.act_as(plan.practitioner)
    client = logbook.add_client(details, today=today)
    for index, day in enumerate(days):
        session = draw_session(
            rng,
            plan,
            lots,
            client_id=client.id,
            day=day,
            index=index,
            gaps=gaps,
            recent=(today - day).days <= 60,
        )
        # Fictional history: nobody was shown the safety warnings for it.
        sign = (today - day).days > 1
        signers.signing(
            lambda s=session, sign=sign: logbook.record_session(
                s, now=now, enforce_safety=False, sign=sign
            )
        )
    add_demo_screening(logbook, rng, client.id, days, medical, allergies)
