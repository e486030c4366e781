"""Fictional clients: names, birth dates, phone numbers and email addresses.

Phone numbers come from ranges reserved for drama and email addresses from example
domains, so nobody real is ever named.
"""

from __future__ import annotations

import math
import random
import unicodedata
from datetime import date, timedelta

from ..vocabulary import Concern, Fitzpatrick, SkinType

# Mixed origins, more women than men (as in a typical microneedling clientele).
FIRST_NAMES_F = (
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
FIRST_NAMES_M = (
    "Aarav", "Bastian", "Callum", "Declan", "Dmitri", "Emeka", "Farid", "Gareth", "Hamza",
    "Idris", "Jonas", "Kenji", "Kwame", "Luca", "Mateo", "Nikhil", "Oisín", "Pablo",
    "Rafael", "Sanjay", "Tariq", "Tobias", "Umar", "Viktor", "Wen", "Xavier", "Yusuf",
    "Zoltan", "Arjun", "Matías", "Henrik", "Kofi",
)  # fmt: skip
LAST_NAMES = (
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

_EMAIL_DOMAINS = ("example.com", "example.org", "mail.example.net")
# NANP's 555-0100..0199 is reserved for fiction in every area code.
_US_AREA_CODES = ("202", "206", "312", "415", "503", "617", "646", "713", "720", "808")
ALLERGIES = (
    "Lidocaine", "Nickel", "Latex", "Penicillin", "Tetracaine", "Fragrance",
    "Adhesive dressings", "Chlorhexidine",
)  # fmt: skip
MEDICAL_NOTES = (
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

FITZPATRICK_WEIGHTS = {
    Fitzpatrick.I: 5,
    Fitzpatrick.II: 20,
    Fitzpatrick.III: 30,
    Fitzpatrick.IV: 23,
    Fitzpatrick.V: 13,
    Fitzpatrick.VI: 9,
}
SKIN_TYPE_WEIGHTS = {
    SkinType.NORMAL: 22,
    SkinType.DRY: 17,
    SkinType.OILY: 20,
    SkinType.COMBINATION: 29,
    SkinType.SENSITIVE: 12,
}
CONCERN_WEIGHTS = {
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


def birth_date(rng: random.Random, today: date) -> date:
    low, high = rng.choices(
        ((18, 25), (25, 35), (35, 45), (45, 55), (55, 65), (65, 75)),
        weights=(12, 26, 26, 20, 11, 5),
    )[0]
    age_days = rng.randint(math.ceil(low * 365.25) + 1, math.floor((high + 1) * 365.25) - 2)
    return today - timedelta(days=age_days)


def years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return date(day.year + years, 3, 1)


def phone(rng: random.Random) -> str:
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


def email(rng: random.Random, first: str, last: str) -> str:
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
