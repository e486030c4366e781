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

from ..i18n import translatable, translate
from ..logbook import Logbook
from ..records import ClinicDetails
from ..text import date_text
from ..vocabulary import Aftercare
from .history import clinic_export_zone

# Each item as the client reads it. The written sheet is this paper: not an item on it.
SENTENCES: dict[Aftercare, str] = {
    Aftercare.SPF: translatable(
        "AftercareSheet",
        "Protect your skin with a broad-spectrum sunscreen of SPF 30 or higher every day, "
        "even when it is cloudy, and stay out of strong sun.",
    ),
    Aftercare.NO_MAKEUP: translatable(
        "AftercareSheet",
        "Leave your skin free of makeup for the first 12 to 24 hours while it settles.",
    ),
    Aftercare.NO_ACTIVES: translatable(
        "AftercareSheet",
        "Do not use retinoids (retinol, tretinoin) or exfoliating acids (such as AHA, BHA "
        "or strong vitamin C) for 5 days.",
    ),
    Aftercare.NO_HEAT_EXERCISE: translatable(
        "AftercareSheet",
        "Avoid saunas, steam, hot baths, swimming pools and hard exercise for 48 hours.",
    ),
    Aftercare.SOOTHING: translatable(
        "AftercareSheet",
        "Apply the soothing serum or a gentle, fragrance-free moisturiser as advised, "
        "with clean hands.",
    ),
    Aftercare.CLEAN_PILLOWCASE: translatable(
        "AftercareSheet",
        "Sleep on a clean pillowcase tonight, and keep your hands off the treated skin.",
    ),
}
EXPECT = translatable(
    "AftercareSheet",
    "Redness, warmth and a tight feeling, like a mild sunburn, are normal and usually "
    "settle within 1 to 3 days. Light dryness or flaking may follow for a few days: let it "
    "come away on its own.",
)
CALL_US = translatable(
    "AftercareSheet",
    "Call us if redness or swelling grows after the second day, if you notice pain, "
    "blisters, crusting, pus, cold sores or a fever, or if anything worries you.",
)
NO_ITEMS = translatable("AftercareSheet", "Follow the advice your practitioner gave you today.")


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
    advice = tuple(
        translate("AftercareSheet", text) for item, text in SENTENCES.items() if item in given
    )
    return AftercareSheet(
        client_name=client.full_name,
        treated_on=clinic_export_zone(logbook).local(session.details.started_at).date(),
        advice=advice,
        next_visit=session.details.next_visit_due,
        clinic=logbook.clinic_details(),
    )


def aftercare_html(sheet: AftercareSheet) -> str:
    clinic = sheet.clinic

    def t(text: str) -> str:
        return escape(translate("AftercareSheet", text))

    name = escape(clinic.name) if clinic.name else t(_YOUR_AFTERCARE)
    advice = sheet.advice or (translate("AftercareSheet", NO_ITEMS),)
    items = "".join(f"<li>{escape(text)}</li>" for text in advice)
    # The messages with <b> are markup: only escaped values go into them.
    if sheet.next_visit is not None:
        visit = translate("AftercareSheet", "Your next visit is due on <b>{day}</b>.").format(
            day=escape(date_text(sheet.next_visit))
        )
    else:
        visit = t("Your next visit: to be arranged with us.")
    if clinic.phone and clinic.name:
        contact = translate("AftercareSheet", "Questions? Call {name} on <b>{phone}</b>.").format(
            name=escape(clinic.name), phone=escape(clinic.phone)
        )
    elif clinic.phone:
        contact = translate("AftercareSheet", "Questions? Call us on <b>{phone}</b>.").format(
            phone=escape(clinic.phone)
        )
    else:
        contact = t("Questions? Ask your practitioner.")
    phone = translate("AftercareSheet", "Phone {phone}").format(phone=clinic.phone)
    treated = translate("AftercareSheet", "For <b>{name}</b>, treated on {day}.").format(
        name=escape(sheet.client_name), day=escape(date_text(sheet.treated_on))
    )
    return (
        f"<h1>{name}</h1>"
        + (f"<p class='muted'>{escape(phone)}</p>" if clinic.phone else "")
        + f"<h2>{t('Aftercare after your microneedling treatment')}</h2>"
        + f"<p>{treated}</p>"
        + f"<h2>{t('Looking after your skin')}</h2>"
        + f"<ul>{items}</ul>"
        + f"<h2>{t('What to expect')}</h2><p>{t(EXPECT)}</p>"
        + f"<h2>{t('When to call us')}</h2><p>{t(CALL_US)}</p>"
        + "<table class='box' width='100%' cellpadding='8' cellspacing='0' border='1'>"
        + f"<tr><td>{visit}<br/>{contact}</td></tr></table>"
    )


_YOUR_AFTERCARE = translatable("AftercareSheet", "Your aftercare")
# Headings and lines said through t() above, marked for the catalogs.
_MARKED = (
    translatable("AftercareSheet", "Your next visit: to be arranged with us."),
    translatable("AftercareSheet", "Questions? Ask your practitioner."),
    translatable("AftercareSheet", "Aftercare after your microneedling treatment"),
    translatable("AftercareSheet", "Looking after your skin"),
    translatable("AftercareSheet", "What to expect"),
    translatable("AftercareSheet", "When to call us"),
)
