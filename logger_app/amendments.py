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
from .i18n import ENGLISH, Conventions, translatable, translate
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
    # The label in English, as the amendment keeps it (stored and signed: the same in
    # any language); ``label`` is the one shown.
    english_label: str = ""


_SESSION_FIELDS = (
    ("duration_minutes", translatable("Amendments", "Duration"), FieldKind.DURATION),
    ("cartridge", translatable("Amendments", "Cartridge"), FieldKind.TEXT),
    ("numbing", translatable("Amendments", "Numbing"), FieldKind.NUMBING),
    ("endpoint", translatable("Amendments", "Endpoint reached"), FieldKind.ENDPOINT),
    ("aftercare", translatable("Amendments", "Aftercare given"), FieldKind.AFTERCARE),
    ("next_visit_due", translatable("Amendments", "Next visit due"), FieldKind.DATE),
    ("notes", translatable("Amendments", "Notes"), FieldKind.NOTES),
)
_AREA_FIELDS = (
    ("depth_mm", translatable("Amendments", "Depth"), FieldKind.DEPTH),
    ("passes", translatable("Amendments", "Passes"), FieldKind.PASSES),
    ("note", translatable("Amendments", "Note"), FieldKind.TEXT),
)
_REACTION_FIELDS = (
    ("severity", translatable("Amendments", "Severity"), FieldKind.SEVERITY),
    ("note", translatable("Amendments", "Note"), FieldKind.TEXT),
)


def _field(
    key: str, title: str, of: tuple[str, str], kind: FieldKind, current: Any, group: str
) -> AmendableField:
    """A field "Title (of what)": ``of`` is (English, shown)."""
    english, shown = of
    return AmendableField(
        key,
        translate("Amendments", "{field} ({of})").format(
            field=translate("Amendments", title), of=shown
        ),
        kind,
        current,
        group,
        f"{title} ({english})",
    )  # fmt: skip


def amendable_fields(session: Session) -> list[AmendableField]:
    """Every field of ``session`` an amendment may correct, in the order of the form."""
    d = session.details
    fields = [
        AmendableField(key, translate("Amendments", label), kind, getattr(d, key), "Session", label)
        for key, label, kind in _SESSION_FIELDS
    ]
    for a in d.areas:
        prefix, name = f"areas.{a.area.value}", (a.area.english_label, a.area.label)
        fields += [
            _field(f"{prefix}.{column}", title, name, kind, getattr(a, column), "Areas")
            for column, title, kind in _AREA_FIELDS
        ]
    for r in d.reactions:
        prefix = f"reactions.{r.reaction.value}.{r.observed.value}"
        name = (
            f"{r.reaction.english_label}, {r.observed.english_label.lower()}",
            f"{r.reaction.label}, {r.observed.label_in_text}",
        )
        fields += [
            _field(f"{prefix}.{column}", title, name, kind, getattr(r, column), "Reactions")
            for column, title, kind in _REACTION_FIELDS
        ]
    add = translatable("Amendments", "Add a reaction observed later")
    fields.append(
        AmendableField(
            NEW_REACTION, translate("Amendments", add), FieldKind.NEW_REACTION, None, "Reactions",
            add,
        )
    )  # fmt: skip
    lot = translatable("Amendments", "Lot")
    for position, p in enumerate(d.products):
        fields.append(
            _field(f"products.{position}.lot", lot, (p.product, p.product), FieldKind.TEXT, p.lot,
                   "Products")
        )  # fmt: skip
    return fields


def find_field(session: Session, key: str) -> AmendableField:
    for candidate in amendable_fields(session):
        if candidate.key == key:
            return candidate
    raise ValidationError(
        {
            "field": translate(
                "Amendments", "“{key}” is not a field of this session that can be amended."
            ).format(key=key)
        }
    )


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
        problems["reason"] = translate(
            "Amendments", "Say why the record is corrected: the reason is kept with it."
        )
    elif len(reason) > MAX_REASON_LENGTH:
        problems["reason"] = translate(
            "Amendments", "Keep the reason under {count} characters."
        ).format(count=MAX_REASON_LENGTH)
    elif "\x00" in reason:
        problems["reason"] = translate("Validation", HIDDEN_CHARACTER_MESSAGE)
    target = find_field(session, key)
    try:
        value = _normalised(target.kind, new_value)
    except (TypeError, ValueError) as error:
        raise ValidationError(problems | {"new_value": str(error)}) from None
    if isinstance(value, str) and "\x00" in value:
        problems["new_value"] = translate("Validation", HIDDEN_CHARACTER_MESSAGE)
    elif problem := _problem(target, value, session):
        problems["new_value"] = problem
    if problems:
        raise ValidationError(problems)
    if target.kind is FieldKind.NEW_REACTION:
        added: ReactionObservation = value
        return CheckedAmendment(
            key=f"reactions.{added.reaction.value}.{added.observed.value}",
            # Kept in English, as every stored label (see AmendableField.english_label).
            label=(
                f"Reaction added ({added.reaction.english_label}, "
                f"{added.observed.english_label.lower()})"
            ),
            old_json=None,
            new_json=to_json(FieldKind.NEW_REACTION, added),
        )
    return CheckedAmendment(
        key,
        target.english_label or target.label,
        to_json(target.kind, target.current),
        to_json(target.kind, value),
    )


def _normalised(kind: FieldKind, value: Any) -> Any:
    """The value in its canonical Python form; TypeError/ValueError (with a message fit
    to show) when it is not one of that field."""
    if kind in (FieldKind.TEXT, FieldKind.NOTES):
        if not isinstance(value, str):
            raise TypeError(translate("Amendments", "Enter text."))
        return value.strip()
    if kind is FieldKind.DEPTH:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(translate("Amendments", "Enter the depth in mm."))
        return round(float(value), 2)
    if kind in (FieldKind.PASSES, FieldKind.DURATION):
        if value in (None, 0):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(translate("Amendments", "Enter a whole number."))
        return value
    if kind is FieldKind.ENDPOINT:
        return None if value is None else Endpoint(value)
    if kind is FieldKind.SEVERITY:
        return Severity(value)
    if kind is FieldKind.DATE:
        if value is not None and not isinstance(value, date):
            raise TypeError(translate("Amendments", "Enter a date."))
        return value
    if kind is FieldKind.AFTERCARE:
        chosen = {Aftercare(item) for item in value}
        return tuple(item for item in Aftercare if item in chosen)
    if kind is FieldKind.NUMBING:
        if value is None:
            return None
        if not isinstance(value, Numbing):
            raise TypeError(
                translate("Amendments", "Enter the numbing agent, strength and minutes.")
            )
        return Numbing(value.agent.strip(), value.strength.strip(), value.minutes)
    if kind is FieldKind.NEW_REACTION:
        if not isinstance(value, ReactionObservation):
            raise TypeError(
                translate(
                    "Amendments", "Choose the reaction, its severity and when it was observed."
                )
            )
        return ReactionObservation(
            Reaction(value.reaction), Severity(value.severity), ObservedWhen(value.observed),
            value.note.strip(),
        )  # fmt: skip
    raise ValueError(f"unknown field kind {kind}")


def _problem(target: AmendableField, value: Any, session: Session) -> str | None:
    kind = target.kind
    if kind in (FieldKind.TEXT, FieldKind.NOTES) and len(value) > MAX_TEXT_LENGTH:
        return translate("Amendments", "Keep this under {count} characters.").format(
            count=MAX_TEXT_LENGTH
        )
    if kind is FieldKind.DEPTH and (message := depth_problem(value)):
        return message
    if kind is FieldKind.PASSES and value is not None and not 1 <= value <= MAX_PASSES:
        return translate("Amendments", "Passes must be between 1 and {most}.").format(
            most=MAX_PASSES
        )
    if kind is FieldKind.DURATION and value is not None and not 1 <= value <= 600:
        return translate("Amendments", "Duration must be between 1 and 600 minutes.")
    if kind is FieldKind.DATE and value is not None and value <= session.details.started_at.date():
        return translate("Amendments", "The next visit must be after this session.")
    if kind is FieldKind.NUMBING and value is not None:
        if not value.agent:
            return translate("Amendments", "Name the numbing agent (or choose no numbing).")
        if value.minutes is not None and not 0 <= value.minutes <= MAX_NUMBING_MINUTES:
            return translate("Amendments", "Minutes on skin must be between 0 and {most}.").format(
                most=MAX_NUMBING_MINUTES
            )
    if kind is FieldKind.NEW_REACTION:
        for r in session.details.reactions:
            if (r.reaction, r.observed) == (value.reaction, value.observed):
                return translate(
                    "Amendments",
                    "{reaction} ({observed}) is already recorded: "
                    "amend its severity or note instead.",
                ).format(reaction=r.reaction.label, observed=r.observed.label_in_text)
        return None
    if value == target.current:
        return translate("Amendments", "That is the value already recorded.")
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


def describe_json(kind: FieldKind, value: Any, english: bool = False) -> str:
    """A stored (JSON) value as a person reads it: "1.25 mm", "Moderate", "none".
    ``english``: in English whatever the installed language (for exports)."""
    chosen: Conventions | None = ENGLISH if english else None

    def said(text: str) -> str:
        return text if english else translate("Amendments", text)

    def label(member: Any) -> str:
        return member.english_label if english else member.label

    if kind is FieldKind.NEW_REACTION:
        if value is None:
            return said(_NOT_RECORDED)
        text = label(Severity(value["severity"]))
        return f"{text} — {value['note']}" if value.get("note") else text
    if value is None or value == [] or value == "":
        return said(
            {
                FieldKind.TEXT: _EMPTY,
                FieldKind.NOTES: _EMPTY,
                FieldKind.AFTERCARE: _NONE,
                FieldKind.NUMBING: _NONE,
                FieldKind.DATE: _NONE,
            }.get(kind, _NOT_RECORDED)
        )
    if kind is FieldKind.DEPTH:
        return depth_text(float(value), chosen)
    if kind is FieldKind.DURATION:
        return said(_MINUTES).format(minutes=value)
    if kind is FieldKind.ENDPOINT:
        return label(Endpoint(value))
    if kind is FieldKind.SEVERITY:
        return label(Severity(value))
    if kind is FieldKind.DATE:
        return date_text(date.fromisoformat(value), chosen)
    if kind is FieldKind.AFTERCARE:
        return ", ".join(label(Aftercare(item)) for item in value)
    if kind is FieldKind.NUMBING:
        return Numbing(value["agent"], value["strength"], value["minutes"]).describe()
    if kind in (FieldKind.TEXT, FieldKind.NOTES):
        return f"“{value}”"
    return str(value)


_NOT_RECORDED = translatable("Amendments", "not recorded")
_EMPTY = translatable("Amendments", "(empty)")
_NONE = translatable("Amendments", "none")
_MINUTES = translatable("Amendments", "{minutes} min")


def describe_value(kind: FieldKind, value: Any) -> str:
    """A Python value of a field, as shown (the current value in the amend form)."""
    return describe_json(kind, to_json(kind, value))


def amendment_texts(
    key: str, old_json: Any, new_json: Any, english: bool = False
) -> tuple[str, str]:
    kind = kind_of(key)
    return describe_json(kind, old_json, english), describe_json(kind, new_json, english)
