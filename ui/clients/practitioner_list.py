"""The practitioners' profiles as the practitioners dialog lists them, and its words:
who administers the logbook, whose passphrase is set (an unprotected profile is one
anyone at the computer can sign in as), what a practitioner may change."""

from __future__ import annotations

from logger_app.records import Practitioner

from ..common.display import format_depth
from ..common.models import Column, RecordTableModel
from ..common.theme import color

ONLY_ADMIN_DEPTH = (
    "Only the logbook's administrator sets a maximum depth: it is the licensed limit the "
    "session form holds the practitioner to."
)
ONLY_ADMIN_ADDS = "Only the logbook's administrator adds profiles."
ONLY_ADMIN_OTHERS = "Only the logbook's administrator changes another practitioner's profile."


def passphrase_state(practitioner: Practitioner) -> str:
    if not practitioner.protected:
        return "None"
    return "Temporary" if practitioner.must_change_passphrase else "Set"


def passphrase_tip(practitioner: Practitioner) -> str:
    if not practitioner.protected:
        return "No passphrase yet: anyone at this computer can sign in as them"
    if practitioner.must_change_passphrase:
        return "Given by the administrator: they choose their own at their next sign-in"
    return "Their own passphrase: only they can sign in and sign as them"


class PractitionerModel(RecordTableModel[Practitioner]):
    columns = (
        Column("Name", lambda p: p.name),
        Column("Credentials", lambda p: p.credentials),
        Column(
            "Maximum depth",
            lambda p: format_depth(p.max_depth_mm) if p.max_depth_mm else "No limit recorded",
        ),
        Column("Role", lambda p: "Administrator" if p.is_admin else ""),
        Column(
            "Passphrase",
            passphrase_state,
            passphrase_tip,
            foreground=lambda p: None if p.protected else color("danger"),
        ),
    )


def intro_text(administering: bool) -> str:
    if administering:
        return (
            "You administer this logbook: you add profiles, set each practitioner's "
            "maximum depth (the deepest they are licensed to needle; the session form "
            "warns above it) and reset forgotten passphrases."
        )
    return (
        "You can change your own name and credentials. The logbook's administrator "
        "adds profiles, sets maximum depths and resets forgotten passphrases."
    )


def unprotected_text(names: list[str]) -> str:
    """For the administrator: who has no passphrase yet."""
    return (
        f"No passphrase yet: {', '.join(names)}. Anyone at this computer can sign in as "
        "them until they choose one at their next sign-in (or you give them a temporary "
        "one with Reset passphrase…)."
    )
