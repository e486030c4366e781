"""The full record of one session, as a read-only page beside the history."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from logger_app.i18n import translate
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
    none_recorded = translate("SessionDetailView", "None recorded")
    reactions = (
        "".join(
            f"<tr><td>{escape(r.reaction.label)}</td><td>{r.severity.label}</td>"
            f"<td>{escape(r.observed.label)}</td><td>{escape(r.note)}</td></tr>"
            for r in d.reactions
        )
        or f"<tr><td colspan='4'>{escape(none_recorded)}</td></tr>"
    )
    products = ", ".join(
        escape(p.product)
        + (
            escape(translate("SessionDetailView", " (lot {lot})").format(lot=p.lot))
            if p.lot
            else ""
        )
        for p in d.products
    )
    minutes = translate("SessionDetailView", "{minutes} min")
    facts = _rows(
        [
            (translate("SessionDetailView", "Practitioner"), escape(d.practitioner_name)),
            (
                translate("SessionDetailView", "Duration"),
                minutes.format(minutes=d.duration_minutes) if d.duration_minutes else "",
            ),
            (
                translate("SessionDetailView", "Device"),
                escape(d.device.label + (f", {d.cartridge}" if d.cartridge else "")),
            ),
            (translate("SessionDetailView", "Numbing"), escape(format_numbing(d.numbing))),
            (translate("SessionDetailView", "Glide / products"), products),
            (
                translate("SessionDetailView", "Endpoint"),
                escape(
                    d.endpoint.label
                    if d.endpoint
                    else translate("SessionDetailView", "Not recorded")
                ),
            ),
            (
                translate("SessionDetailView", "Aftercare"),
                escape(", ".join(item.label for item in d.aftercare))
                or escape(translate("SessionDetailView", "None")),
            ),
            (translate("SessionDetailView", "Next visit due"), format_date(d.next_visit_due)),
        ]
    )
    notes_heading = translate("SessionDetailView", "Notes")
    notes = f"<h3>{escape(notes_heading)}</h3><p>{escape(d.notes)}</p>" if d.notes else ""
    headers = "".join(
        f"<th>{escape(text)}</th>"
        for text in (
            translate("SessionDetailView", "Area"),
            translate("SessionDetailView", "Depth"),
            translate("SessionDetailView", "Passes"),
            translate("SessionDetailView", "Note"),
        )
    )
    areas = f"<table class='grid'><tr>{headers}</tr>{areas}</table>"
    if area_map:
        areas = (
            f"<table><tr><td valign='top'>{areas}</td><td class='map'>{area_map}</td></tr></table>"
        )
    title = translate("SessionDetailView", "Session of {started}").format(
        started=format_datetime(d.started_at)
    )
    areas_heading = translate("SessionDetailView", "Areas treated")
    reactions_heading = translate("SessionDetailView", "Skin reactions")
    reaction_headers = "".join(
        f"<th>{escape(text)}</th>"
        for text in (
            translate("SessionDetailView", "Reaction"),
            translate("SessionDetailView", "Severity"),
            translate("SessionDetailView", "When"),
            translate("SessionDetailView", "Note"),
        )
    )
    return (
        f"<h2>{escape(title)}</h2>"
        f"{signature_html(session, seal)}"
        f"<h3>{escape(areas_heading)}</h3>{areas}"
        f"<table class='facts'>{facts}</table>{acknowledgements_html(session)}"
        f"<h3>{escape(reactions_heading)}</h3><table class='grid'>"
        f"<tr>{reaction_headers}</tr>"
        f"{reactions}</table>{notes}{amendments_html(session)}{additions_html(photos)}"
    )


def acknowledgements_html(session: Session) -> str:
    """The safety warnings acknowledged before treatment, as they read then."""
    if not session.acknowledgements:
        return ""
    when = format_datetime(session.acknowledgements[0].acknowledged_at)
    items = "".join(f"<li>{escape(a.text)}</li>" for a in session.acknowledgements)
    heading = translate("SessionDetailView", "<b>Acknowledged before treatment</b> ({when}):")
    return (
        f"<p class='acknowledged'>{heading.format(when=escape(when))}</p>"
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
        draft = translate(
            "SessionDetailView",
            "Draft — not signed yet. It can still be edited or deleted; "
            "once signed it is read-only.",
        )
        return f"<p class='draft'>{escape(draft)}</p>"
    amended = len(session.amendments)
    if not amended:
        since = ""
    elif amended == 1:
        since = translate("SessionDetailView", " · amended 1 time since")
    else:
        since = translate("SessionDetailView", " · amended {count} times since").format(
            count=amended
        )
    line = translate("SessionDetailView", "Signed by {signer} on {signed}").format(
        signer=session.signed_by, signed=format_datetime(session.signed_at)
    )
    return f"<p class='signed'>{escape(line + since)}</p>"


def amendment_line(amendment: Amendment) -> str:
    """One amendment as a sentence: "Amended 3 Mar 2026 by Maya Okafor: Depth (Left
    cheek) 1 mm → 1.25 mm — reason: …"."""
    when = format_date(amendment.amended_at.astimezone().date())
    return translate(
        "SessionDetailView", "Amended {day} by {name}: {field} {old} → {new} — reason: {reason}"
    ).format(
        day=when,
        name=amendment.amended_by,
        field=amendment.label,
        old=amendment.old_text,
        new=amendment.new_text,
        reason=amendment.reason,
    )


def amendments_html(session: Session) -> str:
    if not session.amendments:
        return ""
    items = "".join(
        f"<li>{escape(amendment_line(a)).replace(chr(10), '<br>')}</li>" for a in session.amendments
    )
    heading = translate("SessionDetailView", "Amendments after signing")
    note = translate(
        "SessionDetailView", "The record above shows the values after these corrections."
    )
    return (
        f"<h3>{escape(heading)}</h3><p class='muted'>{escape(note)}</p>"
        f"<ul class='amendments'>{items}</ul>"
    )


def added_after_signing_line(photo: Photo) -> str:
    """e.g. "Added after signing on 3 Mar 2026 by Maya Okafor"."""
    when = format_date(photo.imported_at.astimezone().date())
    if photo.added_by:
        return translate("SessionDetailView", "Added after signing on {day} by {name}").format(
            day=when, name=photo.added_by
        )
    return translate("SessionDetailView", "Added after signing on {day}").format(day=when)


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
    heading = translate("SessionDetailView", "Photos added after signing")
    note = translate(
        "SessionDetailView",
        "Added to the record once it was signed; the signature does not cover them.",
    )
    return (
        f"<h3>{escape(heading)}</h3><p class='muted'>{escape(note)}</p>"
        f"<ul class='additions'>{items}</ul>"
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
        self.setAccessibleName(translate("SessionDetailView", "Session record"))
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
            hint = translate("SessionDetailView", "Select a session to see its full record.")
            self.setHtml(f"<p class='muted'>{escape(hint)}</p>")

        else:
            self.setHtml(session_html(session, photos, seal, add_area_map(self, session)))
