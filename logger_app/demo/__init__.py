"""Realistic, clearly fictional demo data for trying the logbook out.

Everything goes through the public Logbook API, so every demo record has passed the same
validation as one typed by a practitioner. People, phone numbers (reserved drama ranges)
and email addresses (example domains) are made up.

The package is split by what it makes: people, series, sessions, reactions, lots,
screenings; this module is the entry.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from ..logbook import Logbook
from .clients import add_demo_client
from .draws import HISTORY_DAYS, MAX_SESSIONS_PER_CLIENT
from .lots import LotPools
from .practitioners import PRACTITIONERS
from .signers import DEMO_PASSPHRASE, DemoSigners

__all__ = [
    "CHUNK_CLIENTS",
    "DEMO_PASSPHRASE",
    "HISTORY_DAYS",
    "MAX_SESSIONS_PER_CLIENT",
    "PRACTITIONERS",
    "generate_demo",
]

# One transaction per chunk: fast (one fsync per chunk) yet progress stays visible.
CHUNK_CLIENTS = 200


def generate_demo(
    logbook: Logbook,
    clients: int,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
    *,
    sessions_per_client: tuple[int, int] = (1, 12),
    now: datetime | None = None,
    passphrase: str = DEMO_PASSPHRASE,
) -> None:
    """Add ``clients`` fictional clients, each with a series of past sessions.

    ``sessions_per_client`` is the (inclusive) range the number of sessions of each client
    is drawn from, uniformly. ``progress(done, total)`` is called after each committed chunk.
    The same seed gives the same people and series (dates are relative to today, which is
    ``now``'s date: the current local time unless given).

    The demo practitioners (``PRACTITIONERS``) have profiles protected by ``passphrase``,
    the first the logbook's administrator if it had none; each signs their sessions with
    their own key. Adding them to a logbook that has other profiles needs its
    administrator signed in (NotAllowedError). Whoever was signed in before is again
    after.
    """
    low, high = sessions_per_client
    if clients < 0:
        raise ValueError("clients must not be negative")
    if not 1 <= low <= high <= MAX_SESSIONS_PER_CLIENT:
        raise ValueError(f"sessions_per_client must lie within 1–{MAX_SESSIONS_PER_CLIENT}")
    now = (now or datetime.now()).astimezone()
    today = now.date()
    # Separate streams: client i is the same whatever the date or the other clients do.
    seeds = random.Random(seed)
    lots = LotPools(random.Random(f"{seed}/lots"), today)
    done = 0
    signers = DemoSigners(logbook, passphrase)
    try:
        while done < clients:
            chunk = min(CHUNK_CLIENTS, clients - done)
            with logbook.batch():
                for _ in range(chunk):
                    rng = random.Random(seeds.getrandbits(64))
                    add_demo_client(logbook, signers, rng, lots, now, sessions_per_client)
            done += chunk
            if progress is not None:
                progress(done, clients)
    finally:
        signers.restore()
