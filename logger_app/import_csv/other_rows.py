"""Treatment rows that are not microneedling: peels, laser, IPL, facials, filler,
neurotoxin, massages… Most of a beauty clinic's history is these. They become other
treatments (``OtherTreatmentDetails``), with no invented area, depth or device: the
safety checks must not take a massage for a needling of the forehead.

A row is a microneedling session when it records a depth or a device, when its service
says so (microneedling, collagen induction, Dermapen, skin needling…), when it names no
service at all (a source that only records microneedling), or when it records an area
and its service names none of the other kinds. Otherwise its service decides the kind
(English and German words), ``OTHER`` with the service as its name when none fits; a
value mapped for the field ``treatment_kind`` overrides both.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo

from ..i18n import translatable, translate
from ..other_treatments import validate_other_treatment
from ..records import OtherTreatmentDetails, ProductLot
from ..vocabulary import OtherTreatmentKind
from .model import ImportOptions, PlannedOtherTreatment, TreatmentField
from .rows import Row
from .values import day_text, normalise, parse_date_time

KIND_FIELD = "treatment_kind"  # the field of ``ImportOptions.value_maps`` for services
MICRONEEDLING = "microneedling"  # a value that maps a service to a session
# Where a row is skipped: the CLI's option and the wizard's control.
SKIP_CONTROLS = translatable(
    "ImportRows", '--skip-problem-rows; in the wizard: "Skip the rows with problems"'
)

# Normalised words (see ``values.normalise``); a word of 5 letters or more also counts
# inside a longer one ("Fruchtsäurepeeling", "Laserhaarentfernung").
_MICRONEEDLING_WORDS = (
    "microneedling", "micro needling", "mikroneedling", "mikro needling", "needling",
    "collagen induction", "kollageninduktion", "dermapen", "derma pen", "dermaroller",
    "derma roller", "vampire facial", "prp facial", "cit",
)  # fmt: skip
_KIND_WORDS: tuple[tuple[OtherTreatmentKind, tuple[str, ...]], ...] = (
    (OtherTreatmentKind.NEUROTOXIN, (
        "botox", "dysport", "xeomin", "bocouture", "azzalure", "letybo", "jeuveau",
        "botulinum", "neurotoxin", "anti wrinkle injection", "wrinkle relaxer", "toxin",
    )),
    (OtherTreatmentKind.FILLER, (
        "filler", "hyaluron", "juvederm", "restylane", "belotero", "radiesse", "sculptra",
        "profhilo", "unterspritzung", "lip augmentation", "lippenaufspritzung",
    )),
    (OtherTreatmentKind.IPL, ("ipl", "intense pulsed light", "photofacial", "photo facial")),
    (OtherTreatmentKind.LASER, ("laser", "fraxel", "co2", "picosure", "pico", "erbium")),
    (OtherTreatmentKind.CHEMICAL_PEEL, (
        "peel", "peeling", "tca", "glycolic", "glykol", "salicylic", "mandelic", "lactic",
        "jessner", "fruchtsaure", "fruchtsaeure", "chemical exfoliation",
    )),
    (OtherTreatmentKind.FACIAL, (
        "facial", "hydrafacial", "gesichtsbehandlung", "gesichtspflege", "gesichtsreinigung",
        "kosmetikbehandlung", "soin visage",
    )),
)  # fmt: skip
_LIST = re.compile(r"[;|\n]")


def _says(text: str, words: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {word} " in padded or (len(word) >= 5 and word in text) for word in words)


def kind_of_service(service: str) -> OtherTreatmentKind | None:
    """The kind a service names; None when it is microneedling."""
    text = normalise(service)
    if _says(text, _MICRONEEDLING_WORDS):
        return None
    for kind, words in _KIND_WORDS:
        if _says(text, words):
            return kind
    return OtherTreatmentKind.OTHER


_KIND_VALUES = frozenset(OtherTreatmentKind.values())


def classify(row: Row, options: ImportOptions) -> OtherTreatmentKind | None:
    """The kind of other treatment the row is, or None for a microneedling session."""
    service = row.text(TreatmentField.SERVICE)
    kinds = options.value_maps.get(KIND_FIELD)
    mapped = kinds.get(normalise(service)) if kinds and service else None
    if mapped == MICRONEEDLING:
        return None
    if mapped is not None and mapped in _KIND_VALUES:
        return OtherTreatmentKind(mapped)
    if not service or row.text(TreatmentField.DEPTH) or row.text(TreatmentField.DEVICE):
        return None
    kind = kind_of_service(service)
    if kind is OtherTreatmentKind.OTHER and row.text(TreatmentField.AREA):
        return None  # an area and no other kind named: a microneedling source's service
    return kind


def product_lots(products: str, lots: str) -> tuple[ProductLot, ...]:
    """ "Juvéderm Volift; Lidocaine" with "L123; L456", paired in order; lots beyond
    the products stay with the last product."""
    names = [p.strip() for p in _LIST.split(products) if p.strip()]
    numbers = [n.strip() for n in _LIST.split(lots) if n.strip()]
    if not names:
        return ()
    if len(numbers) > len(names):
        numbers[len(names) - 1 :] = [", ".join(numbers[len(names) - 1 :])]
    return tuple(
        ProductLot(name, numbers[index] if index < len(numbers) else "")
        for index, name in enumerate(names)
    )


def performed_on(day: date, at: time | None, zone: tzinfo | None) -> date:
    """The day of the clinic (``zone``): a date as written stays that date; a moment
    with its own offset is the day it was at the clinic."""
    if at is None or at.tzinfo is None:
        return day
    moment = datetime.combine(day, at)
    return moment.astimezone(zone).date() if zone is not None else moment.astimezone().date()


def plan_other(
    row: Row,
    key: str,
    kind: OtherTreatmentKind,
    options: ImportOptions,
    day_first: bool | None,
    now: datetime,
    birth_date: date | None,
    source_id: str,
    file_name: str,
) -> PlannedOtherTreatment | None:
    """The other treatment of a row, or None (its problems are on the row)."""
    date_column = row.column(TreatmentField.DATE)
    if not row.text(TreatmentField.DATE):
        row.problem(date_column, translate("ImportRows", "No date: a treatment needs its date."))
        return None
    moment = row.parsed(TreatmentField.DATE, lambda t: parse_date_time(t, day_first))
    if moment is None:
        return None
    day, at = moment
    zone = options.timezone
    service = row.text(TreatmentField.SERVICE)
    lots = row.text(TreatmentField.LOT)
    products = product_lots(row.text(TreatmentField.PRODUCT), lots)
    lines = [f"Imported from {file_name} (row {row.number})."]
    if time_text := row.text(TreatmentField.TIME) or (f"{at:%H:%M}" if at else ""):
        lines.append(f"Time: {time_text}")
    if area := row.text(TreatmentField.AREA):
        lines.append(f"Area: {area}")
    if lots and not products:
        lines.append(f"Lot: {lots}")
    lines += row.kept_lines()  # columns without a field, "Header: value"
    if (notes := row.cell(TreatmentField.NOTES)).strip():
        lines += ["", notes]  # verbatim
    details = OtherTreatmentDetails(
        client_id=0,
        performed_on=performed_on(day, at, zone),
        kind=kind,
        kind_detail=(
            ""
            if normalise(service) in {normalise(kind.english_label), normalise(kind.label)}
            else service
        ),
        notes="\n".join(lines),
        practitioner_name=row.text(TreatmentField.PRACTITIONER),
        products=products,
    )
    today = now.astimezone(zone).date() if zone is not None else now.astimezone().date()
    problems = validate_other_treatment(details, today, birth_date)
    if "performed_on" in problems and details.performed_on > today:
        del problems["performed_on"]
        row.problem(
            date_column,
            translate(
                "ImportRows",
                "{date} is in the future: a booking, not a treatment that took place. "
                "Skip it ({controls}).",
            ).format(
                date=day_text(details.performed_on),
                controls=translate("ImportRows", SKIP_CONTROLS),
            ),
            kind="a booking",
        )
    columns = {
        "performed_on": date_column,
        "kind_detail": row.column(TreatmentField.SERVICE),
        "notes": row.column(TreatmentField.NOTES),
        "practitioner_name": row.column(TreatmentField.PRACTITIONER),
        "products": row.column(TreatmentField.PRODUCT),
    }
    row.validation(
        problems,
        lambda k: row.column(TreatmentField.LOT) if k.endswith(".lot")
        else columns.get(k.split(".")[0], ""),
    )  # fmt: skip
    if row.blocked:
        return None
    return PlannedOtherTreatment(row.number, key, details, source_id)
