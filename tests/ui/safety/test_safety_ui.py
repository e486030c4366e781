"""Clinical safety through the real widgets: the screening form, the signature pad and
consent, the depth checks, the clinic's settings ("Before you start" on the session
form: ``test_warnings_panel``)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QImage

from logger_app.records import (
    SafetySettings,
    WarningGroup,
)
from logger_app.vocabulary import Area
from ui.common.theme import hex_color
from ui.safety.consent_dialog import ConsentDialog
from ui.safety.safety_settings import SafetySettingsDialog
from ui.safety.screening_form import ScreeningDialog
from ui.safety.signature_pad import SignaturePad

from ..driving import click, type_into, wait_closed
from .safety_windows import add_area, open_session_form, tick

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def sign(qtbot, pad: SignaturePad) -> None:
    """A scribble with the mouse: press, a few moves with the button held, release."""
    points = [QPoint(30, 110), QPoint(80, 40), QPoint(140, 120), QPoint(220, 50)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))


def dark_pixels(png: bytes) -> int:
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )


# The client page


def test_the_client_page_says_what_is_on_file(qtbot, new_client_window):
    strip = new_client_window.client_page.safety_strip
    text = strip.summary.text()
    assert "No screening on file" in text and "no consent on file" in text
    assert hex_color("warning_text") in text  # in the theme's amber (light or dark)

    click(qtbot, strip.screening_button)
    form = new_client_window.current_dialog
    assert isinstance(form, ScreeningDialog)
    tick(qtbot, form.checks["keloid_history"])
    click(qtbot, form.save_button)
    wait_closed(qtbot, new_client_window)
    text = strip.summary.text()
    assert "Screened" in text and "keloid history" in text
    assert "No screening on file" not in text


# The screening form


def test_screening_dates_open_when_ticked_and_mistakes_are_explained(qtbot, new_client_window):
    window = new_client_window
    click(qtbot, window.client_page.safety_strip.screening_button)
    form = window.current_dialog
    assert isinstance(form, ScreeningDialog)
    last_dose = form.dates["isotretinoin_last_dose"]
    assert not last_dose.isEnabled() and not form.prophylaxis.isEnabled()
    assert not form.skin_note.isEnabled()
    tick(qtbot, form.checks["isotretinoin_last_dose"])
    tick(qtbot, form.checks["herpes_history"])
    tick(qtbot, form.checks["active_skin_condition"])
    assert last_dose.isEnabled() and form.prophylaxis.isEnabled() and form.skin_note.isEnabled()

    today = QDate.currentDate()
    form.screened_on.setDate(today.addDays(3))
    last_dose.setDate(today.addDays(5))
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert (
        form.errors.label_for("screened_on").text() == "The screening date cannot be after today."
    )
    assert (
        form.errors.label_for("isotretinoin_last_dose").text()
        == "The last dose cannot be after the screening date."
    )
    assert window.logbook.screenings_of(window.client_page.client.id) == []

    form.screened_on.setDate(today)
    last_dose.setDate(QDate(1985, 1, 1))
    click(qtbot, form.save_button)
    assert (
        form.errors.label_for("isotretinoin_last_dose").text()
        == "The last dose is before the client's date of birth."
    )

    last_dose.setDate(today.addMonths(-2))
    type_into(qtbot, form.skin_note, "Perioral dermatitis")
    tick(qtbot, form.prophylaxis)
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    [saved] = window.logbook.screenings_of(window.client_page.client.id)
    assert saved.details.isotretinoin_last_dose == today.addMonths(-2).toPython()
    assert saved.details.herpes_history and saved.details.antiviral_prophylaxis
    assert saved.details.active_skin_condition_note == "Perioral dermatitis"
    assert saved.details.filler_on is None  # not ticked: no date, whatever the box shows


def test_unticking_herpes_clears_the_prophylaxis(qtbot, new_client_window):
    click(qtbot, new_client_window.client_page.safety_strip.screening_button)
    form = new_client_window.current_dialog
    tick(qtbot, form.checks["herpes_history"])
    tick(qtbot, form.prophylaxis)
    tick(qtbot, form.checks["herpes_history"])
    assert not form.prophylaxis.isChecked() and not form.prophylaxis.isEnabled()


# Signature and consent


def test_a_signature_drawn_with_the_mouse_is_a_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    assert pad.is_empty() and pad.to_png() is None
    with qtbot.waitSignal(pad.changed):
        sign(qtbot, pad)
    assert not pad.is_empty()
    png = pad.to_png()
    assert png.startswith(PNG_MAGIC)
    assert QImage.fromData(png, "PNG").size() == pad.size()
    assert dark_pixels(png) > 20
    pad.clear()
    assert pad.is_empty() and pad.to_png() is None


def test_a_click_without_moving_is_not_a_signature(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert pad.is_empty() and pad.to_png() is None


def test_consent_signed_on_the_pad_is_kept_as_drawn(qtbot, new_client_window):
    window = new_client_window
    click(qtbot, window.client_page.safety_strip.consent_button)
    form = window.current_dialog
    assert isinstance(form, ConsentDialog)
    assert form.version.text() == "1"
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert form.signature_error.text() == "Sign in the box, or type the client's full name."

    sign(qtbot, form.pad)
    assert not form.signature_error.isVisible()
    drawn = form.pad.to_png()
    type_into(qtbot, form.version, "2026-03")
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    [consent] = window.logbook.consents_of(window.client_page.client.id)
    assert consent.details.signature_png == drawn
    assert dark_pixels(consent.details.signature_png) > 20
    assert consent.details.consent_version == "2026-03"
    assert consent.details.typed_name == ""
    assert "consent v2026-03 signed" in window.client_page.safety_strip.summary.text()


def test_consent_with_a_typed_name_and_the_clear_button(qtbot, new_client_window):
    window = new_client_window
    click(qtbot, window.client_page.safety_strip.consent_button)
    form = window.current_dialog
    sign(qtbot, form.pad)
    click(qtbot, form.clear_button)
    assert form.pad.is_empty()
    # Empty, and nothing in it reads as already typed: not the client's name greyed in.
    assert form.typed_name.text() == ""
    assert "Nia" not in form.typed_name.placeholderText()
    type_into(qtbot, form.typed_name, "Nia Bell")
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    [consent] = window.logbook.consents_of(window.client_page.client.id)
    assert consent.details.signature_png is None
    assert consent.details.typed_name == "Nia Bell"


def test_closing_a_signed_but_unsaved_consent_asks(qtbot, new_client_window, prompter):
    click(qtbot, new_client_window.client_page.safety_strip.consent_button)
    form = new_client_window.current_dialog
    sign(qtbot, form.pad)
    prompter.discard_answer = False
    form.reject()
    assert prompter.asked == ["discard consent"]
    assert form.isVisible()


# Depth


def test_a_depth_above_the_licensed_maximum_is_refused_next_to_it(qtbot, screened_window, prompter):
    window = screened_window
    form = open_session_form(qtbot, window)
    type_into(qtbot, form.practitioner, "Olu Brown")
    add_area(qtbot, form, Area.FOREHEAD, "0.5")
    cheek = add_area(qtbot, form, Area.LEFT_CHEEK, "1.5")
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert form.errors.label_for("areas.1.depth_mm") is cheek.error
    assert cheek.error.text() == "1.5 mm is above Olu Brown's licensed maximum of 1 mm."
    assert prompter.asked == []
    assert window.logbook.session_count() == 0

    type_into(qtbot, cheek.depth, "1.0")
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.session_count() == 1


def test_a_depth_above_the_usual_range_asks_and_no_keeps_the_form(qtbot, screened_window, prompter):
    window = screened_window
    asked: list[str] = []
    answer = prompter.confirm

    def confirm(parent, title, text, accept):
        asked.append(text)
        return answer(parent, title, text, accept)

    prompter.confirm = confirm
    form = open_session_form(qtbot, window)
    type_into(qtbot, form.practitioner, "Maya Okafor")
    add_area(qtbot, form, Area.PERIORBITAL, "0.75")
    add_area(qtbot, form, Area.LEFT_CHEEK, "1.0")

    prompter.confirm_answer = False
    click(qtbot, form.save_button)
    assert prompter.asked == ["Depth above the usual range"]
    assert asked == ["Periorbital 0.75 mm is above the usual 0.25–0.5 mm.\n\nSave anyway?"]
    assert form.isVisible() and window.current_dialog is form
    assert window.logbook.session_count() == 0
    assert form.general_error.text().startswith("Not saved: change the depth")

    prompter.confirm_answer = True
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    session = window.logbook.latest_session(window.client_page.client.id)
    assert [(a.code, a.message) for a in session.acknowledgements] == [
        ("depth_above_usual.periorbital", "Periorbital 0.75 mm is above the usual 0.25–0.5 mm.")
    ]
    assert "Periorbital 0.75 mm is above" in window.client_page.detail_view.toPlainText()


# The clinic's settings


def test_safety_rules_are_set_from_the_logbook_menu(qtbot, screened_window):
    window = screened_window
    logbook_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Logbook"
    )
    assert window.safety_settings_action in logbook_menu.actions()
    window.safety_settings_action.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, SafetySettingsDialog)
    assert dialog.spins["isotretinoin_washout_months"].value() == 6
    dialog.spins["isotretinoin_washout_months"].setValue(12)
    dialog.spins["min_interval_same_area_weeks"].setValue(6)
    assert dialog.spins["screening_valid_months"].suffix() == " months"
    dialog.spins["screening_valid_months"].setValue(1)
    assert dialog.spins["screening_valid_months"].suffix() == " month"
    type_into(qtbot, dialog.consent_version, "3")
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.safety_settings() == SafetySettings(
        isotretinoin_washout_months=12,
        min_interval_same_area_weeks=6,
        screening_valid_months=1,
        consent_version="3",
    )
    # The consent on file (version 1) is no longer the current text.
    assert "(current text: v3)" in window.client_page.safety_strip.summary.text()
    form = open_session_form(qtbot, window)
    assert [w.code for w in form.safety.warnings] == ["consent_outdated"]
    assert list(form.safety.checks) == [WarningGroup.RECORDS]


def test_restore_defaults_in_the_settings(qtbot, screened_window):
    window = screened_window
    window.logbook.save_safety_settings(SafetySettings(filler_washout_weeks=8))
    window.edit_safety_settings()
    dialog = window.current_dialog
    assert dialog.spins["filler_washout_weeks"].value() == 8
    click(qtbot, dialog.defaults_button)
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.safety_settings() == SafetySettings()
