"""Rules of other treatments (peels, laser, filler…) that need no database."""

from __future__ import annotations

from datetime import date

from .i18n import conventions, translate
from .records import OtherTreatmentDetails
from .text import date_text
from .validation import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, hidden_character_problems
from .vocabulary import OtherTreatmentKind

MAX_KIND_DETAIL_LENGTH = 200
MAX_PRODUCTS = 20
MAX_PRODUCT_LENGTH = 200
MAX_LOT_LENGTH = 100


def validate_other_treatment(
    details: OtherTreatmentDetails, today: date, birth_date: date | None
) -> dict[str, str]:
    """``{field key: message}``, empty when the treatment can be saved. ``today``: in
    the clinic's time zone (a treatment cannot be recorded ahead of its day)."""
    problems: dict[str, str] = {}
    if details.performed_on > today:
        problems["performed_on"] = translate(
            "OtherTreatments",
            "{day} is in the future: record a treatment on or after its day.",
        ).format(day=date_text(details.performed_on))
    elif birth_date is not None and details.performed_on < birth_date:
        problems["performed_on"] = translate(
            "OtherTreatments", "The date is before the client's date of birth."
        )
    detail = details.kind_detail.strip()
    if details.kind is OtherTreatmentKind.OTHER and not detail:
        problems["kind_detail"] = translate(
            "OtherTreatments", "Name the treatment (for example Dermaplaning)."
        )
    elif len(detail) > MAX_KIND_DETAIL_LENGTH:
        problems["kind_detail"] = _keep_under(MAX_KIND_DETAIL_LENGTH)
    if len(details.notes) > MAX_TEXT_LENGTH:
        problems["notes"] = translate(
            "OtherTreatments", "Keep the notes under {count} characters."
        ).format(count=f"{MAX_TEXT_LENGTH:,}".replace(",", conventions().thousands_separator))
    if len(details.practitioner_name.strip()) > MAX_NAME_LENGTH:
        problems["practitioner_name"] = translate(
            "OtherTreatments", "Keep the name under {count} characters."
        ).format(count=MAX_NAME_LENGTH)
    if len(details.products) > MAX_PRODUCTS:
        problems["products"] = translate(
            "OtherTreatments", "List at most {count} products."
        ).format(count=MAX_PRODUCTS)
    for index, used in enumerate(details.products):
        key = f"products.{index}"
        if not used.product.strip():
            problems[f"{key}.product"] = translate(
                "OtherTreatments", "Name the product (or remove the row)."
            )
        elif len(used.product.strip()) > MAX_PRODUCT_LENGTH:
            problems[f"{key}.product"] = _keep_under(MAX_PRODUCT_LENGTH)
        if len(used.lot.strip()) > MAX_LOT_LENGTH:
            problems[f"{key}.lot"] = translate(
                "OtherTreatments", "Keep the lot under {count} characters."
            ).format(count=MAX_LOT_LENGTH)
    return hidden_character_problems(details) | problems


def _keep_under(count: int) -> str:
    return translate("OtherTreatments", "Keep this under {count} characters.").format(count=count)
