"""The app's preferences, each declared once: every one round-trips through the settings
file, falls back to its default, and the practitioner is remembered under one key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from tests.screening_data import put_on_file
from ui.common import preferences
from ui.common.preferences import ALL, CURRENT_PRACTITIONER, Preference, app_settings
from ui.session.session_form import SessionDialog

from ..driving import click

UI = Path(__file__).resolve().parents[3] / "ui"


def other_value(preference: Preference):
    if preference.type is QByteArray:
        return QByteArray(b"\x01\x02layout")
    return preference.default + 5 if preference.type is int else "Someone else"


def test_every_preference_is_declared_in_the_list() -> None:
    declared = [v for v in vars(preferences).values() if isinstance(v, Preference)]
    assert sorted(p.key for p in declared) == sorted(p.key for p in ALL)
    assert len({p.key for p in ALL}) == len(ALL)


@pytest.mark.parametrize("preference", ALL, ids=lambda p: p.key)
def test_every_preference_round_trips(preference: Preference) -> None:
    assert preference.get() == preference.default  # never set
    value = other_value(preference)
    assert value != preference.default
    preference.set(value)
    app_settings().sync()
    assert preference.get() == value
    assert isinstance(preference.get(), preference.type)


def test_a_number_that_cannot_be_read_gives_the_default() -> None:
    number = next(p for p in ALL if p.type is int)
    app_settings().setValue(number.key, "many")
    assert number.get() == number.default


def test_nothing_reads_the_settings_but_the_declared_preferences() -> None:
    users = [
        str(path.relative_to(UI))
        for path in sorted(UI.rglob("*.py"))
        if path.name != "preferences.py"
        and (
            "app_settings" in path.read_text(encoding="utf-8")
            or "QSettings(" in path.read_text(encoding="utf-8")
        )
    ]
    assert users == []


def test_the_session_form_offers_the_current_practitioner_and_keeps_one_key(
    qtbot, open_window, data_dir
) -> None:
    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("Fay", "Ng", date_of_birth=date(1990, 6, 1)))
        put_on_file(logbook, client.id, on=date.today())
    CURRENT_PRACTITIONER.set("Maya Okafor")  # the last to sign in here
    window = open_window(data_dir, "Maya Okafor")
    window.client_view.selectRow(0)
    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    assert form.practitioner.currentText() == "Maya Okafor"
    form.reject()
    keys = app_settings().allKeys()
    assert "session/last_practitioner" not in keys
    assert set(keys) <= {p.key for p in ALL}
