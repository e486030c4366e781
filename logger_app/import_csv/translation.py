"""Source values the user maps to the logbook's ("trocken" -> dry), and the few values
that mean "nothing" ("none known" allergies).

``value_choices`` lists what a field's values may be mapped to (the wizard's combos, the
CLI's checks); ``parse_map_value`` reads ``--map-value FIELD:SOURCE=VALUE``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..vocabulary import Area, Device, Fitzpatrick, OtherTreatmentKind, SkinType
from .values import normalise

ValueMaps = dict[str, dict[str, str]]

# Field of ``ImportOptions.value_maps`` -> what it is called in messages and the wizard.
VALUE_FIELDS: dict[str, str] = {
    "skin_type": "Skin type",
    "fitzpatrick": "Fitzpatrick type",
    "area": "Area",
    "device": "Device",
    "treatment_kind": "Kind of other treatment",
}


def value_choices(field: str) -> list[tuple[str, str]]:
    """(value, label) of every logbook value ``field`` can be mapped to. Raises
    ``ValueError`` for a field that takes no mapping."""
    if field == "fitzpatrick":
        return [(str(int(member)), member.label) for member in Fitzpatrick]
    kinds = {
        "skin_type": SkinType,
        "area": Area,
        "device": Device,
        "treatment_kind": OtherTreatmentKind,
    }
    if field not in kinds:
        raise ValueError(f"{field!r} takes no value mapping; fields: {', '.join(VALUE_FIELDS)}.")
    return [(member.value, member.label) for member in kinds[field]]


def parse_map_value(text: str) -> tuple[str, str, str]:
    """``--map-value skin_type:trocken=dry`` as (field, normalised source value, value);
    ``ValueError`` with a message naming what is wrong."""
    field, colon, rest = text.partition(":")
    source, equals, value = rest.rpartition("=")
    field, value = field.strip(), value.strip()
    if not colon or not equals or not source.strip():
        raise ValueError(
            f"--map-value {text!r}: write FIELD:SOURCE=VALUE, e.g. skin_type:trocken=dry."
        )
    if field not in VALUE_FIELDS:
        raise ValueError(
            f"--map-value {text!r}: unknown field {field!r}; fields: {', '.join(VALUE_FIELDS)}."
        )
    choices = value_choices(field)
    allowed = {v for v, _ in choices}
    if field == "area":  # one source value may stand for several areas
        parts = [p.strip() for p in value.split(",") if p.strip()]
        if parts and all(p in allowed for p in parts):
            return field, normalise(source), ", ".join(parts)
    elif value in allowed:
        return field, normalise(source), value
    raise ValueError(
        f"--map-value {text!r}: {value!r} is not one of the logbook's values for {field}: "
        f"{', '.join(v for v, _ in choices)}."
    )


def merged_maps(*layers: Mapping[str, Mapping[str, str]]) -> ValueMaps:
    """Later layers override earlier ones (remembered mappings, then the explicit)."""
    merged: ValueMaps = {}
    for layer in layers:
        for field, values in layer.items():
            merged.setdefault(field, {}).update(
                {normalise(source): value for source, value in values.items()}
            )
    return merged


def value_maps_of(options: Iterable[str]) -> ValueMaps:
    """The ``--map-value`` options as value maps (``ValueError`` at the first bad one)."""
    maps: ValueMaps = {}
    for text in options:
        field, source, value = parse_map_value(text)
        maps.setdefault(field, {})[source] = value
    return maps


# Allergy cells that say there is none (compared as ``normalise`` writes them; "-" and
# "--" normalise to nothing and are caught as such).
NO_ALLERGY = frozenset(
    {
        "none", "none known", "no", "n a", "na", "nil", "nkda", "nka", "no known allergies",
        "no allergies", "keine", "keine bekannt", "keine allergien", "nichts", "kein",
    }
)  # fmt: skip


def means_no_allergy(text: str) -> bool:
    text = text.strip()
    return bool(text) and (normalise(text) in NO_ALLERGY or set(text) <= set("-–— "))


def source_of(source: str, clients_file: str) -> str:
    """The name imported rows and value mappings are remembered under: the one chosen,
    or the clients file's name."""
    return source.strip() or clients_file
