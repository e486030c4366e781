"""The practitioners dialog with sign-in: the administrator adds profiles (with an
optional temporary passphrase), makes administrators and resets forgotten passphrases,
and sees who has none; anyone else changes only their own name and credentials; each
practitioner changes their own passphrase."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from logger_app.errors import MustChangePassphraseError, WrongPassphraseError
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, PractitionerDetails, SessionDetails
from logger_app.verification import SealStatus
from logger_app.vocabulary import Area, Device
from ui.clients.passphrase_dialogs import ChangePassphraseDialog, ResetPassphraseDialog
from ui.clients.practitioner_list import ONLY_ADMIN_DEPTH, ONLY_ADMIN_OTHERS
from ui.clients.practitioners_dialog import PractitionerModel, PractitionersDialog

from ...logbook_template import new_logbook
from ...signing import TEST_PASSPHRASE, sign_in
from ..driving import click, type_into

MAYA, LEE, SAM = "Maya Okafor", "Lee Park", "Sam Reyes"
TEMPORARY = "temporary words for Lee"


@pytest.fixture
def logbook(data_dir: Path):
    with new_logbook(data_dir) as logbook:
        sign_in(logbook, MAYA)  # the first profile: the administrator
        logbook.update_practitioner(
            logbook.signed_in.id, PractitionerDetails(MAYA, "RN", max_depth_mm=1.5)
        )
        yield logbook


def open_dialog(qtbot, logbook: Logbook, prompter) -> PractitionersDialog:
    dialog = PractitionersDialog(logbook, prompter)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select(dialog: PractitionersDialog, name: str) -> None:
    dialog.table.selectRow(next(r for r, p in enumerate(dialog.model_rows()) if p.name == name))


def named(logbook: Logbook, name: str):
    return next(p for p in logbook.practitioners() if p.name == name)


def add_profile(qtbot, dialog, name: str, passphrase: str = "", repeat: str | None = None):
    click(qtbot, dialog.new_button)
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.passphrase, passphrase)
    type_into(qtbot, dialog.passphrase_repeat, passphrase if repeat is None else repeat)
    click(qtbot, dialog.save_button)


def test_the_list_marks_the_administrator_and_who_has_no_passphrase(logbook, prompter, qtbot):
    logbook.add_practitioner(PractitionerDetails(SAM))
    dialog = open_dialog(qtbot, logbook, prompter)
    rows = {
        dialog.model.index(r, 0).data(): [dialog.model.index(r, c).data() for c in range(1, 5)]
        for r in range(dialog.model.rowCount())
    }
    assert rows == {
        MAYA: ["RN", "1.5 mm", "Administrator", "Set"],
        SAM: ["", "No limit recorded", "", "None"],
    }
    sam_row = next(r for r, p in enumerate(dialog.model_rows()) if p.name == SAM)
    sam_passphrase = dialog.model.index(sam_row, 4)
    assert sam_passphrase.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "anyone at this computer can sign in as them" in sam_passphrase.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert dialog.unprotected_note.isVisible()
    assert dialog.unprotected_note.text().startswith(f"No passphrase yet: {SAM}. Anyone")


def test_the_model_alone(qtmodeltester, logbook):
    logbook.add_practitioner(PractitionerDetails(SAM))
    model = PractitionerModel()
    model.set_rows(logbook.practitioners())
    qtmodeltester.check(model, force_py=True)


def test_the_administrator_adds_a_profile_with_a_temporary_passphrase(qtbot, logbook, prompter):
    dialog = open_dialog(qtbot, logbook, prompter)
    assert dialog.passphrase.echoMode() is dialog.passphrase.EchoMode.Password
    add_profile(qtbot, dialog, LEE, TEMPORARY, repeat="something else entirely")
    assert dialog.errors.label_for("repeat").text().startswith("The two passphrases differ")
    add_profile(qtbot, dialog, LEE, "short")
    assert "at least 10 characters" in dialog.errors.label_for("passphrase").text()
    assert [p.name for p in logbook.practitioners()] == [MAYA]
    add_profile(qtbot, dialog, LEE, TEMPORARY)
    lee = named(logbook, LEE)
    assert lee.protected and lee.must_change_passphrase and not lee.is_admin
    assert dialog.selected().name == LEE and dialog.passphrase.text() == ""
    with pytest.raises(MustChangePassphraseError):
        logbook.sign_in(LEE, TEMPORARY)
    # Without one, the profile is unprotected, and the note says so.
    add_profile(qtbot, dialog, SAM)
    assert not named(logbook, SAM).protected
    assert dialog.unprotected_note.isVisible() and SAM in dialog.unprotected_note.text()


def test_the_administrator_makes_administrators_and_keeps_one(qtbot, logbook, prompter):
    logbook.add_practitioner(PractitionerDetails(LEE), TEMPORARY)
    dialog = open_dialog(qtbot, logbook, prompter)
    select(dialog, LEE)
    assert dialog.is_admin.isEnabled() and not dialog.is_admin.isChecked()
    dialog.is_admin.click()
    click(qtbot, dialog.save_button)
    assert named(logbook, LEE).is_admin
    assert dialog.model.index(dialog.model_rows().index(named(logbook, LEE)), 3).data() == (
        "Administrator"
    )
    dialog.is_admin.click()
    click(qtbot, dialog.save_button)
    assert not named(logbook, LEE).is_admin
    select(dialog, MAYA)  # the only administrator left
    dialog.is_admin.click()
    click(qtbot, dialog.save_button)
    assert dialog.errors.label_for("is_admin").text() == (
        "The logbook needs at least one administrator."
    )
    assert named(logbook, MAYA).is_admin


def test_a_reset_passphrase_keeps_earlier_signatures_valid(qtbot, data_dir, logbook, prompter):
    logbook.add_practitioner(PractitionerDetails(LEE), TEMPORARY)
    with Logbook.open(data_dir) as lees:  # Lee, at another workstation, signs a session
        lees.change_passphrase(LEE, TEMPORARY, TEST_PASSPHRASE)
        client = lees.add_client(ClientDetails("Anna", "Smith"))
        details = SessionDetails(
            client.id, datetime(2025, 2, 3, 10, tzinfo=UTC), LEE, Device.PEN,
            (AreaTreatment(Area.FOREHEAD, 0.5),),
        )  # fmt: skip
        signed = lees.record_session(details, enforce_safety=False, sign=True)
    dialog = open_dialog(qtbot, logbook, prompter)
    select(dialog, MAYA)
    assert not dialog.reset_button.isEnabled()  # one's own: "Change my passphrase…"
    select(dialog, LEE)
    click(qtbot, dialog.reset_button)
    reset = dialog.passphrase_dialog
    assert isinstance(reset, ResetPassphraseDialog)
    intro = reset.intro.text()
    assert "At their next sign-in they must choose their own" in intro
    assert "every signature they made before stays valid" in intro
    type_into(qtbot, reset.temporary, "forgotten, here is a new one")
    type_into(qtbot, reset.repeat, "forgotten, here is a new on")
    click(qtbot, reset.save_button)
    assert reset.errors.label_for("repeat").text().startswith("The two passphrases differ")
    type_into(qtbot, reset.temporary, "short")
    type_into(qtbot, reset.repeat, "short")
    click(qtbot, reset.save_button)
    assert "at least 10 characters" in reset.errors.label_for("passphrase").text()
    assert not named(logbook, LEE).must_change_passphrase
    type_into(qtbot, reset.temporary, "forgotten, here is a new one")
    type_into(qtbot, reset.repeat, "forgotten, here is a new one")
    click(qtbot, reset.save_button)
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=3000)
    assert named(logbook, LEE).must_change_passphrase
    assert dialog.notice.text().startswith(f"The passphrase of {LEE} was reset")
    assert dialog.selected().name == LEE
    lee = named(logbook, LEE)
    assert [key.valid_until is None for key in logbook.practitioner_keys(lee.id)] == [False, True]
    assert logbook.session_seal(signed.id).status is SealStatus.VERIFIED
    with pytest.raises(WrongPassphraseError):
        logbook.sign_in(LEE, TEST_PASSPHRASE)


@pytest.fixture
def lee_signed_in(data_dir: Path, logbook: Logbook):
    logbook.add_practitioner(PractitionerDetails(LEE, "Aesthetician", 1.0), TEMPORARY)
    with Logbook.open(data_dir) as lees:
        lees.change_passphrase(LEE, TEMPORARY, TEST_PASSPHRASE)
        yield lees


def test_anyone_else_sees_the_profiles_and_changes_only_their_own_name(
    qtbot, lee_signed_in, prompter
):
    logbook = lee_signed_in
    dialog = open_dialog(qtbot, logbook, prompter)
    assert dialog.selected().name == LEE  # their own, to start with
    assert not dialog.unprotected_note.isVisible()
    assert not dialog.new_button.isEnabled() and not dialog.reset_button.isVisible()
    assert not dialog.is_admin.isEnabled()
    assert not dialog.max_depth.isEnabled() and dialog.max_depth.toolTip() == ONLY_ADMIN_DEPTH
    type_into(qtbot, dialog.credentials, "Licensed aesthetician")
    click(qtbot, dialog.save_button)
    assert named(logbook, LEE).credentials == "Licensed aesthetician"
    assert named(logbook, LEE).max_depth_mm == 1.0
    select(dialog, MAYA)
    assert not dialog.name.isEnabled() and not dialog.credentials.isEnabled()
    assert not dialog.save_button.isEnabled() and dialog.name.toolTip() == ONLY_ADMIN_OTHERS
    assert dialog.max_depth.value() == 1.5 and not dialog.max_depth.isEnabled()


def test_change_my_passphrase(qtbot, data_dir, lee_signed_in, prompter):
    logbook = lee_signed_in
    dialog = open_dialog(qtbot, logbook, prompter)
    assert dialog.change_own_button.isVisible()
    click(qtbot, dialog.change_own_button)
    change = dialog.passphrase_dialog
    assert isinstance(change, ChangePassphraseDialog)
    for field in (change.old, change.new, change.repeat):
        assert field.echoMode() is field.EchoMode.Password
    new = "my own new words for Lee"
    type_into(qtbot, change.old, "not my passphrase")
    type_into(qtbot, change.new, new)
    type_into(qtbot, change.repeat, new)
    click(qtbot, change.save_button)
    assert change.errors.label_for("old").text() == "That passphrase is not right. Try again."
    type_into(qtbot, change.old, TEST_PASSPHRASE)
    type_into(qtbot, change.new, new)
    type_into(qtbot, change.repeat, new + "!")
    click(qtbot, change.save_button)
    assert change.errors.label_for("repeat").text().startswith("The two passphrases differ")
    type_into(qtbot, change.repeat, new)
    click(qtbot, change.save_button)
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=3000)
    assert dialog.notice.text() == "Your passphrase was changed: use the new one from now on."
    with Logbook.open(data_dir) as again:
        assert again.sign_in(LEE, new).name == LEE


def test_the_first_profile_of_a_new_logbook_chooses_its_passphrase(qtbot, data_dir, prompter):
    with new_logbook(data_dir) as logbook:
        dialog = PractitionersDialog(logbook, prompter)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.new_button.isEnabled() and dialog.max_depth.isEnabled()
        label = dialog._form.labelForField(dialog._passphrase_rows[0][1])
        assert label.text() == "&Passphrase"
        click(qtbot, dialog.save_button)
        assert dialog.errors.label_for("name").text() == "The name is required."
        add_profile(qtbot, dialog, MAYA, TEST_PASSPHRASE)
        maya = named(logbook, MAYA)
        assert maya.is_admin and maya.protected and not maya.must_change_passphrase
        assert logbook.signed_in.name == MAYA
