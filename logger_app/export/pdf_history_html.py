"""The parts of the report beside the sessions: screenings and consents (with the drawn
signatures as pictures) and other treatments. Pure text work like ``pdf_html``."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..i18n import translatable, translate
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
        return f"<h3>{_t('Screening and consent: none recorded')}</h3>"
    nothing = _t("Nothing to report")
    rows = "".join(
        f"<tr><td>{date_text(s.details.screened_on)}</td>"
        f"<td>{escape('; '.join(screening_findings(s.details))) or nothing}</td>"
        f"<td>{lines(s.details.notes)}</td></tr>"
        for s in history.screenings
    )
    screenings = (
        f"<table class='grid' width='100%'><tr><th width='16%'>{_t('Screened')}</th>"
        f"<th width='50%'>{_t('Found')}</th><th>{_t('Notes')}</th></tr>{rows}</table>"
        if rows
        else f"<p>{_t('No screening recorded.')}</p>"
    )
    consents = (
        "".join(_consent_html(c) for c in history.consents)
        or f"<p class='alert'>{_t('No consent recorded.')}</p>"
    )
    return f"<h3>{_t('Screening and consent')}</h3>{screenings}{consents}"


def _t(text: str) -> str:
    """A text of this part of the report, translated and escaped (marked below)."""
    return escape(translate("PdfHistory", text))


_MARKED = (
    translatable("PdfHistory", "Screening and consent: none recorded"),
    translatable("PdfHistory", "Nothing to report"),
    translatable("PdfHistory", "Screened"),
    translatable("PdfHistory", "Found"),
    translatable("PdfHistory", "Notes"),
    translatable("PdfHistory", "No screening recorded."),
    translatable("PdfHistory", "No consent recorded."),
    translatable("PdfHistory", "Screening and consent"),
    translatable("PdfHistory", "Date"),
    translatable("PdfHistory", "Treatment"),
    translatable("PdfHistory", "Practitioner"),
    translatable("PdfHistory", "Products and lots"),
)


def _consent_html(consent: Consent) -> str:
    d = consent.details
    said = translate("PdfHistory", "Consent version {version} signed {day}: {how}.").format(
        version=d.consent_version, day=date_text(d.signed_on), how=_signed_how(d)
    )
    text = f"<p>{escape(said)}</p>"
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
            translate("PdfHistory", "signature drawn (below)")
            if png_size(consent.signature_png)
            else translate("PdfHistory", "signature drawn")
        )
    if consent.typed_name:
        how.append(translate("PdfHistory", "name typed “{name}”").format(name=consent.typed_name))
    return translate("PdfHistory", " and ").join(how)


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
    heading = translate("PdfHistory", "Other treatments ({count})").format(count=len(ordered))
    return (
        f"<h2>&nbsp;{escape(heading)}</h2>"
        f"<table class='grid compact' width='100%'><tr><th width='13%'>{_t('Date')}</th>"
        f"<th width='20%'>{_t('Treatment')}</th><th width='16%'>{_t('Practitioner')}</th>"
        f"<th width='27%'>{_t('Products and lots')}</th><th>{_t('Notes')}</th></tr>"
        f"{rows}</table>"
    )


def _products(treatment: OtherTreatment) -> str:
    return "<br>".join(
        escape(
            p.product + (translate("PdfHistory", ", lot {lot}").format(lot=p.lot) if p.lot else "")
        )
        for p in treatment.details.products
    )
