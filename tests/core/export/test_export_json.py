"""The history read model and the JSON export, validated against the published schema."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from logger_app import __version__
from logger_app.errors import NotFoundError
from logger_app.export import ExportCancelled, export_all, export_client, load_history
from logger_app.export.json_export import json_document
from logger_app.logbook import Logbook
from logger_app.vocabulary import (
    Aftercare,
    Area,
    Concern,
    Device,
    Endpoint,
    ObservedWhen,
    OtherTreatmentKind,
    PhotoAngle,
    PhotoKind,
    ProductRole,
    Reaction,
    SkinType,
)

from ..export_data import (
    AWKWARD_NOTE,
    NAME,
    SESSIONS,
    STOP_REASON,
    ExportBook,
    build_export_book,
)


@pytest.fixture
def book(data_dir: Path, tmp_path: Path) -> ExportBook:
    return build_export_book(data_dir, tmp_path / "sources")


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(files("resources").joinpath("export-schema.json").read_text("utf-8"))


def validate(document: dict, schema: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)


def test_history_holds_sessions_oldest_first_with_their_photos(book: ExportBook) -> None:
    with Logbook.open(book.data_dir) as logbook:
        history = load_history(logbook, book.client_id)
    assert [r.session.id for r in history.sessions] == list(book.session_ids)
    assert [len(r.photos) for r in history.sessions] == [2, 0, 1]
    assert {p.name for p in history.practitioners} == {"Olu Brown RN", "Dr Inès Mbeki"}
    assert [s.details.screened_on.isoformat() for s in history.screenings] == ["2025-01-02"]
    assert [c.details.consent_version for c in history.consents] == ["1"]
    assert [c.details.started_on.isoformat() for c in history.courses] == [
        "2024-06-01", "2025-01-10",
    ]  # fmt: skip
    assert history.amendments == ()
    assert history.generated_at.utcoffset().total_seconds() == 0
    assert history.app_version == __version__


def test_unknown_client_is_not_found(book: ExportBook, tmp_path: Path) -> None:
    with Logbook.open(book.data_dir) as logbook, pytest.raises(NotFoundError):
        export_client(logbook, 999, "json", tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_json_export_is_complete_and_valid(book: ExportBook, tmp_path: Path, schema) -> None:
    out = tmp_path / "history.json"
    with Logbook.open(book.data_dir) as logbook:
        assert export_client(logbook, book.client_id, "json", out) == out
    document = json.loads(out.read_text(encoding="utf-8"))
    validate(document, schema)
    assert document["format_version"] == 1
    assert document["generator"] == {"name": "logger-app", "version": __version__}
    assert document["exported_at"].endswith("+00:00")
    client = document["client"]
    assert (client["first_name"], client["last_name"]) == NAME
    assert client["date_of_birth"] == "1984-07-09"
    assert client["fitzpatrick"] == 4
    assert client["concerns"] == ["acne_scars", "texture"]
    sessions = document["sessions"]
    assert [s["started_at"][:10] for s in sessions] == [day.isoformat() for day, _ in SESSIONS]
    assert sessions[0]["started_at"] == "2025-01-10T12:00:00+00:00"
    for session, (_, areas) in zip(sessions, SESSIONS, strict=True):
        assert [(a["area"], a["depth_mm"], a["passes"]) for a in session["areas"]] == [
            (area.value, depth, passes) for area, depth, passes in areas
        ]
    second = sessions[1]
    assert second["device"] == "rf"
    assert second["notes"] == AWKWARD_NOTE
    assert second["reactions"][1] == {
        "reaction": "swelling",
        "label": "Swelling",
        "severity": 2,
        "severity_label": "Moderate",
        "observed": "follow_up",
        "note": "day 2",
    }
    assert second["products"][1] == {
        "role": "other",
        "product": "Saline",
        "lot": "S-9",
        "expiry": None,
    }
    assert second["products"][0]["expiry"] == "2026-01-31"
    assert second["numbing"] == {"agent": "Lidocaine cream", "strength": "5 %", "minutes": 30}
    assert sessions[2]["numbing"] is None
    assert second["aftercare"] == ["spf", "no_makeup"]
    photo = sessions[0]["photos"][0]
    assert photo["file"] == f"photos/{photo['sha256']}.jpg"
    assert (photo["kind"], photo["angle"], photo["area"]) == ("before", "front", "forehead")
    assert photo["taken_at"] == "2025-01-10T12:30:00+00:00"
    assert (photo["width"], photo["height"]) == (400, 300)
    assert sessions[2]["photos"][0]["area"] is None
    assert document["amendments"] == []
    [screening] = document["screenings"]
    assert screening["screened_on"] == "2025-01-02"
    assert screening["isotretinoin_last_dose"] is None and screening["herpes_history"] is False
    [consent] = document["consents"]
    assert (consent["consent_version"], consent["signed_on"]) == ("1", "2025-01-02")
    assert consent["signature_png"] is None and consent["typed_name"] == "Signed in full"
    allergies, stop = sessions[0]["acknowledgements"]
    assert (allergies["code"], allergies["reason"]) == ("allergies", "")
    assert allergies["message"] == "Allergies on file: Lidocaine (hives)."
    assert (stop["code"], stop["reason"]) == ("allergy_match.numbing", STOP_REASON)
    ended, current = document["courses"]
    assert (ended["started_on"], ended["ended_on"], ended["planned_sessions"]) == (
        "2024-06-01", "2024-09-01", 3,
    )  # fmt: skip
    assert current == current | {
        "planned_sessions": 6,
        "interval_days": 35,
        "areas": ["scar_site", "left_cheek"],
        "notes": "Scars; cheeks first",
        "started_on": "2025-01-10",
        "ended_on": None,
    }
    assert current["created_at"].endswith("+00:00") and isinstance(current["id"], int)


def test_json_keeps_accents_readable(book: ExportBook, tmp_path: Path) -> None:
    out = tmp_path / "history.json"
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, "json", out)
    assert "Ångström-Núñez" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["sessions"][0]["areas"][0].update(depth_mm=3.5),
        lambda d: d["sessions"][0]["reactions"][0].update(severity=4),
        lambda d: d["sessions"][0]["areas"][0].update(area="elbow"),
        lambda d: d["sessions"][0].update(started_at="2025-01-10 12:00"),
        lambda d: d["sessions"][0].pop("practitioner"),
        lambda d: d["client"].update(nickname="Zo"),
        lambda d: d.update(format_version=2),
        lambda d: d.update(clients=[]),
        lambda d: d["screenings"].append({"date": "2025-01-01"}),
        lambda d: d["courses"][1].update(planned_sessions=0),
        lambda d: d["courses"][1].update(areas=["nose", "nose"]),
        lambda d: d.pop("courses"),
    ],
    ids=[
        "depth-too-deep",
        "severity-4",
        "unknown-area",
        "time-without-offset",
        "missing-field",
        "extra-field",
        "format-version",
        "both-shapes",
        "invented-screening",
        "course-of-no-session",
        "course-area-twice",
        "courses-missing",
    ],
)
def test_schema_refuses_a_broken_document(book: ExportBook, schema, breakage) -> None:
    with Logbook.open(book.data_dir) as logbook:
        document = json_document(load_history(logbook, book.client_id))
    validate(document, schema)  # sound before it is broken
    breakage(document)
    with pytest.raises(jsonschema.ValidationError):
        validate(document, schema)


def test_schema_lists_exactly_the_vocabulary(schema) -> None:
    """A value added to the vocabulary must be added to the published schema too."""
    defs = schema["$defs"]
    session = defs["session"]["properties"]

    def values(node: dict) -> set:
        return {value for value in node["enum"] if value is not None}

    assert values(defs["area"]) == set(Area.values())
    assert values(session["device"]) == set(Device.values())
    assert values(session["endpoint"]) == set(Endpoint.values())
    assert values(session["aftercare"]["items"]) == set(Aftercare.values())
    assert values(defs["reaction"]["properties"]["reaction"]) == set(Reaction.values())
    assert values(defs["reaction"]["properties"]["observed"]) == set(ObservedWhen.values())
    assert values(defs["product"]["properties"]["role"]) == set(ProductRole.values())
    assert values(defs["photo"]["properties"]["kind"]) == set(PhotoKind.values())
    assert values(defs["photo"]["properties"]["angle"]) == set(PhotoAngle.values())
    assert values(defs["client"]["properties"]["skin_type"]) == set(SkinType.values())
    assert values(defs["client"]["properties"]["concerns"]["items"]) == set(Concern.values())
    assert values(defs["otherTreatment"]["properties"]["kind"]) == set(OtherTreatmentKind.values())


def test_export_of_every_client_is_one_valid_document(
    book: ExportBook, tmp_path: Path, schema
) -> None:
    out = tmp_path / "all.json"
    seen: list[tuple[int, int]] = []
    with Logbook.open(book.data_dir) as logbook:
        export_all(logbook, "json", out, progress=lambda d, t: seen.append((d, t)))
    document = json.loads(out.read_text(encoding="utf-8"))
    validate(document, schema)
    assert seen == [(1, 2), (2, 2)]
    clients = document["clients"]
    assert [c["client"]["id"] for c in clients] == [book.client_id, book.other_client_id]
    assert [len(c["sessions"]) for c in clients] == [3, 1]
    assert clients[1]["client"]["last_name"] == "O'Brien"
    # One client per line: the file is written (and can be read) client by client.
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 + len(clients)


def test_cancelled_export_writes_nothing(book: ExportBook, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    with Logbook.open(book.data_dir) as logbook, pytest.raises(ExportCancelled):
        export_all(logbook, "json", out, cancel=lambda: True)
    assert list(tmp_path.glob("*.json")) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_existing_file_is_replaced_whole(book: ExportBook, tmp_path: Path) -> None:
    out = tmp_path / "history.json"
    out.write_text("old", encoding="utf-8")
    with Logbook.open(book.data_dir) as logbook:
        export_client(logbook, book.client_id, "json", out)
    assert json.loads(out.read_text(encoding="utf-8"))["format_version"] == 1


def test_screenings_consents_and_signatures_in_the_json(data_dir: Path, schema) -> None:
    import base64
    from datetime import date

    from logger_app.records import ClientDetails, ConsentDetails, ScreeningDetails

    from ..safety.test_screenings_store import signature_png

    png = signature_png()
    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("Nia", "Bell", date(1990, 4, 2)))
        logbook.add_screening(
            ScreeningDetails(
                client.id,
                date(2025, 3, 1),
                isotretinoin_last_dose=date(2024, 6, 1),
                herpes_history=True,
                active_skin_condition=True,
                active_skin_condition_note="Acne, chin",
            )
        )
        logbook.add_screening(ScreeningDetails(client.id, date(2025, 5, 1)))
        logbook.add_consent(ConsentDetails(client.id, "2", date(2025, 3, 1), png, "Nia Bell"))
        document = json_document(load_history(logbook, client.id))
    validate(document, schema)
    first, second = document["screenings"]  # oldest first
    assert (first["screened_on"], second["screened_on"]) == ("2025-03-01", "2025-05-01")
    assert first["isotretinoin_last_dose"] == "2024-06-01"
    assert first["active_skin_condition_note"] == "Acne, chin" and first["herpes_history"]
    [consent] = document["consents"]
    assert base64.b64decode(consent["signature_png"]) == png
    assert consent["typed_name"] == "Nia Bell"


def test_each_consent_carries_the_text_of_its_version(data_dir: Path, schema) -> None:
    """The text the client read is in the export, by the version signed: an older
    consent keeps its older text; a version with no kept text says null."""
    from datetime import date

    from logger_app.records import ClientDetails, ConsentDetails

    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("Nia", "Bell", date(1990, 4, 2)))
        logbook.add_consent(ConsentDetails(client.id, "0", date(2025, 2, 1), None, "Nia Bell"))
        logbook.save_consent_text("1", "First wording: <b>risks</b>.")
        logbook.add_consent(ConsentDetails(client.id, "1", date(2025, 3, 1), None, "Nia Bell"))
        logbook.save_consent_text("2", "Second wording.")
        logbook.add_consent(ConsentDetails(client.id, "2", date(2025, 5, 1), None, "Nia Bell"))
        document = json_document(load_history(logbook, client.id))
    validate(document, schema)
    texts = [(c["consent_version"], c["consent_text"]) for c in document["consents"]]
    assert texts == [
        ("0", None),
        ("1", "First wording: <b>risks</b>."),
        ("2", "Second wording."),
    ]
