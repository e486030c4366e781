"""`logger-app import-bundle`, run in-process through cli.main."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app import cli
from logger_app.logbook import Logbook

from ..bundle_import.bundle_data import Source, build_source
from ..bundle_import.rewrite import rewrite_members

pytestmark = pytest.mark.usefixtures("signed_in_env")


@pytest.fixture
def source(tmp_path: Path) -> Source:
    # Bundles hold a PDF: made on the application there is, or the command line's.
    return build_source(tmp_path / "source-data", tmp_path / "work")


def run(*args: str | Path) -> int:
    # Plain: these tests read the logbook back without its key.
    return cli.main(["import-bundle", "--plain", *(str(arg) for arg in args)])


def test_imports_a_client_into_a_new_logbook(
    source: Source, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(source.bundle, "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "Imported 1 client:" in out
    assert "Zoë Ångström-Núñez (client 1): 3 sessions, 4 photos" in out
    assert "2 of 2 signed sessions verified against the signer's key in the bundle" in out
    with Logbook.open(data_dir) as book:
        assert book.session_count() == 3 and book.verify_records().findings == []
        assert [e.actor for e in book.audit_entries(limit=1)] == ["Test Practitioner"]


def test_every_client_and_duplicates(
    source: Source, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(source.all_bundle, "--data-dir", data_dir) == 1
    assert "import it with --all" in capsys.readouterr().err
    assert run(source.all_bundle, "--all", "--data-dir", data_dir) == 0
    assert "Imported 2 clients:" in capsys.readouterr().out
    assert run(source.all_bundle, "--all", "--data-dir", data_dir) == 1
    err = capsys.readouterr().err
    assert err.startswith("logger-app: Nothing was imported:\n")
    assert "was imported from this bundle before" in err
    with Logbook.open(data_dir) as book:
        assert book.client_count() == 2


def test_a_damaged_bundle_exits_1_naming_the_member(
    source: Source, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def damage(members: dict[str, bytes]) -> None:
        members["history.json"] = members["history.json"].replace(b"Lidocaine", b"Lidocainx")

    bundle = rewrite_members(source.bundle, tmp_path / "bad.zip", damage, manifest=False)
    assert run(bundle, "--data-dir", data_dir) == 1
    assert capsys.readouterr().err == (
        "logger-app: history.json: its checksum does not match MANIFEST.sha256 (the file "
        "was changed or damaged since the export).\n"
    )
    assert run(tmp_path / "missing.zip", "--data-dir", data_dir) == 2
