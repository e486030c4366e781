"""``logger-app verify``: every signature, signed record and the audit chain; each
failure on its own line, then the summary; exit status 0, 1 (findings) or 2 (cannot
run). In-process through cli.main, on the file and on the clinic server."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app import cli
from logger_app.cli.verify import folder_anchors
from logger_app.logbook import Logbook
from logger_app.records import AuditHead, PhotoDetails
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...database_rules import file_only
from ...forgery import forge_signed_depth
from ...signing import sign_in
from ..photo_files import picture, save
from .conftest import PRACTITIONER

pytestmark = pytest.mark.both_homes


def run(*args: str | Path) -> int:
    return cli.main([str(arg) for arg in args])


@pytest.fixture
def where(data_dir: Path, database_url: str | None) -> list[str]:
    """The logbook's options: the data folder, and the server's URL on the server."""
    return ["--data-dir", str(data_dir)] + (
        ["--database-url", database_url] if database_url else []
    )


@pytest.fixture
def signed(logbook: Logbook, add_client, make_session, tmp_path: Path) -> int:
    """A session with a photo, signed by ``PRACTITIONER``; its id."""
    sign_in(logbook)
    client = add_client("Ann", "Smith")
    draft = logbook.record_session(make_session(client.id))
    photo = save(picture(seed=2), tmp_path / "front.jpg", "JPEG")
    logbook.import_photos(draft.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT))
    return logbook.sign_session(draft.id).id


def forge_depth(logbook: Logbook, database_url: str | None, session_id: int) -> None:
    """What the raw database allows its owner: a signed depth changed behind the app's
    back (the file's trigger dropped around the change and made again; the server's
    triggers off for the change, as its superuser may)."""
    if database_url is None:
        forge_signed_depth(logbook.database_path, session_id)
        return
    import psycopg

    with psycopg.connect(database_url) as connection:
        connection.execute("SET session_replication_role = replica")
        connection.execute(
            "UPDATE session_areas SET depth_mm = depth_mm + 0.25 WHERE session_id = %s",
            [session_id],
        )


def anchors(logbook: Logbook) -> int:
    """The heads verify holds the chain against: the one signature's, and those this
    computer's data folder knows."""
    return 1 + len(folder_anchors(logbook.data_dir, logbook.location))


def test_signed_records_verify_with_a_summary(
    logbook: Logbook, signed: int, where: list[str], capsys
) -> None:
    assert run("verify", *where) == 0
    head = logbook.audit_head()
    assert head is not None
    assert capsys.readouterr().out.splitlines() == [
        "Signed sessions: 1 verified, 0 sealed at the upgrade (signed before verifiable "
        "signatures)",
        "Signatures:      1",
        f"Audit entries:   {logbook.audit_count()}",
        "Photos:          1",
        f"Anchors:         {anchors(logbook)}",
        f"Audit head:      {head.as_text()}",
        "Every signature, record and audit entry holds.",
    ]


def test_a_forged_depth_names_the_session_and_exits_1(
    logbook: Logbook, database_url: str | None, signed: int, where: list[str], capsys
) -> None:
    forge_depth(logbook, database_url, signed)
    assert run("verify", *where) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"session {signed}: changed after it was signed by {PRACTITIONER}")
    assert lines[1].startswith("Signed sessions: 0 verified")
    assert lines[-1] == "1 finding: the records above do not hold."


def test_expected_heads_are_checked(
    logbook: Logbook, signed: int, where: list[str], capsys
) -> None:
    head = logbook.audit_head()
    assert head is not None
    assert run("verify", *where, "--expect-head", head.as_text()) == 0
    assert f"Anchors:         {anchors(logbook) + 1}" in capsys.readouterr().out
    other = AuditHead(head.entry_id, "0" * 64).as_text()
    assert run("verify", *where, "--expect-head", head.as_text(), "--expect-head", other) == 1
    (finding,) = [line for line in capsys.readouterr().out.splitlines() if "--expect-head" in line]
    assert f"entry {head.entry_id}" in finding


def test_heads_the_data_folder_knows_are_checked_too(
    logbook: Logbook, signed: int, where: list[str], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    head = logbook.audit_head()
    assert head is not None
    known = [("the backup of Monday", AuditHead(head.entry_id, "f" * 64))]
    monkeypatch.setattr("logger_app.cli.verify.folder_anchors", lambda data_dir, location: known)
    assert run("verify", *where) == 1
    assert "the backup of Monday" in capsys.readouterr().out


@file_only  # the server keeps photo contents in its database, not in files
def test_a_changed_photo_file_fails_unless_photos_are_left_out(
    logbook: Logbook, signed: int, where: list[str], capsys
) -> None:
    (photo,) = logbook.photos_of_session(signed)
    logbook.photo_file(photo).write_bytes(b"another picture")
    assert run("verify", *where) == 1
    out = capsys.readouterr().out
    assert f"session {signed}: photo {photo.id}'s file is changed" in out
    assert run("verify", *where, "--no-photos") == 0
    assert "Photos:          not checked (--no-photos)" in capsys.readouterr().out


def test_progress_on_a_terminal_only(
    signed: int, where: list[str], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert run("verify", *where) == 0
    out, err = capsys.readouterr()
    assert "Verifying… 100%" in err and "%" not in out


def test_no_logbook_cannot_be_verified(tmp_path: Path, capsys) -> None:
    assert run("verify", "--data-dir", tmp_path / "nothing") == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("logger-app: There is no logbook in")


def test_a_malformed_head_is_explained(signed: int, where: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as done:
        run("verify", *where, "--expect-head", "12:abc")
    assert done.value.code == 2
    assert "'12:abc' is not an audit head: ID:SHA256" in capsys.readouterr().err
