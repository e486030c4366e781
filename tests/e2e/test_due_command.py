"""`logger-app due` as a user runs it: a separate process on a demo logbook."""

from __future__ import annotations

import stat
from pathlib import Path

from .test_command_line import DEMO_SIGN_IN, run_app


def test_due_lists_the_demo_follow_ups_and_writes_a_calendar(tmp_path: Path) -> None:
    data_dir, ics = tmp_path / "demo", tmp_path / "calendar" / "due.ics"
    made = run_app("demo", "--data-dir", str(data_dir), "--clients", "30", "--plain")
    assert made.returncode == 0, made.stderr
    ics.parent.mkdir()

    due = run_app("due", "--data-dir", str(data_dir), "--within", "730", "--ics", str(ics))

    assert due.returncode == 0, due.stderr
    lines = due.stdout.splitlines()
    assert lines[0].split() == ["Due", "Client", "Reason", "Course"]
    listed = len(lines) - 3  # the header, the count, the calendar's line
    assert listed > 0 and lines[-2].startswith(f"{listed} follow-up")
    assert lines[-1] == f"Calendar written to {ics} ({listed} event{'s' * (listed != 1)})."
    text = ics.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == listed and "SUMMARY:Follow-up: " in text
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600


def test_due_on_an_encrypted_demo_signs_in_first(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    assert run_app("demo", "--data-dir", str(data_dir), "--clients", "5").returncode == 0
    refused = run_app("due", "--data-dir", str(data_dir))
    assert refused.returncode == 2 and "is encrypted" in refused.stderr
    due = run_app("due", "--data-dir", str(data_dir), "--within", "0", sign_in=DEMO_SIGN_IN)
    assert due.returncode == 0, due.stderr
    assert due.stderr == ""
