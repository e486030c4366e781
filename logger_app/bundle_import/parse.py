"""history.json (resources/export-schema.json) read back into the records of one client,
with the times and names they had in the logbook that exported them."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from ..records import (
    Amendment,
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    CourseDetails,
    Numbing,
    OtherTreatmentDetails,
    PhotoDetails,
    ProductLot,
    ProductUse,
    ReactionObservation,
    SafetyAcknowledgement,
    ScreeningDetails,
    SessionDetails,
)
from ..records.incoming import IncomingHistory, IncomingPhoto, IncomingSession, Stamped
from ..vocabulary import (
    Aftercare,
    Area,
    Concern,
    Device,
    Endpoint,
    Fitzpatrick,
    ObservedWhen,
    OtherTreatmentKind,
    PhotoAngle,
    PhotoKind,
    ProductRole,
    Reaction,
    Severity,
    SkinType,
)
from .reading import HISTORY, BundleError, ClientFolder

T = TypeVar("T")
_NO_CLIENT = 0  # the client's id here is given at the import


def when(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"a time without its offset: {text!r}")
    return moment


def maybe_when(text: str | None) -> datetime | None:
    return when(text) if text else None


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


ORIGIN = "logger-app bundle"


def client_source_id(client: dict[str, Any]) -> str:
    """Names the client in the logbook that exported them: their id and when they were
    added there (the audit head a bundle names changes with every export, so it cannot
    tell a client imported before; two logbooks hardly add a client of the same id in
    the same second)."""
    return f"client {client['id']} added {client['created_at']}"


def client_details(d: dict[str, Any]) -> ClientDetails:
    return ClientDetails(
        first_name=d["first_name"],
        last_name=d["last_name"],
        date_of_birth=day(d.get("date_of_birth")),
        phone=d.get("phone") or "",
        email=d.get("email") or "",
        fitzpatrick=Fitzpatrick(d["fitzpatrick"]) if d.get("fitzpatrick") else None,
        skin_type=SkinType(d["skin_type"]) if d.get("skin_type") else None,
        concerns=tuple(Concern(c) for c in d.get("concerns", ())),
        allergies=d.get("allergies") or "",
        medical_notes=d.get("medical_notes") or "",
        address=d.get("address") or "",  # absent in bundles made before they existed
        general_notes=d.get("general_notes") or "",
    )


def screening(d: dict[str, Any]) -> Stamped:
    flags = {
        key: bool(d[key])
        for key in ScreeningDetails.__dataclass_fields__
        if key in d and isinstance(d[key], bool)
    }
    details = ScreeningDetails(
        client_id=_NO_CLIENT,
        screened_on=date.fromisoformat(d["screened_on"]),
        isotretinoin_last_dose=day(d.get("isotretinoin_last_dose")),
        filler_on=day(d.get("filler_on")),
        neurotoxin_on=day(d.get("neurotoxin_on")),
        active_skin_condition_note=d.get("active_skin_condition_note") or "",
        notes=d.get("notes") or "",
        **flags,
    )
    return Stamped(d["id"], details, when(d["created_at"]))


def consent(d: dict[str, Any]) -> Stamped:
    png = d.get("signature_png")
    details = ConsentDetails(
        client_id=_NO_CLIENT,
        consent_version=d["consent_version"],
        signed_on=date.fromisoformat(d["signed_on"]),
        signature_png=base64.b64decode(png, validate=True) if png else None,
        typed_name=d.get("typed_name") or "",
    )
    return Stamped(d["id"], details, when(d["created_at"]))


def course(d: dict[str, Any]) -> Stamped:
    details = CourseDetails(
        client_id=_NO_CLIENT,
        planned_sessions=d["planned_sessions"],
        interval_days=d["interval_days"],
        started_on=date.fromisoformat(d["started_on"]),
        areas=tuple(Area(a) for a in d.get("areas", ())),
        notes=d.get("notes") or "",
    )
    return Stamped(
        d["id"], details, when(d["created_at"]), d.get("created_by") or "", day(d.get("ended_on"))
    )


def other_treatment(d: dict[str, Any]) -> Stamped:
    details = OtherTreatmentDetails(
        client_id=_NO_CLIENT,
        performed_on=date.fromisoformat(d["performed_on"]),
        kind=OtherTreatmentKind(d["kind"]),
        kind_detail=d.get("kind_detail") or "",
        notes=d.get("notes") or "",
        practitioner_name=d.get("practitioner") or "",
        products=tuple(ProductLot(p["product"], p.get("lot") or "") for p in d.get("products", ())),
    )
    return Stamped(
        d["id"],
        details,
        when(d["created_at"]),
        d.get("created_by") or "",
        source=d.get("source") or "",
    )


def amendment(d: dict[str, Any], session_id: int) -> Amendment:
    return Amendment(
        id=d["id"],
        session_id=session_id,
        field=d["field"],
        label=d["label"],
        old_value=d["old_value"],
        new_value=d["new_value"],
        old_text=d.get("old_text") or "",
        new_text=d.get("new_text") or "",
        reason=d["reason"],
        amended_by=d["amended_by"],
        amended_at=when(d["amended_at"]),
    )


def photo(d: dict[str, Any]) -> IncomingPhoto:
    return IncomingPhoto(
        sha256=d["sha256"],
        original_name=d.get("original_name") or "photo",
        details=PhotoDetails(
            kind=PhotoKind(d["kind"]),
            angle=PhotoAngle(d["angle"]),
            area=Area(d["area"]) if d.get("area") else None,
            note=d.get("note") or "",
            taken_at=maybe_when(d.get("taken_at")),
        ),
        width=d["width"],
        height=d["height"],
        byte_size=d["byte_size"],
        imported_at=when(d["imported_at"]),
        added_by=d.get("added_by"),
        added_after_signing=bool(d.get("added_after_signing")),
    )


def session(d: dict[str, Any]) -> IncomingSession:
    numbing = d.get("numbing")
    acknowledgements = tuple(
        SafetyAcknowledgement(a["code"], a["message"], when(a["acknowledged_at"]),
                              a.get("reason") or "")
        for a in d.get("acknowledgements", ())
    )  # fmt: skip
    details = SessionDetails(
        client_id=_NO_CLIENT,
        started_at=when(d["started_at"]),
        practitioner_name=d["practitioner"],
        device=Device(d["device"]),
        areas=tuple(
            AreaTreatment(Area(a["area"]), a["depth_mm"], a.get("passes"), a.get("note") or "")
            for a in d["areas"]
        ),
        cartridge=d.get("cartridge") or "",
        duration_minutes=d.get("duration_minutes"),
        numbing=Numbing(numbing["agent"], numbing.get("strength") or "", numbing.get("minutes"))
        if numbing
        else None,
        products=tuple(
            ProductUse(
                p["product"], p.get("lot") or "", day(p.get("expiry")), ProductRole(p["role"])
            )
            for p in d.get("products", ())
        ),
        endpoint=Endpoint(d["endpoint"]) if d.get("endpoint") else None,
        reactions=tuple(
            ReactionObservation(
                Reaction(r["reaction"]),
                Severity(r["severity"]),
                ObservedWhen(r["observed"]),
                r.get("note") or "",
            )
            for r in d.get("reactions", ())
        ),
        aftercare=tuple(Aftercare(a) for a in d.get("aftercare", ())),
        next_visit_due=day(d.get("next_visit_due")),
        notes=d.get("notes") or "",
        acknowledged=tuple(a.code for a in acknowledgements),
    )
    return IncomingSession(
        source_id=d["id"],
        details=details,
        created_at=when(d["created_at"]),
        updated_at=when(d["updated_at"]),
        acknowledgements=acknowledgements,
        signed_at=maybe_when(d.get("signed_at")),
        signed_by=d.get("signed_by") or "",
        amendments=tuple(amendment(a, d["id"]) for a in d.get("amendments", ())),
        photos=tuple(photo(p) for p in d.get("photos", ())),
    )


def _each(folder: ClientFolder, key: str, build: Callable[[dict[str, Any]], T]) -> tuple[T, ...]:
    items = []
    for position, item in enumerate(folder.document.get(key) or ()):
        try:
            items.append(build(item))
        except (KeyError, TypeError, ValueError) as error:
            raise BundleError(
                f"{folder.member(HISTORY)}: {key} item {position + 1} cannot be read "
                f"({type(error).__name__}: {error})."
            ) from None
    return tuple(items)


def incoming_history(folder: ClientFolder) -> IncomingHistory:
    """The client of ``folder`` as records (BundleError naming the part that is not
    what the export writes). Other treatments are optional (older bundles have none)."""
    document = folder.document
    c = document["client"]
    try:
        details = client_details(c)
        created_at, updated_at = when(c["created_at"]), when(c["updated_at"])
    except (KeyError, TypeError, ValueError) as error:
        raise BundleError(
            f"{folder.member(HISTORY)}: the client cannot be read ({type(error).__name__}: "
            f"{error})."
        ) from None
    texts = tuple(
        (item["consent_version"], item["consent_text"])
        for item in document.get("consents") or ()
        if isinstance(item, dict) and item.get("consent_text")
    )
    return IncomingHistory(
        origin=ORIGIN,
        source_id=client_source_id(c),
        client=details,
        created_at=created_at,
        updated_at=updated_at,
        archived=bool(c.get("archived")),
        screenings=_each(folder, "screenings", screening),
        consents=_each(folder, "consents", consent),
        consent_texts=tuple(dict(texts).items()),
        courses=_each(folder, "courses", course),
        other_treatments=_each(folder, "other_treatments", other_treatment),
        sessions=_each(folder, "sessions", session),
    )
