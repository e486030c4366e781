""" "Before you start" on the session form through the real widgets: the warnings grouped,
one tick per group, a stop going on only with its reason, the panel folding once all is
acknowledged, intervals following the session's areas, the allergy cross-check at its
field, and the keyboard's way through."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, SessionDetails, WarningGroup
from logger_app.vocabulary import Area, Device
from ui.safety.safety_panel import NO_REASON, UNTICKED
from ui.safety.screening_form import ScreeningDialog
from ui.session.session_form import SessionDialog

from ..driving import choose, click, type_into, wait_closed
from .safety_windows import add_area, open_session_form, tick


def test_every_warning_is_shown_grouped_and_blocks_until_acknowledged(qtbot, new_client_window):
    window = new_client_window
    form = open_session_form(qtbot, window)
    panel = form.safety
    assert [w.code for w in panel.warnings] == ["no_screening", "consent_missing", "allergies"]
    # One tick per group; the two stops of the records each ask for a reason.
    assert list(panel.checks) == [WarningGroup.CONTRAINDICATIONS, WarningGroup.RECORDS]
    assert list(panel.reason_edits) == ["no_screening", "consent_missing"]
    records = panel.groups[WarningGroup.RECORDS]
    badges = [label.text() for label in records.findChildren(QLabel) if label.objectName()
              in ("severityStop", "severityCaution")]  # fmt: skip
    assert badges == ["STOP", "STOP"]
    assert "3 warnings to review" in panel.status.text()
    # The needling data stays closed.
    assert not form.setup_part.isEnabled() and not form.treatment_part.isEnabled()
    assert not form.areas.add_button.isEnabled()
    assert form.started_at.isEnabled() and form.practitioner.isEnabled()

    click(qtbot, form.save_button)
    assert form.isVisible()
    assert form.errors.label_for("acknowledged.allergies").text() == UNTICKED
    assert form.errors.label_for("acknowledged.no_screening").text() == UNTICKED
    for code in panel.reason_edits:
        assert form.errors.label_for(f"acknowledged.{code}.reason").text() == NO_REASON
    assert "review each point under “Before you start”" in form.general_error.text()
    assert window.logbook.session_count() == 0

    tick(qtbot, panel.checks[WarningGroup.CONTRAINDICATIONS])
    assert not form.errors.label_for("acknowledged.allergies").isVisible()
    assert not form.treatment_part.isEnabled()
    # Ticked without the reasons: the fields open (the review is done), saving waits.
    tick(qtbot, panel.checks[WarningGroup.RECORDS])
    assert form.setup_part.isEnabled() and form.treatment_part.isEnabled()
    assert not panel.all_acknowledged() and not panel.is_folded
    type_into(qtbot, form.practitioner, "Maya Okafor")
    add_area(qtbot, form, Area.FOREHEAD, "0.5")
    click(qtbot, form.save_button)
    assert form.isVisible() and window.logbook.session_count() == 0
    assert form.errors.label_for("acknowledged.no_screening.reason").isVisible()

    type_into(qtbot, panel.reason_edits["no_screening"], "Screened on paper at reception.")
    assert not form.errors.label_for("acknowledged.no_screening.reason").isVisible()
    type_into(qtbot, panel.reason_edits["consent_missing"], "Paper consent signed today.")
    assert panel.all_acknowledged()
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    [session] = window.logbook.sessions_of(window.client_page.client.id)
    assert session.details.acknowledged == ("no_screening", "consent_missing", "allergies")
    assert [(a.code, a.reason) for a in session.acknowledgements] == [
        ("no_screening", "Screened on paper at reception."),
        ("consent_missing", "Paper consent signed today."),
        ("allergies", ""),
    ]
    detail = window.client_page.detail_view.toPlainText()
    assert "Acknowledged before treatment" in detail
    assert "Allergies on file: nickel." in detail
    assert (
        "No signed consent to treatment on file. Gone on past this stop because: Paper "
        "consent signed today." in detail
    )


def test_once_acknowledged_the_panel_folds_to_one_line(qtbot, screened_window):
    window = screened_window
    window.logbook.update_client(
        window.client_page.client.id,
        replace(window.client_page.client.details, allergies="latex"),
    )
    form = open_session_form(qtbot, window)
    panel = form.safety
    assert not panel.is_folded and panel.checks[WarningGroup.CONTRAINDICATIONS].isVisible()
    tick(qtbot, panel.checks[WarningGroup.CONTRAINDICATIONS])
    assert panel.is_folded
    assert panel.fold_button.isVisible()
    assert panel.fold_button.text() == "✔ 1 warning acknowledged — show"
    assert not panel.checks[WarningGroup.CONTRAINDICATIONS].isVisible()
    assert form.started_at.hasFocus() or not form.isActiveWindow()
    click(qtbot, panel.fold_button)
    assert not panel.is_folded and panel.checks[WarningGroup.CONTRAINDICATIONS].isVisible()
    assert panel.fold_button.text() == "✔ 1 warning acknowledged — hide"
    click(qtbot, panel.fold_button)
    assert panel.is_folded


def test_interval_warnings_follow_the_areas_of_the_session(qtbot, screened_window, data_dir):
    window = screened_window
    client_id = window.client_page.client.id
    window.logbook.record_session(
        SessionDetails(
            client_id,
            datetime.now(UTC) - timedelta(days=10),
            "Amy Lee",
            Device.PEN,
            (AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.CHIN, 1.0)),
        ),
        enforce_safety=False,  # before the screening on file: history typed in
    )
    form = open_session_form(qtbot, window)
    # Nothing planned yet: no area treated 10 days ago is treated today.
    assert form.safety.warnings == [] and form.treatment_part.isEnabled()
    neck = add_area(qtbot, form, Area.NECK, "0.5")
    assert form.safety.warnings == []
    forehead = add_area(qtbot, form, Area.FOREHEAD, "0.5")
    assert [w.code for w in form.safety.warnings] == ["interval.forehead"]
    assert list(form.safety.checks) == [WarningGroup.INTERVALS]
    assert form.treatment_part.isEnabled()  # arising from the form: reviewed before saving
    choose(neck.area, Area.CHIN)
    assert [w.code for w in form.safety.warnings] == ["interval.forehead", "interval.chin"]
    qtbot.waitUntil(form.safety.checks[WarningGroup.INTERVALS].isVisible)
    tick(qtbot, form.safety.checks[WarningGroup.INTERVALS])
    assert form.safety.all_acknowledged()
    click(qtbot, forehead.remove)  # the forehead is left out after all
    assert [w.code for w in form.safety.warnings] == ["interval.chin"]
    assert form.safety.all_acknowledged()  # still the same warning: still reviewed
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    latest = window.logbook.latest_session(client_id)
    assert latest.details.acknowledged == ("interval.chin",)


def test_a_numbing_agent_matching_an_allergy_is_a_stop_at_the_field(qtbot, screened_window):
    window = screened_window
    window.logbook.update_client(
        window.client_page.client.id,
        replace(window.client_page.client.details, allergies="latex, lidocaine; nickel"),
    )
    form = open_session_form(qtbot, window)
    tick(qtbot, form.safety.checks[WarningGroup.CONTRAINDICATIONS])
    assert form.safety.is_folded
    add_area(qtbot, form, Area.FOREHEAD, "0.5")
    form.numbing_box.setChecked(True)
    type_into(qtbot, form.numbing_agent, "Lido")
    qtbot.waitUntil(lambda: not form._recheck.isActive())  # checked after the pause
    stop = form.fields.allergy_stops["allergy_match.numbing"]
    assert not stop.isVisible()  # "lido" names no allergy on file
    assert "allergy_match.numbing" not in form.safety.reason_edits
    type_into(qtbot, form.numbing_agent, "Lidocaine cream 5%")
    qtbot.waitUntil(stop.isVisible)  # after a pause in typing
    assert stop.text().startswith(
        "STOP — The numbing agent “Lidocaine cream 5%” matches an allergy on file: lidocaine."
    )
    panel = form.safety
    assert not panel.is_folded  # something new to review: shown
    assert "allergy_match.numbing" in panel.reason_edits
    assert form.numbing_agent.isEnabled()  # the field being typed in stays open
    click(qtbot, form.save_button)
    assert form.isVisible() and window.logbook.session_count() == 0
    type_into(qtbot, panel.reason_edits["allergy_match.numbing"], "Patch test negative.")
    tick(qtbot, panel.checks[WarningGroup.CONTRAINDICATIONS])
    assert stop.text().endswith("Gone on with your reason: Patch test negative.")
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    [session] = window.logbook.sessions_of(window.client_page.client.id)
    assert [(a.code, a.reason) for a in session.acknowledgements] == [
        ("allergies", ""),
        ("allergy_match.numbing", "Patch test negative."),
    ]


def test_unticking_closes_the_needling_data_again(qtbot, new_client_window):
    form = open_session_form(qtbot, new_client_window)
    for check in form.safety.checks.values():
        tick(qtbot, check)
    assert form.treatment_part.isEnabled()
    click(qtbot, form.safety.fold_button)  # unfolded to untick
    tick(qtbot, form.safety.checks[WarningGroup.CONTRAINDICATIONS])
    assert not form.treatment_part.isEnabled()


def test_a_screening_and_consent_recorded_from_the_panel(qtbot, new_client_window):
    window = new_client_window
    form = open_session_form(qtbot, window)
    tick(qtbot, form.safety.checks[WarningGroup.CONTRAINDICATIONS])
    click(qtbot, form.safety.screening_button)
    screening = form.safety_form
    assert isinstance(screening, ScreeningDialog) and screening.isVisible()
    click(qtbot, screening.save_button)
    qtbot.waitUntil(lambda: not screening.isVisible())
    assert [w.code for w in form.safety.warnings] == ["consent_missing", "allergies"]
    # The same warning: still reviewed.
    assert form.safety.checks[WarningGroup.CONTRAINDICATIONS].isChecked()

    click(qtbot, form.safety.consent_button)
    consent = form.safety_form
    type_into(qtbot, consent.typed_name, "Nia Bell")
    click(qtbot, consent.save_button)
    qtbot.waitUntil(lambda: not consent.isVisible())
    assert [w.code for w in form.safety.warnings] == ["allergies"]
    assert form.treatment_part.isEnabled()
    form.reject()  # the page shows what was recorded, even with the session not saved
    wait_closed(qtbot, window)
    assert "No screening on file" not in window.client_page.safety_strip.summary.text()


def test_nothing_to_review_for_a_screened_client(qtbot, screened_window):
    form = open_session_form(qtbot, screened_window)
    assert form.safety.checks == {}
    assert form.safety.status.text().startswith("Nothing to review")
    assert form.treatment_part.isEnabled()


def test_the_warnings_follow_the_session_date(qtbot, screened_window):
    form = open_session_form(qtbot, screened_window)
    form.started_at.setDateTime(QDateTime.currentDateTime().addDays(-10))
    assert list(form.safety.checks) == [WarningGroup.RECORDS]
    assert not form.treatment_part.isEnabled()
    form.started_at.setDateTime(QDateTime.currentDateTime())
    assert form.safety.checks == {}
    assert form.treatment_part.isEnabled()


def test_a_warning_that_arises_while_the_form_is_open_is_shown_on_save(
    qtbot, screened_window, data_dir
):
    window = screened_window
    form = open_session_form(qtbot, window)
    type_into(qtbot, form.practitioner, "Maya Okafor")
    add_area(qtbot, form, Area.FOREHEAD, "0.5")
    # Meanwhile, at another workstation, a session on the forehead an hour ago.
    with Logbook.open(data_dir) as elsewhere:
        elsewhere.record_session(
            SessionDetails(
                window.client_page.client.id,
                datetime.now(UTC) - timedelta(hours=1),
                "Amy Lee",
                Device.PEN,
                (AreaTreatment(Area.FOREHEAD, 0.5),),
            )
        )
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert list(form.safety.checks) == [WarningGroup.INTERVALS]
    qtbot.waitUntil(form.errors.label_for("acknowledged.interval.forehead").isVisible)
    new_check = form.safety.checks[WarningGroup.INTERVALS]
    qtbot.waitUntil(new_check.isVisible)  # shown by the layout on the next event loop turn
    click(qtbot, new_check)
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    assert window.logbook.latest_session(window.client_page.client.id).details.acknowledged == (
        "interval.forehead",
    )


def test_editing_a_draft_keeps_what_was_acknowledged(qtbot, new_client_window):
    window = new_client_window
    client_id = window.client_page.client.id
    draft = window.logbook.record_session(
        SessionDetails(
            client_id,
            datetime.now(UTC) - timedelta(hours=2),
            "Maya Okafor",
            Device.PEN,
            (AreaTreatment(Area.CHIN, 1.0),),
            acknowledged=("no_screening", "consent_missing", "allergies"),
        ),
        reasons={"no_screening": "On paper.", "consent_missing": "Paper consent."},
    )
    window.show_client(client_id, select_session=draft.id)
    window.edit_draft(draft.id)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    assert form.safety.all_acknowledged() and form.treatment_part.isEnabled()
    assert form.safety.is_folded  # reviewed when it was saved: one line
    assert form.safety.reasons() == {
        "no_screening": "On paper.",
        "consent_missing": "Paper consent.",
    }
    type_into(qtbot, form.notes, "Edited later.")
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    edited = window.logbook.session(draft.id)
    assert edited.details.notes == "Edited later."
    assert edited.details.acknowledged == ("no_screening", "consent_missing", "allergies")
    assert [a.reason for a in edited.acknowledgements] == ["On paper.", "Paper consent.", ""]


def test_the_keyboard_reaches_the_warnings_before_the_form(qtbot, new_client_window):
    form = open_session_form(qtbot, new_client_window)
    panel = form.safety
    # The form opens in its first field: the first warning to review, at the top.
    first = panel.checks[WarningGroup.CONTRAINDICATIONS]
    assert form.first_field() is first
    qtbot.waitUntil(lambda: form.focusWidget() is first)
    order, widget = [], panel.consent_button
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isEnabled():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [
        panel.checks[WarningGroup.CONTRAINDICATIONS],
        panel.reason_edits["no_screening"],
        panel.reason_edits["consent_missing"],
        panel.checks[WarningGroup.RECORDS],
        form.started_at,
    ]
