"""Signed sessions keep their proof: checked against the bundle, sealed here, and the
imported record with its ids there hashes to what the signer signed."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import pytest

from logger_app.bundle_import import BundleError, import_bundle
from logger_app.identity.canonical import record_hash
from logger_app.identity.documents import record_document
from logger_app.logbook import Logbook
from logger_app.verification import SealStatus

from ...signing import sign_in
from .bundle_data import Source
from .rewrite import rewrite_history

pytestmark = pytest.mark.both_homes


def test_signed_sessions_verify_and_are_sealed_here(source: Source, logbook: Logbook):
    sign_in(logbook, "Importing Admin")
    [imported] = import_bundle(logbook, source.bundle).clients
    report = logbook.verify_records()
    assert report.findings == []
    assert report.sessions_sealed == 2 and report.sessions_verified == 0
    assert report.sessions_sealed_at_import == 2  # not "at the upgrade"
    # The signatures made there still hold; their keys are not this logbook's.
    assert (report.imported_verified, report.imported_known_keys) == (2, 0)
    [entry] = [e for e in logbook.audit_entries(limit=50) if e.action == "import"]
    assert entry.client_id == imported.client_id
    for key, seal in entry.details["sealed"].items():
        session = logbook.session(int(key))
        assert logbook.session_seal(session.id).status is SealStatus.SEALED
        assert logbook.session_seal(session.id).sealed_at_import
        proof = seal["proof"]
        assert proof["verified"] is True
        assert proof["keys_known_here"] is False  # the signer's key stayed there
        assert base64.b64decode(proof["signature"]["public_key"])
        # The record as imported, with its ids there: exactly what was signed.
        photos = [p.sha256 for p in logbook.photos_of_session(session.id)
                  if not p.added_after_signing]  # fmt: skip
        document = record_document(session, photos)
        document["session_id"] = proof["source_session_id"]
        document["record"]["client_id"] = proof["source_client_id"]
        assert record_hash(document) == proof["record_sha256_there"]
    assert len(entry.details["sealed"]) == 2


def test_a_record_changed_after_signing_is_refused(source: Source, logbook: Logbook, tmp_path):
    def change(document: dict) -> None:
        signed = next(s for s in document["sessions"] if s["signature"])
        signed["areas"][0]["depth_mm"] = 2.0

    bundle = rewrite_history(source.bundle, tmp_path / "changed.zip", change)
    sign_in(logbook, "Importing Admin")
    with pytest.raises(BundleError, match=r"history.json: session \d+ was changed after"):
        import_bundle(logbook, bundle)
    assert logbook.client_count() == 0


def test_a_forged_signature_is_refused(source: Source, logbook: Logbook, tmp_path: Path):
    def forge(document: dict) -> None:
        signed = next(s for s in document["sessions"] if s["signature"])
        signed["signature"]["signed_at"] = "2025-01-01T00:00:00+00:00"

    bundle = rewrite_history(source.bundle, tmp_path / "forged.zip", forge)
    sign_in(logbook, "Importing Admin")
    with pytest.raises(BundleError, match="does not hold"):
        import_bundle(logbook, bundle)
    assert logbook.client_count() == 0


def test_exported_signatures_name_key_and_record(source: Source):
    with zipfile.ZipFile(source.bundle) as archive:
        document = json.loads(archive.read("history.json"))
    signed = [s for s in document["sessions"] if s["signed_at"]]
    assert len(signed) == 2 and all(s["signature"]["public_key"] for s in signed)
    [amended] = [s for s in signed if s["amendments"]]
    [amendment] = amended["amendments"]
    assert amendment["signature"]["amends_sha256"] == amended["signature"]["record_sha256"]
    draft = next(s for s in document["sessions"] if not s["signed_at"])
    assert draft["signature"] is None


def test_where_the_signer_s_key_is_known_verify_says_so(source: Source):
    # Back into the logbook it came from, as a new client: the signer's key is known here.
    with Logbook.open(source.book.data_dir) as logbook:
        sign_in(logbook, "Dr Inès Mbeki")
        [imported] = import_bundle(logbook, source.bundle, as_new=True).clients
        assert imported.keys_known == 2
        report = logbook.verify_records()
    assert report.findings == []
    assert (report.imported_verified, report.imported_known_keys) == (2, 2)
    assert report.sessions_verified == 2  # the originals, signed here
