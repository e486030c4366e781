"""A bundle is imported whole or not at all: damaged, foreign, duplicate, failing on its
last record or cancelled, the logbook stays as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from logger_app.bundle_import import (
    BundleError,
    BundleImportCancelled,
    DuplicateClientsError,
    import_bundle,
)
from logger_app.logbook import Logbook

from ...signing import sign_in
from .bundle_data import Source
from .rewrite import rewrite_history, rewrite_members

pytestmark = pytest.mark.both_homes


@pytest.fixture
def importer(logbook: Logbook) -> Logbook:
    sign_in(logbook, "Importing Admin")
    return logbook


def _state(logbook: Logbook) -> tuple[int, int, int, int]:
    return (
        logbook.client_count(),
        logbook.session_count(),
        logbook.photo_count(),
        logbook.audit_count(),
    )


def test_a_changed_member_is_refused_naming_it(source: Source, importer: Logbook, tmp_path):
    def damage(members: dict[str, bytes]) -> None:
        name = next(n for n in members if n.startswith("photos/"))
        members[name] = members[name][:-10] + b"0123456789"

    bundle = rewrite_members(source.bundle, tmp_path / "damaged.zip", damage, manifest=False)
    before = _state(importer)
    with pytest.raises(BundleError, match=r"^photos/[0-9a-f]{64}\.jpg: its checksum does not"):
        import_bundle(importer, bundle)
    assert _state(importer) == before


def test_an_unlisted_member_is_refused(source: Source, importer: Logbook, tmp_path):
    def add(members: dict[str, bytes]) -> None:
        members["extra.txt"] = b"not from the export"

    bundle = rewrite_members(source.bundle, tmp_path / "extra.zip", add, manifest=False)
    with pytest.raises(BundleError, match=r"^extra.txt: not listed in MANIFEST.sha256"):
        import_bundle(importer, bundle)


def test_foreign_files_are_refused(source: Source, importer: Logbook, tmp_path: Path):
    text = tmp_path / "notes.zip"
    text.write_text("not a zip")
    with pytest.raises(BundleError, match=r"^notes.zip: not a bundle made by the logbook"):
        import_bundle(importer, text)
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(BundleError, match=r"no MANIFEST\.sha256 inside"):
        import_bundle(importer, other)

    def foreign(document: dict) -> None:
        document["generator"]["name"] = "other-app"

    bundle = rewrite_history(source.bundle, tmp_path / "foreign.zip", foreign)
    with pytest.raises(BundleError, match=r"^history.json: not made by logger-app"):
        import_bundle(importer, bundle)

    def newer(document: dict) -> None:
        document["format_version"] = 2

    bundle = rewrite_history(source.bundle, tmp_path / "newer.zip", newer)
    with pytest.raises(BundleError, match=r"^history.json: format version 2"):
        import_bundle(importer, bundle)
    assert importer.client_count() == 0


def test_the_same_person_is_refused_unless_imported_as_new(source: Source, importer: Logbook):
    import_bundle(importer, source.all_bundle, all_clients=True)
    with pytest.raises(DuplicateClientsError, match="imported from this bundle before"):
        import_bundle(importer, source.bundle)  # the same export's client: the same record
    assert importer.client_count() == 2


def test_the_same_person_from_another_export(source: Source, importer: Logbook, tmp_path):
    def elsewhere(document: dict) -> None:  # the same person, exported by another logbook
        document["client"]["created_at"] = "2020-01-01T09:00:00+00:00"

    import_bundle(importer, source.bundle)
    other = rewrite_history(source.bundle, tmp_path / "elsewhere.zip", elsewhere)
    with pytest.raises(DuplicateClientsError, match=r"born 1984-07-09 is already in this"):
        import_bundle(importer, other)
    assert importer.client_count() == 1
    [again] = import_bundle(importer, other, as_new=True).clients
    assert importer.client_count() == 2 and again.sessions == 3
    with pytest.raises(DuplicateClientsError, match="imported from this bundle before"):
        import_bundle(importer, other, as_new=True)  # never the same record twice


def test_one_client_mode_refuses_an_export_of_every_client(source: Source, importer: Logbook):
    with pytest.raises(BundleError, match="import it with --all"):
        import_bundle(importer, source.all_bundle)


def test_every_client_from_the_zip_or_its_folder(source: Source, importer: Logbook, tmp_path):
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(source.all_bundle) as archive:
        archive.extractall(unpacked)
    summary = import_bundle(importer, unpacked, all_clients=True)
    assert sorted(c.sessions for c in summary.clients) == [1, 3]
    assert importer.client_count() == 2 and importer.session_count() == 4


def test_a_failure_on_the_last_record_leaves_the_logbook_as_it_was(
    source: Source, importer: Logbook, tmp_path: Path
):
    def last(members: dict[str, bytes]) -> None:
        import json

        name = sorted(n for n in members if n.endswith("history.json"))[-1]
        document = json.loads(members[name])
        document["sessions"][-1]["areas"][-1]["depth_mm"] = 9.5  # the database refuses it
        members[name] = json.dumps(document).encode("utf-8")

    bundle = rewrite_members(source.all_bundle, tmp_path / "last.zip", last)
    before = _state(importer)
    with pytest.raises(BundleError, match=r"^client-\d+-[^/]+/history.json: .* could not be"):
        import_bundle(importer, bundle, all_clients=True)
    assert _state(importer) == before
    assert importer.import_links("logger-app bundle", "client") == {}


def test_cancel_leaves_the_logbook_as_it_was(source: Source, importer: Logbook):
    before = _state(importer)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return importer.client_count() >= 1  # after the first client went in

    with pytest.raises(BundleImportCancelled):
        import_bundle(importer, source.all_bundle, all_clients=True, cancel=cancel)
    assert _state(importer) == before and calls


def test_older_bundles_without_signatures_or_treatments(source: Source, importer, tmp_path):
    def older(document: dict) -> None:
        document.pop("other_treatments", None)
        for session in document["sessions"]:
            session.pop("signature", None)
            for amendment in session["amendments"]:
                amendment.pop("signature", None)

    bundle = rewrite_history(source.bundle, tmp_path / "older.zip", older)
    summary = import_bundle(importer, bundle)
    assert summary.clients[0].verified == 0 and summary.clients[0].signed == 2
    assert any("carries no signature" in note for note in summary.notes)
    assert importer.verify_records().findings == []  # sealed here at the import


def test_other_treatments_in_the_agreed_form(source: Source, importer, tmp_path: Path):
    treatment = {
        "id": 41, "performed_on": "2024-11-05", "kind": "chemical_peel",
        "kind_label": "Chemical peel", "kind_detail": "TCA 20 %", "notes": "Mild frosting",
        "practitioner": "Olu Brown RN", "products": [{"product": "TCA peel", "lot": "L-77"}],
        "source": "", "created_at": "2024-11-05T10:00:00+00:00", "created_by": "Olu Brown RN",
    }  # fmt: skip

    def with_treatments(document: dict) -> None:
        document["other_treatments"] = [treatment | {"id": 42, "kind": "laser",
                                                     "kind_detail": ""}, treatment]  # fmt: skip

    bundle = rewrite_history(source.bundle, tmp_path / "treated.zip", with_treatments)
    [client] = import_bundle(importer, bundle).clients
    assert client.other_treatments == 2
    newest, oldest = importer.other_treatments_of(client.client_id)
    assert oldest.details.kind_text == "Chemical peel (TCA 20 %)"
    assert oldest.details.products[0].lot == "L-77" and oldest.created_by == "Olu Brown RN"
    assert oldest.created_at.isoformat() == "2024-11-05T10:00:00+00:00"
    assert newest.id > oldest.id or newest.details.kind.value == "laser"
