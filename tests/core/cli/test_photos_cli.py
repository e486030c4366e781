"""`logger-app photos import` and `logger-app check`, run in-process through cli.main."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.cli import main
from logger_app.logbook import Logbook
from logger_app.photos.store import files_under, put
from logger_app.records import ClientDetails
from logger_app.vocabulary import Area, PhotoAngle, PhotoKind

from ...screening_data import put_on_file
from ...signing import sign_in
from ..photo_files import fake_heic, phone_jpeg, picture, save

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("signed_in_env")


@pytest.fixture
def session_id(data_dir: Path, make_session) -> int:
    with Logbook.open(data_dir, create=True) as book:
        sign_in(book)  # the practitioner the commands run as
        client = book.add_client(ClientDetails("Ann", "Smith"), today=NOW.date())
        put_on_file(book, client.id)
        return book.record_session(make_session(client.id), now=NOW).id


def run(*args: str | Path) -> int:
    return main([str(arg) for arg in args])


def test_a_mixed_batch_prints_one_line_per_file_and_exits_1(
    data_dir: Path, session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = phone_jpeg(tmp_path / "front.jpg")
    other = save(picture(seed=3), tmp_path / "left.png", "PNG")
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo", encoding="utf-8")
    fake = fake_heic(tmp_path / "fake.heic")
    code = run(
        "photos", "import", "--data-dir", data_dir, "--session", session_id,
        "--kind", "after", "--angle", "left_45", "--area", "left_cheek",
        good, bad, other, good, fake,
    )  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out == [
        f"imported: {good} (photo 1)",
        f"refused: {bad}: it is a text file, not a photo",
        f"imported: {other} (photo 2)",
        f"duplicate: {good} (already in this session)",
        f"refused: {fake}: the HEIC/HEIF data is damaged or not a picture",
    ]
    with Logbook.open(data_dir) as book:
        photos = book.photos_of_session(session_id)
    assert {(p.kind, p.angle, p.area) for p in photos} == {
        (PhotoKind.AFTER, PhotoAngle.LEFT_45, Area.LEFT_CHEEK)
    }


def test_a_batch_without_refusals_exits_0(
    data_dir: Path, session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = phone_jpeg(tmp_path / "front.jpg")
    assert run("photos", "import", "--data-dir", data_dir, "--session", session_id, good) == 0
    assert run("photos", "import", "--data-dir", data_dir, "--session", session_id, good) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"imported: {good} (photo 1)",
        f"duplicate: {good} (already in this session)",
    ]
    with Logbook.open(data_dir) as book:
        (photo,) = book.photos_of_session(session_id)
    assert (photo.kind, photo.angle, photo.area) == (PhotoKind.BEFORE, PhotoAngle.FRONT, None)


def test_an_unknown_session_is_one_clear_line(
    data_dir: Path, session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = phone_jpeg(tmp_path / "front.jpg")
    assert run("photos", "import", "--data-dir", data_dir, "--session", 99, good) == 2
    captured = capsys.readouterr()
    assert captured.err == "logger-app: There is no session with id 99.\n"
    assert captured.out == ""


@pytest.mark.parametrize(
    "option", [["--kind", "during"], ["--angle", "top"], ["--area", "cheek"], []]
)
def test_values_outside_the_vocabulary_are_refused_by_the_parser(
    data_dir: Path, option: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # (the empty case: --session is required)
    with pytest.raises(SystemExit) as stopped:
        run("photos", "import", "--data-dir", data_dir, *option, "x.jpg")
    assert stopped.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_photos_needs_a_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run("photos")
    assert "required" in capsys.readouterr().err


def test_check_of_a_clean_logbook_exits_0(
    data_dir: Path, session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("photos", "import", "--data-dir", data_dir, "--session", session_id,
        phone_jpeg(tmp_path / "front.jpg"))  # fmt: skip
    capsys.readouterr()
    assert run("check", "--data-dir", data_dir) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Checked 1 photo and 4 files.",  # the photo and its 3 thumbnails
        "All photos are in order.",
    ]


def test_an_orphan_fails_the_check_until_removed(
    data_dir: Path, session_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    orphan = put(data_dir, b"a file whose row was never written")
    relative = orphan.path.relative_to(data_dir)
    assert run("check", "--data-dir", data_dir) == 1
    out = capsys.readouterr().out
    assert f"orphan: {relative} (no photo uses it)" in out
    assert "1 problem found. Run again with --remove-orphans" in out
    assert orphan.path.exists()

    assert run("check", "--data-dir", data_dir, "--remove-orphans") == 0
    out = capsys.readouterr().out
    assert f"removed orphan: {relative}" in out
    assert "Fixed 1 problem." in out
    assert "All photos are in order." in out
    assert not orphan.path.exists()
    assert list(files_under(data_dir / "photos")) == []
    assert run("check", "--data-dir", data_dir) == 0


def test_a_missing_photo_file_fails_the_check(
    data_dir: Path, session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("photos", "import", "--data-dir", data_dir, "--session", session_id,
        phone_jpeg(tmp_path / "front.jpg"))  # fmt: skip
    for path in files_under(data_dir / "photos"):
        path.unlink()
    capsys.readouterr()
    assert run("check", "--data-dir", data_dir, "--remove-orphans") == 1
    out = capsys.readouterr().out
    assert (
        f"missing: photo 1 (front.jpg, session {session_id}): its file is not in the data folder"
        in out
    )


def test_info_counts_photos(
    data_dir: Path, session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("photos", "import", "--data-dir", data_dir, "--session", session_id,
        phone_jpeg(tmp_path / "front.jpg"))  # fmt: skip
    capsys.readouterr()
    assert run("info", "--data-dir", data_dir) == 0
    assert "Photos:      1" in capsys.readouterr().out
