"""Screenings, consents, the clinic's safety settings and the acknowledgements saved with a
session, through the Logbook and against the database's own checks."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image, ImageDraw

from logger_app.errors import NotAllowedError, NotFoundError, ValidationError
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    PractitionerDetails,
    SafetySettings,
    ScreeningDetails,
)
from logger_app.store import schema_steps
from logger_app.validation import MAX_SIGNATURE_BYTES
from logger_app.verification.report import SealStatus
from logger_app.vocabulary import Area

from ...database_rules import (
    CHECK,
    FOREIGN_KEY,
    file_only,
    foreign_key_targets,
    on_server,
    refused_by_database,
    strict,
    type_of,
)
from ...signing import sign_in, sign_in_admin

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

REASONS = {
    "no_screening": "Screened on paper at the front desk.",
    "consent_missing": "Paper consent signed.",
}

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
STAMP = "2025-05-01T10:00:00+00:00"
NEW_TABLES = ("screenings", "consents", "safety_settings", "session_acknowledgements")


def signature_png(width: int = 300, height: int = 100) -> bytes:
    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).line([(10, 80), (90, 20), (180, 70), (290, 15)], fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def new_client(logbook: Logbook):
    """A client with nothing on file: no screening, no consent."""
    return logbook.add_client(ClientDetails("Nia", "Bell", date(1990, 4, 2)), today=TODAY)


def set_licence(logbook: Logbook, name: str, max_depth_mm: float | None) -> None:
    """A practitioner profile with a licensed maximum depth (the administrator's to give)."""
    sign_in_admin(logbook)
    logbook.add_practitioner(PractitionerDetails(name, max_depth_mm=max_depth_mm))


# Schema


@file_only  # STRICT is SQLite's; a PostgreSQL column always holds its declared type.
def test_the_schema_step_adds_strict_tables(logbook: Logbook) -> None:
    assert "m005_screening_and_safety" in schema_steps()
    for table in NEW_TABLES:
        sql = logbook._db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()[0]
        assert sql.rstrip().endswith("STRICT"), table


# Screenings


def test_a_screening_keeps_every_answer(logbook: Logbook, new_client) -> None:
    details = ScreeningDetails(
        client_id=new_client.id,
        screened_on=date(2025, 5, 20),
        isotretinoin_last_dose=date(2024, 12, 1),
        pregnant_or_breastfeeding=True,
        anticoagulants_or_bleeding=True,
        active_skin_condition=True,
        active_skin_condition_note="Rosacea, both cheeks",
        keloid_history=True,
        herpes_history=True,
        antiviral_prophylaxis=True,
        filler_on=date(2025, 4, 2),
        neurotoxin_on=date(2025, 5, 1),
        chemo_or_malignancy=True,
        metal_or_anaesthetic_allergy=True,
        notes="Takes aspirin daily.",
    )
    saved = logbook.add_screening(details, today=TODAY)
    assert saved.details == details
    assert saved.created_at.tzinfo is not None
    assert logbook.screenings_of(new_client.id) == [saved]
    assert logbook.latest_screening(new_client.id) == saved


def test_the_latest_screening_on_or_before_a_day(logbook: Logbook, new_client) -> None:
    first = logbook.add_screening(ScreeningDetails(new_client.id, date(2025, 1, 5)), TODAY)
    second = logbook.add_screening(ScreeningDetails(new_client.id, date(2025, 5, 5)), TODAY)
    again = logbook.add_screening(ScreeningDetails(new_client.id, date(2025, 5, 5)), TODAY)
    assert logbook.screenings_of(new_client.id) == [again, second, first]
    assert logbook.latest_screening(new_client.id) == again
    assert logbook.latest_screening(new_client.id, date(2025, 5, 4)) == first
    assert logbook.latest_screening(new_client.id, date(2025, 1, 4)) is None


@pytest.mark.parametrize(
    ("changes", "key", "message"),
    [
        ({"screened_on": date(2025, 6, 3)}, "screened_on", "cannot be after today"),
        ({"screened_on": date(1989, 1, 1)}, "screened_on", "before the client's date of birth"),
        (
            {"isotretinoin_last_dose": date(2025, 6, 1)},
            "isotretinoin_last_dose",
            "The last dose cannot be after the screening date.",
        ),
        (
            {"isotretinoin_last_dose": date(1980, 1, 1)},
            "isotretinoin_last_dose",
            "The last dose is before the client's date of birth.",
        ),
        ({"filler_on": date(2025, 5, 21)}, "filler_on", "after the screening date"),
        ({"neurotoxin_on": date(2025, 5, 21)}, "neurotoxin_on", "after the screening date"),
        ({"antiviral_prophylaxis": True}, "antiviral_prophylaxis", "only with a history"),
        ({"notes": "x" * 10_001}, "notes", "under 10000 characters"),
    ],
)
def test_a_screening_that_cannot_be_true_is_refused(
    logbook: Logbook, new_client, changes, key, message
) -> None:
    fields = {"client_id": new_client.id, "screened_on": date(2025, 5, 20)} | changes
    with pytest.raises(ValidationError) as raised:
        logbook.add_screening(ScreeningDetails(**fields), today=TODAY)
    assert list(raised.value.problems) == [key]
    assert message in raised.value.problems[key]
    assert logbook.screenings_of(new_client.id) == []


def test_a_screening_of_an_unknown_client_is_refused(logbook: Logbook) -> None:
    with pytest.raises(NotFoundError):
        logbook.add_screening(ScreeningDetails(999, TODAY), today=TODAY)
    with pytest.raises(NotFoundError):
        logbook.screenings_of(999)


# Consents


def test_a_drawn_signature_is_stored_and_read_back_byte_for_byte(
    logbook: Logbook, new_client, data_dir, database_url
) -> None:
    png = signature_png()
    details = ConsentDetails(new_client.id, "2", date(2025, 5, 20), signature_png=png)
    saved = logbook.add_consent(details, today=TODAY)
    assert saved.details == details
    logbook.close()
    with Logbook.open(data_dir, database_url=database_url) as again:
        [stored] = again.consents_of(new_client.id)
        assert stored.details.signature_png == png
        assert Image.open(io.BytesIO(stored.details.signature_png)).size == (300, 100)
        column = type_of(again, "signature_png")
        kind = again._db.execute(f"SELECT {column} FROM consents").fetchone()[0]
        assert kind == ("bytea" if on_server(again) else "blob")


def test_a_consent_with_a_typed_name_or_both(logbook: Logbook, new_client) -> None:
    typed = logbook.add_consent(
        ConsentDetails(new_client.id, " 1 ", date(2025, 1, 2), typed_name=" Nia Bell "), TODAY
    )
    assert (typed.details.consent_version, typed.details.typed_name) == ("1", "Nia Bell")
    assert typed.details.signature_png is None
    both = logbook.add_consent(
        ConsentDetails(new_client.id, "2", date(2025, 5, 2), signature_png(), "Nia Bell"), TODAY
    )
    assert logbook.latest_consent(new_client.id) == both
    assert logbook.latest_consent(new_client.id, date(2025, 5, 1)) == typed
    assert logbook.consents_of(new_client.id) == [both, typed]


@pytest.mark.parametrize(
    ("changes", "key", "message"),
    [
        ({"signature_png": None, "typed_name": "  "}, "signature", "Sign in the box"),
        ({"signature_png": b"GIF89a not a png"}, "signature", "not a PNG image"),
        (
            {"signature_png": b"\x89PNG\r\n\x1a\n" + b"0" * MAX_SIGNATURE_BYTES},
            "signature",
            "larger than 512 KB",
        ),
        ({"consent_version": " "}, "consent_version", "Enter the version"),
        ({"consent_version": "v" * 51}, "consent_version", "under 50 characters"),
        ({"signed_on": date(2025, 6, 3)}, "signed_on", "cannot be after today"),
        ({"signed_on": date(1980, 6, 3)}, "signed_on", "before the client's date of birth"),
    ],
)
def test_a_consent_that_is_not_one_is_refused(
    logbook: Logbook, new_client, changes, key, message
) -> None:
    fields = {
        "client_id": new_client.id,
        "consent_version": "1",
        "signed_on": date(2025, 5, 20),
        "signature_png": signature_png(),
    } | changes
    with pytest.raises(ValidationError) as raised:
        logbook.add_consent(ConsentDetails(**fields), today=TODAY)
    assert list(raised.value.problems) == [key]
    assert message in raised.value.problems[key]
    assert logbook.consents_of(new_client.id) == []


# The database's own checks (rows written directly, bypassing the validation)


def _screening_row(client: int, **changes) -> dict:
    return {
        "client_id": client,
        "screened_on": "2025-05-20",
        "created_at": STAMP,
    } | changes


def _consent_row(client: int, **changes) -> dict:
    return {
        "client_id": client,
        "consent_version": "1",
        "signed_on": "2025-05-20",
        "signature_png": signature_png(),
        "created_at": STAMP,
    } | changes


@pytest.mark.parametrize(
    ("table", "changes", "error"),
    [
        ("screenings", {"screened_on": "20 May 2025"}, CHECK),
        ("screenings", {"isotretinoin_last_dose": "2025-05-21"}, CHECK),
        ("screenings", {"filler_on": "2025-05-21"}, CHECK),
        ("screenings", {"keloid_history": 2}, CHECK),
        ("screenings", {"antiviral_prophylaxis": 1}, CHECK),
        ("screenings", {"keloid_history": "yes"}, strict("INTEGER")),
        ("screenings", {"client_id": 999}, FOREIGN_KEY),
        ("consents", {"signature_png": None}, CHECK),
        ("consents", {"signature_png": b"GIF89a-not-a-png"}, CHECK),
        ("consents", {"signature_png": b"\x89PNG\r\n\x1a\n" + b"0" * 524_288}, CHECK),
        ("consents", {"consent_version": "  "}, CHECK),
        ("consents", {"signed_on": "yesterday"}, CHECK),
    ],
)
def test_the_database_refuses_bad_rows(logbook: Logbook, new_client, table, changes, error) -> None:
    row = (_screening_row if table == "screenings" else _consent_row)(new_client.id, **changes)
    with refused_by_database(logbook, error):
        logbook._db[table].insert(row)


@file_only  # PostgreSQL reads text given for a BYTEA column as bytes (then the PNG check).
def test_a_text_signature_is_refused_by_the_strict_column(logbook: Logbook, new_client) -> None:
    with refused_by_database(logbook, strict("BLOB")):
        logbook._db["consents"].insert(_consent_row(new_client.id, signature_png="text"))


def test_the_database_accepts_the_rows_the_checks_are_about(logbook: Logbook, new_client) -> None:
    logbook._db["screenings"].insert(
        _screening_row(new_client.id, herpes_history=1, antiviral_prophylaxis=1)
    )
    logbook._db["consents"].insert(
        _consent_row(new_client.id, signature_png=None, typed_name="Nia Bell")
    )
    assert len(logbook.screenings_of(new_client.id)) == 1
    assert len(logbook.consents_of(new_client.id)) == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"id": 2},
        {"isotretinoin_washout_months": 25},
        {"filler_washout_weeks": -1},
        {"neurotoxin_washout_weeks": 27},
        {"min_interval_same_area_weeks": 27},
        {"screening_valid_months": 0},
        {"consent_version": "v" * 51},
    ],
)
def test_the_database_refuses_settings_out_of_range(logbook: Logbook, changes) -> None:
    row = {
        "id": 1,
        "isotretinoin_washout_months": 6,
        "filler_washout_weeks": 4,
        "neurotoxin_washout_weeks": 2,
        "min_interval_same_area_weeks": 4,
        "screening_valid_months": 6,
        "updated_at": STAMP,
    } | changes
    with refused_by_database(logbook, CHECK):
        logbook._db["safety_settings"].insert(row)


def test_an_acknowledgement_needs_a_well_formed_code(logbook: Logbook, client, make_session):
    session = logbook.record_session(make_session(client.id), now=NOW)
    row = {
        "session_id": session.id,
        "position": 0,
        "code": "Interval Left Cheek",
        "message": "x",
        "acknowledged_at": STAMP,
    }
    with refused_by_database(logbook, CHECK):
        logbook._db["session_acknowledgements"].insert(row)


# Settings


def test_settings_are_the_defaults_until_saved(logbook: Logbook) -> None:
    assert logbook.safety_settings() == SafetySettings()
    assert SafetySettings() == SafetySettings(6, 4, 2, 4, 6, "")


def test_settings_are_saved_in_the_logbook_for_every_workstation(
    data_dir, database_url, logbook: Logbook
):
    chosen = SafetySettings(
        isotretinoin_washout_months=12,
        filler_washout_weeks=2,
        neurotoxin_washout_weeks=0,
        min_interval_same_area_weeks=6,
        screening_valid_months=12,
        consent_version=" 2026-03 ",
    )
    saved = logbook.save_safety_settings(chosen)
    assert saved.consent_version == "2026-03"
    with Logbook.open(data_dir, database_url=database_url) as other_workstation:
        assert other_workstation.safety_settings() == saved
    again = logbook.save_safety_settings(SafetySettings())
    assert again == SafetySettings() == logbook.safety_settings()
    assert logbook._db["safety_settings"].count == 1


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"isotretinoin_washout_months": 25}, "isotretinoin_washout_months"),
        ({"filler_washout_weeks": -1}, "filler_washout_weeks"),
        ({"screening_valid_months": 0}, "screening_valid_months"),
        ({"min_interval_same_area_weeks": 27}, "min_interval_same_area_weeks"),
        ({"consent_version": "v" * 51}, "consent_version"),
    ],
)
def test_settings_out_of_range_are_refused(logbook: Logbook, changes, key) -> None:
    with pytest.raises(ValidationError) as raised:
        logbook.save_safety_settings(SafetySettings(**changes))
    assert list(raised.value.problems) == [key]
    assert logbook.safety_settings() == SafetySettings()


def test_only_the_administrator_changes_the_safety_rules(logbook: Logbook) -> None:
    sign_in_admin(logbook)
    sign_in(logbook, "Olu Brown")  # added by the administrator; not one
    with pytest.raises(NotAllowedError, match="administrator"):
        logbook.save_safety_settings(SafetySettings(min_interval_same_area_weeks=1))
    logbook.sign_out()
    with pytest.raises(NotAllowedError, match="administrator"):
        logbook.save_safety_settings(SafetySettings(min_interval_same_area_weeks=1))
    assert logbook.safety_settings() == SafetySettings()
    sign_in_admin(logbook)
    assert logbook.save_safety_settings(SafetySettings(min_interval_same_area_weeks=1)) == (
        logbook.safety_settings()
    )


# Warnings at the point of care


def test_warnings_for_a_new_client_and_once_screened(logbook: Logbook, new_client) -> None:
    day = date(2025, 5, 20)
    codes = [w.code for w in logbook.warnings_for_new_session(new_client.id, day)]
    assert codes == ["no_screening", "consent_missing"]
    logbook.add_screening(ScreeningDetails(new_client.id, day, keloid_history=True), TODAY)
    logbook.add_consent(ConsentDetails(new_client.id, "1", day, typed_name="Nia Bell"), TODAY)
    codes = [w.code for w in logbook.warnings_for_new_session(new_client.id, day)]
    assert codes == ["contraindication.keloid"]
    # Before that screening and consent, they were not on file.
    earlier = [w.code for w in logbook.warnings_for_new_session(new_client.id, date(2025, 5, 19))]
    assert earlier == ["no_screening", "consent_missing"]


def test_warnings_follow_the_settings(logbook: Logbook, client, make_session) -> None:
    logbook.record_session(make_session(client.id), now=NOW)  # forehead, 1 May
    on = datetime(2025, 5, 20, 10, tzinfo=UTC)
    assert [w.code for w in logbook.warnings_for_new_session(client.id, on)] == [
        "interval.forehead"
    ]
    sign_in_admin(logbook)  # the session made Dr Jane Doe the logbook's first profile
    logbook.save_safety_settings(SafetySettings(min_interval_same_area_weeks=2))
    assert logbook.warnings_for_new_session(client.id, on) == []
    logbook.save_safety_settings(SafetySettings(screening_valid_months=1))
    assert [w.code for w in logbook.warnings_for_new_session(client.id, on)] == [
        "screening_old",
        "interval.forehead",
    ]


def test_warnings_for_today_by_default(logbook: Logbook, new_client) -> None:
    codes = [w.code for w in logbook.warnings_for_new_session(new_client.id)]
    assert codes == ["no_screening", "consent_missing"]
    with pytest.raises(NotFoundError):
        logbook.warnings_for_new_session(999)


# Recording a session: acknowledgements and licence


def test_a_session_not_acknowledging_every_warning_is_refused(
    logbook: Logbook, new_client, make_session, row_counts
) -> None:
    before = row_counts()
    with pytest.raises(ValidationError) as raised:
        logbook.record_session(make_session(new_client.id), now=NOW)
    assert raised.value.problems == {
        "acknowledged.no_screening": "Not acknowledged: No screening on file: ask about "
        "contraindications and record a screening before treating.",
        "acknowledged.consent_missing": "Not acknowledged: No signed consent to treatment on file.",
    }
    with pytest.raises(ValidationError) as raised:
        logbook.record_session(
            make_session(new_client.id, acknowledged=("consent_missing",)), now=NOW
        )
    # Both are stops: the one acknowledged still needs its reason.
    assert list(raised.value.problems) == [
        "acknowledged.no_screening",
        "acknowledged.consent_missing.reason",
    ]
    assert row_counts() == before
    assert logbook._db["session_acknowledgements"].count == 0


def test_acknowledgements_are_saved_with_the_session(
    logbook: Logbook, new_client, make_session
) -> None:
    details = make_session(new_client.id, acknowledged=("no_screening", "consent_missing"))
    session = logbook.record_session(details, now=NOW, reasons=REASONS)
    assert session.details == details
    assert [(a.code, a.message, a.reason) for a in session.acknowledgements] == [
        (
            "no_screening",
            "No screening on file: ask about contraindications and record a screening "
            "before treating.",
            "Screened on paper at the front desk.",
        ),
        ("consent_missing", "No signed consent to treatment on file.", "Paper consent signed."),
    ]
    assert all(a.acknowledged_at == session.created_at for a in session.acknowledgements)
    assert logbook.session(session.id) == session
    assert logbook.sessions_of(new_client.id) == [session]


def test_acknowledgements_are_saved_in_the_session_transaction(
    logbook: Logbook, new_client, make_session, row_counts, monkeypatch
) -> None:
    table_type = type(logbook._db["session_acknowledgements"])
    original = table_type.insert_all

    def insert_all(self, records, *args, **kwargs):
        if self.name == "session_acknowledgements":
            raise OSError("disk full")
        return original(self, records, *args, **kwargs)

    monkeypatch.setattr(table_type, "insert_all", insert_all)
    before = row_counts()
    details = make_session(new_client.id, acknowledged=("no_screening", "consent_missing"))
    with pytest.raises(OSError, match="disk full"):
        logbook.record_session(details, now=NOW, reasons=REASONS)
    assert row_counts() == before  # no session, no area, no practitioner left behind


def test_a_stop_needs_its_reason_and_a_signed_session_with_reasons_verifies(
    logbook: Logbook, new_client, make_session
) -> None:
    details = make_session(new_client.id, acknowledged=("no_screening", "consent_missing"))
    with pytest.raises(ValidationError) as raised:
        logbook.record_session(details, now=NOW, reasons={"no_screening": "On paper."})
    assert list(raised.value.problems) == ["acknowledged.consent_missing.reason"]
    review = logbook.review_session(details, NOW, reasons={"consent_missing": " "})
    assert set(review.problems) == {
        "acknowledged.no_screening.reason",
        "acknowledged.consent_missing.reason",
    }
    sign_in_admin(logbook)
    signed = logbook.record_session(details, now=NOW, reasons=REASONS, sign=True)
    assert [a.reason for a in signed.acknowledgements] == list(REASONS.values())
    assert logbook.session_seal(signed.id).status is SealStatus.VERIFIED
    assert logbook.verify_records().ok
    # A draft rewritten keeps the reasons given then.
    draft = logbook.record_session(
        replace(details, started_at=NOW - timedelta(days=1)), now=NOW, reasons=REASONS
    )
    again = logbook.update_draft_session(
        draft.id, replace(draft.details, notes="Later."), now=NOW, reasons=REASONS
    )
    assert [a.reason for a in again.acknowledgements] == list(REASONS.values())


def test_codes_that_do_not_apply_are_not_saved(logbook: Logbook, client, make_session) -> None:
    session = logbook.record_session(
        make_session(client.id, acknowledged=("interval.chin", "no_screening")), now=NOW
    )
    assert session.acknowledgements == ()
    assert session.details.acknowledged == ()


def test_the_warnings_are_those_of_the_session_day(logbook: Logbook, client, make_session) -> None:
    # The fixture's client is screened from 2 Jan 2025: a session typed in afterwards
    # for 20 Dec 2024 meets no screening then.
    old = make_session(client.id, started_at=datetime(2024, 12, 20, 10, tzinfo=UTC))
    with pytest.raises(ValidationError) as raised:
        logbook.record_session(old, now=NOW)
    assert set(raised.value.problems) == {
        "acknowledged.no_screening",
        "acknowledged.consent_missing",
    }
    # A session 10 days after another on the same area; not one 10 days before it.
    logbook.record_session(make_session(client.id), now=NOW)  # 1 May, forehead
    later = make_session(client.id, started_at=datetime(2025, 5, 11, 10, tzinfo=UTC))
    with pytest.raises(ValidationError) as raised:
        logbook.record_session(later, now=NOW)
    assert list(raised.value.problems) == ["acknowledged.interval.forehead"]
    earlier = make_session(client.id, started_at=datetime(2025, 4, 21, 10, tzinfo=UTC))
    assert logbook.record_session(earlier, now=NOW).acknowledgements == ()


def test_history_and_imports_are_recorded_without_the_point_of_care_checks(
    logbook: Logbook, new_client, make_session
) -> None:
    session = logbook.record_session(make_session(new_client.id), now=NOW, enforce_safety=False)
    assert session.acknowledgements == ()
    set_licence(logbook, "Olu Brown", 0.5)
    deep = make_session(
        new_client.id,
        practitioner_name="Olu Brown",
        areas=(AreaTreatment(Area.LEFT_CHEEK, 1.5),),
        acknowledged=("no_screening",),
    )
    kept = logbook.record_session(deep, now=NOW, enforce_safety=False)
    assert [a.code for a in kept.acknowledgements] == ["no_screening"]


def test_a_depth_above_the_licensed_maximum_is_refused_next_to_its_field(
    logbook: Logbook, client, make_session, row_counts
) -> None:
    set_licence(logbook, "Olu Brown", 1.0)
    before = row_counts()
    details = make_session(
        client.id,
        practitioner_name="Olu Brown",
        areas=(AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.LEFT_CHEEK, 1.25)),
    )
    with pytest.raises(ValidationError) as raised:
        logbook.record_session(details, now=NOW)
    assert raised.value.problems == {
        "areas.1.depth_mm": "1.25 mm is above Olu Brown's licensed maximum of 1 mm."
    }
    assert row_counts() == before
    at_limit = make_session(
        client.id, practitioner_name="Olu Brown", areas=(AreaTreatment(Area.LEFT_CHEEK, 1.0),)
    )
    assert logbook.record_session(at_limit, now=NOW).id > 0
    # No limit recorded (NULL), or a practitioner new to the logbook: no limit.
    unlimited = make_session(
        client.id,
        practitioner_name="Dr Jane Doe",
        started_at=datetime(2025, 5, 30, 10, tzinfo=UTC),
        areas=(AreaTreatment(Area.RIGHT_CHEEK, 2.5),),
    )
    assert logbook.record_session(unlimited, now=NOW).id > 0


def test_a_depth_out_of_range_keeps_its_own_message(logbook: Logbook, client, make_session):
    set_licence(logbook, "Olu Brown", 1.0)
    details = make_session(
        client.id, practitioner_name="Olu Brown", areas=(AreaTreatment(Area.CHIN, 3.5),)
    )
    with pytest.raises(ValidationError) as raised:
        logbook.record_session(details, now=NOW)
    assert raised.value.problems == {"areas.0.depth_mm": "Depth must be between 0.1 and 3.0 mm."}


def test_a_depth_above_the_usual_range_is_saved_with_its_confirmation(
    logbook: Logbook, client, make_session
) -> None:
    details = make_session(
        client.id,
        areas=(AreaTreatment(Area.PERIORBITAL, 0.75),),
        acknowledged=("depth_above_usual.periorbital",),
    )
    session = logbook.record_session(details, now=NOW)
    [confirmation] = session.acknowledgements
    assert confirmation.code == "depth_above_usual.periorbital"
    assert confirmation.message == "Periorbital 0.75 mm is above the usual 0.25–0.5 mm."
    # The core does not ask: unconfirmed, it is saved all the same.
    plain = make_session(
        client.id,
        started_at=datetime(2025, 5, 30, 10, tzinfo=UTC),
        areas=(AreaTreatment(Area.NOSE, 0.75),),
    )
    assert logbook.record_session(plain, now=NOW).acknowledgements == ()


def test_screenings_and_consents_go_with_their_client_row(logbook: Logbook, new_client):
    logbook.add_screening(ScreeningDetails(new_client.id, TODAY - timedelta(days=1)), TODAY)
    logbook.add_consent(ConsentDetails(new_client.id, "1", TODAY, typed_name="N B"), TODAY)
    foreign_keys = {
        table: foreign_key_targets(logbook, table) for table in ("screenings", "consents")
    }
    assert foreign_keys == {"screenings": ["clients"], "consents": ["clients"]}


def test_a_logbook_of_the_previous_version_is_upgraded(data_dir) -> None:
    import sqlite_utils

    from logger_app.store.database import APPLICATION_ID, DATABASE_FILENAME
    from logger_app.store.migrations import migrations

    data_dir.mkdir()
    db = sqlite_utils.Database(data_dir / DATABASE_FILENAME)
    migrations.apply(db, stop_before="m005_screening_and_safety")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["practitioners"].insert({"id": 1, "name": "Maya", "created_at": STAMP})
    db["clients"].insert(
        {"id": 7, "first_name": "Ann", "last_name": "Lee", "created_at": STAMP, "updated_at": STAMP}
    )
    db["sessions"].insert(
        {
            "id": 3,
            "client_id": 7,
            "practitioner_id": 1,
            "started_at": STAMP,
            "device": "pen",
            "created_at": STAMP,
            "updated_at": STAMP,
        }
    )
    db["session_areas"].insert({"session_id": 3, "position": 0, "area": "chin", "depth_mm": 1.0})
    db.close()

    with Logbook.open(data_dir) as logbook:
        assert set(NEW_TABLES) <= set(logbook._db.table_names())
        session = logbook.session(3)
        assert session.acknowledgements == () and session.details.acknowledged == ()
        assert logbook.safety_settings() == SafetySettings()
        assert logbook.latest_screening(7) is None
        codes = [w.code for w in logbook.warnings_for_new_session(7, date(2025, 5, 10))]
        assert codes == ["no_screening", "consent_missing", "interval.chin"]
    assert (data_dir / "backups" / "before-migration").is_dir()  # copied aside first
