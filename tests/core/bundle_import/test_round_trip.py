"""Export a bundle, import it into an empty logbook, export again: the same history."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from logger_app.bundle_import import import_bundle
from logger_app.export import export_client
from logger_app.logbook import Logbook

from ...signing import sign_in
from .bundle_data import Source

pytestmark = pytest.mark.both_homes

# What differs between two logbooks holding the same history.
_IDS = {"id", "session_id", "amendment_id"}
_HEADER = {"exported_at", "audit_head"}


def normalised(document: Any, top: bool = True) -> Any:
    """``document`` without ids, export times and the audit head; signatures kept as
    they were made (they name the other logbook's ids, which is their point)."""
    if isinstance(document, dict):
        return {
            key: normalised(value, False)
            for key, value in document.items()
            if key not in _IDS and not (top and key in _HEADER)
        }
    if isinstance(document, list):
        return [normalised(item, False) for item in document]
    return document


def history_of(bundle: Path) -> dict[str, Any]:
    with zipfile.ZipFile(bundle) as archive:
        return json.loads(archive.read("history.json"))


def photos_of(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("photos/")}


def test_export_import_export_gives_the_same_history_and_photos(
    source: Source, logbook: Logbook, tmp_path: Path
):
    sign_in(logbook, "Importing Admin")
    summary = import_bundle(logbook, source.bundle)
    [imported] = summary.clients
    before = history_of(source.bundle)
    # Other treatments are in the export since they exist (read when there).
    treatments = len(before.get("other_treatments", ()))
    assert (imported.sessions, imported.photos, imported.other_treatments) == (3, 4, treatments)
    assert (imported.signed, imported.verified) == (2, 2)
    again = export_client(logbook, imported.client_id, "bundle", tmp_path / "again.zip")

    after = history_of(again)
    # Signatures are carried only where this logbook made them; here none was made.
    for session in before["sessions"]:
        session.pop("signature", None)
        for amendment in session["amendments"]:
            amendment.pop("signature", None)
    for session in after["sessions"]:
        assert session.pop("signature") is None
        for amendment in session["amendments"]:
            assert amendment.pop("signature") is None
    assert normalised(after) == normalised(before)
    assert photos_of(again) == photos_of(source.bundle)
