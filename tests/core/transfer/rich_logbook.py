"""A small logbook holding every kind of record a copy must carry: signed and draft
sessions with every part, an amendment, photos before and after signing, a consent with
a drawn signature, courses, consent texts, the clinic's settings and details, and an
erased client's tombstone."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ClinicDetails,
    ConsentDetails,
    CourseDetails,
    PhotoDetails,
    ProductUse,
    ReactionObservation,
    SafetySettings,
    SessionDetails,
)
from logger_app.vocabulary import (
    Area,
    Device,
    ObservedWhen,
    PhotoAngle,
    PhotoKind,
    ProductRole,
    Reaction,
    Severity,
)

from ...screening_data import SCREENED_ON, put_on_file
from ...signing import sign_in
from ..photo_files import picture, save

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def signature_png() -> bytes:
    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).line([(10, 80), (90, 20), (180, 70), (290, 15)], fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _session(client_id: int, days_ago: int, **overrides: object) -> SessionDetails:
    fields: dict[str, object] = {
        "client_id": client_id,
        "started_at": NOW - timedelta(days=days_ago),
        "practitioner_name": "Dr Jane Doe",
        "device": Device.PEN,
        "areas": (AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.LEFT_CHEEK, 1.0, 4)),
        "reactions": (ReactionObservation(Reaction.ERYTHEMA, Severity.MILD, ObservedWhen.DURING),),
        "products": (ProductUse("HA serum", lot="LOT-7", role=ProductRole.GLIDE),),
        "notes": "Tolérance bonne ✓",
    }
    fields.update(overrides)
    return SessionDetails(**fields)  # type: ignore[arg-type]


def fill(book: Logbook, sources: Path) -> dict[str, int]:
    """Records of every kind in ``book``; the ids of a few, by name."""
    sign_in(book, "Dr Jane Doe")  # the administrator, who signs, amends and erases below
    ann = book.add_client(ClientDetails("Ann", "Smith", phone="555 0101"), today=NOW.date())
    bob = book.add_client(ClientDetails("Bob", "Jones", allergies="lidocaine"), today=NOW.date())
    zed = book.add_client(ClientDetails("Zed", "Gone"), today=NOW.date())
    for client in (ann, bob, zed):
        put_on_file(book, client.id)
    book.add_consent(
        ConsentDetails(ann.id, "2", SCREENED_ON, signature_png=signature_png()), today=SCREENED_ON
    )
    book.save_consent_text("1", "I consent to microneedling.\n\nRisks: redness, swelling ✓")
    book.save_consent_text("2", "I consent (second wording).")
    book.save_clinic_details(ClinicDetails("Skin & Co", "+44 20 7946 0000"))
    book.save_safety_settings(SafetySettings(filler_washout_weeks=6, consent_version=""))
    signed = book.record_session(_session(ann.id, 60), now=NOW, sign=True)
    bob_session = book.record_session(
        _session(bob.id, 40, acknowledged=("allergies",)), now=NOW, sign=True
    )
    draft = book.record_session(
        _session(ann.id, 20, areas=(AreaTreatment(Area.CHIN, 0.25),)), now=NOW
    )
    gone = book.record_session(_session(zed.id, 30), now=NOW, sign=True)
    photos = [save(picture(seed=seed), sources / f"photo-{seed}.jpg", "JPEG") for seed in (1, 2, 3)]
    before = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
    book.import_photos(draft.id, [photos[0]], before)
    book.import_photos(gone.id, [photos[1]], before)
    book.sign_session(draft.id)  # its photo was taken before signing
    book.import_photos(signed.id, [photos[2]], PhotoDetails(PhotoKind.AFTER, PhotoAngle.FRONT))
    book.amend_session(signed.id, "notes", "Amended note.", "typo in the notes")
    book.amend_session(bob_session.id, "areas.left_cheek.depth_mm", 1.5, "checked the chart")
    ended = book.start_course(CourseDetails(ann.id, 3, 28, NOW.date() - timedelta(days=90)))
    book.end_course(ended.id, NOW.date() - timedelta(days=70))
    book.start_course(CourseDetails(ann.id, 6, 42, NOW.date() - timedelta(days=60), (Area.NOSE,)))
    book.start_course(CourseDetails(zed.id, 4, 30, NOW.date() - timedelta(days=30)))  # erased
    book.erase_client(zed.id, "Zed Gone")
    return {"ann": ann.id, "bob": bob.id, "zed": zed.id, "signed": signed.id}
