"""The clinic's details (name and phone for the client's sheets) and its consent texts
(a new version each time, every one kept), through the Logbook on both homes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from logger_app.errors import NotAllowedError, ValidationError
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, ClinicDetails, ConsentDetails, SafetySettings
from logger_app.store.migrations_day import CONSENT_TEXT_KEPT

from ...database_rules import raw_sql, refused_by_database
from ...signing import sign_in, sign_in_admin

pytestmark = pytest.mark.both_homes

TODAY = date(2025, 6, 2)


def test_clinic_details_are_blank_until_saved_then_read_back(logbook: Logbook) -> None:
    assert logbook.clinic_details() == ClinicDetails("", "")
    saved = logbook.save_clinic_details(ClinicDetails("  Skin & Co  ", " +44 20 7946 0000 "))
    assert saved == ClinicDetails("Skin & Co", "+44 20 7946 0000")
    assert logbook.clinic_details() == saved
    logbook.save_clinic_details(ClinicDetails("Skin & Co", ""))
    assert logbook.clinic_details() == ClinicDetails("Skin & Co", "")
    assert raw_sql(logbook, "SELECT count(*) FROM clinic_details") == [(1,)]


@pytest.mark.parametrize(
    ("details", "key"),
    [
        (ClinicDetails("x" * 201, ""), "name"),
        (ClinicDetails("Clinic", "call us"), "phone"),
        (ClinicDetails("Clinic", "0" * 51), "phone"),
        (ClinicDetails("Clinic", "<b>0207</b>"), "phone"),
        (ClinicDetails("Cli\x00nic", ""), "name"),
    ],
)
def test_clinic_details_are_validated(logbook: Logbook, details: ClinicDetails, key: str) -> None:
    with pytest.raises(ValidationError) as raised:
        logbook.save_clinic_details(details)
    assert list(raised.value.problems) == [key]
    assert logbook.clinic_details() == ClinicDetails()


def test_saving_clinic_details_is_audited_by_field_names_only(logbook: Logbook) -> None:
    before = logbook.audit_count()
    logbook.save_clinic_details(ClinicDetails("Skin & Co", "+44 20 7946 0000"))
    assert logbook.audit_count() == before + 1
    entry = logbook.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity) == ("update", "clinic_details")
    assert "Skin" not in entry.summary and entry.details == {"fields": ["name", "phone"]}


def test_consent_texts_keep_every_version_newest_first(logbook: Logbook) -> None:
    assert logbook.consent_texts() == [] and logbook.current_consent_text() is None
    first = logbook.save_consent_text(" 1 ", "I consent to microneedling.\n\nRisks: redness.")
    assert (first.version, first.body) == ("1", "I consent to microneedling.\n\nRisks: redness.")
    second = logbook.save_consent_text("2025-06", "I consent (second wording).")
    assert [t.version for t in logbook.consent_texts()] == ["2025-06", "1"]
    assert logbook.current_consent_text() == second
    assert logbook.consent_text("1") == first
    assert logbook.consent_text("3") is None
    # The safety settings follow: the existing check asks for the newer version.
    assert logbook.safety_settings().consent_version == "2025-06"


def test_saving_a_text_keeps_the_other_safety_settings(logbook: Logbook) -> None:
    logbook.save_safety_settings(SafetySettings(min_interval_same_area_weeks=3))
    logbook.save_consent_text("7", "Text seven.")
    assert logbook.safety_settings() == SafetySettings(
        min_interval_same_area_weeks=3, consent_version="7"
    )


def test_consent_on_the_older_version_is_flagged_once_a_new_text_is_saved(
    logbook: Logbook,
) -> None:
    client = logbook.add_client(ClientDetails("Nia", "Bell", date(1990, 4, 2)), today=TODAY)
    logbook.save_consent_text("1", "First wording.")
    logbook.add_consent(ConsentDetails(client.id, "1", TODAY, typed_name="Nia Bell"), TODAY)
    codes = {w.code for w in logbook.warnings_for_new_session(client.id, TODAY)}
    assert not any(code.startswith("consent") for code in codes)
    logbook.save_consent_text("2", "Second wording.")
    codes = {w.code for w in logbook.warnings_for_new_session(client.id, TODAY)}
    assert "consent_outdated" in codes


@pytest.mark.parametrize(
    ("version", "body", "key"),
    [
        ("", "Text.", "version"),
        ("v" * 51, "Text.", "version"),
        ("1", "   ", "body"),
        ("1", "x" * 100_001, "body"),
        ("1\x00", "Text.", "version"),
    ],
)
def test_a_consent_text_is_validated(logbook: Logbook, version: str, body: str, key: str) -> None:
    with pytest.raises(ValidationError) as raised:
        logbook.save_consent_text(version, body)
    assert list(raised.value.problems) == [key]
    assert logbook.consent_texts() == []
    assert logbook.safety_settings().consent_version == ""


def test_the_same_version_twice_is_a_field_error_and_nothing_changes(logbook: Logbook) -> None:
    kept = logbook.save_consent_text("1", "First wording.")
    before = logbook.audit_count()
    with pytest.raises(ValidationError) as raised:
        logbook.save_consent_text(" 1", "Another wording.")
    assert list(raised.value.problems) == ["version"]
    assert "saved already" in raised.value.problems["version"]
    assert logbook.consent_texts() == [kept]
    assert logbook.audit_count() == before


def test_saving_a_text_is_one_audit_entry_naming_the_version_not_the_text(
    logbook: Logbook,
) -> None:
    before = logbook.audit_count()
    saved = logbook.save_consent_text("4", "Secret wording.")
    assert logbook.audit_count() == before + 1
    entry = logbook.audit_entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("create", "consent_text", saved.id)
    assert entry.details == {"version": "4"} and "Secret" not in entry.summary


def test_a_saved_text_cannot_be_changed_or_deleted_in_the_database(logbook: Logbook) -> None:
    saved = logbook.save_consent_text("1", "First wording.")
    with refused_by_database(logbook, CONSENT_TEXT_KEPT):
        raw_sql(logbook, "UPDATE consent_texts SET body = 'changed' WHERE id = ?", [saved.id])
    with refused_by_database(logbook, CONSENT_TEXT_KEPT):
        raw_sql(logbook, "DELETE FROM consent_texts WHERE id = ?", [saved.id])
    assert logbook.consent_texts() == [saved]


def test_only_the_administrator_changes_clinic_details_and_consent_text(
    logbook: Logbook,
) -> None:
    sign_in_admin(logbook)
    sign_in(logbook, "Olu Brown")  # added by the administrator; not one
    with pytest.raises(NotAllowedError, match="administrator"):
        logbook.save_clinic_details(ClinicDetails("Clinic", ""))
    with pytest.raises(NotAllowedError, match="administrator"):
        logbook.save_consent_text("1", "Text.")
    assert logbook.clinic_details() == ClinicDetails() and logbook.consent_texts() == []
    sign_in_admin(logbook)
    assert logbook.save_consent_text("1", "Text.").created_by == logbook.actor


def test_texts_saved_within_one_second_list_in_the_order_saved(logbook: Logbook) -> None:
    for version in ("a", "b", "c"):
        logbook.save_consent_text(version, f"Text {version}.")
    assert [t.version for t in logbook.consent_texts()] == ["c", "b", "a"]
    assert all(t.created_at <= datetime.now(UTC) for t in logbook.consent_texts())
