"""Realistic, clearly fictional demo data for trying the logbook out.

Everything goes through the public Logbook API, so every demo record has passed the same
validation as one typed by a practitioner. People, phone numbers (reserved drama ranges)
and email addresses (example domains) are made up.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from .logbook import Logbook
from .records import (
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    Numbing,
    ProductUse,
    ReactionObservation,
    ScreeningDetails,
    SessionDetails,
)
from .vocabulary import (
    ADVERSE_REACTIONS,
    DEFAULT_NEXT_VISIT_WEEKS,
    DEPTH_STEP_MM,
    GLIDE_SUGGESTIONS,
    MAX_DEPTH_MM,
    MIN_DEPTH_MM,
    NUMBING_SUGGESTIONS,
    USUAL_DEPTH_MM,
    Aftercare,
    Area,
    Concern,
    Device,
    Endpoint,
    Fitzpatrick,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
    SkinType,
)

T = TypeVar("T")

# One transaction per chunk: fast (one fsync per chunk) yet progress stays visible.
CHUNK_CLIENTS = 200
# How far back the demo clinic's records go.
HISTORY_DAYS = 6 * 365
# Keeps every series (at 4–6 weeks apart) inside the history window.
MAX_SESSIONS_PER_CLIENT = 40
_SERIES_GAP_DAYS = (28, 42)
_MAINTENANCE_GAP_DAYS = (75, 210)
_MAINTENANCE_CHANCE = 0.12
# Sessions start 9:00–17:00 on the quarter hour and end by 18:00.
_OPENING = time(9, 0)
_LAST_START_MINUTES = 8 * 60
_CLOSING_MINUTES = 9 * 60

# Mixed origins, more women than men (as in a typical microneedling clientele).
_FIRST_NAMES_F = (
    "Amara", "Aisling", "Anika", "Astrid", "Aroha", "Ayesha", "Beatriz", "Bronwen",
    "Camille", "Chiamaka", "Chloé", "Dalia", "Delphine", "Elif", "Esme", "Farah",
    "Folake", "Freya", "Gabriela", "Hana", "Imogen", "Inès", "Ingrid", "Isla", "Ishita",
    "Jasmin", "Kalani", "Kavya", "Keziah", "Lerato", "Leilani", "Linh", "Lucía", "Mariam",
    "Marisol", "Mei", "Mireille", "Nadia", "Ngozi", "Niamh", "Noor", "Oksana", "Paloma",
    "Priya", "Rania", "Rosalind", "Rukmini", "Saoirse", "Selin", "Seo-yeon", "Sofia",
    "Sunniva", "Tahmina", "Tamsin", "Thandiwe", "Valentina", "Wiktoria", "Yara", "Yuki",
    "Zainab", "Zoë", "Akosua", "Marta", "Annelie", "Hinemoa", "Giulia", "Catalina",
    "Maren", "Dilnoza", "Ewa", "Soraya",
)  # fmt: skip
_FIRST_NAMES_M = (
    "Aarav", "Bastian", "Callum", "Declan", "Dmitri", "Emeka", "Farid", "Gareth", "Hamza",
    "Idris", "Jonas", "Kenji", "Kwame", "Luca", "Mateo", "Nikhil", "Oisín", "Pablo",
    "Rafael", "Sanjay", "Tariq", "Tobias", "Umar", "Viktor", "Wen", "Xavier", "Yusuf",
    "Zoltan", "Arjun", "Matías", "Henrik", "Kofi",
)  # fmt: skip
_LAST_NAMES = (
    "Abernethy", "Adeyemi", "Andersen", "Aranda", "Asante", "Baptiste", "Barlow",
    "Bhattacharya", "Boateng", "Brennan", "Castellanos", "Chaudhry", "Cheung", "Choi",
    "Cruickshank", "Dalgleish", "Dasgupta", "Dunmore", "Eberhardt", "Ekwueme", "Esposito",
    "Fairbairn", "Falkenberg", "Fernandes", "Garrido", "Goh", "Gunawardena", "Haddad",
    "Halvorsen", "Hartigan", "Horvat", "Hosseini", "Ibarra", "Iwasaki", "Jablonski",
    "Jovanović", "Kaczmarek", "Kamau", "Kariuki", "Kavanagh", "Kovács", "Kowalczyk",
    "Lachance", "Lefebvre", "Lim", "Lindqvist", "Llewellyn", "Lombardi", "MacAulay",
    "Maguire", "Makinde", "Marchetti", "Mensah", "Moreau", "Mukherjee", "Mwangi",
    "Nakamura", "Nguyen", "Novak", "Nwosu", "O'Donnell", "Okonkwo", "Osei", "Otieno",
    "Papadakis", "Park", "Pereira", "Petrosyan", "Pham", "Qureshi", "Quinlan", "Rahman",
    "Rasmussen", "Ravindran", "Rezaei", "Rinaldi", "Rosales", "Sato", "Schäfer",
    "Siddiqui", "Szabó", "Tanaka", "Thorne", "Tremblay", "Trinh", "Valdivia",
    "van der Berg", "Vasquez", "Wainwright", "Whitcombe", "Wójcik", "Yamamoto", "Yilmaz",
    "Zhou", "Zielinski", "Castillo-Reyes", "Ní Bhriain", "Abiodun", "Oyelaran",
)  # fmt: skip
# The demo clinic's staff; each client mostly sees one of them.
PRACTITIONERS = (
    "Maya Okafor RN",
    "Leonie Achterberg NP",
    "Tomás Ferreira-Lund MSc",
    "Sana Rahimi RGN",
)
_PRACTITIONER_WEIGHTS = (35, 30, 20, 15)
_EMAIL_DOMAINS = ("example.com", "example.org", "mail.example.net")
# NANP's 555-0100..0199 is reserved for fiction in every area code.
_US_AREA_CODES = ("202", "206", "312", "415", "503", "617", "646", "713", "720", "808")
_ALLERGIES = (
    "Lidocaine", "Nickel", "Latex", "Penicillin", "Tetracaine", "Fragrance",
    "Adhesive dressings", "Chlorhexidine",
)  # fmt: skip
_MEDICAL_NOTES = (
    "History of cold sores; antiviral prophylaxis discussed.",
    "Completed isotretinoin course over 12 months ago.",
    "Hypothyroidism, on levothyroxine; stable.",
    "Mild eczema on hands, well controlled.",
    "Takes low-dose aspirin; bruises easily.",
    "No history of keloids; family history noted.",
    "Rosacea on cheeks, currently calm.",
    "Type 2 diabetes, diet-controlled.",
    "Uses tretinoin 0.025 % at night; paused 5 days before sessions.",
    "Mild asthma, uses inhaler as needed.",
)

_FITZPATRICK_WEIGHTS = {
    Fitzpatrick.I: 5,
    Fitzpatrick.II: 20,
    Fitzpatrick.III: 30,
    Fitzpatrick.IV: 23,
    Fitzpatrick.V: 13,
    Fitzpatrick.VI: 9,
}
_SKIN_TYPE_WEIGHTS = {
    SkinType.NORMAL: 22,
    SkinType.DRY: 17,
    SkinType.OILY: 20,
    SkinType.COMBINATION: 29,
    SkinType.SENSITIVE: 12,
}
_CONCERN_WEIGHTS = {
    Concern.ACNE_SCARS: 18,
    Concern.SURGICAL_SCARS: 4,
    Concern.FINE_LINES: 16,
    Concern.WRINKLES: 9,
    Concern.HYPERPIGMENTATION: 12,
    Concern.SUN_DAMAGE: 8,
    Concern.ENLARGED_PORES: 10,
    Concern.STRETCH_MARKS: 7,
    Concern.TEXTURE: 14,
    Concern.LAXITY: 6,
}
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
_BODY_AREAS = frozenset(
    {Area.NECK, Area.DECOLLETAGE, Area.HANDS, Area.ARMS, Area.ABDOMEN, Area.THIGHS, Area.BACK}
)

_DEVICE_WEIGHTS = {Device.PEN: 80, Device.RF: 8, Device.ROLLER: 6, Device.STAMP: 6}
_PASSES = {Device.PEN: (2, 8), Device.ROLLER: (4, 8), Device.STAMP: (2, 4), Device.RF: (1, 3)}
_NUMBING_STRENGTHS = {
    "Lidocaine cream": ("4 %", "5 %"),
    "BLT (benzocaine/lidocaine/tetracaine)": ("20/6/4 %",),
    "EMLA (lidocaine/prilocaine)": ("5 %",),
    "Tetracaine gel": ("4 %",),
}
_GLIDE_WEIGHTS = (45, 10, 20, 15, 10)  # in GLIDE_SUGGESTIONS order
_LOT_PREFIXES = {
    "Hyaluronic acid serum": "HA",
    "PRP": "PRP",
    "Growth factor serum": "GF",
    "Peptide serum": "PS",
    "Exosome serum": "EXO",
    "Post-procedure recovery balm": "RB",
    "Cooling hydrogel mask": "HM",
}
_OTHER_PRODUCTS = ("Post-procedure recovery balm", "Cooling hydrogel mask")

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


def generate_demo(
    logbook: Logbook,
    clients: int,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
    *,
    sessions_per_client: tuple[int, int] = (1, 12),
) -> None:
    """Add ``clients`` fictional clients, each with a series of past sessions.

    ``sessions_per_client`` is the (inclusive) range the number of sessions of each client
    is drawn from, uniformly. ``progress(done, total)`` is called after each committed chunk.
    The same seed gives the same people and series (dates are relative to today).
    """
    low, high = sessions_per_client
    if clients < 0:
        raise ValueError("clients must not be negative")
    if not 1 <= low <= high <= MAX_SESSIONS_PER_CLIENT:
        raise ValueError(f"sessions_per_client must lie within 1–{MAX_SESSIONS_PER_CLIENT}")
    now = datetime.now().astimezone()
    today = now.date()
    # Separate streams: client i is the same whatever the date or the other clients do.
    seeds = random.Random(seed)
    lots = _LotPools(random.Random(f"{seed}/lots"), today)
    done = 0
    while done < clients:
        chunk = min(CHUNK_CLIENTS, clients - done)
        with logbook.batch():
            for _ in range(chunk):
                rng = random.Random(seeds.getrandbits(64))
                _add_demo_client(logbook, rng, lots, now, sessions_per_client)
        done += chunk
        if progress is not None:
            progress(done, clients)


# ---------------------------------------------------------------------------- clients


@dataclass(frozen=True)
class _Plan:
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


def _add_demo_client(
    logbook: Logbook,
    rng: random.Random,
    lots: _LotPools,
    now: datetime,
    sessions_per_client: tuple[int, int],
) -> None:
    today = now.date()
    # Name and session count are drawn first so they never depend on the date.
    female = rng.random() < 0.8
    first = rng.choice(_FIRST_NAMES_F if female else _FIRST_NAMES_M)
    last = rng.choice(_LAST_NAMES)
    count = rng.randint(*sessions_per_client)
    gaps = _series_gaps(rng, count)

    born = _birth_date(rng, today)
    # The series must fit between the 18th birthday (+2 days, so the UTC date is safe
    # too) and yesterday; an older client is more plausible than squeezed visits.
    window_start = today - timedelta(days=HISTORY_DAYS)
    yesterday = today - timedelta(days=1)
    span = timedelta(days=sum(gaps))
    earliest = max(_years_after(born, 18) + timedelta(days=2), window_start)
    if earliest + span > yesterday:
        # +1 day: a 29 February birthday moves the 18th birthday by a day.
        born -= (earliest + span - yesterday) + timedelta(days=1 + rng.randint(0, 300))
        earliest = max(_years_after(born, 18) + timedelta(days=2), window_start)
    slack = (yesterday - (earliest + span)).days
    # About a third are mid-series: their last visit was recent and the next is due.
    if rng.random() < 0.35:
        last_day = yesterday - timedelta(days=rng.randint(0, min(45, slack)))
    else:
        last_day = earliest + span + timedelta(days=rng.randint(0, slack))
    days = _visit_days(last_day - span, gaps, yesterday)

    concerns = _pick_distinct(rng, _CONCERN_WEIGHTS, rng.choice((1, 1, 2, 2, 2, 3)))
    allergies = ""
    if rng.random() < 0.12:
        picked = _pick_distinct(rng, dict.fromkeys(_ALLERGIES, 1), rng.choice((1, 1, 2)))
        allergies = ", ".join(sorted(picked))
    medical = rng.choice(_MEDICAL_NOTES) if rng.random() < 0.15 else ""
    fitzpatrick = _weighted(rng, _FITZPATRICK_WEIGHTS)
    details = ClientDetails(
        first_name=first,
        last_name=last,
        date_of_birth=born,
        phone=_phone(rng),
        email=_email(rng, first, last) if rng.random() < 0.93 else "",
        fitzpatrick=fitzpatrick,
        skin_type=_weighted(rng, _SKIN_TYPE_WEIGHTS),
        concerns=tuple(concerns),
        allergies=allergies,
        medical_notes=medical,
    )
    client = logbook.add_client(details, today=today)
    plan = _plan(rng, concerns, allergies, medical, fitzpatrick)
    # Each practitioner records and signs their own sessions; yesterday's are drafts
    # still (the record is finished and signed later).
    actor = logbook.actor
    logbook.set_actor(plan.practitioner)
    for index, day in enumerate(days):
        session = _session(
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
        logbook.record_session(session, now=now, enforce_safety=False, sign=(today - day).days > 1)
    _add_demo_screening(logbook, rng, client.id, days, medical, allergies)
    logbook.set_actor(actor)


def _add_demo_screening(
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


def _birth_date(rng: random.Random, today: date) -> date:
    low, high = rng.choices(
        ((18, 25), (25, 35), (35, 45), (45, 55), (55, 65), (65, 75)),
        weights=(12, 26, 26, 20, 11, 5),
    )[0]
    age_days = rng.randint(math.ceil(low * 365.25) + 1, math.floor((high + 1) * 365.25) - 2)
    return today - timedelta(days=age_days)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return date(day.year + years, 3, 1)


def _series_gaps(rng: random.Random, count: int) -> list[int]:
    """Days between consecutive visits: 4–6 weeks, now and then a maintenance break."""
    gaps = [
        rng.randint(*_MAINTENANCE_GAP_DAYS)
        if rng.random() < _MAINTENANCE_CHANCE
        else rng.randint(*_SERIES_GAP_DAYS)
        for _ in range(count - 1)
    ]
    # Long series with many breaks would outgrow the clinic's history: shorten breaks.
    while sum(gaps) > HISTORY_DAYS - 60:
        longest = max(range(len(gaps)), key=gaps.__getitem__)
        gaps[longest] = _SERIES_GAP_DAYS[1]
    return gaps


def _visit_days(first: date, gaps: list[int], latest: date) -> list[date]:
    days = [first]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    # The clinic is closed on Sundays: move to Monday, or Saturday near the end.
    return [
        day if day.weekday() != 6 else day + timedelta(days=1 if day < latest else -1)
        for day in days
    ]


def _phone(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.02:
        return ""
    if kind < 0.62:  # UK mobile, Ofcom's drama range style
        return f"+44 7700 9{rng.randint(0, 99999):05d}"
    if kind < 0.85:
        return f"07700 9{rng.randint(0, 99999):05d}"
    return f"+1 ({rng.choice(_US_AREA_CODES)}) 555-01{rng.randint(0, 99):02d}"


def _ascii(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def _email(rng: random.Random, first: str, last: str) -> str:
    f, last_part = _ascii(first), _ascii(last)
    local = rng.choice(
        (
            f"{f}.{last_part}",
            f"{f}.{last_part}",
            f"{f[0]}{last_part}",
            f"{f}{last_part}{rng.randint(1, 99)}",
            f"{f}_{last_part}",
        )
    )
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _plan(
    rng: random.Random,
    concerns: Sequence[Concern],
    allergies: str,
    medical: str,
    fitzpatrick: Fitzpatrick,
) -> _Plan:
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

    device = _weighted(rng, _DEVICE_WEIGHTS)
    agents = [
        agent
        for agent in NUMBING_SUGGESTIONS
        if not ("Lidocaine" in allergies and "lidocaine" in agent.lower())
        and not ("Tetracaine" in allergies and "tetracaine" in agent.lower())
    ]
    wants_numbing = rng.random() < 0.9 or device is Device.RF
    return _Plan(
        areas=tuple(areas),
        candidate_areas=candidates,
        start_fraction={area: rng.uniform(0.0, 0.4) for area in Area},
        device=device,
        pen_cartridge=rng.choice(("12-pin", "16-pin", "24-pin", "36-pin", "36-pin", "42-pin")),
        practitioner=rng.choices(PRACTITIONERS, weights=_PRACTITIONER_WEIGHTS)[0],
        # Allergic to both lidocaine and tetracaine: no topical anaesthetic at all.
        numbing_agent=rng.choice(agents) if wants_numbing and agents else None,
        numbing_minutes=rng.choice((20, 25, 30, 30, 30, 35, 40, 45)),
        glide=rng.choices(GLIDE_SUGGESTIONS, weights=_GLIDE_WEIGHTS)[0],
        cold_sores="cold sores" in medical,
        darker_skin=fitzpatrick >= Fitzpatrick.IV,
    )


# ---------------------------------------------------------------------------- sessions


def _session(
    rng: random.Random,
    plan: _Plan,
    lots: _LotPools,
    *,
    client_id: int,
    day: date,
    index: int,
    gaps: list[int],
    recent: bool,
) -> SessionDetails:
    count = len(gaps) + 1
    is_last = index == count - 1
    after_break = index > 0 and gaps[index - 1] > _SERIES_GAP_DAYS[1]
    progress = index / (count - 1) if count > 1 else 0.0

    device = plan.device
    if rng.random() < 0.08:
        others = {d: w for d, w in _DEVICE_WEIGHTS.items() if d is not device}
        device = _weighted(rng, others)
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
        other = rng.choice(_OTHER_PRODUCTS)
        products.append(lots.use(rng, other, day, ProductRole.OTHER, practitioner))

    reactions = _reactions(rng, plan, device, deepest)
    continues = not is_last or recent
    next_due = (
        day + timedelta(weeks=DEFAULT_NEXT_VISIT_WEEKS)
        if continues and (is_last or gaps[index] <= _SERIES_GAP_DAYS[1])
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


def _session_areas(rng: random.Random, plan: _Plan) -> list[Area]:
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


def _cartridge(rng: random.Random, plan: _Plan, device: Device, areas: Sequence[Area]) -> str:
    if device is Device.ROLLER:
        return "Roller 192-needle"
    if device is Device.RF:
        body = any(area in _BODY_AREAS for area in areas)
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


def _reactions(
    rng: random.Random, plan: _Plan, device: Device, deepest: float
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
        reaction = _weighted(rng, weights)
        observed = (
            ObservedWhen.IMMEDIATELY_AFTER
            if reaction in (Reaction.BRUISING, Reaction.TRAM_TRACK) and rng.random() < 0.6
            else ObservedWhen.FOLLOW_UP
        )
        add(reaction, rng.choices((1, 2, 3), weights=(6, 3, 1))[0], observed,
            _ADVERSE_NOTES[reaction])  # fmt: skip
    return tuple(seen.values())


def _aftercare(rng: random.Random, areas: Sequence[Area], first: bool) -> tuple[Aftercare, ...]:
    face = any(area not in _BODY_AREAS for area in areas)
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


# ---------------------------------------------------------------------------- lots


@dataclass(frozen=True)
class _Lot:
    code: str
    delivered: date
    expiry: date


class _LotPools:
    """A few lots per product over the clinic's history, so that a lot search (a recall)
    finds every client treated while that lot was on the shelf."""

    def __init__(self, rng: random.Random, today: date) -> None:
        start = today - timedelta(days=HISTORY_DAYS + 400)
        self._pools: dict[str, list[_Lot]] = {}
        for product, prefix in _LOT_PREFIXES.items():
            lots: list[_Lot] = []
            made = start + timedelta(days=rng.randint(0, 90))
            while made <= today:
                expiry = _months_after(made, rng.choice((18, 24, 24, 36)))
                lots.append(_Lot(f"{prefix}{made:%y-%m%d}", made + timedelta(days=21), expiry))
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


# ---------------------------------------------------------------------------- helpers


def _weighted(rng: random.Random, weights: Mapping[T, float]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _pick_distinct(rng: random.Random, weights: Mapping[T, float], count: int) -> list[T]:
    """``count`` different items, drawn by weight without replacement."""
    pool = dict(weights)
    picked: list[T] = []
    for _ in range(min(count, len(pool))):
        item = _weighted(rng, pool)
        picked.append(item)
        del pool[item]
    return picked
