"""A small logbook worth exporting: accents, awkward notes, several depths, photos.

Times are at midday UTC, so the local date is the same in every time zone the tests
may run in (UTC−11 to UTC+11).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    CourseDetails,
    Numbing,
    PhotoDetails,
    ProductUse,
    ReactionObservation,
    SessionDetails,
)
from logger_app.vocabulary import (
    Aftercare,
    Area,
    Concern,
    Device,
    Endpoint,
    Fitzpatrick,
    ObservedWhen,
    PhotoAngle,
    PhotoKind,
    ProductRole,
    Reaction,
    Severity,
    SkinType,
)

from ..logbook_template import new_logbook
from ..screening_data import put_on_file
from .photo_files import picture, save

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
NAME = ("Zoë", "Ångström-Núñez")
# (date, areas with depth and passes): what the exports must show.
COURSE_AREAS = (Area.SCAR_SITE, Area.LEFT_CHEEK)
SESSIONS = (
    (date(2025, 1, 10), ((Area.FOREHEAD, 0.25, 2), (Area.LEFT_CHEEK, 1.25, 4))),
    (date(2025, 2, 14),
     ((Area.SCAR_SITE, 2.5, 6), (Area.RIGHT_CHEEK, 1.5, 3), (Area.NECK, 0.5, None))),
    (date(2025, 3, 21), ((Area.PERIORBITAL, 0.35, 1),)),
)  # fmt: skip
AWKWARD_NOTE = 'Client said "much better", asked; to note:\nsecond line, with a comma'


@dataclass(frozen=True)
class ExportBook:
    data_dir: Path
    client_id: int
    other_client_id: int
    session_ids: tuple[int, ...]
    photo_hashes: tuple[str, ...]


STOP_REASON = "Patch test negative; her GP agrees."
ACKNOWLEDGED = {True: ("allergies", "allergy_match.numbing"), False: ("allergies",)}


def _session(
    client_id: int, day: date, areas, index: int, acknowledged: tuple[str, ...] = ()
) -> SessionDetails:
    return SessionDetails(
        client_id=client_id,
        started_at=datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC),
        practitioner_name="Dr Inès Mbeki" if index else "Olu Brown RN",
        device=Device.PEN if index != 1 else Device.RF,
        areas=tuple(AreaTreatment(a, depth, passes, f"note {index}") for a, depth, passes in areas),
        cartridge="36-pin",
        duration_minutes=45,
        numbing=Numbing("Lidocaine cream", "5 %", 30) if index != 2 else None,
        products=(
            ProductUse("Hyaluronic acid serum", f"HA-{index}", date(2026, 1, 31)),
            ProductUse("Saline", "S-9", None, ProductRole.OTHER),
        ),
        endpoint=Endpoint.UNIFORM_PINPOINT_BLEEDING,
        reactions=(
            ReactionObservation(Reaction.ERYTHEMA, Severity.MODERATE, ObservedWhen.DURING),
            ReactionObservation(
                Reaction.SWELLING, Severity(index + 1), ObservedWhen.FOLLOW_UP, "day 2"
            ),
        ),
        aftercare=(Aftercare.SPF, Aftercare.NO_MAKEUP),
        next_visit_due=date(2025, 7, 1),
        notes=AWKWARD_NOTE if index == 1 else "",
        acknowledged=acknowledged,
    )  # fmt: skip


def build_export_book(data_dir: Path, work: Path) -> ExportBook:
    """The logbook on disk (closed again): one client with three sessions and three
    photos (two in the first session, one in the last), and a second client."""
    work.mkdir(parents=True, exist_ok=True)
    with new_logbook(data_dir) as book:
        client = book.add_client(
            ClientDetails(
                *NAME,
                date_of_birth=date(1984, 7, 9),
                email="zoe@example.com",
                fitzpatrick=Fitzpatrick.IV,
                skin_type=SkinType.COMBINATION,
                concerns=(Concern.ACNE_SCARS, Concern.TEXTURE),
                allergies="Lidocaine (hives)",
                medical_notes="Herpes labialis history;\nantiviral before sessions.",
            ),
            today=NOW.date(),
        )
        other = book.add_client(ClientDetails("Chloé", "O'Brien"), today=NOW.date())
        put_on_file(book, client.id)
        put_on_file(book, other.id)
        # Her allergies are shown before every session: acknowledged; the lidocaine
        # numbing matches one of them, a stop gone on with its reason.
        ids = [
            book.record_session(
                _session(client.id, day, areas, i, ACKNOWLEDGED[i != 2]),
                now=NOW,
                reasons={"allergy_match.numbing": STOP_REASON},
            ).id
            for i, (day, areas) in enumerate(SESSIONS)
        ]
        book.record_session(_session(other.id, date(2025, 5, 5), SESSIONS[0][1], 0), now=NOW)
        files = [save(picture(400, 300, seed), work / f"p{seed}.jpg", "JPEG") for seed in (1, 2)]
        taken = datetime(2025, 1, 10, 12, 30, tzinfo=UTC)
        details = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT, Area.FOREHEAD, taken_at=taken)
        book.import_photos(ids[0], files, details)
        late = save(picture(300, 400, 3), work / "p3.jpg", "JPEG")
        book.import_photos(ids[2], [late], PhotoDetails(PhotoKind.FOLLOW_UP, PhotoAngle.LEFT_45))
        hashes = tuple(p.sha256 for p in book.photos_of_client(client.id))
        earlier = book.start_course(CourseDetails(client.id, 3, 42, date(2024, 6, 1)))
        book.end_course(earlier.id, date(2024, 9, 1))
        book.start_course(
            CourseDetails(client.id, 6, 35, date(2025, 1, 10), COURSE_AREAS, "Scars; cheeks first")
        )
    return ExportBook(data_dir, client.id, other.id, tuple(ids), hashes)


# Some fonts draw "fi", "fl", ... as one ligature glyph, which extracts as U+FB01 etc.
_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def pdf_text(page_text: str) -> str:
    """A page's extracted text with white space folded and ligatures spelled out."""
    return " ".join(page_text.translate(str.maketrans(_LIGATURES)).split())
