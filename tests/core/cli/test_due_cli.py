"""``logger-app due``: the follow-ups as a plain table, and as a calendar file that says
nothing about a client but initials and number."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from logger_app import cli
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.errors import EXIT_REFUSED
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    CourseDetails,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device

from ...encrypted import ADMIN, new_encrypted
from ...logbook_template import new_logbook
from ...signing import TEST_PASSPHRASE

TODAY = datetime.now().astimezone().date()
SECRETS = ("Chloé", "Brennan", "555 0199", "chloe@example.org", "isotretinoin", "Forehead")


def _session(client_id: int, days_ago: int, next_in: int | None) -> SessionDetails:
    day = TODAY - timedelta(days=days_ago)
    return SessionDetails(
        client_id=client_id,
        started_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
        practitioner_name="Dr Jane Doe",
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
        next_visit_due=None if next_in is None else TODAY + timedelta(days=next_in),
        notes="On isotretinoin until March.",
    )


def fill(book: Logbook) -> dict[str, int]:
    chloe = book.add_client(
        ClientDetails("Chloé", "Brennan", phone="555 0199", email="chloe@example.org")
    )
    bo = book.add_client(ClientDetails("Bo", "Yu"))
    cy = book.add_client(ClientDetails("Cy", "Later"))
    book.record_session(_session(chloe.id, 25, 3), enforce_safety=False)
    # Bo's course: started 40 days ago, one session then, the next was due 12 days ago.
    book.start_course(CourseDetails(bo.id, 4, 28, TODAY - timedelta(days=40), (Area.NOSE,)))
    book.record_session(_session(bo.id, 40, None), enforce_safety=False)
    book.record_session(_session(cy.id, 5, 60), enforce_safety=False)  # not within 14 days
    return {"chloe": chloe.id, "bo": bo.id, "cy": cy.id}


@pytest.fixture
def filled(data_dir: Path) -> tuple[Path, dict[str, int]]:
    with new_logbook(data_dir) as book:
        ids = fill(book)
    return data_dir, ids


def _due(data_dir: Path, *more: str | Path) -> list[str]:
    return ["due", "--data-dir", str(data_dir), *(str(arg) for arg in more)]


def read_calendar(path: Path) -> list[dict[str, str]]:
    """The events of an iCalendar file: its lines unfolded (RFC 5545 3.1), each event's
    properties by name (parameters kept with the name)."""
    raw = path.read_bytes().decode("utf-8")
    assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", "")  # CRLF only
    lines = raw.replace("\r\n ", "").split("\r\n")[:-1]
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, value = line.split(":", 1)
            assert name not in current, f"{name} twice in one event"
            current[name] = value
    return events


def test_the_follow_ups_as_a_table(filled, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, ids = filled
    assert cli.main(_due(data_dir)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["Due", "Client", "Reason", "Course"]
    late = (TODAY - timedelta(days=12)).isoformat()
    assert lines[1].split() == [
        late, "(12", "days", "late)", "B.Y.", str(ids["bo"]), "Bo", "Yu", "course", "1", "of", "4",
    ]  # fmt: skip
    soon = (TODAY + timedelta(days=3)).isoformat()
    assert lines[2].split() == [
        soon,
        "C.B.",
        str(ids["chloe"]),
        "Chloé",
        "Brennan",
        "next",
        "visit",
    ]
    assert lines[3] == f"2 follow-ups due within 14 days of {TODAY.isoformat()}."
    assert len(lines) == 4  # Cy's next visit is 60 days away


def test_within_widens_and_narrows_the_window(filled, capsys) -> None:
    data_dir, ids = filled
    assert cli.main(_due(data_dir, "--within", "60")) == 0
    assert f"L. {ids['cy']} Cy Later" in capsys.readouterr().out
    assert cli.main(_due(data_dir, "--within", "0")) == 0
    out = capsys.readouterr().out  # a course behind plan shows however late
    assert "Bo Yu" in out and "Chloé" not in out and "1 follow-up due within 0 days" in out


def test_none_due(data_dir: Path, capsys) -> None:
    new_logbook(data_dir).close()
    assert cli.main(_due(data_dir, "--within", "7")) == 0
    assert capsys.readouterr() == ("No follow-ups due within 7 days.\n", "")


@pytest.mark.parametrize("within", ["-1", "731", "soon"])
def test_a_window_out_of_bounds_is_refused(data_dir: Path, within: str, capsys) -> None:
    with pytest.raises(SystemExit) as refused:
        cli.main(_due(data_dir, "--within", within))
    assert refused.value.code == 2
    assert "--within" in capsys.readouterr().err


def test_the_calendar_names_no_client(filled, tmp_path: Path, capsys) -> None:
    data_dir, ids = filled
    ics = tmp_path / "due.ics"
    assert cli.main(_due(data_dir, "--ics", ics)) == 0
    assert capsys.readouterr().out.endswith(f"Calendar written to {ics} (2 events).\n")
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600

    events = read_calendar(ics)
    late, soon = TODAY - timedelta(days=12), TODAY + timedelta(days=3)
    assert [event["SUMMARY"] for event in events] == [
        f"Follow-up: B.Y. (client {ids['bo']})",
        f"Follow-up: C.B. (client {ids['chloe']})",
    ]
    for event, day in zip(events, (late, soon), strict=True):
        # Nothing but these: no description, location, attendee, category or note.
        assert set(event) == {
            "UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY", "TRANSP",
        }  # fmt: skip
        assert event["DTSTART;VALUE=DATE"] == f"{day:%Y%m%d}"
        assert event["DTEND;VALUE=DATE"] == f"{day + timedelta(days=1):%Y%m%d}"
        stamped = datetime.strptime(event["DTSTAMP"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        assert abs(datetime.now(UTC) - stamped) < timedelta(minutes=5)
    text = ics.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret.casefold() not in text.casefold(), secret

    # Written again, each follow-up keeps its UID: a calendar updates, never doubles.
    first = [event["UID"] for event in events]
    assert len(set(first)) == 2
    assert cli.main(_due(data_dir, "--ics", ics)) == 0
    assert [event["UID"] for event in read_calendar(ics)] == first


def test_an_unwritable_calendar_is_a_clear_error_naming_the_file(
    filled, tmp_path: Path, capsys
) -> None:
    data_dir, _ = filled
    nowhere = tmp_path / "no-such-folder" / "due.ics"
    assert cli.main(_due(data_dir, "--ics", nowhere)) == EXIT_REFUSED
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"logger-app: The calendar {nowhere} cannot be written")
    assert err.count("\n") == 1 and not nowhere.parent.exists()
    folder = tmp_path / "taken"
    folder.mkdir()
    assert cli.main(_due(data_dir, "--ics", folder)) == EXIT_REFUSED  # a folder is not a file
    assert str(folder) in capsys.readouterr().err
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob(".export-*"))


def test_an_encrypted_logbook_needs_a_sign_in(
    data_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    logbook, _ = new_encrypted(data_dir)
    with logbook:
        fill(logbook)
    assert cli.main(_due(data_dir)) == EXIT_REFUSED
    assert "is encrypted: sign in with " in capsys.readouterr().err
    monkeypatch.setenv(PRACTITIONER_ENV, ADMIN)
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    assert cli.main(_due(data_dir)) == 0
    assert "2 follow-ups due within 14 days" in capsys.readouterr().out


def test_today_is_the_clinics(data_dir: Path, capsys) -> None:
    """Run on a computer 25 hours behind the clinic, "today" is the clinic's day."""
    from zoneinfo import ZoneInfo

    from logger_app.records import ClinicDetails

    from ..export.moved_client import machine_zone

    clinic = ZoneInfo("Pacific/Kiritimati")  # UTC+14; the computer: UTC-11
    with new_logbook(data_dir) as book:
        book.save_clinic_details(ClinicDetails("Atoll Skin", "", "Pacific/Kiritimati"))
        client = book.add_client(ClientDetails("Bo", "Yu"))
        day = datetime.now(clinic).date() - timedelta(days=3)
        book.record_session(
            SessionDetails(
                client_id=client.id,
                started_at=datetime(day.year, day.month, day.day, 12, tzinfo=clinic),
                practitioner_name="Dr Jane Doe",
                device=Device.PEN,
                areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
                next_visit_due=day + timedelta(days=3),
            ),
            enforce_safety=False,
        )
    with machine_zone("Pacific/Pago_Pago"):
        before = datetime.now(clinic).date()
        assert cli.main(_due(data_dir, "--within", "0")) == 0
        after = datetime.now(clinic).date()
    out = capsys.readouterr().out
    assert any(f"due within 0 days of {d.isoformat()}." in out for d in (before, after)), out
