"""Sessions kept on this workstation while the server was out of reach: written owner
only in the data folder's drafts/, read back exactly, gone once saved."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime
from pathlib import Path

from logger_app.local_drafts import (
    discard_local_draft,
    keep_local_draft,
    local_drafts,
)
from logger_app.records import (
    AreaTreatment,
    Numbing,
    ProductUse,
    ReactionObservation,
    SessionDetails,
)
from logger_app.vocabulary import (
    Aftercare,
    Area,
    Device,
    Endpoint,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
)

FULL = SessionDetails(
    client_id=7,
    started_at=datetime(2025, 5, 1, 10, 30, tzinfo=UTC),
    practitioner_name="Dr Jane Doe",
    device=Device.PEN,
    areas=(AreaTreatment(Area.FOREHEAD, 0.5, 3, "light"), AreaTreatment(Area.CHIN, 1.25)),
    cartridge="16-pin",
    duration_minutes=45,
    numbing=Numbing("Lidocaine", "5 %", 20),
    products=(ProductUse("HA serum", "HA-1", date(2026, 1, 31), ProductRole.GLIDE),),
    endpoint=Endpoint(next(iter(Endpoint)).value),
    reactions=(
        ReactionObservation(Reaction.ERYTHEMA, Severity.MILD, ObservedWhen.IMMEDIATELY_AFTER, "ok"),
    ),
    aftercare=tuple(Aftercare)[:2],
    next_visit_due=date(2025, 6, 1),
    notes="Ünïcode notes.",
    acknowledged=("no_screening",),
)


def test_a_kept_session_reads_back_exactly_and_is_owner_only(tmp_path: Path) -> None:
    path = keep_local_draft(tmp_path, FULL, session_id=12)
    assert path.parent == tmp_path / "drafts"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    [kept] = local_drafts(tmp_path)
    assert (kept.details, kept.session_id, kept.path) == (FULL, 12, path)


def test_unreadable_files_are_skipped_and_a_saved_one_goes(tmp_path: Path) -> None:
    assert local_drafts(tmp_path) == []
    keep_local_draft(tmp_path, FULL)
    (tmp_path / "drafts" / "session-1-bad.json").write_text("{not json")
    [kept] = local_drafts(tmp_path)
    assert kept.session_id is None
    discard_local_draft(kept)
    assert local_drafts(tmp_path) == []


def test_with_the_logbook_s_key_a_kept_session_is_encrypted_on_disk(tmp_path: Path) -> None:
    key, other = bytes(range(32)), bytes(32)
    path = keep_local_draft(tmp_path, FULL, 12, data_key=key)
    content = path.read_bytes()
    for typed in (b"Dr Jane Doe", b"16-pin", b"forehead", b"client_id"):
        assert typed not in content
    assert local_drafts(tmp_path) == []  # not offered to a window without the key
    assert local_drafts(tmp_path, other) == []  # nor with another logbook's
    (kept,) = local_drafts(tmp_path, key)
    assert kept.details == FULL and kept.session_id == 12
    # Changed in one byte: never read as something else.
    path.write_bytes(content[:-1] + bytes([content[-1] ^ 1]))
    assert local_drafts(tmp_path, key) == []


def test_the_reasons_typed_for_the_stops_are_kept_with_the_session(tmp_path: Path) -> None:
    reasons = {"no_screening": "Screened on paper ✓", "allergy_match.numbing": "Patch-tested"}
    key = bytes(range(32))
    keep_local_draft(tmp_path / "plain", FULL, reasons=reasons)
    path = keep_local_draft(tmp_path / "sealed", FULL, data_key=key, reasons=reasons)
    assert b"Patch-tested" not in path.read_bytes()
    [plain] = local_drafts(tmp_path / "plain")
    [sealed] = local_drafts(tmp_path / "sealed", key)
    assert plain.reasons == sealed.reasons == reasons


def test_a_session_kept_before_reasons_were_kept_reads_with_none(tmp_path: Path) -> None:
    path = keep_local_draft(tmp_path, FULL)
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["reasons"]  # as the first version of the file wrote it
    path.write_text(json.dumps(document), encoding="utf-8")
    [kept] = local_drafts(tmp_path)
    assert (kept.details, kept.reasons) == (FULL, {})
    document["reasons"] = {"no_screening": 3}  # not what this version writes: skipped
    path.write_text(json.dumps(document), encoding="utf-8")
    assert local_drafts(tmp_path) == []
