"""What of a signed session can be corrected by an amendment, and how values read.

A field is named by a stable key: ``"notes"``, ``"areas.left_cheek.depth_mm"``,
``"reactions.erythema.during.severity"``, ``"products.0.lot"``; a reaction observed after
signing (at follow-up, typically) is added as ``"reactions.<reaction>.<observed>"``.
Not amendable: the client, the practitioner, the time and the device (a session with
those wrong is a different session: record it, and explain in an amendment of the notes).

Values travel as Python values (``float``, ``Severity``, ``Numbing`` …) through the API,
and are kept as JSON in the amendments (the values an export shows). No SQL here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .errors import ValidationError
from .records import Numbing, ReactionObservation, Session
from .text import date_text, depth_text
from .validation import HIDDEN_CHARACTER_MESSAGE, MAX_TEXT_LENGTH, depth_problem
from .vocabulary import (
    MAX_NUMBING_MINUTES,
    MAX_PASSES,
    Aftercare,
    Endpoint,
    ObservedWhen,
    Reaction,
    Severity,
)

NEW_REACTION = "reactions.new"
MAX_REASON_LENGTH = 2000


class FieldKind(StrEnum):
    TEXT = "text"  # one line: cartridge, lot, an area's or a reaction's note
    NOTES = "notes"  # the session's notes, several lines
    DEPTH = "depth"
    PASSES = "passes"
    DURATION = "duration"
    NUMBING = "numbing"
    ENDPOINT = "endpoint"
    SEVERITY = "severity"
    DATE = "date"
    AFTERCARE = "aftercare"
    NEW_REACTION = "new_reaction"


@dataclass(frozen=True)
class AmendableField:
    key: str
    label: str
    kind: FieldKind
    current: Any  # the value as the session holds it now (None: not recorded)
    group: str  # "Session", "Areas", "Reactions", "Products": for choosing in a list


_SESSION_FIELDS = (
    ("duration_minutes", "Duration", FieldKind.DURATION),
    ("cartridge", "Cartridge", FieldKind.TEXT),
    ("numbing", "Numbing", FieldKind.NUMBING),
    ("endpoint", "Endpoint reached", FieldKind.ENDPOINT),
    ("aftercare", "Aftercare given", FieldKind.AFTERCARE),
    ("next_visit_due", "Next visit due", FieldKind.DATE),
    ("notes", "Notes", FieldKind.NOTES),
)


def amendable_fields(session: Session) -> list[AmendableField]:
    """Every field of ``session`` an amendment may correct, in the order of the form."""
    d = session.details
    fields = [
        AmendableField(key, label, kind, getattr(d, key), "Session")
        for key, label, kind in _SESSION_FIELDS
    ]
    for a in d.areas:
        prefix, name = f"areas.{a.area.value}", a.area.label
        fields += [
            AmendableField(f"{prefix}.{column}", f"{title} ({name})", kind, value, "Areas")
            for column, title, kind, value in (
                ("depth_mm", "Depth", FieldKind.DEPTH, a.depth_mm),
                ("passes", "Passes", FieldKind.PASSES, a.passes),
                ("note", "Note", FieldKind.TEXT, a.note),
            )
        ]
    for r in d.reactions:
        prefix = f"reactions.{r.reaction.value}.{r.observed.value}"
        name = f"{r.reaction.label}, {r.observed.label.lower()}"
        fields += [
            AmendableField(
                f"{prefix}.severity", f"Severity ({name})", FieldKind.SEVERITY, r.severity,
                "Reactions",
            ),
            AmendableField(f"{prefix}.note", f"Note ({name})", FieldKind.TEXT, r.note, "Reactions"),
        ]  # fmt: skip
    fields.append(
        AmendableField(
            NEW_REACTION, "Add a reaction observed later", FieldKind.NEW_REACTION, None, "Reactions"
        )
    )
    for position, p in enumerate(d.products):
        fields.append(
            AmendableField(
                f"products.{position}.lot", f"Lot ({p.product})", FieldKind.TEXT, p.lot, "Products"
            )
        )
    return fields


def find_field(session: Session, key: str) -> AmendableField:
    for candidate in amendable_fields(session):
        if candidate.key == key:
            return candidate
    raise ValidationError({"field": f"“{key}” is not a field of this session that can be amended."})


@dataclass(frozen=True)
class CheckedAmendment:
    """An amendment ready to store: the key and label it is kept under (a new reaction
    gets its own key) and both values as JSON."""

    key: str
    label: str
    old_json: Any
    new_json: Any


def check_amendment(session: Session, key: str, new_value: Any, reason: str) -> CheckedAmendment:
    """Validate an amendment; ValidationError with ``field``, ``new_value`` or
    ``reason`` problems (the keys of the amendment form)."""
    problems: dict[str, str] = {}
    reason = reason.strip() if isinstance(reason, str) else ""
    if not reason:
        problems["reason"] = "Say why the record is corrected: the reason is kept with it."
    elif len(reason) > MAX_REASON_LENGTH:
        problems["reason"] = f"Keep the reason under {MAX_REASON_LENGTH} characters."
    elif "\x00" in reason:
        problems["reason"] = HIDDEN_CHARACTER_MESSAGE
    target = find_field(session, key)
    try:
        value = _normalised(target.kind, new_value)
    except (TypeError, ValueError) as error:
        raise ValidationError(problems | {"new_value": str(error)}) from None
    if isinstance(value, str) and "\x00" in value:
        problems["new_value"] = HIDDEN_CHARACTER_MESSAGE
    elif problem := _problem(target, value, session):
        problems["new_value"] = problem
    if problems:
        raise ValidationError(problems)
    if target.kind is FieldKind.NEW_REACTION:
        added: ReactionObservation = value
        return CheckedAmendment(
            key=f"reactions.{added.reaction.value}.{added.observed.value}",
            label=f"Reaction added ({added.reaction.label}, {added.observed.label.lower()})",
            old_json=None,
            new_json=to_json(FieldKind.NEW_REACTION, added),
        )
    return CheckedAmendment(
        key, target.label, to_json(target.kind, target.current), to_json(target.kind, value)
    )


def _normalised(kind: FieldKind, value: Any) -> Any:
    """The value in its canonical Python form; TypeError/ValueError (with a message fit
    to show) when it is not one of that field."""
    if kind in (FieldKind.TEXT, FieldKind.NOTES):
        if not isinstance(value, str):
            raise TypeError("Enter text.")
        return value.strip()
    if kind is FieldKind.DEPTH:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError("Enter the depth in mm.")
        return round(float(value), 2)
    if kind in (FieldKind.PASSES, FieldKind.DURATION):
        if value in (None, 0):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("Enter a whole number.")
        return value
    if kind is FieldKind.ENDPOINT:
        return None if value is None else Endpoint(value)
    if kind is FieldKind.SEVERITY:
        return Severity(value)
    if kind is FieldKind.DATE:
        if value is not None and not isinstance(value, date):
            raise TypeError("Enter a date.")
        return value
    if kind is FieldKind.AFTERCARE:
        chosen = {Aftercare(item) for item in value}
        return tuple(item for item in Aftercare if item in chosen)
    if kind is FieldKind.NUMBING:
        if value is None:
            return None
        if not isinstance(value, Numbing):
            raise TypeError("Enter the numbing agent, strength and minutes.")
        return Numbing(value.agent.strip(), value.strength.strip(), value.minutes)
    if kind is FieldKind.NEW_REACTION:
        if not isinstance(value, ReactionObservation):
            raise TypeError("Choose the reaction, its severity and when it was observed.")
        return ReactionObservation(
            Reaction(value.reaction), Severity(value.severity), ObservedWhen(value.observed),
            value.note.strip(),
        )  # fmt: skip
    raise ValueError(f"unknown field kind {kind}")


def _problem(target: AmendableField, value: Any, session: Session) -> str | None:
    kind = target.kind
    if kind in (FieldKind.TEXT, FieldKind.NOTES) and len(value) > MAX_TEXT_LENGTH:
        return f"Keep this under {MAX_TEXT_LENGTH} characters."
    if kind is FieldKind.DEPTH and (message := depth_problem(value)):
        return message
    if kind is FieldKind.PASSES and value is not None and not 1 <= value <= MAX_PASSES:
        return f"Passes must be between 1 and {MAX_PASSES}."
    if kind is FieldKind.DURATION and value is not None and not 1 <= value <= 600:
        return "Duration must be between 1 and 600 minutes."
    if kind is FieldKind.DATE and value is not None and value <= session.details.started_at.date():
        return "The next visit must be after this session."
    if kind is FieldKind.NUMBING and value is not None:
        if not value.agent:
            return "Name the numbing agent (or choose no numbing)."
        if value.minutes is not None and not 0 <= value.minutes <= MAX_NUMBING_MINUTES:
            return f"Minutes on skin must be between 0 and {MAX_NUMBING_MINUTES}."
    if kind is FieldKind.NEW_REACTION:
        for r in session.details.reactions:
            if (r.reaction, r.observed) == (value.reaction, value.observed):
                return (
                    f"{r.reaction.label} ({r.observed.label.lower()}) is already recorded: "
                    "amend its severity or note instead."
                )
        return None
    if value == target.current:
        return "That is the value already recorded."
    return None


# JSON forms and display


def to_json(kind: FieldKind, value: Any) -> Any:
    if value is None:
        return None
    if kind in (FieldKind.ENDPOINT,):
        return value.value
    if kind is FieldKind.SEVERITY:
        return int(value)
    if kind is FieldKind.DATE:
        return value.isoformat()
    if kind is FieldKind.AFTERCARE:
        return [item.value for item in value]
    if kind is FieldKind.NUMBING:
        return {"agent": value.agent, "strength": value.strength, "minutes": value.minutes}
    if kind is FieldKind.NEW_REACTION:
        return {
            "reaction": value.reaction.value,
            "observed": value.observed.value,
            "severity": int(value.severity),
            "note": value.note,
        }
    return value


def kind_of(key: str) -> FieldKind:
    """The kind of a stored amendment's field, from its key alone."""
    for field_key, _, kind in _SESSION_FIELDS:
        if key == field_key:
            return kind
    parts = key.split(".")
    if parts[0] == "reactions" and len(parts) == 3:
        return FieldKind.NEW_REACTION
    return {
        "depth_mm": FieldKind.DEPTH,
        "passes": FieldKind.PASSES,
        "severity": FieldKind.SEVERITY,
    }.get(parts[-1], FieldKind.TEXT)


def describe_json(kind: FieldKind, value: Any) -> str:
    """A stored (JSON) value as a person reads it: "1.25 mm", "Moderate", "none"."""
    if kind is FieldKind.NEW_REACTION:
        if value is None:
            return "not recorded"
        text = Severity(value["severity"]).label
        return f"{text} — {value['note']}" if value.get("note") else text
    if value is None or value == [] or value == "":
        return {
            FieldKind.TEXT: "(empty)",
            FieldKind.NOTES: "(empty)",
            FieldKind.AFTERCARE: "none",
            FieldKind.NUMBING: "none",
            FieldKind.DATE: "none",
        }.get(kind, "not recorded")
    if kind is FieldKind.DEPTH:
        return depth_text(float(value))
    if kind is FieldKind.DURATION:
        return f"{value} min"
    if kind is FieldKind.ENDPOINT:
        return Endpoint(value).label
    if kind is FieldKind.SEVERITY:
        return Severity(value).label
    if kind is FieldKind.DATE:
        return date_text(date.fromisoformat(value))
    if kind is FieldKind.AFTERCARE:
        return ", ".join(Aftercare(item).label for item in value)
    if kind is FieldKind.NUMBING:
        return Numbing(value["agent"], value["strength"], value["minutes"]).describe()
    if kind in (FieldKind.TEXT, FieldKind.NOTES):
        return f"“{value}”"
    return str(value)


def describe_value(kind: FieldKind, value: Any) -> str:
    """A Python value of a field, as shown (the current value in the amend form)."""
    return describe_json(kind, to_json(kind, value))


def amendment_texts(key: str, old_json: Any, new_json: Any) -> tuple[str, str]:
    kind = kind_of(key)
    return describe_json(kind, old_json), describe_json(kind, new_json)
