"""A signed session's seal as the record view shows it: who signed, when and what it
means, checked against the signature (``Logbook.session_seal``), or a red banner saying
what does not hold. Plain text throughout: names are typed by people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from logger_app.i18n import translate
from logger_app.identity.documents import meaning_text
from logger_app.verification import SealStatus, SessionSeal

from ..common.display import format_date, format_datetime


def _amended(seal: SessionSeal, amended: int) -> str:
    """ " · amended 2 times since, each signed" (those before the upgrade were not)."""
    if not amended:
        return ""
    if amended == 1:
        since = translate("SessionSeal", " · amended 1 time since")
    else:
        since = translate("SessionSeal", " · amended {count} times since").format(count=amended)
    signed = seal.amendments_signed
    if signed >= amended:
        return since + (
            translate("SessionSeal", ", signed")
            if amended == 1
            else translate("SessionSeal", ", each signed")
        )
    if not signed:
        return since
    return since + translate("SessionSeal", ", {count} of them signed").format(count=signed)


def seal_line(seal: SessionSeal, amended: int = 0) -> str:
    """One line over the record: "Signed by NAME on DATE TIME — MEANING (signature
    verified)"; ``amended``: how many amendments the record shows. Empty for a draft."""
    if seal.status is SealStatus.VERIFIED:
        return translate(
            "SessionSeal", "Signed by {signer} on {signed} — {meaning} (signature verified)"
        ).format(
            signer=seal.signer,
            signed=format_datetime(seal.signed_at),
            meaning=meaning_text(seal.meaning),
        ) + _amended(seal, amended)
    if seal.status is SealStatus.SEALED:
        day = format_date(seal.signed_at.astimezone().date()) if seal.signed_at else ""
        if seal.sealed_at_import:
            return translate(
                "SessionSeal",
                "Signed by {signer} on {day} in another logbook — imported (sealed at "
                "the import; unchanged since)",
            ).format(signer=seal.signer, day=day) + _amended(seal, amended)
        return translate(
            "SessionSeal",
            "Signed by {signer} on {day} — signed before verifiable signatures "
            "(sealed at the upgrade; unchanged since)",
        ).format(signer=seal.signer, day=day) + _amended(seal, amended)
    if seal.status is SealStatus.FAILED:
        if seal.signed_at:
            return translate(
                "SessionSeal",
                "Signed by {signer} on {signed} — does not verify: see the warning above",
            ).format(signer=seal.signer, signed=format_datetime(seal.signed_at))
        return translate(
            "SessionSeal", "Signed by {signer} — does not verify: see the warning above"
        ).format(signer=seal.signer)
    return ""


def banner_text(seal: SessionSeal) -> str:
    findings = "\n".join(f"• {finding.message}" for finding in seal.findings)
    return translate(
        "SessionSeal",
        "This record does not match what was signed: it was changed outside the app, or "
        "its signature does not hold.\n{findings}\n"
        "Do not rely on it before the logbook's administrator has checked it "
        "(Logbook → Verify records…).",
    ).format(findings=findings)


class SealBanner(QLabel):
    """Red, over the record, when its seal fails; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_seal(self, seal: SessionSeal | None) -> None:
        failed = seal is not None and seal.status is SealStatus.FAILED
        self.setText(banner_text(seal) if failed and seal is not None else "")
        self.setVisible(failed)
