"""Signing from the window asks the passphrase again once it is more than two minutes
old: "Sign…", "Save and sign" and every amendment. A wrong one is said in the dialog and
tried again; slowed retries count down; cancelled, nothing is signed nor saved."""

from __future__ import annotations

import pytest

from logger_app.identity import AMENDED_MEANING, SIGNED_MEANING
from logger_app.verification import SealStatus
from logger_app.vocabulary import Area
from ui.common.passphrase_prompt import PassphraseDialog
from ui.photos.photo_import import PhotoImportDialog
from ui.session.amend_dialog import AmendDialog
from ui.session.session_form import SessionDialog
from ui.session.signing import passphrase_check

from ...signing import TEST_PASSPHRASE
from ..driving import choose, click, type_into, wait_closed
from ..photos.test_photos_ui import drop_files, make_photo
from .signed_book import MAYA, expire_passphrase

ASKED = "Sign with your passphrase"
WRONG = "That passphrase is not right. Try again."


def select_session(window, session_id: int) -> None:
    page = window.client_page
    page.history_view.selectRow(page.history_model.row_of_id(session_id))


def sign_entries(window) -> int:
    return sum(entry.action == "sign" for entry in window.logbook.audit_entries())


def test_sign_within_two_minutes_of_sign_in_asks_no_passphrase(
    qtbot, signing_window, signing_book, prompter
):
    window = signing_window
    click(qtbot, window.client_page.session_actions.sign_button)
    assert prompter.asked == ["Sign this session?"]
    assert window.logbook.session(signing_book["draft"]).is_signed


def test_sign_asks_the_passphrase_again_after_two_minutes(
    qtbot, signing_window, signing_book, prompter, monkeypatch
):
    window = signing_window
    expire_passphrase(monkeypatch)
    prompter.passphrase_answers = [TEST_PASSPHRASE]
    click(qtbot, window.client_page.session_actions.sign_button)
    assert prompter.asked == ["Sign this session?", ASKED]
    # The dialog says who signs, when and what the signature means (21 CFR 11.50).
    [text] = prompter.passphrase_texts
    assert f"Signer: {MAYA}" in text and f"Meaning: {SIGNED_MEANING}" in text
    assert "Time: " in text and "(now)" in text
    session = window.logbook.session(signing_book["draft"])
    assert session.is_signed and session.signed_by == MAYA
    assert window.logbook.session_seal(session.id).status is SealStatus.VERIFIED
    assert prompter.errors == []


def test_a_wrong_passphrase_is_said_and_tried_again(
    qtbot, signing_window, signing_book, prompter, monkeypatch
):
    window = signing_window
    expire_passphrase(monkeypatch)
    prompter.passphrase_answers = ["not my passphrase", TEST_PASSPHRASE]
    click(qtbot, window.client_page.session_actions.sign_button)
    assert prompter.passphrase_refusals == [WRONG]
    assert window.logbook.session(signing_book["draft"]).is_signed


def test_cancelling_the_passphrase_signs_nothing(
    qtbot, signing_window, signing_book, prompter, monkeypatch
):
    window = signing_window
    expire_passphrase(monkeypatch)
    before = sign_entries(window)
    prompter.passphrase_answers = ["not my passphrase"]  # then Cancel
    bar = window.client_page.session_actions
    click(qtbot, bar.sign_button)
    assert prompter.asked == ["Sign this session?", ASKED]
    assert prompter.passphrase_refusals == [WRONG]
    assert not window.logbook.session(signing_book["draft"]).is_signed
    assert sign_entries(window) == before and prompter.errors == []  # no message after a no
    assert bar.sign_button.isVisible()  # still a draft on screen


def fill_new_session(qtbot, window) -> SessionDialog:
    window.new_session_action.trigger()
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    for check in form.safety.checks.values():
        click(qtbot, check)
    assert form.practitioner.currentText() == MAYA
    click(qtbot, form.areas.add_button)
    [row] = form.areas.rows
    choose(row.area, Area.FOREHEAD)
    type_into(qtbot, row.depth, "0.5")
    # A forehead treated earlier today: its interval, reviewed once the area is chosen.
    for check in form.safety.checks.values():
        if not check.isChecked():
            qtbot.waitUntil(check.isVisible)
            click(qtbot, check)
    assert form.safety.all_acknowledged()
    return form


def test_save_and_sign_cancelled_keeps_the_new_session_unsaved_in_the_form(
    qtbot, signing_window, prompter, monkeypatch
):
    window = signing_window
    count = window.logbook.session_count()
    form = fill_new_session(qtbot, window)
    expire_passphrase(monkeypatch)
    click(qtbot, form.save_sign_button)
    assert prompter.asked[-1] == ASKED
    assert form.isVisible() and window.current_dialog is form
    assert window.logbook.session_count() == count  # nothing half-saved
    assert form.general_error.text().startswith("Nothing was saved: signing needs your passphrase")
    assert form.areas.rows[0].depth.value() == 0.5  # what was typed is kept

    prompter.passphrase_answers = [TEST_PASSPHRASE]
    click(qtbot, form.save_sign_button)
    wait_closed(qtbot, window)
    assert window.logbook.session_count() == count + 1
    newest = max(window.logbook.sessions_of(window.client_page.client.id), key=lambda s: s.id)
    assert newest.is_signed and newest.details.areas[0].area is Area.FOREHEAD


def test_an_amendment_asks_the_passphrase_and_is_signed(
    qtbot, signing_window, signing_book, prompter, monkeypatch
):
    window = signing_window
    select_session(window, signing_book["signed"])
    bar = window.client_page.session_actions
    click(qtbot, bar.amend_button)
    dialog = bar.amend_dialog
    assert isinstance(dialog, AmendDialog)
    assert AMENDED_MEANING in dialog.findChild(type(dialog.current), "dialogIntro").text()
    choose(dialog.field, "areas.left_cheek.depth_mm")
    dialog.editor().spin.setValue(1.25)
    type_into(qtbot, dialog.reason, "Depth misread from the pen dial.")
    expire_passphrase(monkeypatch)
    click(qtbot, dialog.save_button)  # the passphrase dialog cancelled
    assert dialog.isVisible()
    assert dialog.general_error.text() == (
        "Not saved: the amendment is signed with your passphrase."
    )
    assert window.logbook.session(signing_book["signed"]).amendments == ()
    assert f"Meaning: {AMENDED_MEANING}" in prompter.passphrase_texts[-1]

    prompter.passphrase_answers = [TEST_PASSPHRASE]
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bar.amend_dialog is None, timeout=3000)
    [amendment] = window.logbook.session(signing_book["signed"]).amendments
    assert amendment.amended_by == MAYA
    seal = window.logbook.session_seal(signing_book["signed"])
    assert seal.status is SealStatus.VERIFIED and seal.amendments_signed == 1
    assert "amended 1 time since, signed" in window.client_page.detail_view.toPlainText()


def test_the_passphrase_dialog_hides_what_is_typed_and_counts_down_when_slowed(
    qtbot, signing_window, monkeypatch
):
    """The real dialog: three wrong passphrases in a row make the next try wait; the
    dialog says how long, with its button off until then (the timer driven by hand)."""
    logbook = signing_window.logbook
    expire_passphrase(monkeypatch)
    dialog = PassphraseDialog("Sign", "To sign…", passphrase_check(logbook), "Sign")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.echoMode() is dialog.passphrase.EchoMode.Password
    click(qtbot, dialog.accept_button)
    assert dialog.error.text() == "Enter your passphrase."
    for _ in range(2):
        type_into(qtbot, dialog.passphrase, "not my passphrase")
        click(qtbot, dialog.accept_button)
        assert dialog.error.text() == WRONG and dialog.isVisible()
        assert dialog.passphrase.text() == ""
    type_into(qtbot, dialog.passphrase, "not my passphrase")
    click(qtbot, dialog.accept_button)
    assert "Wait 5 seconds before the next try" in dialog.error.text()
    type_into(qtbot, dialog.passphrase, TEST_PASSPHRASE)
    click(qtbot, dialog.accept_button)  # too soon: refused without trying it
    assert dialog.error.text().startswith("Too many wrong passphrases. Try again in ")
    assert not dialog.accept_button.isEnabled() and dialog.isVisible()
    for _ in range(6):
        dialog._timer.timeout.emit()  # a second passes
    assert dialog.accept_button.isEnabled() and dialog.error.text() == "Try again now."


def test_the_right_passphrase_closes_the_dialog(qtbot, signing_window, monkeypatch):
    logbook = signing_window.logbook
    expire_passphrase(monkeypatch)
    dialog = PassphraseDialog("Sign", "To sign…", passphrase_check(logbook), "Sign")
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        click(qtbot, dialog.accept_button)
    assert dialog.passphrase.text() == ""


@pytest.mark.parametrize("given", [True, False], ids=["given", "cancelled"])
def test_signing_after_the_photos_asks_the_passphrase_when_due(
    qtbot, signing_window, prompter, monkeypatch, tmp_path, given
):
    """ "Save and sign" with photos signs once they are imported: the passphrase asked
    then; not given, the session stays a draft, with its photos, and the window says so."""
    window = signing_window
    form = fill_new_session(qtbot, window)
    drop_files(form, [make_photo(tmp_path / "front.jpg", 90)])
    expire_passphrase(monkeypatch)
    click(qtbot, form.save_sign_button)
    importer = window.current_dialog
    assert isinstance(importer, PhotoImportDialog) and prompter.passphrase_texts == []
    click(qtbot, importer.import_button)
    qtbot.waitUntil(lambda: bool(importer.results), timeout=10000)
    prompter.passphrase_answers = [TEST_PASSPHRASE] if given else []
    click(qtbot, importer.close_button)
    wait_closed(qtbot, window)
    assert prompter.asked[-1] == ASKED
    newest = max(window.logbook.sessions_of(window.client_page.client.id), key=lambda s: s.id)
    assert newest.is_signed is given
    assert len(window.logbook.photos_of_session(newest.id)) == 1
    if given:
        assert window.statusBar().currentMessage() == "Session saved and signed."
    else:
        assert prompter.errors == [
            "The session was not signed: A signature needs your passphrase, which was not "
            "given.\n\nIt is kept as a draft: sign it from the client's history."
        ]


def test_save_and_sign_has_its_own_shortcut_and_the_status_bar_says_what_was_signed(
    qtbot, signing_window
):
    from PySide6.QtCore import Qt

    window = signing_window
    form = fill_new_session(qtbot, window)
    assert "Ctrl+Shift+S" in form.save_sign_button.toolTip()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(
        form.focusWidget() or form,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_closed(qtbot, window)
    newest = max(window.logbook.sessions_of(window.client_page.client.id), key=lambda s: s.id)
    assert newest.is_signed and newest.signed_by == MAYA
    message = window.statusBar().currentMessage()
    assert f"signed by {MAYA}" in message and message.endswith("it is now read-only.")

    form = fill_new_session(qtbot, window)  # Ctrl+S: a draft, and said so
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.focusWidget() or form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_closed(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Draft of the session of")
