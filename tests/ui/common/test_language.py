"""The language the window speaks: the remembered choice or the system's, View → Language,
and numbers and days typed and read in that language's conventions (a decimal mark never
read as a thousands separator: that would be a tenfold depth)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QDoubleSpinBox, QMenu

from logger_app.i18n import conventions
from ui.app import application
from ui.common import language
from ui.common.date_range import DateRange
from ui.common.decimal_box import DecimalSpinBox
from ui.common.display import date_edit_format, format_date, format_datetime, parse_date_text
from ui.common.form_support import date_edit
from ui.common.language import chosen_language, install_language, system_language
from ui.common.preferences import LANGUAGE
from ui.session.editors import DepthEditor, NextVisitEditor

UI = Path(__file__).resolve().parents[3] / "ui"


# ------------------------------------------------------------------ choice and start-up
def test_the_choice_is_remembered_and_unset_follows_the_system() -> None:
    assert LANGUAGE.get() == ""  # nothing chosen yet: the system's
    LANGUAGE.set("de")
    assert LANGUAGE.get() == "de"
    assert chosen_language(QLocale(QLocale.Language.English)) == "de"
    LANGUAGE.set("en")
    assert chosen_language(QLocale(QLocale.Language.German)) == "en"
    LANGUAGE.set("")
    assert chosen_language(QLocale(QLocale.Language.German)) == "de"
    LANGUAGE.set("klingon")  # a hand-edited file: the system's
    assert chosen_language(QLocale(QLocale.Language.English)) == "en"


@pytest.mark.parametrize(
    ("system", "expected"),
    [("de_DE", "de"), ("de_AT", "de"), ("de_CH", "de"), ("en_GB", "en"), ("fr_FR", "en")],
)
def test_the_system_language_is_german_for_any_german_else_english(
    system: str, expected: str
) -> None:
    assert system_language(QLocale(system)) == expected


def test_without_a_locale_given_the_system_is_asked() -> None:
    german = QLocale.system().language() == QLocale.Language.German
    assert system_language() == ("de" if german else "en")


def test_the_application_starts_in_the_chosen_language(qapp) -> None:
    LANGUAGE.set("de")
    qapp.setProperty("logbook_configured", False)
    try:
        application()
        assert language.installed_language() == "de"
        assert QLocale().language() == QLocale.Language.German
        assert conventions().decimal_point == ","
    finally:  # the next tests start as this process did: in English
        LANGUAGE.set("en")
        qapp.setProperty("logbook_configured", False)
        application()
    assert language.installed_language() == "en"
    assert qapp.applicationDisplayName() == "Microneedling Logbook"


def test_an_unknown_language_installs_english(qapp) -> None:
    assert install_language(qapp, "xx") == "en"
    assert QLocale().language() == QLocale.Language.English
    assert conventions().decimal_point == "."


def test_tests_start_in_english() -> None:
    assert language.installed_language() == "en"
    assert format_date(date(2026, 3, 21)) == "21 Mar 2026"


def test_the_german_fixture_installs_german(german) -> None:
    assert language.installed_language() == "de"
    assert format_date(date(2026, 3, 21)) == "21.03.2026"


def test_view_language_offers_three_exclusive_choices_and_remembers_one(window) -> None:
    menu = window.findChild(QMenu, "languageMenu")
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert menu.menuAction() in view.actions()
    assert [a.text() for a in menu.actions()] == ["Follow the &system", "&English", "&Deutsch"]
    assert menu.choices[""].isChecked()  # nothing chosen: the system's
    menu.choices["de"].trigger()
    assert LANGUAGE.get() == "de"
    assert menu.choices["de"].isChecked()
    assert not menu.choices[""].isChecked() and not menu.choices["en"].isChecked()
    assert "next time" in window.statusBar().currentMessage()
    assert language.installed_language() == "en"  # open windows keep theirs until restart
    menu.choices[""].trigger()
    assert LANGUAGE.get() == ""


def test_view_language_ticks_the_remembered_choice(window) -> None:
    from ui.shell.language_menu import language_menu

    LANGUAGE.set("en")
    assert language_menu(window).choices["en"].isChecked()


# ------------------------------------------------------------------ numbers typed
def typed_into(qtbot, spin: QDoubleSpinBox, text: str) -> float:
    """``text`` typed over what the box shows, then Enter: the value the box took."""
    qtbot.addWidget(spin)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    return spin.value()


def depth_box(qtbot) -> QDoubleSpinBox:
    editor = DepthEditor("depth")
    # The box lives in the editor's widget, with its error label: kept until the test
    # ends and closed by qtbot then, never left to the garbage collector mid-test.
    qtbot.addWidget(editor.widget)
    return editor.spin


@pytest.mark.parametrize(("typed", "depth"), [("0,5", 0.5), ("0.5", 0.5), ("0,25", 0.25)])
def test_german_depths_take_the_comma_and_never_read_the_point_as_thousands(
    qtbot, german, typed: str, depth: float
) -> None:
    box = depth_box(qtbot)
    assert typed_into(qtbot, box, typed) == depth
    assert box.text() == f"{depth:.2f}".replace(".", ",") + " mm"


def test_a_german_point_is_not_a_tenfold_depth(qtbot, german) -> None:
    """Qt's own box drops the "." (a German group separator) and reads "0.2" as 2."""
    assert typed_into(qtbot, depth_box(qtbot), "0.2") == 0.2
    plain = QDoubleSpinBox()
    plain.setRange(0.0, 9.95)
    assert typed_into(qtbot, plain, "0.2") == 2.0  # the error this box exists against


@pytest.mark.parametrize(("typed", "depth"), [("0.5", 0.5), ("0,5", 0.5), ("1.25", 1.25)])
def test_english_depths_never_read_the_comma_as_thousands(qtbot, typed: str, depth: float) -> None:
    box = depth_box(qtbot)
    assert typed_into(qtbot, box, typed) == depth
    assert box.text() == f"{depth:.2f} mm"


def test_german_shows_the_decimal_comma(qtbot, german) -> None:
    box = depth_box(qtbot)
    box.setValue(0.5)
    assert box.text() == "0,50 mm"


def test_a_second_decimal_mark_is_refused(qtbot, german) -> None:
    assert typed_into(qtbot, depth_box(qtbot), "1,2.5") == 1.25


def test_the_special_value_text_and_the_suffix_are_left_alone(qtbot, german) -> None:
    box = DecimalSpinBox()
    box.setRange(0.0, 3.0)
    box.setDecimals(2)
    box.setPrefix("ca. ")
    box.setSuffix(" mm.")
    box.setSpecialValueText("Kein Wert, bitte.")
    box.setValue(0.0)
    assert box.text() == "Kein Wert, bitte."
    box.setValue(1.5)
    assert box.text() == "ca. 1,50 mm."
    assert box.valueFromText("ca. 0,75 mm.") == 0.75


def test_every_decimal_box_of_the_window_follows_the_language() -> None:
    """A plain QDoubleSpinBox would bring the tenfold error back: every one is made as a
    DecimalSpinBox."""
    made_plain = [
        f"{path.relative_to(UI.parent)}:{number}"
        for path in UI.rglob("*.py")
        if path.name != "decimal_box.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQDoubleSpinBox\(", line)
    ]
    assert made_plain == []


# ------------------------------------------------------------------ dates
def test_dates_read_in_the_language(german) -> None:
    assert format_date(date(2026, 3, 21)) == "21.03.2026"
    assert date_edit_format() == "dd.MM.yyyy"


def test_english_dates_keep_their_form() -> None:
    assert format_date(date(2026, 3, 3)) == "3 Mar 2026"
    assert date_edit_format() == "d MMM yyyy"
    assert format_date(None) == ""


def test_german_date_boxes_show_the_german_form(qtbot, german) -> None:
    day = QDate(2026, 3, 21)
    next_visit = NextVisitEditor("due", "next")
    qtbot.addWidget(next_visit.widget)
    ranged = DateRange(None, day, day)
    for box in (date_edit("screened_on"), next_visit.edit, ranged.date_from, ranged.date_to):
        if box.parent() is None:
            qtbot.addWidget(box)
        box.setDate(day)
        assert box.text() == "21.03.2026"


def test_english_date_boxes_keep_their_form(qtbot) -> None:
    box = date_edit("screened_on")
    qtbot.addWidget(box)
    box.setDate(QDate(2026, 3, 3))
    assert box.text() == "3 Mar 2026"


def test_the_session_time_box_shows_the_german_day(qtbot, german) -> None:
    from ui.common.form_support import ErrorLabel, FieldErrors
    from ui.session.session_fields import SessionFields

    fields = SessionFields(FieldErrors(ErrorLabel()), ("A. Practitioner",))
    qtbot.addWidget(fields.when_and_who)
    fields.started_at.setDateTime(QDateTime(QDate(2026, 3, 21), QTime(10, 42)))
    assert fields.started_at.text() == "21.03.2026  10:42"


@pytest.mark.parametrize("typed", ["21.03.2026", "21.3.2026", "2026-03-21", "21 Mar 2026"])
def test_german_typed_dates(german, typed: str) -> None:
    assert parse_date_text(typed) == date(2026, 3, 21)


@pytest.mark.parametrize("typed", ["2026-03-21", "21.3.2026", "21 Mar 2026", "3/21/2026"])
def test_english_typed_dates_are_read_as_before(typed: str) -> None:
    assert parse_date_text(typed) == date(2026, 3, 21)


def test_an_unreadable_date_says_how_to_type_it() -> None:
    assert parse_date_text("  ") is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date_text("32.13.2026")


def test_an_impossible_german_date_is_refused(german) -> None:
    with pytest.raises(ValueError):
        parse_date_text("32.13.2026")


def test_times_read_with_the_german_day(german) -> None:
    from datetime import UTC, datetime

    moment = datetime(2026, 3, 21, 12, 0, tzinfo=UTC)
    assert format_datetime(moment).startswith("21.03.2026, ")


def test_the_german_window_reads_german_and_keeps_what_is_typed(
    qtbot, german, open_window, data_dir
) -> None:
    """Needs the compiled German catalog (``python -m ui.translations build``)."""
    from logger_app.records import ClientDetails
    from ui.session.session_form import SessionDialog

    window = open_window(data_dir)
    assert window.findChild(QMenu, "languageMenu").title() == "S&prache"
    client = window.logbook.add_client(ClientDetails("Zoë", "Müller-O'Brien"))
    window.show_client(client.id)
    window.new_session_action.trigger()
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    typed = "Dr. A. Weiß & Co. 0.5"
    form.practitioner.lineEdit().selectAll()  # typed over the name offered
    qtbot.keyClicks(form.practitioner.lineEdit(), typed)
    assert form.practitioner.currentText() == typed  # a name is never "localised"
    assert "Zoë Müller-O'Brien" in form.windowTitle()
    form.reject()
