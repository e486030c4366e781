"""A logbook worth moving, and its bundles: signed sessions (one amended, one with a
photo added after signing), a draft, screenings, a consent with a drawn signature, an
other treatment, courses, address and general notes."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PIL import Image

from logger_app.export import export_all, export_client
from logger_app.logbook import Logbook
from logger_app.records import (
    ConsentDetails,
    OtherTreatmentDetails,
    PhotoDetails,
    ProductLot,
    ScreeningDetails,
)
from logger_app.vocabulary import OtherTreatmentKind, PhotoAngle, PhotoKind

from ...signing import sign_in
from ..export_data import NOW, ExportBook, build_export_book
from ..photo_files import picture, save


def signature_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (60, 20), (0, 0, 0, 0)).save(out, "PNG")
    return out.getvalue()


@dataclass(frozen=True)
class Source:
    book: ExportBook
    bundle: Path  # the first client's
    all_bundle: Path  # every client's


def build_source(data_dir: Path, work: Path) -> Source:
    book = build_export_book(data_dir, work / "sources")
    cid = book.client_id
    with Logbook.open(data_dir) as logbook:
        sign_in(logbook, "Dr Inès Mbeki")
        first, second, _draft = book.session_ids
        logbook.sign_session(first)
        logbook.sign_session(second)
        logbook.amend_session(second, "notes", "Corrected: tolerated well", "Typo in the notes")
        late = save(picture(200, 200, 7), work / "late.jpg", "JPEG")
        logbook.import_photos(first, [late], PhotoDetails(PhotoKind.AFTER, PhotoAngle.FRONT))
        client = logbook.client(cid)
        logbook.update_client(
            cid,
            replace(client.details, address="Rue des Fleurs 3\n1000 Lausanne",
                    general_notes="Prefers morning appointments"),
            today=NOW.date(),
        )  # fmt: skip
        logbook.add_screening(
            ScreeningDetails(cid, date(2025, 3, 1), herpes_history=True, notes="recheck"),
            today=date(2025, 3, 1),
        )
        logbook.add_consent(
            ConsentDetails(cid, "1", date(2025, 3, 1), signature_png(), "Zoë Ångström-Núñez"),
            today=date(2025, 3, 1),
        )
        logbook.add_other_treatment(
            OtherTreatmentDetails(
                cid, date(2024, 11, 5), OtherTreatmentKind.CHEMICAL_PEEL, "TCA 20 %",
                "Mild frosting", "Olu Brown RN", (ProductLot("TCA peel", "L-77"),),
            )
        )  # fmt: skip
        bundle = export_client(logbook, cid, "bundle", work / "zoe.zip")
        all_bundle = export_all(logbook, "bundle", work / "all.zip")
    return Source(book, bundle, all_bundle)
