"""The full record of one session, as a read-only page beside the history."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from logger_app.records import Amendment, Photo, Session
from logger_app.verification import SealStatus, SessionSeal

from ..common.display import format_date, format_datetime, format_depth, format_numbing
from ..common.theme import hex_color, theme_notifier
from .area_map import add_area_map
from .session_seal import seal_line


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><th>{escape(label)}</th><td>{value}</td></tr>" for label, value in pairs if value
    )


def session_html(
    session: Session,
    photos: Sequence[Photo] = (),
    seal: SessionSeal | None = None,
    area_map: str = "",
) -> str:
    """The session's record, its areas and depths first; ``photos``: its photos, of which
    those added after signing are listed as such; ``seal``: its signature checked (None:
    not checked); ``area_map``: an image of its zones, shown beside the areas."""
    d = session.details
    areas = "".join(
        f"<tr><td>{escape(a.area.label)}</td><td class='num'>{format_depth(a.depth_mm)}</td>"
        f"<td class='num'>{a.passes or '—'}</td><td>{escape(a.note)}</td></tr>"
        for a in d.areas
    )
    reactions = (
        "".join(
            f"<tr><td>{escape(r.reaction.label)}</td><td>{r.severity.label}</td>"
            f"<td>{escape(r.observed.label)}</td><td>{escape(r.note)}</td></tr>"
            for r in d.reactions
        )
        or "<tr><td colspan='4'>None recorded</td></tr>"
    )
    products = ", ".join(
        escape(p.product) + (f" (lot {escape(p.lot)})" if p.lot else "") for p in d.products
    )
    facts = _rows(
        [
            ("Practitioner", escape(d.practitioner_name)),
            ("Duration", f"{d.duration_minutes} min" if d.duration_minutes else ""),
            ("Device", escape(d.device.label + (f", {d.cartridge}" if d.cartridge else ""))),
            ("Numbing", escape(format_numbing(d.numbing))),
            ("Glide / products", products),
            ("Endpoint", escape(d.endpoint.label) if d.endpoint else "Not recorded"),
            ("Aftercare", escape(", ".join(item.label for item in d.aftercare)) or "None"),
            ("Next visit due", format_date(d.next_visit_due)),
        ]
    )
    notes = f"<h3>Notes</h3><p>{escape(d.notes)}</p>" if d.notes else ""
    areas = (
        "<table class='grid'><tr><th>Area</th><th>Depth</th><th>Passes</th><th>Note</th></tr>"
        f"{areas}</table>"
    )
    if area_map:
        areas = (
            f"<table><tr><td valign='top'>{areas}</td><td class='map'>{area_map}</td></tr></table>"
        )
    return (
        f"<h2>Session of {escape(format_datetime(d.started_at))}</h2>"
        f"{signature_html(session, seal)}<h3>Areas treated</h3>{areas}"
        f"<table class='facts'>{facts}</table>{acknowledgements_html(session)}"
        "<h3>Skin reactions</h3><table class='grid'>"
        "<tr><th>Reaction</th><th>Severity</th><th>When</th><th>Note</th></tr>"
        f"{reactions}</table>{notes}{amendments_html(session)}{additions_html(photos)}"
    )


def acknowledgements_html(session: Session) -> str:
    """The safety warnings acknowledged before treatment, as they read then."""
    if not session.acknowledgements:
        return ""
    when = format_datetime(session.acknowledgements[0].acknowledged_at)
    items = "".join(f"<li>{escape(a.text)}</li>" for a in session.acknowledgements)
    return (
        f"<p class='acknowledged'><b>Acknowledged before treatment</b> ({escape(when)}):</p>"
        f"<ul class='acknowledged'>{items}</ul>"
    )


_SEAL_CLASSES = {
    SealStatus.VERIFIED: "verified",
    SealStatus.SEALED: "sealed",
    SealStatus.FAILED: "failed",
}


def signature_html(session: Session, seal: SessionSeal | None = None) -> str:
    if seal is not None and seal.status in _SEAL_CLASSES:
        mark = "✔ " if seal.status is SealStatus.VERIFIED else ""
        line = escape(seal_line(seal, len(session.amendments)))
        return f"<p class='{_SEAL_CLASSES[seal.status]}'>{mark}{line}</p>"
    if not session.is_signed:
        return (
            "<p class='draft'>Draft — not signed yet. It can still be edited or deleted; "
            "once signed it is read-only.</p>"
        )
    amended = len(session.amendments)
    since = f" · amended {amended} time{'s' if amended != 1 else ''} since" if amended else ""
    return (
        f"<p class='signed'>Signed by {escape(session.signed_by)} on "
        f"{escape(format_datetime(session.signed_at))}{since}</p>"
    )


def amendment_line(amendment: Amendment) -> str:
    """One amendment as a sentence: "Amended 3 Mar 2026 by Maya Okafor: Depth (Left
    cheek) 1 mm → 1.25 mm — reason: …"."""
    when = format_date(amendment.amended_at.astimezone().date())
    return (
        f"Amended {when} by {amendment.amended_by}: {amendment.label} "
        f"{amendment.old_text} → {amendment.new_text} — reason: {amendment.reason}"
    )


def amendments_html(session: Session) -> str:
    if not session.amendments:
        return ""
    items = "".join(
        f"<li>{escape(amendment_line(a)).replace(chr(10), '<br>')}</li>" for a in session.amendments
    )
    return (
        "<h3>Amendments after signing</h3><p class='muted'>The record above shows the "
        f"values after these corrections.</p><ul class='amendments'>{items}</ul>"
    )


def added_after_signing_line(photo: Photo) -> str:
    """e.g. "Added after signing on 3 Mar 2026 by Maya Okafor"."""
    when = format_date(photo.imported_at.astimezone().date())
    return f"Added after signing on {when}" + (f" by {photo.added_by}" if photo.added_by else "")


def additions_html(photos: Sequence[Photo]) -> str:
    """Photos added to the session once signed: not part of what was signed."""
    added = [photo for photo in photos if photo.added_after_signing]
    if not added:
        return ""
    items = "".join(
        f"<li>{escape(photo.kind.label)} · {escape(photo.angle.label)}"
        + (f" · {escape(photo.area.label)}" if photo.area else "")
        + f" — {escape(added_after_signing_line(photo))}</li>"
        for photo in added
    )
    return (
        "<h3>Photos added after signing</h3><p class='muted'>Added to the record once it "
        f"was signed; the signature does not cover them.</p><ul class='additions'>{items}</ul>"
    )


def record_style() -> str:
    """The record's CSS in the theme's colours now (asked again when the theme changes)."""
    c = hex_color
    return f"""
h2 {{ font-size: 15pt; margin-bottom: 6px; }}
h3 {{ font-size: 11pt; margin-top: 14px; margin-bottom: 4px; color: {c("heading")}; }}
table.facts th {{ text-align: left; padding-right: 14px; color: {c("text_muted")};
    font-weight: normal; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ text-align: left; background: {c("header_bg")}; padding: 3px 10px 3px 6px; }}
table.grid td {{ padding: 3px 10px 3px 6px; border-bottom: 1px solid {c("grid")}; }}
td.num {{ text-align: right; }}
td.map {{ padding-left: 18px; vertical-align: top; }}
p.draft {{ color: {c("warning_text")}; font-weight: 600; background: {c("pending_bg")};
    padding: 4px; }}
p.signed, p.verified, p.sealed {{ color: {c("ok_text")}; }}
p.verified {{ font-weight: 600; }}
p.failed {{ color: {c("danger")}; font-weight: 600; }}
p.muted {{ color: {c("text_faint")}; }}
ul.amendments li {{ margin-bottom: 4px; }}
p.acknowledged {{ color: {c("warning_text")}; margin-top: 10px; margin-bottom: 2px; }}
ul.acknowledged {{ color: {c("notice_text")}; }}
"""


class SessionDetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDetail")
        self.setAccessibleName("Session record")
        self.setOpenLinks(False)
        self._shown: tuple = (None, (), None)
        self.show_session(None)
        theme_notifier().changed.connect(self._theme_changed)

    def _theme_changed(self) -> None:
        self.show_session(*self._shown)

    def show_session(
        self,
        session: Session | None,
        photos: Sequence[Photo] = (),
        seal: SessionSeal | None = None,
    ) -> None:
        self._shown = (session, photos, seal)
        self.document().setDefaultStyleSheet(record_style())
        if session is None:
            self.setHtml("<p class='muted'>Select a session to see its full record.</p>")
        else:
            self.setHtml(session_html(session, photos, seal, add_area_map(self, session)))
