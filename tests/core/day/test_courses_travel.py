"""Courses go wherever the logbook goes: a backup restored, a move to the clinic server
and back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, CourseDetails
from logger_app.vocabulary import Area

from ...logbook_template import new_logbook
from ...server_home import server_database
from ...signing import sign_in
from ..transfer.support import run


def _logbook_with_courses(folder: Path) -> list:
    with new_logbook(folder) as book:
        sign_in(book, "Dr Jane Doe")  # the administrator the writing commands run as
        ann = book.add_client(ClientDetails("Ann", "Smith"))
        ended = book.start_course(CourseDetails(ann.id, 3, 28, date(2025, 1, 6)))
        book.end_course(ended.id, date(2025, 3, 1))
        book.start_course(CourseDetails(ann.id, 6, 42, date(2025, 4, 1), (Area.NOSE,), "Nose"))
        return book.courses_of(ann.id)


def test_a_course_survives_a_backup_and_restore(tmp_path: Path) -> None:
    courses = _logbook_with_courses(tmp_path / "original")
    archive, restored = tmp_path / "backup.zip", tmp_path / "restored"
    assert run("backup", "--data-dir", tmp_path / "original", "-o", archive) == 0
    assert run("restore", "--data-dir", restored, archive) == 0
    with Logbook.open(restored) as book:
        assert book.courses_of(courses[0].details.client_id) == courses
        assert book.open_course(courses[0].details.client_id) == courses[0]


@pytest.mark.server_only
def test_a_course_moves_to_the_server_and_back(tmp_path: Path) -> None:
    courses = _logbook_with_courses(tmp_path / "original")
    client_id = courses[0].details.client_id
    with server_database() as url:
        assert run("move-to-server", "--data-dir", tmp_path / "original", "--database-url",
                   url) == 0  # fmt: skip
        with Logbook.open(tmp_path / "room", database_url=url) as book:
            assert book.courses_of(client_id) == courses
        back = tmp_path / "back"
        assert run("move-to-file", "--database-url", url, "--data-dir", back) == 0
    with Logbook.open(back) as book:
        assert book.courses_of(client_id) == courses
