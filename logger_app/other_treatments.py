"""Rules of other treatments (peels, laser, filler…) that need no database."""

from __future__ import annotations

from datetime import date

from .records import OtherTreatmentDetails
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
        problems["performed_on"] = (
            f"{details.performed_on:%d %b %Y} is in the future: record a treatment on or "
            "after its day."
        )
    elif birth_date is not None and details.performed_on < birth_date:
        problems["performed_on"] = "The date is before the client's date of birth."
    detail = details.kind_detail.strip()
    if details.kind is OtherTreatmentKind.OTHER and not detail:
        problems["kind_detail"] = "Name the treatment (for example Dermaplaning)."
    elif len(detail) > MAX_KIND_DETAIL_LENGTH:
        problems["kind_detail"] = f"Keep this under {MAX_KIND_DETAIL_LENGTH} characters."
    if len(details.notes) > MAX_TEXT_LENGTH:
        problems["notes"] = f"Keep the notes under {MAX_TEXT_LENGTH:,} characters."
    if len(details.practitioner_name.strip()) > MAX_NAME_LENGTH:
        problems["practitioner_name"] = f"Keep the name under {MAX_NAME_LENGTH} characters."
    if len(details.products) > MAX_PRODUCTS:
        problems["products"] = f"List at most {MAX_PRODUCTS} products."
    for index, used in enumerate(details.products):
        key = f"products.{index}"
        if not used.product.strip():
            problems[f"{key}.product"] = "Name the product (or remove the row)."
        elif len(used.product.strip()) > MAX_PRODUCT_LENGTH:
            problems[f"{key}.product"] = f"Keep this under {MAX_PRODUCT_LENGTH} characters."
        if len(used.lot.strip()) > MAX_LOT_LENGTH:
            problems[f"{key}.lot"] = f"Keep the lot under {MAX_LOT_LENGTH} characters."
    return hidden_character_problems(details) | problems
