"""The aftercare sheet a client takes home: one page, in plain words.

What was advised at the session (``Aftercare`` items, each written out as a sentence a
client understands), what to expect and when to call, the clinic's name and phone, the
next visit. No clinical internals (depths, devices, lots): it is the client's paper.
Every typed text (names, the clinic's details) is escaped: it prints as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from ..logbook import Logbook
from ..records import ClinicDetails
from ..text import date_text
from ..vocabulary import Aftercare
from .history import clinic_export_zone

# Each item as the client reads it. The written sheet is this paper: not an item on it.
SENTENCES: dict[Aftercare, str] = {
    Aftercare.SPF: (
        "Protect your skin with a broad-spectrum sunscreen of SPF 30 or higher every day, "
        "even when it is cloudy, and stay out of strong sun."
    ),
    Aftercare.NO_MAKEUP: (
        "Leave your skin free of makeup for the first 12 to 24 hours while it settles."
    ),
    Aftercare.NO_ACTIVES: (
        "Do not use retinoids (retinol, tretinoin) or exfoliating acids (such as AHA, BHA "
        "or strong vitamin C) for 5 days."
    ),
    Aftercare.NO_HEAT_EXERCISE: (
        "Avoid saunas, steam, hot baths, swimming pools and hard exercise for 48 hours."
    ),
    Aftercare.SOOTHING: (
        "Apply the soothing serum or a gentle, fragrance-free moisturiser as advised, "
        "with clean hands."
    ),
    Aftercare.CLEAN_PILLOWCASE: (
        "Sleep on a clean pillowcase tonight, and keep your hands off the treated skin."
    ),
}
EXPECT = (
    "Redness, warmth and a tight feeling, like a mild sunburn, are normal and usually "
    "settle within 1 to 3 days. Light dryness or flaking may follow for a few days: let it "
    "come away on its own."
)
CALL_US = (
    "Call us if redness or swelling grows after the second day, if you notice pain, "
    "blisters, crusting, pus, cold sores or a fever, or if anything worries you."
)
NO_ITEMS = "Follow the advice your practitioner gave you today."


@dataclass(frozen=True)
class AftercareSheet:
    client_name: str
    treated_on: date
    advice: tuple[str, ...]  # sentences, in the vocabulary's order
    next_visit: date | None
    clinic: ClinicDetails


def aftercare_sheet(logbook: Logbook, session_id: int) -> AftercareSheet:
    """The sheet for a session (NotFoundError for an unknown one)."""
    session = logbook.session(session_id)
    client = logbook.client(session.details.client_id)
    given = set(session.details.aftercare)
    advice = tuple(text for item, text in SENTENCES.items() if item in given)
    return AftercareSheet(
        client_name=client.full_name,
        treated_on=clinic_export_zone(logbook).local(session.details.started_at).date(),
        advice=advice,
        next_visit=session.details.next_visit_due,
        clinic=logbook.clinic_details(),
    )


def aftercare_html(sheet: AftercareSheet) -> str:
    clinic = sheet.clinic
    name = escape(clinic.name) if clinic.name else "Your aftercare"
    advice = sheet.advice or (NO_ITEMS,)
    items = "".join(f"<li>{escape(text)}</li>" for text in advice)
    if sheet.next_visit is not None:
        visit = f"Your next visit is due on <b>{date_text(sheet.next_visit)}</b>."
    else:
        visit = "Your next visit: to be arranged with us."
    contact = (
        f"Questions? Call {escape(clinic.name) if clinic.name else 'us'} on "
        f"<b>{escape(clinic.phone)}</b>."
        if clinic.phone
        else "Questions? Ask your practitioner."
    )
    return (
        f"<h1>{name}</h1>"
        + (f"<p class='muted'>Phone {escape(clinic.phone)}</p>" if clinic.phone else "")
        + "<h2>Aftercare after your microneedling treatment</h2>"
        + f"<p>For <b>{escape(sheet.client_name)}</b>, treated on "
        + f"{date_text(sheet.treated_on)}.</p>"
        + "<h2>Looking after your skin</h2>"
        + f"<ul>{items}</ul>"
        + f"<h2>What to expect</h2><p>{escape(EXPECT)}</p>"
        + f"<h2>When to call us</h2><p>{escape(CALL_US)}</p>"
        + "<table class='box' width='100%' cellpadding='8' cellspacing='0' border='1'>"
        + f"<tr><td>{visit}<br/>{contact}</td></tr></table>"
    )
