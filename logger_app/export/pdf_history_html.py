"""The parts of the report beside the sessions: screenings and consents (with the drawn
signatures as pictures) and other treatments. Pure text work like ``pdf_html``."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..records import Consent, OtherTreatment
from ..screening import screening_findings
from ..text import date_text
from .history import ClientHistory

# The drawn consent signature's box (CSS px): at most 64 × 21 mm, as on a paper form.
SIGNATURE_BOX = (240, 80)


def lines(text: str) -> str:
    """Typed text escaped, its line breaks kept."""
    return escape(text).replace("\n", "<br>")


def screening_html(history: ClientHistory) -> str:
    """Every screening (what was found) and every consent, oldest first."""
    if not history.screenings and not history.consents:
        return "<h3>Screening and consent: none recorded</h3>"
    rows = "".join(
        f"<tr><td>{date_text(s.details.screened_on)}</td>"
        f"<td>{escape('; '.join(screening_findings(s.details))) or 'Nothing to report'}</td>"
        f"<td>{lines(s.details.notes)}</td></tr>"
        for s in history.screenings
    )
    screenings = (
        "<table class='grid' width='100%'><tr><th width='16%'>Screened</th>"
        f"<th width='50%'>Found</th><th>Notes</th></tr>{rows}</table>"
        if rows
        else "<p>No screening recorded.</p>"
    )
    consents = (
        "".join(_consent_html(c) for c in history.consents)
        or "<p class='alert'>No consent recorded.</p>"
    )
    return f"<h3>Screening and consent</h3>{screenings}{consents}"


def _consent_html(consent: Consent) -> str:
    d = consent.details
    text = (
        f"<p>Consent version {escape(d.consent_version)} signed "
        f"{date_text(d.signed_on)}: {escape(_signed_how(d))}.</p>"
    )
    size = png_size(d.signature_png) if d.signature_png else None
    if size is None:
        return text
    width, height = fit(size, SIGNATURE_BOX)
    return text + (
        "<p class='signature'>"
        f"<img src='{signature_source(consent)}' width='{width}' height='{height}'></p>"
    )


def _signed_how(consent) -> str:
    how = []
    if consent.signature_png:
        how.append(
            "signature drawn (below)" if png_size(consent.signature_png) else "signature drawn"
        )
    if consent.typed_name:
        how.append(f"name typed “{consent.typed_name}”")
    return " and ".join(how)


def signature_source(consent: Consent) -> str:
    """The resource name of the consent's drawn signature in the report."""
    return f"signature-{consent.id}"


def signature_images(history: ClientHistory) -> dict[str, bytes]:
    """Resource name → PNG of each drawn signature the report shows."""
    return {
        signature_source(c): c.details.signature_png
        for c in history.consents
        if c.details.signature_png and png_size(c.details.signature_png)
    }


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header (None: not a PNG, or an empty one)."""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return (width, height) if width and height else None


def fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """``size`` scaled to fit ``box``, its shape kept (never enlarged past the box)."""
    scale = min(box[0] / size[0], box[1] / size[1])
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def other_treatments_html(treatments: Sequence[OtherTreatment]) -> str:
    """Peels, laser, facials... oldest first like the sessions; "" when there are none.
    Their dates are days in the clinic already (no time to convert)."""
    if not treatments:
        return ""
    ordered = sorted(treatments, key=lambda t: (t.details.performed_on, t.id))
    rows = "".join(
        f"<tr><td>{date_text(t.details.performed_on)}</td>"
        f"<td>{escape(t.details.kind_text)}</td>"
        f"<td>{escape(t.details.practitioner_name)}</td>"
        f"<td>{_products(t)}</td><td>{lines(t.details.notes)}</td></tr>"
        for t in ordered
    )
    return (
        f"<h2>&nbsp;Other treatments ({len(ordered)})</h2>"
        "<table class='grid compact' width='100%'><tr><th width='13%'>Date</th>"
        "<th width='20%'>Treatment</th><th width='16%'>Practitioner</th>"
        "<th width='27%'>Products and lots</th><th>Notes</th></tr>"
        f"{rows}</table>"
    )


def _products(treatment: OtherTreatment) -> str:
    return "<br>".join(
        escape(p.product + (f", lot {p.lot}" if p.lot else "")) for p in treatment.details.products
    )
