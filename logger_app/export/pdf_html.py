"""The PDF report's content as Qt rich text (HTML subset), one piece per layout block.

Pure text work, no Qt: ``pdf_report`` lays the pieces out on pages. Each piece is laid
out on its own so that a session's record is never split from its heading, and photos
move to the next page a row at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from html import escape

from ..i18n import translatable, translate
from ..records import AuditHead, Photo, Practitioner, Session
from ..text import age_on, count_of, date_text, datetime_text, depth_text
from ..vocabulary import ProductRole
from .history import ClientHistory, SessionRecord
from .pdf_history_html import lines as _lines
from .pdf_history_html import screening_html

PHOTO_COLUMNS = 3
# A photo's box in CSS pixels (1/96 inch; Qt scales them to the PDF's resolution):
# 200 px is 53 mm, three to a row across an A4 page.
PHOTO_BOX = 200

STYLE = """
h1 { font-size: 20pt; font-weight: 600; color: #1f3347; margin: 0 0 2px 0; }
h2 { font-size: 13pt; font-weight: 600; color: #1f3347; background-color: #e9eef3;
     margin: 0 0 6px 0; }
h3 { font-size: 10.5pt; font-weight: 600; color: #35506b; margin: 10px 0 4px 0; }
p { margin: 0 0 4px 0; }
.name { font-size: 15pt; margin: 0 0 10px 0; }
.muted { color: #5b6670; }
.alert { color: #b3261e; font-weight: 600; }
.draft { color: #9a5b00; font-weight: 600; }
.signed { color: #2f5d3a; }
.caption { font-size: 8pt; color: #3d4750; }
table.facts th { text-align: left; font-weight: normal; color: #5b6670; padding: 1px 14px 1px 0; }
table.facts td { padding: 1px 0 1px 0; }
table.grid { border-collapse: collapse; margin: 2px 0 4px 0; }
table.grid th { text-align: left; font-weight: 600; background-color: #f1f4f7;
                padding: 2px 10px 2px 5px; border-bottom: 1px solid #b9c3cc; }
table.grid td { padding: 2px 10px 2px 5px; border-bottom: 1px solid #dfe4e9; }
td.num, th.num { text-align: right; }
table.amendments td, table.compact td, table.compact th { font-size: 9pt; }
p.signature { margin: 2px 0 10px 12px; }
"""


def _facts(pairs: Sequence[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><th>{escape(label)}</th><td>{value}</td></tr>" for label, value in pairs if value
    )
    return f"<table class='facts'>{rows}</table>"


def _when(moment: datetime | None, zone: tzinfo | None) -> str:
    """A stored time as the clinic reads it ("3 Mar 2026, 10:42"), escaped."""
    return escape(datetime_text(moment, zone=zone))


def client_html(history: ClientHistory) -> str:
    d = history.client.details
    today = history.local_day(history.generated_at)
    born = ""
    if d.date_of_birth:
        age = age_on(d.date_of_birth, today)
        born = (
            translate("PdfReport", "{day} (1 year)")
            if age == 1
            else translate("PdfReport", "{day} ({count} years)")
        ).format(day=date_text(d.date_of_birth), count=age)
    none = escape(translate("PdfReport", "None recorded"))
    not_recorded = escape(translate("PdfReport", "Not recorded"))
    allergies = f"<span class='alert'>{_lines(d.allergies)}</span>" if d.allergies else none
    facts = _facts(
        [
            (translate("PdfReport", "Date of birth"), born),
            (translate("PdfReport", "Phone"), escape(d.phone)),
            (translate("PdfReport", "Email"), escape(d.email)),
            (
                translate("PdfReport", "Fitzpatrick type"),
                d.fitzpatrick.name if d.fitzpatrick else not_recorded,
            ),
            (
                translate("PdfReport", "Skin type"),
                escape(d.skin_type.label) if d.skin_type else not_recorded,
            ),
            (
                translate("PdfReport", "Concerns"),
                escape(", ".join(c.label for c in d.concerns)) or none,
            ),
            (translate("PdfReport", "Allergies"), allergies),
            (translate("PdfReport", "Medical notes"), _lines(d.medical_notes) or none),
            (translate("PdfReport", "Address"), _lines(d.address)),
            (translate("PdfReport", "General notes"), _lines(d.general_notes)),
        ]
    )
    return (
        f"<h1>{_t('Treatment history')}</h1>"
        f"<p class='name'>{escape(history.client.full_name)}</p>{facts}"
        f"{screening_html(history)}"
        f"<p class='muted'>{_course(history)}</p>"
    )


def _course(history: ClientHistory) -> str:
    sessions = history.sessions
    if not sessions:
        return escape(translate("PdfReport", "No sessions recorded."))
    first = history.local_day(sessions[0].session.details.started_at)
    last = history.local_day(sessions[-1].session.details.started_at)
    text = (
        translate("PdfReport", "{sessions} on {day}; {photos}.")
        if first == last
        else translate("PdfReport", "{sessions} from {first} to {last}; {photos}.")
    ).format(
        sessions=sessions_text(len(sessions)),
        day=date_text(first),
        first=date_text(first),
        last=date_text(last),
        photos=photos_text(history.photo_count),
    )
    if history.practitioners:
        text += " " + translate("PdfReport", "Practitioners: {names}").format(
            names=", ".join(_practitioner(p) for p in history.practitioners)
        )
    return escape(text)


def sessions_text(count: int) -> str:
    """ "1 session", "3 sessions" in the reader's language."""
    return count_of(count, translate("PdfReport", "session"), translate("PdfReport", "sessions"))


def photos_text(count: int) -> str:
    return count_of(count, translate("PdfReport", "photo"), translate("PdfReport", "photos"))


def _practitioner(practitioner: Practitioner) -> str:
    if practitioner.credentials:
        return f"{practitioner.name} ({practitioner.credentials})"
    return practitioner.name


def session_html(record: SessionRecord, number: int, total: int, zone: tzinfo | None = None) -> str:
    """``zone``: where its times are read (the clinic's; None: this computer's)."""
    d = record.session.details
    products = "<br>".join(
        escape(
            p.product
            + ("" if p.role is ProductRole.GLIDE else f" ({p.role.label_in_text})")
            + (translate("PdfReport", ", lot {lot}").format(lot=p.lot) if p.lot else "")
            + (
                translate("PdfReport", ", expires {day}").format(day=date_text(p.expiry))
                if p.expiry
                else ""
            )
        )
        for p in d.products
    )
    none = escape(translate("PdfReport", "None recorded"))
    facts = _facts(
        [
            (translate("PdfReport", "Practitioner"), escape(d.practitioner_name)),
            (
                translate("PdfReport", "Device"),
                escape(d.device.label + (f", {d.cartridge}" if d.cartridge else "")),
            ),
            (
                translate("PdfReport", "Duration"),
                escape(translate("PdfReport", "{minutes} min").format(minutes=d.duration_minutes))
                if d.duration_minutes
                else "",
            ),
            (
                translate("PdfReport", "Numbing"),
                escape(d.numbing.describe())
                if d.numbing
                else escape(translate("PdfReport", "None")),
            ),
            (translate("PdfReport", "Glide and products"), products or none),
            (
                translate("PdfReport", "Endpoint"),
                escape(d.endpoint.label)
                if d.endpoint
                else escape(translate("PdfReport", "Not recorded")),
            ),
            (
                translate("PdfReport", "Aftercare"),
                escape(", ".join(a.label for a in d.aftercare)) or none,
            ),
            (translate("PdfReport", "Next visit due"), date_text(d.next_visit_due)),
        ]
    )
    areas = "".join(
        f"<tr><td>{escape(a.area.label)}</td><td class='num'>{depth_text(a.depth_mm)}</td>"
        f"<td class='num'>{a.passes or '—'}</td><td>{_lines(a.note)}</td></tr>"
        for a in d.areas
    )
    reactions = (
        f"<table class='grid' width='100%'><tr><th width='28%'>{_t('Reaction')}</th>"
        f"<th width='18%'>{_t('Severity')}</th><th width='22%'>{_t('When observed')}</th>"
        f"<th>{_t('Note')}</th></tr>"
        + "".join(
            f"<tr><td>{escape(r.reaction.label)}</td>"
            f"<td>{int(r.severity)} – {escape(r.severity.label_in_text)}</td>"
            f"<td>{escape(r.observed.label)}</td><td>{_lines(r.note)}</td></tr>"
            for r in d.reactions
        )
        + "</table>"
        if d.reactions
        else f"<p>{_t('None recorded.')}</p>"
    )
    notes = f"<h3>{_t('Notes')}</h3><p>{_lines(d.notes)}</p>" if d.notes else ""
    state = signature_html(record.session, zone) + acknowledgements_html(record.session)
    amendments = amendments_html(record.session, zone)
    heading = translate("PdfReport", "Session {number} of {total} · {when}").format(
        number=number, total=total, when=datetime_text(d.started_at, zone=zone)
    )
    return (
        f"<h2>&nbsp;{escape(heading)}</h2>"
        f"{state}{facts}<h3>{_t('Areas treated')}</h3><table class='grid' width='100%'>"
        f"<tr><th width='25%'>{_t('Area')}</th><th width='12%' class='num'>{_t('Depth')}</th>"
        f"<th width='18%' class='num'>{_t('Passes')}</th><th>&nbsp;&nbsp;{_t('Note')}</th></tr>"
        f"{areas}</table><h3>{_t('Skin reactions')}</h3>{reactions}{notes}{amendments}"
    )


def _t(text: str) -> str:
    """A heading or label of the report in the reader's language, escaped: every text
    given here is marked (translatable) where it is listed below, for the catalogs."""
    return escape(translate("PdfReport", text))


# The report's headings said through _t, marked for the catalogs.
_HEADINGS = (
    translatable("PdfReport", "Treatment history"),
    translatable("PdfReport", "Acknowledged before treatment:"),
    translatable("PdfReport", "Reaction"),
    translatable("PdfReport", "Severity"),
    translatable("PdfReport", "When observed"),
    translatable("PdfReport", "Note"),
    translatable("PdfReport", "None recorded."),
    translatable("PdfReport", "Notes"),
    translatable("PdfReport", "Areas treated"),
    translatable("PdfReport", "Area"),
    translatable("PdfReport", "Depth"),
    translatable("PdfReport", "Passes"),
    translatable("PdfReport", "Skin reactions"),
    translatable("PdfReport", "Amendments after signing"),
    translatable("PdfReport", "When, by"),
    translatable("PdfReport", "Field"),
    translatable("PdfReport", "Was"),
    translatable("PdfReport", "Now"),
    translatable("PdfReport", "Reason"),
)


def acknowledgements_html(session: Session) -> str:
    """The safety warnings acknowledged before treatment, as they read then."""
    if not session.acknowledgements:
        return ""
    items = "".join(f"<li>{escape(a.text)}</li>" for a in session.acknowledgements)
    return f"<p>{_t('Acknowledged before treatment:')}</p><ul>{items}</ul>"


def signature_html(session: Session, zone: tzinfo | None = None) -> str:
    """The line "Signed by … on …", or a DRAFT marker: a reader must tell a final record."""
    if not session.is_signed:
        draft = translate(
            "PdfReport",
            "DRAFT — not signed: this record may still be changed by its practitioner.",
        )
        return f"<p class='draft'>{escape(draft)}</p>"
    text = translate("PdfReport", "Signed by {name} on {when}").format(
        name=session.signed_by, when=datetime_text(session.signed_at, zone=zone)
    )
    count = len(session.amendments)
    if count:
        text += (
            translate("PdfReport", " · amended 1 time since (below)")
            if count == 1
            else translate("PdfReport", " · amended {count} times since (below)").format(
                count=count
            )
        )
    return f"<p class='signed'>{escape(text)}</p>"


def amendments_html(session: Session, zone: tzinfo | None = None) -> str:
    """The corrections after signing, oldest first: the record above shows the values
    after the last one. "Was" and "Now" get the widest columns (who and when share
    one), so that a line breaks between words; Qt breaks inside a word only when the
    word alone is wider than its column (a long link, say)."""
    if not session.amendments:
        return ""
    rows = "".join(
        f"<tr><td>{_when(a.amended_at, zone)}<br>{escape(a.amended_by)}</td>"
        f"<td>{escape(a.label)}</td><td>{_lines(a.old_text)}</td><td>{_lines(a.new_text)}</td>"
        f"<td>{_lines(a.reason)}</td></tr>"
        for a in session.amendments
    )
    return (
        f"<h3>{_t('Amendments after signing')}</h3>"
        "<table class='grid amendments' width='100%'>"
        f"<tr><th width='15%'>{_t('When, by')}</th><th width='13%'>{_t('Field')}</th>"
        f"<th width='26%'>{_t('Was')}</th><th width='26%'>{_t('Now')}</th>"
        f"<th>{_t('Reason')}</th></tr>"
        f"{rows}</table>"
    )


def photo_caption(photo: Photo, zone: tzinfo | None = None) -> str:
    parts = [photo.kind.label, photo.angle.label]
    if photo.area:
        parts.append(photo.area.label)
    taken = (
        datetime_text(photo.taken_at, zone=zone)
        if photo.taken_at
        else translate("PdfReport", "capture time unknown")
    )
    caption = f"{escape(' · '.join(parts))}<br>{escape(taken)}"
    if photo.added_after_signing:
        caption += f"<br><b>{escape(added_after_signing(photo, zone))}</b>"
    return caption


def added_after_signing(photo: Photo, zone: tzinfo | None = None) -> str:
    """e.g. "Added after signing on 3 Mar 2026 by Maya Okafor"."""
    when = date_text(photo.imported_at.astimezone(zone).date())
    if photo.added_by:
        return translate("PdfReport", "Added after signing on {day} by {name}").format(
            day=when, name=photo.added_by
        )
    return translate("PdfReport", "Added after signing on {day}").format(day=when)


def photo_box(photo: Photo) -> tuple[int, int]:
    """The photo's size on the page (CSS px): its shape, inside the square box."""
    scale = PHOTO_BOX / max(photo.width, photo.height, 1)
    return max(1, round(photo.width * scale)), max(1, round(photo.height * scale))


def photo_row_html(
    photos: Sequence[Photo],
    sources: Mapping[int, str],
    problems: Mapping[int, str],
    heading: str = "",
    zone: tzinfo | None = None,
) -> str:
    """One row of captioned photos. ``sources``: photo id → resource name of its image;
    ``problems``: photo id → why it cannot be shown (drawn as a framed note instead)."""
    pictures, captions = [], []
    for photo in photos:
        if photo.id in sources:
            width, height = photo_box(photo)
            picture = f"<img src='{sources[photo.id]}' width='{width}' height='{height}'>"
        else:
            reason = problems.get(photo.id) or translate("PdfReport", "not available")
            shown = translate("PdfReport", "Photo not shown — {reason}").format(reason=reason)
            picture = f"<p class='alert'>{escape(shown)}</p>"
        pictures.append(f"<td width='33%' align='center' valign='middle'>{picture}</td>")
        caption = photo_caption(photo, zone)
        captions.append(f"<td align='center' valign='top'><p class='caption'>{caption}</p></td>")
    empty = PHOTO_COLUMNS - len(photos)
    pictures += ["<td width='33%'></td>"] * empty
    captions += ["<td></td>"] * empty
    title = f"<h3>{escape(heading)}</h3>" if heading else ""
    return (
        f"{title}<table width='100%' cellspacing='0' cellpadding='2'>"
        f"<tr>{''.join(pictures)}</tr><tr>{''.join(captions)}</tr></table>"
    )


def short_head(head: AuditHead) -> str:
    """The head as each page's footer shows it: the id and the hash's first 12 digits."""
    return f"{head.entry_id}:{head.sha256[:12]}"


def end_html(history: ClientHistory) -> str:
    """The last lines: a reader can tell the report is complete, and which state of the
    audit log it was made from (whole, for ``verify --expect-head``)."""
    totals = f"{sessions_text(len(history.sessions))}, {photos_text(history.photo_count)}"
    if history.other_treatments:
        totals += ", " + count_of(
            len(history.other_treatments),
            translate("PdfReport", "other treatment"),
            translate("PdfReport", "other treatments"),
        )
    ended = translate("PdfReport", "End of the treatment history: {totals}.").format(totals=totals)
    zone = translate("PdfReport", "Times are given in the clinic's time zone, {zone}.").format(
        zone=history.zone.name
    )
    end = (
        f"<p class='muted' align='center'>{escape(ended)}</p>"
        f"<p class='caption' align='center'>{escape(zone)}</p>"
    )
    if history.audit_head is None:
        return end
    head = translate("PdfReport", "Audit log head when this report was made: {head}").format(
        head=history.audit_head.as_text()
    )
    return end + f"<p class='caption' align='center'>{escape(head)}</p>"
