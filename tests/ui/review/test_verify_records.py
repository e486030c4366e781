"""Logbook → Verify records…: the check runs in the background and says that all holds
on a clean logbook, lists what fails on a forged one (copyable), shows the audit log's
head, can be cancelled, and checks the heads written down elsewhere (anchors)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from logger_app.logbook import Logbook
from logger_app.records import AuditHead
from ui.review.audit_view import AuditView
from ui.verification.verify_dialog import VerifyDialog, known_anchors

from ..session.signed_book import forge_depth, make_book, open_signed_in


@pytest.fixture
def book(data_dir: Path) -> dict[str, int]:
    return make_book(data_dir)


def open_verify(qtbot, window) -> VerifyDialog:
    window.record_actions.verify_action.trigger()
    dialog = window.record_actions.verify_window
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    return dialog


def test_a_clean_logbook_holds(qtbot, qtmodeltester, open_window, data_dir, book):
    window = open_signed_in(open_window, data_dir, book)
    dialog = open_verify(qtbot, window)
    assert dialog.headline.text() == "All signatures and the audit log hold."
    assert dialog.headline.property("state") == "ok"
    assert dialog.summary.text().startswith("1 signed session verified; 1 signature, ")
    assert not dialog.findings.isVisible() and dialog.model.rowCount() == 0
    assert dialog.head.text() == window.logbook.audit_head().as_text()
    assert dialog.close_button.text() == "Close" and not dialog.progress.isVisible()
    qtmodeltester.check(dialog.model, force_py=True)
    # One window: asked again, it is raised, not opened twice.
    window.record_actions.verify_action.trigger()
    assert window.record_actions.verify_window is dialog


def test_a_forged_record_is_listed_and_copied(qtbot, qtmodeltester, open_window, data_dir, book):
    forge_depth(data_dir, book["signed"], 2.75)
    window = open_signed_in(open_window, data_dir, book)
    dialog = open_verify(qtbot, window)
    assert dialog.headline.text().startswith("1 problem found")
    assert dialog.headline.property("state") == "failed"
    assert dialog.findings.isVisible() and dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model, force_py=True)
    row = [dialog.model.index(0, column).data() for column in range(3)]
    assert row[:2] == ["Record", str(book["signed"])]
    assert row[2].startswith(f"session {book['signed']}: changed after it was signed by ")

    click_copy = dialog.copy_button
    click_copy.click()
    copied = QGuiApplication.clipboard().text()
    assert row[2] in copied and f"Audit log head: {dialog.head.text()}" in copied
    dialog.findings.selectRow(0)
    dialog.copy_selected()
    assert QGuiApplication.clipboard().text() == row[2]


class HeldPool:
    """Keeps the job until the test runs it: Cancel is pressed while it waits."""

    def __init__(self) -> None:
        self.jobs: list = []

    def start(self, runnable) -> None:
        self.jobs.append(runnable)


def test_cancel_stops_the_check_and_closes(qtbot, open_window, data_dir, book):
    window = open_signed_in(open_window, data_dir, book)
    pool = HeldPool()
    dialog = VerifyDialog(window.logbook, window, pool=pool)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.is_running() and dialog.close_button.text() == "Cancel"
    assert not dialog.again_button.isEnabled()
    dialog.close_button.click()
    assert dialog.isVisible() and dialog.status.text() == "Cancelling…"
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        pool.jobs.pop().run()  # stops at its first report of progress
    assert dialog.report is None and not dialog.is_running()


def test_heads_written_down_elsewhere_are_checked(qtbot, open_window, data_dir, book, monkeypatch):
    """The one call site of ``anchors.known_anchors``: none while it does not exist;
    once it does, the heads it names are checked with the others."""
    window = open_signed_in(open_window, data_dir, book)
    monkeypatch.delitem(sys.modules, "logger_app.verification.anchors", raising=False)
    if not hasattr(sys.modules["logger_app.verification"], "anchors"):
        assert known_anchors(window.logbook) == []
    head = window.logbook.audit_head()
    asked: list[tuple] = []

    def fake_anchors(data_dir, location):
        asked.append((Path(data_dir), location))
        return [("automatic backup 2026-11-30 10:00", AuditHead(head.entry_id, "0" * 64))]

    module = types.ModuleType("logger_app.verification.anchors")
    module.known_anchors = fake_anchors
    monkeypatch.setitem(sys.modules, "logger_app.verification.anchors", module)
    dialog = open_verify(qtbot, window)
    assert asked == [(window.logbook.data_dir, window.logbook.location)]
    # Checked beside the head the session's signature names.
    assert dialog.report.anchors_checked == 2
    assert "2 recorded heads of the audit log checked" in dialog.summary.text()


def test_the_audit_log_words_sign_in_and_keys(qtbot, data_dir, book, prompter):
    with Logbook.open(data_dir) as logbook:
        view = AuditView(logbook, prompter)
        qtbot.addWidget(view)
        view.refresh()
        actions = {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
    assert {"Signed in", "New signing key", "Signed"} <= actions
