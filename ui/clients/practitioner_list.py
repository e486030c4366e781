"""The practitioners' profiles as the practitioners dialog lists them, and its words:
who administers the logbook, whose passphrase is set (an unprotected profile is one
anyone at the computer can sign in as), what a practitioner may change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from logger_app.i18n import translatable, translate
from logger_app.records import Practitioner

from ..common.display import format_depth
from ..common.models import Column, RecordTableModel
from ..common.theme import color

# Shown through translate("PractitionersDialog", text).
ONLY_ADMIN_DEPTH = translatable(
    "PractitionersDialog",
    "Only the logbook's administrator sets a maximum depth: it is the licensed limit the "
    "session form holds the practitioner to.",
)
ONLY_ADMIN_ADDS = translatable(
    "PractitionersDialog", "Only the logbook's administrator adds profiles."
)
ONLY_ADMIN_OTHERS = translatable(
    "PractitionersDialog",
    "Only the logbook's administrator changes another practitioner's profile.",
)


def passphrase_state(practitioner: Practitioner) -> str:
    if not practitioner.protected:
        return translate("PractitionerModel", "None")
    if practitioner.must_change_passphrase:
        return translate("PractitionerModel", "Temporary")
    return translate("PractitionerModel", "Set")


def passphrase_tip(practitioner: Practitioner) -> str:
    if not practitioner.protected:
        return translate(
            "PractitionerModel", "No passphrase yet: anyone at this computer can sign in as them"
        )
    if practitioner.must_change_passphrase:
        return translate(
            "PractitionerModel",
            "Given by the administrator: they choose their own at their next sign-in",
        )
    return translate(
        "PractitionerModel", "Their own passphrase: only they can sign in and sign as them"
    )


def _max_depth(practitioner: Practitioner) -> str:
    if practitioner.max_depth_mm:
        return format_depth(practitioner.max_depth_mm)
    return translate("PractitionerModel", "No limit recorded")


class PractitionerModel(RecordTableModel[Practitioner]):
    # Titles shown through translate("PractitionerModel", title).
    columns = (
        Column(translatable("PractitionerModel", "Name"), lambda p: p.name),
        Column(translatable("PractitionerModel", "Credentials"), lambda p: p.credentials),
        Column(translatable("PractitionerModel", "Maximum depth"), _max_depth),
        Column(
            translatable("PractitionerModel", "Role"),
            lambda p: translate("PractitionerModel", "Administrator") if p.is_admin else "",
        ),
        Column(
            translatable("PractitionerModel", "Passphrase"),
            passphrase_state,
            passphrase_tip,
            foreground=lambda p: None if p.protected else color("danger"),
        ),
    )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        title = super().headerData(section, orientation, role)
        return translate("PractitionerModel", title) if isinstance(title, str) else title


def intro_text(administering: bool) -> str:
    if administering:
        return translate(
            "PractitionersDialog",
            "You administer this logbook: you add profiles, set each practitioner's "
            "maximum depth (the deepest they are licensed to needle; the session form "
            "warns above it) and reset forgotten passphrases.",
        )
    return translate(
        "PractitionersDialog",
        "You can change your own name and credentials. The logbook's administrator "
        "adds profiles, sets maximum depths and resets forgotten passphrases.",
    )


def unprotected_text(names: list[str]) -> str:
    """For the administrator: who has no passphrase yet."""
    return translate(
        "PractitionersDialog",
        "No passphrase yet: {names}. Anyone at this computer can sign in as them until they "
        "choose one at their next sign-in (or you give them a temporary one with Reset "
        "passphrase…).",
    ).format(names=", ".join(names))
