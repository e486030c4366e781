"""A session sealed at its import from another logbook says so, in its record and in
the Verify dialog: not "sealed at the upgrade", which it never went through."""

from __future__ import annotations

from datetime import UTC, datetime

from logger_app.verification.report import SealStatus, SessionSeal, VerificationReport
from ui.session.session_seal import seal_line
from ui.verification.verify_dialog import summary_text

SIGNED = datetime(2025, 3, 4, 10, 0, tzinfo=UTC)


def test_the_record_of_an_imported_session_says_it_was_sealed_at_the_import() -> None:
    imported = seal_line(SessionSeal(1, SealStatus.SEALED, "Maya", SIGNED, sealed_at_import=True))
    assert "imported (sealed at the import; unchanged since)" in imported
    assert "upgrade" not in imported
    upgraded = seal_line(SessionSeal(2, SealStatus.SEALED, "Maya", SIGNED))
    assert "sealed at the upgrade" in upgraded


def test_the_verify_summary_tells_the_upgrade_and_the_import_apart() -> None:
    report = VerificationReport(
        sessions_verified=4,
        sessions_sealed=3,
        sessions_sealed_at_import=2,
        imported_verified=2,
        imported_known_keys=0,
    )
    text = summary_text(report)
    assert "4 signed sessions verified, 1 sealed at the upgrade (signed before)" in text
    assert (
        "2 sealed at their import from another logbook (2 with their signatures there "
        "holding, 0 of those with keys this logbook knows)"
    ) in text
