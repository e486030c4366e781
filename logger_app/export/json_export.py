"""The complete history as JSON: the open, documented format (resources/export-schema.json).

Vocabulary values appear as they are stored (``"left_cheek"``, never a label that may be
reworded), with human labels beside them where a reader needs them; times are ISO 8601
in UTC with their offset, dates ISO 8601. The header's ``time_zone`` names the clinic's
zone: the one a date-only record (an other treatment) is a day in.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..amendments import amendment_texts
from ..logbook import Logbook
from ..records import (
    Amendment,
    AuditHead,
    Client,
    Consent,
    Course,
    OtherTreatment,
    Photo,
    Practitioner,
    Screening,
    Session,
    StoredSignature,
)
from .history import (
    GENERATOR_NAME,
    ClientHistory,
    SessionRecord,
    clinic_export_zone,
    load_history,
)
from .output import Cancel, Progress, atomic_output, check_cancel, never, photo_member
from .zone import computer_zone

FORMAT_VERSION = 1


def iso_time(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def iso_date(day: date | None) -> str | None:
    return day.isoformat() if day else None


def header(
    generated_at: datetime,
    app_version: str,
    audit_head: AuditHead | None,
    time_zone: str | None = None,
) -> dict[str, Any]:
    """``audit_head``: the audit log's newest entry as ``"ID:SHA256"`` when exported
    (null for an empty log): ``verify --expect-head`` checks a logbook still holds it.
    ``time_zone``: the clinic's zone name (None: this computer's)."""
    return {
        "format_version": FORMAT_VERSION,
        "generator": {"name": GENERATOR_NAME, "version": app_version},
        "exported_at": iso_time(generated_at),
        "audit_head": audit_head.as_text() if audit_head else None,
        "time_zone": time_zone if time_zone is not None else computer_zone().name,
    }


def client_json(client: Client) -> dict[str, Any]:
    d = client.details
    return {
        "id": client.id,
        "first_name": d.first_name,
        "last_name": d.last_name,
        "date_of_birth": iso_date(d.date_of_birth),
        "phone": d.phone,
        "email": d.email,
        "fitzpatrick": int(d.fitzpatrick) if d.fitzpatrick else None,
        "skin_type": d.skin_type.value if d.skin_type else None,
        "concerns": [concern.value for concern in d.concerns],
        "allergies": d.allergies,
        "medical_notes": d.medical_notes,
        "address": d.address,
        "general_notes": d.general_notes,
        "archived": client.archived,
        "created_at": iso_time(client.created_at),
        "updated_at": iso_time(client.updated_at),
    }


def practitioner_json(practitioner: Practitioner) -> dict[str, Any]:
    return {
        "id": practitioner.id,
        "name": practitioner.name,
        "credentials": practitioner.credentials,
        "max_depth_mm": practitioner.max_depth_mm,
    }


def photo_json(photo: Photo) -> dict[str, Any]:
    return {
        "id": photo.id,
        "file": photo_member(photo.sha256),
        "sha256": photo.sha256,
        "original_name": photo.original_name,
        "kind": photo.kind.value,
        "angle": photo.angle.value,
        "area": photo.area.value if photo.area else None,
        "taken_at": iso_time(photo.taken_at),
        "width": photo.width,
        "height": photo.height,
        "byte_size": photo.byte_size,
        "note": photo.note,
        "imported_at": iso_time(photo.imported_at),
        "added_by": photo.added_by,
        "added_after_signing": photo.added_after_signing,
    }


def session_json(session: Session, photos: tuple[Photo, ...]) -> dict[str, Any]:
    d = session.details
    return {
        "id": session.id,
        "started_at": iso_time(d.started_at),
        "duration_minutes": d.duration_minutes,
        "practitioner": d.practitioner_name,
        "device": d.device.value,
        "cartridge": d.cartridge,
        "areas": [
            {
                "area": a.area.value,
                "label": a.area.english_label,
                "depth_mm": a.depth_mm,
                "passes": a.passes,
                "note": a.note,
            }
            for a in d.areas
        ],
        "numbing": (
            {"agent": d.numbing.agent, "strength": d.numbing.strength, "minutes": d.numbing.minutes}
            if d.numbing
            else None
        ),
        "products": [
            {"role": p.role.value, "product": p.product, "lot": p.lot, "expiry": iso_date(p.expiry)}
            for p in d.products
        ],
        "endpoint": d.endpoint.value if d.endpoint else None,
        "reactions": [
            {
                "reaction": r.reaction.value,
                "label": r.reaction.english_label,
                "severity": int(r.severity),
                "severity_label": r.severity.english_label,
                "observed": r.observed.value,
                "note": r.note,
            }
            for r in d.reactions
        ],
        "aftercare": [item.value for item in d.aftercare],
        "next_visit_due": iso_date(d.next_visit_due),
        "notes": d.notes,
        "created_at": iso_time(session.created_at),
        "updated_at": iso_time(session.updated_at),
        "signed_at": iso_time(session.signed_at),
        "signed_by": session.signed_by or None,
        "amendments": [amendment_json(amendment) for amendment in session.amendments],
        "acknowledgements": [
            {
                "code": a.code,
                "message": a.message,
                "acknowledged_at": iso_time(a.acknowledged_at),
                "reason": a.reason,
            }
            for a in session.acknowledgements
        ],
        "photos": [photo_json(photo) for photo in photos],
    }


_SCREENING_DATES = ("isotretinoin_last_dose", "filler_on", "neurotoxin_on")
_SCREENING_FLAGS = (
    "pregnant_or_breastfeeding",
    "anticoagulants_or_bleeding",
    "active_skin_condition",
    "keloid_history",
    "herpes_history",
    "antiviral_prophylaxis",
    "chemo_or_malignancy",
    "metal_or_anaesthetic_allergy",
)


def screening_json(screening: Screening) -> dict[str, Any]:
    d = screening.details
    return (
        {"id": screening.id, "screened_on": iso_date(d.screened_on)}
        | {key: iso_date(getattr(d, key)) for key in _SCREENING_DATES}
        | {key: getattr(d, key) for key in _SCREENING_FLAGS}
        | {
            "active_skin_condition_note": d.active_skin_condition_note,
            "notes": d.notes,
            "created_at": iso_time(screening.created_at),
        }
    )


def consent_json(consent: Consent, text: str | None = None) -> dict[str, Any]:
    """``text``: the consent text of its version, as kept by the logbook."""
    d = consent.details
    png = d.signature_png
    return {
        "id": consent.id,
        "consent_version": d.consent_version,
        "signed_on": iso_date(d.signed_on),
        "typed_name": d.typed_name,
        "signature_png": base64.b64encode(png).decode("ascii") if png else None,
        "created_at": iso_time(consent.created_at),
        "consent_text": text,
    }


def other_treatment_json(treatment: OtherTreatment) -> dict[str, Any]:
    """A peel, laser, facial...: ``performed_on`` is a day in the clinic's zone."""
    d = treatment.details
    return {
        "id": treatment.id,
        "performed_on": iso_date(d.performed_on),
        "kind": d.kind.value,
        "kind_label": d.kind.english_label,
        "kind_detail": d.kind_detail,
        "notes": d.notes,
        "practitioner": d.practitioner_name,
        "products": [{"product": p.product, "lot": p.lot} for p in d.products],
        "source": treatment.source,
        "created_at": iso_time(treatment.created_at),
        "created_by": treatment.created_by,
    }


def course_json(course: Course) -> dict[str, Any]:
    """A course of treatment as planned: so many sessions, so many days apart."""
    d = course.details
    return {
        "id": course.id,
        "planned_sessions": d.planned_sessions,
        "interval_days": d.interval_days,
        "areas": [area.value for area in d.areas],
        "notes": d.notes,
        "started_on": iso_date(d.started_on),
        "ended_on": iso_date(course.ended_on),
        "created_at": iso_time(course.created_at),
        "created_by": course.created_by,
    }


def amendment_json(amendment: Amendment) -> dict[str, Any]:
    """A correction of the signed session: the session's fields above hold the new
    value; ``old_value`` is what was signed (or amended before)."""
    old_text, new_text = amendment_texts(
        amendment.field, amendment.old_value, amendment.new_value, english=True
    )
    return {
        "id": amendment.id,
        "field": amendment.field,
        "label": amendment.label,
        "old_value": amendment.old_value,
        "new_value": amendment.new_value,
        # English whatever the window speaks: the export is read by programs.
        "old_text": old_text,
        "new_text": new_text,
        "reason": amendment.reason,
        "amended_by": amendment.amended_by,
        "amended_at": iso_time(amendment.amended_at),
    }


def history_json(history: ClientHistory) -> dict[str, Any]:
    """One client's history without the document header: an item of ``"clients"``."""
    return {
        "client": client_json(history.client),
        "practitioners": [practitioner_json(p) for p in history.practitioners],
        "screenings": [screening_json(s) for s in history.screenings],
        "consents": [
            consent_json(c, history.consent_text(c.details.consent_version))
            for c in history.consents
        ],
        "courses": [course_json(c) for c in history.courses],
        "amendments": list(history.amendments),
        "sessions": [_record_json(record, history) for record in history.sessions],
        "other_treatments": [other_treatment_json(t) for t in history.other_treatments],
    }


def _record_json(record: SessionRecord, history: ClientHistory) -> dict[str, Any]:
    document = session_json(record.session, record.photos)
    add_signatures(document, history)
    return document


def add_signatures(document: dict[str, Any], history: ClientHistory) -> None:
    """The session's ``"signature"`` and each amendment's (null: none kept, e.g. signed
    before signatures existed): enough for another logbook to check them."""
    keys = dict(history.public_keys)
    own = [s for s in history.signatures if s.session_id == document["id"]]
    by_amendment = {s.amendment_id: s for s in own if s.amendment_id is not None}
    first = next((s for s in own if s.amendment_id is None), None)
    document["signature"] = signature_json(first, keys) if first else None
    for amendment in document["amendments"]:
        signature = by_amendment.get(amendment["id"])
        amendment["signature"] = signature_json(signature, keys) if signature else None


def signature_json(signature: StoredSignature, keys: dict[int, bytes]) -> dict[str, Any]:
    """A kept signature: what it covers (see logger_app/identity/documents.py), the
    Ed25519 signature and the signer's public key, base64."""
    key = keys.get(signature.key_id)
    head = signature.audit_head
    return {
        "signer": signature.signer,
        "signed_at": signature.signed_at.astimezone(UTC).isoformat(),
        "meaning": signature.meaning,
        "record_sha256": signature.record_sha256,
        "amends_sha256": signature.amends_sha256,
        "audit_head": head.as_text() if head else None,
        "signature": base64.b64encode(signature.signature).decode("ascii"),
        "public_key": base64.b64encode(key).decode("ascii") if key else None,
        "public_key_sha256": hashlib.sha256(key).hexdigest() if key else None,
    }


def json_document(history: ClientHistory) -> dict[str, Any]:
    head = header(history.generated_at, history.app_version, history.audit_head, history.zone.name)
    return head | history_json(history)


def write_json(history: ClientHistory, path: Path, data_dir: Path | None = None) -> Path:
    """The client's history as one indented JSON document, written whole or not at all
    (``data_dir``: the logbook's, where the temporary file is registered)."""
    with (
        atomic_output(path, data_dir) as temp,
        temp.open("w", encoding="utf-8", newline="\n") as out,
    ):
        json.dump(json_document(history), out, ensure_ascii=False, indent=2)
        out.write("\n")
    return Path(path)


def export_all_json(
    logbook: Logbook,
    path: Path,
    progress: Progress | None = None,
    cancel: Cancel = never,
) -> Path:
    """Every client (archived ones too) in one document, ``{"clients": [...]}``.

    Streamed: one history is loaded, written as one line and dropped before the next, so
    memory does not grow with the logbook."""
    generated_at = datetime.now(UTC).replace(microsecond=0)
    client_ids = logbook.client_ids()
    practitioners = logbook.practitioners()
    total = len(client_ids)
    audit_head = logbook.audit_head()
    zone = clinic_export_zone(logbook)
    head = json.dumps(header(generated_at, __version__, audit_head, zone.name), ensure_ascii=False)
    with (
        atomic_output(path, logbook.data_dir) as temp,
        temp.open("w", encoding="utf-8", newline="\n") as out,
    ):
        out.write(head[:-1] + ', "clients": [')
        for done, client_id in enumerate(client_ids, start=1):
            check_cancel(cancel)
            history = load_history(
                logbook,
                client_id,
                generated_at=generated_at,
                practitioners=practitioners,
                audit_head=audit_head,
                zone=zone,
            )
            out.write("\n" if done == 1 else ",\n")
            out.write(json.dumps(history_json(history), ensure_ascii=False))
            if progress is not None:
                progress(done, total)
        out.write("\n]}\n")
    return Path(path)
