"""The safety screens in German: the client page's screening and consent line, the
screening form and "Before you start" read German; a reason typed stays as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from logger_app.records import WarningGroup
from ui.common.language import install_language
from ui.safety.screening_form import ScreeningDialog

from ..driving import click, type_into, wait_closed
from .safety_windows import open_session_form, tick

TYPED = "Auf Papier <b>unterschrieben</b> & abgelegt"


@pytest.fixture
def german() -> Iterator[None]:
    app = QApplication.instance()
    install_language(app, "de")
    try:
        yield
    finally:
        install_language(app, "en")


def test_the_screening_line_and_form_read_german(german, qtbot, new_client_window):
    window = new_client_window
    strip = window.client_page.safety_strip
    assert strip.title.text() == "Screening & Einwilligung:"
    assert "Kein Screening vorhanden" in strip.summary.text()
    assert "keine Einwilligung vorhanden" in strip.summary.text()
    assert strip.screening_button.text() == "Neues Screening…"

    click(qtbot, strip.screening_button)
    form = window.current_dialog
    assert isinstance(form, ScreeningDialog)
    assert form.windowTitle() == "Screening – Nia Bell"
    assert form.checks["keloid_history"].text() == "Keloidbildung in der Vorgeschichte"
    assert form.save_button.text() == "Screening speichern"
    tick(qtbot, form.checks["keloid_history"])
    click(qtbot, form.save_button)
    wait_closed(qtbot, window)
    summary = strip.summary.text()
    assert "Screening am " in summary and "Keloide in der Vorgeschichte" in summary


def test_before_you_start_reads_german_and_a_reason_stays_as_typed(
    german, qtbot, new_client_window
):
    form = open_session_form(qtbot, new_client_window)
    panel = form.safety
    assert panel.title() == "Vor Behandlungsbeginn"
    assert panel.status.text().startswith("3 Warnungen vor der Behandlung zu prüfen")
    records = panel.groups[WarningGroup.RECORDS]
    badges = [
        label.text()
        for label in records.findChildren(QLabel)
        if label.objectName() in ("severityStop", "severityCaution")
    ]
    assert badges == ["STOP", "STOP"]
    assert records.check.text() == "Ich habe diese geprüft"
    reason = panel.reason_edits["no_screening"]
    assert reason.placeholderText().startswith("Begründung, trotz dieses STOPs")

    click(qtbot, form.save_button)
    assert (
        form.errors.label_for("acknowledged.no_screening.reason").text()
        == "Ein STOP: Geben Sie Ihre Begründung zum Fortfahren ein."
    )
    type_into(qtbot, reason, TYPED)
    assert panel.reasons()["no_screening"] == TYPED
    assert reason.text() == TYPED
